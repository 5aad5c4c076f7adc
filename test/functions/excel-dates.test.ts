import { isoDateToSerial, MAX_EXCEL_SERIAL, serialToIsoDate } from "../../src/functions/excel-dates";

describe("Excel date serials (1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [36526, "2000-01-01"],
    [45658, "2025-01-01"],
    [46357, "2026-12-01"],
    [46363, "2026-12-07"],
    [46446, "2027-02-28"],
    [MAX_EXCEL_SERIAL, "9999-12-31"],
  ])("serial %i is %s and back", (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
    expect(isoDateToSerial(iso)).toBe(serial);
  });

  it("ignores the time of day in a fractional serial", () => {
    expect(serialToIsoDate(46357.75)).toBe("2026-12-01");
  });

  it.each([0, -1, 60, MAX_EXCEL_SERIAL + 1, NaN, Infinity])("has no date for serial %s", (serial) => {
    expect(serialToIsoDate(serial)).toBeUndefined();
  });

  it.each(["1899-12-31", "0050-01-01", "10000-01-01", "2026-02-30", "nonsense"])("has no serial for %s", (iso) => {
    expect(isoDateToSerial(iso)).toBeUndefined();
  });

  it("counts serials as days from 1900-03-01 on", () => {
    for (let serial = 61; serial < 80_000; serial += 997) {
      const iso = serialToIsoDate(serial) as string;
      expect(isoDateToSerial(iso)).toBe(serial);
      expect(serialToIsoDate(serial + 1)).not.toBe(iso);
    }
  });
});
