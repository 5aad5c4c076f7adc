import { daysInclusive } from "../../src/scheme/dates";
import { InvalidDateError } from "../../src/scheme/errors";
import { publicityPeriod } from "../../src/scheme/publicity";

describe("publicityPeriod", () => {
  it("counts 7 days inclusively: 2026-12-01 → 2026-12-07", () => {
    expect(publicityPeriod("2026-12-01", 7)).toEqual({
      start: "2026-12-01",
      end: "2026-12-07",
      days: 7,
      text: "公示时间：2026年12月1日至2026年12月7日",
      textEn: "Publicity period: December 1, 2026 to December 7, 2026",
      problems: [],
    });
  });

  it.each([
    ["2026-12-28", 7, "2027-01-03"],
    ["2026-12-01", 10, "2026-12-10"],
    ["2028-02-25", 7, "2028-03-02"],
  ])("from %p for %p days ends %p", (start, days, end) => {
    const p = publicityPeriod(start, days);
    expect(p.end).toBe(end);
    expect(daysInclusive(p.start, p.end)).toBe(days);
  });

  it.each([
    [6, 7],
    [0, 7],
    [-3, 7],
    [7.5, 8],
    [NaN, 7],
  ])("never lasts fewer than 7 days: asked %p, gives %p days and an error", (days, used) => {
    const p = publicityPeriod("2026-12-01", days);
    expect(p.days).toBe(used);
    expect(daysInclusive(p.start, p.end)).toBe(used);
    expect(p.problems).toEqual([{ severity: "error", code: "publicity.days-below-minimum", place: {}, args: { days: String(days), minimum: 7, used } }]);
  });

  it("throws for a malformed start", () => {
    expect(() => publicityPeriod("2026/12/01", 7)).toThrow(InvalidDateError);
  });
});
