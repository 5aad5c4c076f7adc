import fc from "fast-check";
import { appraisalScore } from "../../src/scheme/appraisal";
import { gradeTable, MarkTally, markPoints } from "../../src/scheme/mark-tally";
import { DEFAULT_SETTINGS } from "../../src/scheme/settings";
import { type Mark } from "../../src/scheme/types";
import { codes } from "./helpers";

const opts = (over: Partial<typeof DEFAULT_SETTINGS> = {}) => ({ ...DEFAULT_SETTINGS, ...over });

describe("appraisalScore", () => {
  it("converts grades to points: 优秀 100, 合格 80, 基本合格 60, 不合格 0", () => {
    expect(appraisalScore(["优秀"], opts({ minValidMarks: 1 })).score).toBe(100);
    expect(appraisalScore(["合格"], opts({ minValidMarks: 1 })).score).toBe(80);
    expect(appraisalScore(["基本合格"], opts({ minValidMarks: 1 })).score).toBe(60);
    expect(appraisalScore(["不合格"], opts({ minValidMarks: 1 })).score).toBe(0);
  });

  it("uses the branch’s grade points", () => {
    const s = opts({ gradePoints: { 优秀: 95, 合格: 85, 基本合格: 70, 不合格: 50 } });
    expect(appraisalScore(["优秀", "合格", "不合格"], s).score).toBe(76.7);
  });

  it("means grades and numbers together", () => {
    expect(appraisalScore(["优秀", 90, 85.5], opts()).score).toBe(91.8); // 275.5 / 3 = 91.8333
  });

  it("rounds an exact mean half-up: 100, 100, 60 → 86.67 → 86.7 (worked example)", () => {
    expect(appraisalScore(["优秀", "优秀", "基本合格"], opts()).score).toBe(86.7);
  });

  it("is exact at ties a binary mean gets wrong: 60.8 and 69.1 → 64.95 → 65.0", () => {
    expect(appraisalScore([60.8, 69.1], opts()).score).toBe(65);
  });

  it.each([0, 1, 2])("rounds to %p decimals", (decimals) => {
    const expected = [87, 86.7, 86.67][decimals];
    expect(appraisalScore(["优秀", "优秀", "基本合格"], opts({ decimals })).score).toBe(expected);
  });

  describe("trimming (去掉最高最低分)", () => {
    it("drops one highest and one lowest with 5 marks (worked example)", () => {
      const r = appraisalScore(["优秀", "优秀", "合格", "基本合格", "不合格"], opts({ trimExtremes: true }));
      expect(r.score).toBe(80);
      expect(r.validMarks).toBe(5);
    });

    it("does not trim with 4 marks", () => {
      expect(appraisalScore(["优秀", "合格", "基本合格", "不合格"], opts({ trimExtremes: true })).score).toBe(60);
    });

    it("does not trim when the setting is off", () => {
      expect(appraisalScore(["优秀", "优秀", "合格", "基本合格", "不合格"], opts()).score).toBe(68);
    });

    it("drops only one of equal extremes", () => {
      expect(appraisalScore([100, 100, 100, 0, 0, 0], opts({ trimExtremes: true })).score).toBe(50);
    });

    it("trims fractional extremes exactly", () => {
      expect(appraisalScore([99.95, 80, 80, 80, 60.05], opts({ trimExtremes: true, decimals: 2 })).score).toBe(80);
      expect(appraisalScore([99.95, 80.15, 80, 80, 60.05], opts({ trimExtremes: true, decimals: 1 })).score).toBe(80.1); // 240.15/3 = 80.05
    });
  });

  describe("quorum and none", () => {
    it("flags fewer valid marks than the minimum as 票数不足, keeping the score", () => {
      const r = appraisalScore(["优秀", "合格"], opts());
      expect(r).toMatchObject({ score: 90, validMarks: 2, status: "票数不足" });
      expect(r.problems).toEqual([{ severity: "warning", code: "appraisal.quorum", place: {}, args: { validMarks: 2, minValidMarks: 3 } }]);
    });

    it("counts exactly the minimum as enough", () => {
      expect(appraisalScore(["优秀", "合格", "合格"], opts()).status).toBe("scored");
    });

    it("gives 未评议 without any valid mark", () => {
      const r = appraisalScore([], opts(), { member: "7" });
      expect(r).toMatchObject({ score: null, validMarks: 0, status: "未评议" });
      expect(r.problems).toEqual([{ severity: "warning", code: "appraisal.none", place: { member: "7" }, args: {} }]);
    });

    it("counts one voter as one mark", () => {
      expect(appraisalScore(["合格"], opts())).toMatchObject({ score: 80, validMarks: 1, status: "票数不足" });
    });
  });

  describe("invalid marks", () => {
    it.each<[Mark]>([["良好"], [101], [-1], [NaN], ["95"], [Infinity]])("leaves %p out with an error", (mark) => {
      const r = appraisalScore([mark, "优秀", "优秀", "优秀"], opts());
      expect(r.score).toBe(100);
      expect(r.validMarks).toBe(3);
      expect(codes(r.problems)).toEqual(["ballot.invalid-mark"]);
      expect(r.problems[0]?.args).toEqual({ mark: String(mark), index: 0 });
    });

    it("accepts the boundaries 0 and 100", () => {
      expect(appraisalScore([0, 100, 50], opts()).score).toBe(50);
    });

    it("accepts a grade with surrounding spaces", () => {
      expect(appraisalScore([" 优秀 ", "优秀", "优秀"], opts()).score).toBe(100);
    });

    it("treats a non-string, non-number mark as invalid", () => {
      expect(appraisalScore([null as unknown as Mark, "优秀", "优秀", "优秀"], opts()).problems).toHaveLength(1);
    });
  });

  it("never lowers an appraisal when a valid 优秀 is added (no trimming)", () => {
    const mark = fc.oneof(
      fc.constantFrom<Mark>("优秀", "合格", "基本合格", "不合格"),
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 2 }), (marks, decimals) => {
        const before = appraisalScore(marks, opts({ decimals })).score as number;
        const after = appraisalScore([...marks, "优秀"], opts({ decimals })).score as number;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("lies between the lowest and highest mark", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), fc.boolean(), (marks, trimExtremes) => {
        const score = appraisalScore(marks, opts({ trimExtremes, decimals: 2 })).score as number;
        expect(score).toBeGreaterThanOrEqual(Math.min(...marks));
        expect(score).toBeLessThanOrEqual(Math.max(...marks));
      }),
    );
  });
});

describe("MarkTally", () => {
  it("keeps members apart and is exact with fractional marks", () => {
    const t = new MarkTally(2);
    t.add(0, 60.8);
    t.add(0, 69.1);
    t.add(1, 80);
    expect(t.outcome(0, { trimExtremes: false, minValidMarks: 1, decimals: 1 }).score).toBe(65);
    expect(t.outcome(1, { trimExtremes: false, minValidMarks: 1, decimals: 1 }).score).toBe(80);
    expect(t.validMarks(0)).toBe(2);
  });

  it("falls back to BigInt when an integer sum is too large for the fast path", () => {
    const t = new MarkTally(1);
    for (let i = 0; i < 3; i++) t.add(0, 100);
    expect(t.outcome(0, { trimExtremes: false, minValidMarks: 1, decimals: 20 }).score).toBe(100);
  });

  it("reads marks through the grade table", () => {
    const grades = gradeTable({ 优秀: 100, 良好: 90 });
    expect([...grades.keys()]).toEqual(["优秀"]);
    expect(markPoints("良好", grades)).toBeUndefined();
    expect(markPoints(55.5, grades)).toBe(55.5);
  });
});
