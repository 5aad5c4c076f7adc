/**
 * Each custom function with the scheme's worked examples, its boundaries and every error it gives.
 */
import { appraisal, composite, publicityEnd, record, star, starLabel, stars } from "../../src/functions/formulas";
import { expectFormulaError } from "./formula-errors";

const CUSTOM = [[96, 92, 88, 84, 80]];

describe("PX.STAR", () => {
  it.each([
    [100, 5],
    [95, 5],
    [94.9, 4],
    [90, 4],
    [89.9, 3],
    [85, 3],
    [80, 2],
    [75, 1],
    [74.9, 0],
    [0, 0],
  ])("STAR(%p) = %p (each threshold an inclusive lower bound)", (score, n) => expect(star(score)).toBe(n));

  it("rounds the score half-up to 1 decimal first, decimal-exact, as the register rounds a composite", () => {
    expect(star(89.95)).toBe(4);
    expect(star(84.95)).toBe(3);
    expect(star(89.94)).toBe(3);
    expect(star(16.9 * 0.3 + 99.9 * 0.7)).toBe(1); // 74.99999999999999 in binary, 75.0 on the sheet
  });

  it("reads numbers typed as text", () => {
    expect(star("95")).toBe(5);
    expect(star("９５")).toBe(5);
    expect(star("95分")).toBe(5);
  });

  it("takes custom thresholds", () => {
    expect(star(95, CUSTOM)).toBe(4);
    expect(star(96, CUSTOM)).toBe(5);
    expect(star(79.9, CUSTOM)).toBe(0);
    expect(star(80, [[96], [92], [88], [84], [80]])).toBe(1);
  });

  it("takes the defaults for a missing (null) or blank thresholds range", () => {
    expect(star(95, null as unknown as unknown[][])).toBe(5);
    expect(star(95, [["", "", "", "", ""]])).toBe(5);
  });

  it("a blank score → #N/A (no score, no star)", () => expectFormulaError(() => star(""), "#N/A", "无得分"));
  it("a null score → #N/A", () => expectFormulaError(() => star(null), "#N/A"));
  it("text that is not a score → #VALUE!", () => expectFormulaError(() => star("优秀"), "#VALUE!", "得分应为0–100的数", "score must be a number 0–100"));
  it("a boolean → #VALUE!", () => expectFormulaError(() => star(true), "#VALUE!"));
  it("an error value passed in → #VALUE! naming it", () => expectFormulaError(() => star({ code: "#DIV/0!" }), "#VALUE!", "#DIV/0!"));
  it("an object → #VALUE!", () => expectFormulaError(() => star({}), "#VALUE!", "not a plain value"));
  it("a score over 100 → #NUM!", () => expectFormulaError(() => star(100.1), "#NUM!", "0–100"));
  it("a negative score → #NUM!", () => expectFormulaError(() => star(-1), "#NUM!"));
  it("thresholds not descending → #VALUE!", () => expectFormulaError(() => star(90, [[95, 85, 90, 80, 75]]), "#VALUE!", "descending"));
  it("thresholds not five numbers → #VALUE!", () => expectFormulaError(() => star(90, [[95, 90, 85]]), "#VALUE!", "five"));
  it("thresholds with text → #VALUE!", () => expectFormulaError(() => star(90, [["五星", 90, 85, 80, 75]]), "#VALUE!"));
  it("a threshold outside 0–100 → #NUM!", () => expectFormulaError(() => star(90, [[195, 90, 85, 80, 75]]), "#NUM!"));
});

describe("PX.STARS", () => {
  it.each([
    [95, "★★★★★"],
    [90, "★★★★☆"],
    [85, "★★★☆☆"],
    [80, "★★☆☆☆"],
    [75, "★☆☆☆☆"],
    [70, "☆☆☆☆☆"],
  ])("STARS(%p) = %s", (score, text) => expect(stars(score)).toBe(text));

  it("takes custom thresholds", () => expect(stars(95, CUSTOM)).toBe("★★★★☆"));
  it("a blank score → #N/A", () => expectFormulaError(() => stars(""), "#N/A"));
  it("text → #VALUE!", () => expectFormulaError(() => stars("abc"), "#VALUE!"));
  it("out of range → #NUM!", () => expectFormulaError(() => stars(101), "#NUM!"));
  it("bad thresholds → #VALUE!", () => expectFormulaError(() => stars(90, [[1, 2, 3, 4, 5]]), "#VALUE!"));
});

describe("PX.STARLABEL", () => {
  it.each([
    [95, "五星级"],
    [90, "四星级"],
    [85, "三星级"],
    [80, "二星级"],
    [75, "一星级"],
    [74.9, "未评星"],
  ])("STARLABEL(%p) = %s", (score, label) => expect(starLabel(score)).toBe(label));

  it("takes custom thresholds", () => expect(starLabel(95, CUSTOM)).toBe("四星级"));
  it("a blank score → #N/A", () => expectFormulaError(() => starLabel(null), "#N/A"));
  it("text → #VALUE!", () => expectFormulaError(() => starLabel("三星"), "#VALUE!"));
  it("out of range → #NUM!", () => expectFormulaError(() => starLabel(-0.5), "#NUM!"));
  it("a threshold out of range → #NUM!", () => expectFormulaError(() => starLabel(90, [[95, 90, 85, 80, -75]]), "#NUM!"));
});

describe("PX.COMPOSITE", () => {
  it("worked example: appraisal 86.67 → 86.7, record 90 → 89.0 (三星级)", () => {
    expect(composite(86.67, 90)).toBe(89);
    expect(starLabel(composite(86.67, 90))).toBe("三星级");
  });
  it("worked example: appraisal 100, record 92.85 → 92.9 (half-up) → 95.0 (五星级)", () => {
    expect(composite(100, 92.85)).toBe(95);
    expect(starLabel(composite(100, 92.85))).toBe("五星级");
  });
  it("worked example: appraisal 0, record 100 → 70.0 (未评星)", () => {
    expect(composite(0, 100)).toBe(70);
    expect(starLabel(composite(0, 100))).toBe("未评星");
  });
  it("computes decimal-exact from the rounded components, never the binary result", () => {
    // 16.9 × 0.3 + 99.9 × 0.7 is 74.99999999999999 in binary; exactly 75.0, one star
    expect(composite(16.9, 99.9)).toBe(75);
    expect(star(composite(16.9, 99.9))).toBe(1);
    // 89.5 × 0.3 + 90.1 × 0.7 = 26.85 + 63.07 = 89.92 → 89.9
    expect(composite(89.5, 90.1)).toBe(89.9);
    // 85 × 0.3 + 92.5 × 0.7 = 25.5 + 64.75 = 90.25 → 90.3
    expect(composite(85, 92.5)).toBe(90.3);
  });

  it("takes the appraisal weight as a fraction or a percentage", () => {
    expect(composite(80, 90, 0.5)).toBe(85);
    expect(composite(80, 90, "50%")).toBe(85);
    expect(composite(80, 90, 0)).toBe(90);
    expect(composite(80, 90, 1)).toBe(80);
    expect(composite(80, 90, null)).toBe(87);
    expect(composite(80, 90, "")).toBe(87);
  });

  it("reads scores typed as text", () => expect(composite("86.67", "９０分")).toBe(89));

  it("a blank appraisal → #N/A naming it", () => expectFormulaError(() => composite("", 90), "#N/A", "民主评议得分", "appraisal"));
  it("a blank record → #N/A naming it", () => expectFormulaError(() => composite(90, null), "#N/A", "记实考核得分", "record"));
  it("text appraisal → #VALUE!", () => expectFormulaError(() => composite("优秀", 90), "#VALUE!", "appraisal"));
  it("text record → #VALUE!", () => expectFormulaError(() => composite(90, "n/a"), "#VALUE!", "record"));
  it("an appraisal over 100 → #NUM!", () => expectFormulaError(() => composite(101, 90), "#NUM!", "appraisal"));
  it("a negative record → #NUM!", () => expectFormulaError(() => composite(90, -1), "#NUM!", "record"));
  it("a weight above 1 (30 for 30%) → #NUM!", () => expectFormulaError(() => composite(90, 90, 30), "#NUM!", "0–1"));
  it("a negative weight → #NUM!", () => expectFormulaError(() => composite(90, 90, -0.3), "#NUM!"));
  it("a text weight → #VALUE!", () => expectFormulaError(() => composite(90, 90, "三成"), "#VALUE!", "appraisalWeight"));
});

describe("PX.APPRAISAL", () => {
  it("is the mean of grades and numbers, blank cells ignored", () => {
    expect(appraisal([["优秀", "合格", "", 90]])).toBe(90);
    expect(appraisal([["优秀"], ["优秀"], ["合格"]])).toBe(93.3);
    expect(appraisal([[86, 87, 87]])).toBe(86.7);
  });

  it("worked example: 优秀, 优秀, 合格, 基本合格, 不合格 with trimming → 80.0", () => {
    const marks = [["优秀", "优秀", "合格", "基本合格", "不合格"]];
    expect(appraisal(marks, true)).toBe(80);
    expect(appraisal(marks, "是")).toBe(80);
    expect(appraisal(marks)).toBe(68);
    expect(appraisal(marks, false)).toBe(68);
  });

  it("trims only with at least five marks", () => expect(appraisal([["优秀", "合格", "不合格", 70]], true)).toBe(62.5));

  it("gives the score with fewer than 3 marks (the register only flags 票数不足)", () => expect(appraisal([["合格"]])).toBe(80));

  it("every voter 不合格 → 0", () => expect(appraisal([["不合格", "不合格", "不合格"]])).toBe(0));

  it("takes custom grade points", () => {
    expect(
      appraisal([["优秀", "合格"]], null, [
        ["优秀", 95],
        ["合格", 75],
      ]),
    ).toBe(85);
    expect(appraisal([["基本合格"]], false, [["优秀分值", 100]])).toBe(60);
  });

  it("no mark at all → #N/A (未评议)", () => expectFormulaError(() => appraisal([["", null, "  "]]), "#N/A", "未评议", "not appraised"));
  it("a mark that is not a grade → #VALUE!", () => expectFormulaError(() => appraisal([["优秀", "良好"]]), "#VALUE!", "良好", "区域第1行第2列"));
  it("a boolean mark → #VALUE!", () => expectFormulaError(() => appraisal([[false]]), "#VALUE!"));
  it("a mark over 100 → #NUM!", () => expectFormulaError(() => appraisal([[80, 120]]), "#NUM!"));
  it("a bad trim → #VALUE!", () => expectFormulaError(() => appraisal([["优秀"]], "sometimes"), "#VALUE!", "trim"));
  it("grade points not in two columns → #VALUE!", () => expectFormulaError(() => appraisal([["优秀"]], null, [[100, 80, 60, 0]]), "#VALUE!", "two columns"));
  it("an unknown grade in grade points → #VALUE!", () => expectFormulaError(() => appraisal([["优秀"]], null, [["良好", 90]]), "#VALUE!", "良好"));
  it("grade points outside 0–100 → #NUM!", () => expectFormulaError(() => appraisal([["优秀"]], null, [["优秀", 150]]), "#NUM!"));
});

describe("PX.RECORD", () => {
  it("sums the criterion points, blank cells ignored", () => {
    expect(record([[20, 18, "", 19.5, 20]])).toBe(77.5);
    expect(record([[20], [20], [20], [20], [20]])).toBe(100);
  });

  it("adds the adjustments and keeps the result within 0–100", () => {
    expect(record([[18, 18, 18, 18, 18]], [[2, -1]])).toBe(91);
    expect(record([[20, 20, 20, 20, 19]], [[3]])).toBe(100);
    expect(record([[1, 1, 1, 0, 0]], [[-5]])).toBe(0);
  });

  it("sums decimal-exact and rounds half-up: 18.35 + 18.3 + 20 + 20 + 16 = 92.65 → 92.7", () => expect(record([[18.35, 18.3, 20, 20, 16]])).toBe(92.7));

  it("no points → #N/A (未考核), even with adjustments", () => expectFormulaError(() => record([["", ""]], [[2]]), "#N/A", "未考核"));
  it("text points → #VALUE!", () => expectFormulaError(() => record([[20, "缺"]]), "#VALUE!", "缺"));
  it("negative points → #NUM!", () => expectFormulaError(() => record([[20, -2]]), "#NUM!"));
  it("points over 100 in a cell → #NUM!", () => expectFormulaError(() => record([[120]]), "#NUM!"));
  it("points adding up to more than 100 → #NUM!", () => expectFormulaError(() => record([[30, 30, 30, 30]]), "#NUM!", "120"));
  it("a text adjustment → #VALUE!", () => expectFormulaError(() => record([[20]], [["扣两分"]]), "#VALUE!", "扣两分"));
});

describe("PX.PUBLICITYEND", () => {
  it("2026-12-01 (serial 46357) for 7 days ends 2026-12-07 (serial 46363)", () => {
    expect(publicityEnd(46357)).toBe(46363);
    expect(publicityEnd(46357, 7)).toBe(46363);
    expect(publicityEnd(46357, null)).toBe(46363);
  });

  it("counts calendar days inclusively, across months and years", () => {
    expect(publicityEnd(46357, 10)).toBe(46366);
    expect(publicityEnd(46382, 7)).toBe(46388); // 2026-12-26 → 2027-01-01
  });

  it("ignores the time of day", () => expect(publicityEnd(46357.9)).toBe(46363));
  it("reads date text", () => expect(publicityEnd("2026年12月1日", "7天")).toBe(46363));

  it("a blank start → #N/A", () => expectFormulaError(() => publicityEnd(""), "#N/A"));
  it("text that is not a date → #VALUE!", () => expectFormulaError(() => publicityEnd("下周一"), "#VALUE!", "下周一"));
  it("a serial Excel has no date for → #NUM!", () => expectFormulaError(() => publicityEnd(0), "#NUM!"));
  it("days below 7 → #NUM!", () => expectFormulaError(() => publicityEnd(46357, 6), "#NUM!", "不少于7", "at least 7"));
  it("days not whole → #NUM!", () => expectFormulaError(() => publicityEnd(46357, 7.5), "#NUM!"));
  it("text days → #VALUE!", () => expectFormulaError(() => publicityEnd(46357, "一周"), "#VALUE!"));
  it("an end after 9999-12-31 → #NUM!", () => {
    expect(publicityEnd(2958465 - 6)).toBe(2958465);
    expectFormulaError(() => publicityEnd(2958465 - 5), "#NUM!", "截止日");
    expectFormulaError(() => publicityEnd(46357, 1e12), "#NUM!");
  });
});
