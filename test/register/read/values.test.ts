import {
  isExcelError,
  isoToSerial,
  readDate,
  readMonth,
  readNumber,
  NO_SHARE,
  readPeriod,
  readSettingValue,
  readShare,
  readWeight,
  readYear,
  readYesNo,
  serialToIso,
} from "../../../src/register/read/values";

describe("readNumber", () => {
  it.each([
    [95, 95],
    ["95", 95],
    ["９５", 95],
    ["95分", 95],
    ["95.0", 95],
    [" 87.5 ", 87.5],
    ["+2", 2],
    ["-3分", -3],
    ["－３", -3],
    ["95 分", 95],
    [".5", 0.5],
  ])("reads %p as %p", (input, expected) => {
    expect(readNumber(input)).toBe(expected);
  });

  it.each([["优秀"], ["9 5x"], ["#N/A"], [true], ["95分分"], ["1e3"], ["1,9"], ["1，9"], ["1 9"], ["1　9"], ["1,000"], [Infinity]])("refuses %p", (input) => {
    expect(readNumber(input)).toBeNull();
  });

  it.each([[null], [""], ["   "], [undefined]])("treats %p as blank", (input) => {
    expect(readNumber(input)).toBeUndefined();
  });
});

describe("dates", () => {
  it.each([
    [46356, "2026-11-30"],
    ["2026-11-30", "2026-11-30"],
    ["2026/11/30", "2026-11-30"],
    ["2026.11.30", "2026-11-30"],
    ["2026年11月30日", "2026-11-30"],
    ["２０２６年１１月３０日", "2026-11-30"],
    ["2026-2-3", "2026-02-03"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
  ])("reads %p as %p", (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });

  it.each([["2026-02-30"], ["2026-13-01"], ["30/11/2026"], ["明天"], [60], [-1]])("refuses %p", (input) => {
    expect(readDate(input)).toBeNull();
  });

  it.each(["2026-11-30", "2026-01-01", "1900-03-01", "2024-02-29"])("round-trips %s through the Excel serial", (iso) => {
    expect(serialToIso(isoToSerial(iso) as number)).toBe(iso);
  });

  it.each([
    [0, "1904-01-01"],
    [44899, "2026-12-05"],
  ])("reads the 1904 date system's serial %p as %p", (serial, iso) => {
    expect(readDate(serial, true)).toBe(iso);
    expect(serialToIso(serial, true)).toBe(iso);
  });

  it("reads a 1904 serial 1,462 days later than the same number in the 1900 system", () => {
    // 2026-12-05 is 46361 in the 1900 system and 44899 in the 1904 system.
    expect(readDate(44899)).toBe("2022-12-04");
    expect(readDate(44899, true)).toBe("2026-12-05");
    expect(readMonth(44899, true)).toBe("2026-12");
    expect(readPeriod(44899, true)).toBe("2026-12");
  });

  it("gives the serial Excel gives for 2026-12-01", () => {
    expect(isoToSerial("2026-12-01")).toBe(46357);
  });
});

describe("readMonth", () => {
  it.each([
    ["2026-11", "2026-11"],
    ["2026/11", "2026-11"],
    ["2026年11月", "2026-11"],
    ["2026年11月份", "2026-11"],
    ["202611", "2026-11"],
    [202611, "2026-11"],
    [2026.11, "2026-11"],
    [46356, "2026-11"],
    ["2026-11-30", "2026-11"],
    ["2026-3", "2026-03"],
  ])("reads %p as %p", (input, expected) => {
    expect(readMonth(input)).toBe(expected);
  });

  it.each([["2026-13"], ["11月"], ["十一月"], [2026.1], [2026], ["202613"]])("refuses %p", (input) => {
    expect(readMonth(input)).toBeNull();
  });
});

describe("years and periods", () => {
  it.each([
    [2026, "2026"],
    ["2026年", "2026"],
    ["2026年度", "2026"],
  ])("reads the year %p", (input, expected) => {
    expect(readYear(input)).toBe(expected);
    expect(readPeriod(input)).toBe(expected);
  });

  it("reads a month as a period", () => {
    expect(readPeriod("2026年11月")).toBe("2026-11");
  });

  it.each([["26"], ["二〇二六"], [12345]])("refuses the year %p", (input) => {
    expect(readYear(input)).toBeNull();
  });
});

describe("readYesNo and readWeight", () => {
  it.each([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["n", false],
    ["TRUE", true],
    [true, true],
    [false, false],
    ["√", true],
    [1, true],
    [0, false],
  ])("reads %p as %p", (input, expected) => {
    expect(readYesNo(input)).toBe(expected);
  });

  it("refuses other text", () => {
    expect(readYesNo("可能")).toBeNull();
  });

  it.each([
    ["30%", 0.3],
    ["３０％", 0.3],
    [0.3, 0.3],
    [30, 0.3],
    ["70", 0.7],
    [1, 1],
    ["33.3%", 0.333],
  ])("reads the weight %p as %p", (input, expected) => {
    expect(readWeight(input)).toBe(expected);
  });

  it("refuses a weight that is not a number", () => {
    expect(readWeight("三成")).toBeNull();
  });
});

describe("isExcelError", () => {
  it.each(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#SPILL!"])("recognises %s", (v) => {
    expect(isExcelError(v)).toBe(true);
  });

  it("does not take ordinary text for an error", () => {
    expect(isExcelError("#1号楼")).toBe(false);
  });
});

describe("readShare (每票优秀上限)", () => {
  it.each([
    ["1/3", { numerator: 1, denominator: 3 }],
    [" 1 / 3 ", { numerator: 1, denominator: 3 }],
    ["１/３", { numerator: 1, denominator: 3 }],
    ["１／３", { numerator: 1, denominator: 3 }],
    ["2/6", { numerator: 1, denominator: 3 }],
    ["33%", { numerator: 33, denominator: 100 }],
    ["３３％", { numerator: 33, denominator: 100 }],
    ["33.3%", { numerator: 333, denominator: 1000 }],
    ["0.33", { numerator: 33, denominator: 100 }],
    ["０.３３", { numerator: 33, denominator: 100 }],
    [".5", { numerator: 1, denominator: 2 }],
    ["三分之一", { numerator: 1, denominator: 3 }],
    ["百分之三十三", { numerator: 33, denominator: 100 }],
    ["十分之三", { numerator: 3, denominator: 10 }],
    ["一百零五分之一", { numerator: 1, denominator: 105 }],
    [0.33, { numerator: 33, denominator: 100 }],
    [1 / 3, { numerator: 1, denominator: 3 }],
    [0, { numerator: 0, denominator: 1 }],
    [1, { numerator: 1, denominator: 1 }],
    // Out of range but readable: the scheme's validation reports them with the cell.
    ["150%", { numerator: 3, denominator: 2 }],
    ["-1/3", { numerator: -1, denominator: 3 }],
    ["2", { numerator: 2, denominator: 1 }],
  ])("reads %p as %p", (input, expected) => {
    expect(readShare(input)).toEqual(expected);
  });

  it.each(["无", "不限", "none", "None"])("reads %p as no cap", (input) => {
    expect(readShare(input)).toBe(NO_SHARE);
  });

  it.each([
    ["text", "很多"],
    ["a date serial (1/3 typed into a General cell)", 46025],
    ["a number above 1", 33],
    ["a boolean", true],
    ["half a fraction", "1/"],
    ["a fraction over zero", "1/0"],
  ])("refuses %s", (_, input) => {
    expect(readShare(input)).toBeNull();
  });

  it("leaves a blank cell to the default", () => {
    expect(readShare("")).toBeUndefined();
    expect(readShare(null)).toBeUndefined();
  });
});

describe("one reading for the register and the functions", () => {
  it.each([
    ["\u22121.5", -1.5],
    ["\u22123分", -3],
  ])("reads the minus sign U+2212 in %p", (input, expected) => expect(readNumber(input)).toBe(expected));

  it.each([
    ["2026 年 11 月 30 日", "2026-11-30"],
    ["3000-01-01", "3000-01-01"],
    ["9999-12-31", "9999-12-31"],
  ])("reads the date %p as %p", (input, expected) => expect(readDate(input)).toBe(expected));

  it.each(["1899-12-31", "10000-01-01"])("refuses %p, a date Excel cannot show", (input) => expect(readDate(input)).toBeNull());

  it.each([
    ["1904-01-01", 0],
    ["2026-12-05", 44899],
  ])("gives %p the 1904 system's serial %p", (iso, serial) => {
    expect(isoToSerial(iso, true)).toBe(serial);
    expect(serialToIso(serial, true)).toBe(iso);
  });

  it("has no 1904 serial for a day before 1904-01-01", () => expect(isoToSerial("1903-12-31", true)).toBeUndefined());

  it.each([
    ["年度公示天数", "10天", 10],
    ["月度公示天数", "5 日", 5],
    ["五星级下限", "95分", 95],
  ])("reads the 设置 row %s written %p as %p", (name, input, expected) => expect(readSettingValue("number", name, input)).toBe(expected));

  it("does not take a day unit on a row that is not days", () => expect(readSettingValue("number", "五星级下限", "95天")).toBeNull());
});
