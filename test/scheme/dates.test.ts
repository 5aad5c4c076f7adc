import {
  addDays,
  addMonths,
  assertIsoMonth,
  assertIsoYear,
  chineseDate,
  chineseMonth,
  daysInclusive,
  daysInMonth,
  englishDate,
  firstDayOfMonth,
  formatIsoDate,
  isIsoDate,
  isIsoMonth,
  isIsoYear,
  lastDayOfMonth,
  monthOf,
  monthsOfYear,
  parseIsoDate,
} from "../../src/scheme/dates";
import { InvalidDateError } from "../../src/scheme/errors";

describe("dates", () => {
  it.each([
    ["2026-12-01", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-04-31", false],
    ["2026-1-01", false],
    ["2026/12/01", false],
    ["", false],
  ])("isIsoDate(%p) is %p", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it.each([
    ["2026-11", true],
    ["2026-13", false],
    ["2026-00", false],
    ["202611", false],
  ])("isIsoMonth(%p) is %p", (value, ok) => {
    expect(isIsoMonth(value)).toBe(ok);
  });

  it.each([
    ["2026", true],
    ["26", false],
    ["2026-01", false],
  ])("isIsoYear(%p) is %p", (value, ok) => {
    expect(isIsoYear(value)).toBe(ok);
  });

  it("parses and formats", () => {
    expect(parseIsoDate("2026-03-09")).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatIsoDate({ year: 2026, month: 3, day: 9 })).toBe("2026-03-09");
  });

  it.each(["2026-02-30", "tomorrow"])("throws InvalidDateError for %p", (value) => {
    expect(() => parseIsoDate(value)).toThrow(InvalidDateError);
  });

  it("names the expected form in the error", () => {
    expect(() => assertIsoMonth("2026-1")).toThrow('Expected YYYY-MM, got "2026-1"');
    expect(() => assertIsoYear("26")).toThrow(InvalidDateError);
  });

  it.each([
    ["2026-12-01", 6, "2026-12-07"],
    ["2026-12-28", 7, "2027-01-04"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("addDays(%p, %p) = %p", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2026-11-30", 3, "2027-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-10", 0, "2026-05-10"],
  ])("addMonths(%p, %p) = %p (end-of-month clamped)", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2026-02", "2026-02-28"],
    ["2024-02", "2024-02-29"],
    ["2026-12", "2026-12-31"],
    ["2026-04", "2026-04-30"],
  ])("lastDayOfMonth(%p) = %p", (month, expected) => {
    expect(lastDayOfMonth(month)).toBe(expected);
  });

  it("gives the first day, the month of a date, and the months of a year", () => {
    expect(firstDayOfMonth("2026-07")).toBe("2026-07-01");
    expect(monthOf("2026-07-19")).toBe("2026-07");
    expect(monthsOfYear("2026")).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(daysInMonth(2026, 2)).toBe(28);
  });

  it.each([
    ["2026-12-01", "2026-12-07", 7],
    ["2026-12-01", "2026-12-01", 1],
    ["2026-12-28", "2027-01-03", 7],
    ["2026-03-28", "2026-04-03", 7], // across a DST change elsewhere: UTC arithmetic is unaffected
  ])("daysInclusive(%p, %p) = %p", (a, b, n) => {
    expect(daysInclusive(a, b)).toBe(n);
  });

  it("writes Chinese and English dates", () => {
    expect(chineseDate("2026-12-01")).toBe("2026年12月1日");
    expect(chineseDate("2026-01-31")).toBe("2026年1月31日");
    expect(chineseMonth("2026-11")).toBe("2026年11月");
    expect(englishDate("2026-12-01")).toBe("December 1, 2026");
  });
});
