import {
  dateFromText,
  isBlankCell,
  numberFromText,
  readAdjustments,
  readDays,
  readDecimals,
  SCHEME_ARGUMENT_DEFAULTS,
  readGradePoints,
  readMarks,
  readPoints,
  readScore,
  readStartDate,
  readThresholds,
  readTrim,
  readWeight,
  roundScore,
} from "../../src/functions/arguments";
import fc from "fast-check";
import { roundHalfUp } from "../../src/scheme/decimal";
import { DEFAULT_SETTINGS } from "../../src/scheme/settings";
import { DEFAULT_THRESHOLDS } from "../../src/scheme/stars";
import { expectFormulaError } from "./formula-errors";

const DEFAULT_POINTS = DEFAULT_SETTINGS.gradePoints;

describe("isBlankCell", () => {
  it.each([null, undefined, "", "   ", "\u3000"])("%p is blank", (v) => expect(isBlankCell(v)).toBe(true));
  it.each([0, "0", false, "x"])("%p is not blank", (v) => expect(isBlankCell(v)).toBe(false));
});

describe("numberFromText reads numbers typed as text, as the register does", () => {
  it.each([
    ["95", 95],
    [" 95 ", 95],
    ["95.0", 95],
    ["95.", 95],
    [".5", 0.5],
    ["９５", 95],
    ["９５．５", 95.5],
    ["+2", 2],
    ["－1", -1],
    ["\u22121.5", -1.5],
    ["-0", 0],
  ])("%p → %p", (text, n) => expect(numberFromText(text)).toBe(n));

  it("drops one of the given units after the number", () => {
    expect(numberFromText("95分", ["分"])).toBe(95);
    expect(numberFromText("95 分", ["分"])).toBe(95);
    expect(numberFromText("95分", [])).toBeUndefined();
  });

  it.each(["", "abc", "9 5", "1e2", "0x10", "95分分", "1,000", "Infinity", "--1", "."])("%p is not a number", (text) =>
    expect(numberFromText(text, ["分"])).toBeUndefined(),
  );
});

describe("readScore", () => {
  it.each([
    [0, 0],
    [100, 100],
    [89.95, 89.95],
    ["95", 95],
    ["９５", 95],
    ["95分", 95],
    ["95.0", 95],
  ])("%p → %p", (v, n) => expect(readScore(v)).toBe(n));

  it.each([null, undefined, "", "  "])("%p (blank) → #N/A", (v) => expectFormulaError(() => readScore(v), "#N/A", "无得分", "no score"));
  it.each(["abc", "优秀", true, false, {}])("%p → #VALUE!", (v) => expectFormulaError(() => readScore(v), "#VALUE!", "0–100"));
  it.each([-0.1, 100.01, 1e9, "101", "-5分"])("%p → #NUM!", (v) => expectFormulaError(() => readScore(v), "#NUM!", "0–100"));
  it("NaN → #VALUE!", () => expectFormulaError(() => readScore(NaN), "#VALUE!"));
});

describe("roundScore with 0 or 2 decimals (the 小数位数 setting)", () => {
  it.each([
    [89.955, 2, 89.96],
    [89.945, 2, 89.95],
    [92.8449, 2, 92.84],
    [89.5, 0, 90],
    [89.49, 0, 89],
  ])("%p to %p decimals → %p", (v, n, r) => expect(roundScore(v, n)).toBe(r));

  it.each([0, 2])("equals the engine on random doubles and near halves with %p decimals", (n) => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => expect(roundScore(v, n)).toBe(roundHalfUp(v, n))),
      { numRuns: 10_000 },
    );
    const near = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 3, max: 15 }));
    fc.assert(
      fc.property(near, ([k, offset, digits]) => {
        const v = Number(((k + 0.5) / 10 ** n + offset * 10 ** -digits).toFixed(digits));
        if (v >= 0 && v <= 100) expect(roundScore(v, n)).toBe(roundHalfUp(v, n));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("readDecimals", () => {
  const twoDecimals = { ...SCHEME_ARGUMENT_DEFAULTS, decimals: 2 };
  it.each([
    [0, 0],
    [2, 2],
    ["1", 1],
    ["２", 2],
  ])("%p → %p", (v, n) => expect(readDecimals(v, SCHEME_ARGUMENT_DEFAULTS)).toBe(n));
  it.each([null, undefined, "", "  "])("%p takes the default (the register's)", (v) => expect(readDecimals(v, twoDecimals)).toBe(2));
  it.each([3, -1, 1.5])("%p is #NUM!", (v) => expectFormulaError(() => readDecimals(v, SCHEME_ARGUMENT_DEFAULTS), "#NUM!", "0、1或2"));
  it.each(["两位", true])("%p is #VALUE!", (v) => expectFormulaError(() => readDecimals(v, SCHEME_ARGUMENT_DEFAULTS), "#VALUE!", "小数位数"));
});

describe("roundScore rounds half-up to 1 decimal, decimal-exact", () => {
  it.each([
    [89.95, 90],
    [84.95, 85],
    [92.85, 92.9],
    [94.99999999999999, 95],
    [89.94, 89.9],
    [0.05, 0.1],
    [90, 90],
    [92.9, 92.9],
  ])("%p → %p", (v, n) => expect(roundScore(v)).toBe(n));

  it("equals the engine on random doubles 0–100 and on decimals near a half", () => {
    const near = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 2, max: 15 }));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => expect(roundScore(v)).toBe(roundHalfUp(v, 1))),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(near, ([k, offset, digits]) => {
        // k.5 nudged by a few units in the last of `digits` decimals: 89.95, 89.9500001, 89.9499999…
        const v = Number(((k + 0.5) / 10 + offset * 10 ** -digits).toFixed(digits));
        if (v >= 0 && v <= 100) expect(roundScore(v)).toBe(roundHalfUp(v, 1));
      }),
      { numRuns: 20_000 },
    );
  });

  it("equals the engine on values that already have one decimal and on ones that do not", () => {
    for (let i = 0; i <= 10_000; i++) {
      for (const v of [i / 100, i / 10 / 10, (i * 0.1) / 10, i / 1000 + 0.0005]) expect(roundScore(v)).toBe(roundHalfUp(v, 1));
    }
  });
});

describe("readThresholds", () => {
  it("takes the defaults when missing or blank", () => {
    expect(readThresholds(null)).toBe(DEFAULT_THRESHOLDS);
    expect(readThresholds(undefined)).toBe(DEFAULT_THRESHOLDS);
    expect(readThresholds([["", "", "", "", ""]])).toBe(DEFAULT_THRESHOLDS);
  });

  it("reads a row, a column or text numbers, skipping blank cells", () => {
    expect(readThresholds([[96, 91, 86, 81, 76]])).toEqual([96, 91, 86, 81, 76]);
    expect(readThresholds([[96], [91], [""], [86], [81], [76]])).toEqual([96, 91, 86, 81, 76]);
    expect(readThresholds([["96", "９１", "86分", 81, 76]])).toEqual([96, 91, 86, 81, 76]);
  });

  it.each([
    [[[95, 90, 85, 80]], "不是4个"],
    [[[95, 90, 85, 80, 75, 70]], "not 6"],
    [[[95]], "five numbers"],
  ])("%j is not five numbers → #VALUE!", (range, fragment) => expectFormulaError(() => readThresholds(range), "#VALUE!", fragment));

  it("text → #VALUE! naming the cell", () => expectFormulaError(() => readThresholds([[95, 90, "x", 80, 75]]), "#VALUE!", "区域第1行第3列", "row 1, column 3"));
  it("not strictly descending → #VALUE!", () => expectFormulaError(() => readThresholds([[95, 90, 90, 80, 75]]), "#VALUE!", "从高到低", "descending"));
  it("ascending → #VALUE!", () => expectFormulaError(() => readThresholds([[75, 80, 85, 90, 95]]), "#VALUE!", "descending"));
  it("outside 0–100 → #NUM!", () => expectFormulaError(() => readThresholds([[101, 90, 85, 80, 75]]), "#NUM!", "101"));
  it("negative → #NUM!", () => expectFormulaError(() => readThresholds([[95, 90, 85, 80, -1]]), "#NUM!", "-1"));
});

describe("readWeight", () => {
  it.each([
    [null, 0.3],
    ["", 0.3],
    [0.3, 0.3],
    [0, 0],
    [1, 1],
    ["0.4", 0.4],
    ["40%", 0.4],
    ["４０％", 0.4],
    ["33.3%", 0.333],
  ])("%p → %p", (v, w) => expect(readWeight(v)).toBe(w));

  it.each(["abc", "30 percent", true, "%"])("%p → #VALUE!", (v) => expectFormulaError(() => readWeight(v), "#VALUE!", "0–1"));
  it.each([30, -0.1, 1.01, "130%", "2"])("%p → #NUM!", (v) => expectFormulaError(() => readWeight(v), "#NUM!", "0–1"));
});

describe("readTrim", () => {
  it.each([
    [null, false],
    ["", false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["是", true],
    ["否", false],
    ["Y", true],
    ["n", false],
    ["TRUE", true],
    ["false", false],
  ])("%p → %p", (v, b) => expect(readTrim(v)).toBe(b));

  it.each(["maybe", 2, "对"])("%p → #VALUE!", (v) => expectFormulaError(() => readTrim(v), "#VALUE!", "TRUE"));
});

describe("readGradePoints", () => {
  it("takes the defaults when missing or blank", () => {
    expect(readGradePoints(null)).toEqual(DEFAULT_POINTS);
    expect(readGradePoints([["", ""]])).toEqual(DEFAULT_POINTS);
  });

  it("overrides the grades listed, by name or by the 设置 row name, and keeps the others", () => {
    expect(
      readGradePoints([
        ["优秀", 95],
        ["", ""],
        ["合格分值", "85分"],
      ]),
    ).toEqual({ 优秀: 95, 合格: 85, 基本合格: 60, 不合格: 0 });
  });

  it("not two columns → #VALUE!", () => expectFormulaError(() => readGradePoints([["优秀", 100, 1]]), "#VALUE!", "两列", "two columns"));
  it("one column → #VALUE!", () => expectFormulaError(() => readGradePoints([["优秀"], ["合格"]]), "#VALUE!", "not 1"));
  it("an unknown grade → #VALUE!", () => expectFormulaError(() => readGradePoints([["良好", 90]]), "#VALUE!", "良好"));
  it("a repeated grade → #VALUE!", () =>
    expectFormulaError(
      () =>
        readGradePoints([
          ["优秀", 100],
          ["优秀分值", 90],
        ]),
      "#VALUE!",
      "两次",
      "twice",
    ));
  it("blank points → #VALUE!", () => expectFormulaError(() => readGradePoints([["优秀", ""]]), "#VALUE!", "为空", "blank"));
  it("text points → #VALUE!", () => expectFormulaError(() => readGradePoints([["优秀", "abc"]]), "#VALUE!", "abc"));
  it("points outside 0–100 → #NUM!", () => expectFormulaError(() => readGradePoints([["优秀", 120]]), "#NUM!", "120"));
});

describe("readMarks", () => {
  it("reads grades and numbers, skipping blank cells", () => {
    expect(
      readMarks(
        [
          ["优秀", "", 85],
          [null, " 合格 ", "９０"],
        ],
        DEFAULT_POINTS,
      ),
    ).toEqual(["优秀", 85, "合格", 90]);
  });

  it("an unknown grade → #VALUE! naming the cell", () =>
    expectFormulaError(() => readMarks([["优秀", "良好"]], DEFAULT_POINTS), "#VALUE!", "良好", "区域第1行第2列"));
  it("a boolean → #VALUE!", () => expectFormulaError(() => readMarks([[true]], DEFAULT_POINTS), "#VALUE!", "TRUE"));
  it("a number outside 0–100 → #NUM!", () => expectFormulaError(() => readMarks([[80], [101]], DEFAULT_POINTS), "#NUM!", "区域第2行第1列"));
  it("long text is shortened in the message", () => {
    expectFormulaError(() => readMarks([["这是一段很长很长很长很长很长很长很长很长的文字"]], DEFAULT_POINTS), "#VALUE!", "…");
  });
});

describe("readPoints", () => {
  it("reads numbers, skipping blank cells", () => expect(readPoints([[20, "", "18分", 15.5]])).toEqual([20, 18, 15.5]));
  it("no points → #N/A (未考核)", () => expectFormulaError(() => readPoints([["", null]]), "#N/A", "未考核"));
  it("text → #VALUE!", () => expectFormulaError(() => readPoints([[20, "满分"]]), "#VALUE!", "满分"));
  it("a negative number → #NUM!", () => expectFormulaError(() => readPoints([[20, -1]]), "#NUM!", "-1"));
  it("a number over 100 → #NUM!", () => expectFormulaError(() => readPoints([[101]]), "#NUM!", "101"));
  it("points adding up to more than 100 → #NUM!", () => expectFormulaError(() => readPoints([[60, 40.1]]), "#NUM!", "100.1", "more than 100"));
  it("points adding up to exactly 100 pass (decimal-exact: 0.1 + 0.2 + 99.7)", () => expect(readPoints([[0.1, 0.2, 99.7]])).toEqual([0.1, 0.2, 99.7]));
});

describe("readAdjustments", () => {
  it("missing → none", () => expect(readAdjustments(null)).toEqual([]));
  it("reads signed numbers and text, skipping blank cells", () =>
    expect(
      readAdjustments([
        [2, "", "-1.5"],
        ["＋3分", null, -4],
      ]),
    ).toEqual([2, -1.5, 3, -4]));
  it("text → #VALUE!", () => expectFormulaError(() => readAdjustments([["加2分"]]), "#VALUE!", "加2分"));
});

describe("dates", () => {
  it.each([
    ["2026-12-01", "2026-12-01"],
    ["2026/12/1", "2026-12-01"],
    ["2026.12.1", "2026-12-01"],
    ["2026年12月1日", "2026-12-01"],
    ["２０２６年１２月１日", "2026-12-01"],
    [" 2026-2-28 ", "2026-02-28"],
  ])("dateFromText(%p) = %p", (text, iso) => expect(dateFromText(text)).toBe(iso));

  it.each(["2026-02-30", "2026-13-01", "12/1/2026", "tomorrow", "46357"])("dateFromText(%p) is not a date", (text) =>
    expect(dateFromText(text)).toBeUndefined(),
  );

  it("readStartDate reads serials and text", () => {
    expect(readStartDate(46357)).toBe("2026-12-01");
    expect(readStartDate(46357.5)).toBe("2026-12-01");
    expect(readStartDate("2026年12月1日")).toBe("2026-12-01");
  });
  it("a blank start → #N/A", () => expectFormulaError(() => readStartDate(""), "#N/A", "no start date"));
  it.each(["abc", true])("start %p → #VALUE!", (v) => expectFormulaError(() => readStartDate(v), "#VALUE!", "日期"));
  it.each([0, -1, 60, 2958466, "1899-12-31"])("start %p → #NUM!", (v) => expectFormulaError(() => readStartDate(v), "#NUM!"));

  it.each([
    [null, 7],
    ["", 7],
    [7, 7],
    [10, 10],
    ["10", 10],
    ["10天", 10],
  ])("readDays(%p) = %p", (v, n) => expect(readDays(v)).toBe(n));
  it.each([6, 0, -7, 7.5, "6天"])("days %p → #NUM!", (v) => expectFormulaError(() => readDays(v), "#NUM!", "7"));
  it.each(["一周", true])("days %p → #VALUE!", (v) => expectFormulaError(() => readDays(v), "#VALUE!", "7"));
});
