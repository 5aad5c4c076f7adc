import Decimal from "decimal.js";
import fc from "fast-check";
import { compositeScore } from "../../src/scheme/composite";
import { roundHalfUp } from "../../src/scheme/decimal";
import { starLabel, starsFor } from "../../src/scheme/stars";

describe("compositeScore", () => {
  it.each([
    // docs/rules.md worked examples
    [86.7, 90.0, 89.0, "三星级"],
    [100, 92.9, 95.0, "五星级"],
    [0, 100, 70.0, "未评星"],
    // ties at a star boundary that binary floating point rounds down
    [68.6, 99.1, 90.0, "四星级"], // 20.58 + 69.37 = 89.95 → 90.0
    [84.1, 99.6, 95.0, "五星级"], // 25.23 + 69.72 = 94.95 → 95.0
    [50.1, 85.6, 75.0, "一星级"], // 15.03 + 59.92 = 74.95 → 75.0
    [53.1, 98.6, 85.0, "三星级"], // 84.95 → 85.0
    [100, 100, 100, "五星级"],
    [0, 0, 0, "未评星"],
  ])("appraisal %p and record %p give %p, %s", (appraisal, record, composite, label) => {
    const c = compositeScore(appraisal, record, 0.3, 1);
    expect(c).toBe(composite);
    expect(starLabel(starsFor(c as number))).toBe(label);
  });

  it("computes the worked examples from rounded components", () => {
    const appraisal = roundHalfUp(86.67, 1);
    const record = roundHalfUp(92.85, 1);
    expect([appraisal, record]).toEqual([86.7, 92.9]);
    expect(compositeScore(100, record, 0.3, 1)).toBe(95);
  });

  it("gets right what binary floating point gets wrong", () => {
    expect(Math.round((68.6 * 0.3 + 99.1 * 0.7) * 10) / 10).toBe(89.9);
    expect(compositeScore(68.6, 99.1, 0.3, 1)).toBe(90);
  });

  it("is null without either component", () => {
    expect(compositeScore(null, 90, 0.3, 1)).toBeNull();
    expect(compositeScore(90, null, 0.3, 1)).toBeNull();
  });

  it("uses the record weight when given, else 1 − appraisal weight", () => {
    expect(compositeScore(80, 90, 0.4, 1)).toBe(86);
    expect(compositeScore(80, 90, 0.4, 1, 0.6)).toBe(86);
    expect(compositeScore(80, 90, 0.5, 1, 0.6)).toBe(94); // inconsistent weights are a settings error, computed as given
  });

  it("takes the exact BigInt path for weights with more decimals", () => {
    expect(compositeScore(90, 60, 1 / 3, 2)).toBe(70); // 30 + 40 (1/3 read as 0.3333333333333333)
    expect(compositeScore(86.7, 90, 0.333, 2, 0.667)).toBe(88.9); // 28.8711 + 60.03 = 88.9011
  });

  it("takes the exact BigInt path for components with more decimals", () => {
    expect(compositeScore(86.667, 90, 0.3, 1)).toBe(89);
    expect(compositeScore(90, 80, 0.3, 5)).toBe(83);
  });

  it("agrees with decimal.js", () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(score, score, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 }), (a, r, w, d) => {
        const wa = w / 100;
        const expected = new Decimal(String(a))
          .times(String(wa))
          .plus(new Decimal(String(r)).times(new Decimal(1).minus(String(wa))))
          .toDecimalPlaces(d, Decimal.ROUND_HALF_UP)
          .toNumber();
        expect(compositeScore(a, r, wa, d)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("lies between its two components", () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(score, score, fc.integer({ min: 0, max: 100 }), (a, r, w) => {
        const c = compositeScore(a, r, w / 100, 1) as number;
        expect(c).toBeGreaterThanOrEqual(Math.min(a, r));
        expect(c).toBeLessThanOrEqual(Math.max(a, r));
      }),
      { numRuns: 2000 },
    );
  });
});
