import Decimal from "decimal.js";
import fc from "fast-check";
import {
  addDecimal,
  compareDecimal,
  decimalOf,
  decimalToNumber,
  ExactSum,
  formatScore,
  hundredthsOf,
  meanHalfUp,
  multiplyDecimal,
  roundDecimal,
  roundHalfUp,
  roundRatio,
  roundRational,
  roundScaledInteger,
  subtractDecimal,
  sumDecimal,
} from "../../src/scheme/decimal";
import { SchemeArgumentError } from "../../src/scheme/errors";

/** The oracle: decimal.js on the shortest representation, ROUND_HALF_UP (halves away from zero). */
const oracle = (value: number, decimals: number): number => new Decimal(String(value)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber() + 0; // + 0: the engine never returns -0

describe("roundHalfUp", () => {
  it.each([
    [92.85, 1, 92.9],
    [89.95, 1, 90],
    [84.95, 1, 85],
    [86.65, 1, 86.7],
    [74.95, 1, 75],
    [94.95, 1, 95],
    [86.67, 1, 86.7],
    [89.01, 1, 89],
    [95.03, 1, 95],
    [74.94, 1, 74.9],
    [1.005, 2, 1.01],
    [1.015, 2, 1.02],
    [2.675, 2, 2.68],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [99.5, 0, 100],
    [0, 1, 0],
    [100, 1, 100],
    [0.05, 1, 0.1],
    [0.04999, 1, 0],
    [1e-7, 2, 0],
    [1.25e-6, 7, 0.0000013],
    [123456789.125, 2, 123456789.13],
  ])("rounds %p to %p places as %p (decimal-exact)", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it.each([
    [-2.5, 0, -3],
    [-92.85, 1, -92.9],
    [-0.04, 1, 0],
  ])("rounds negative halves away from zero: %p → %p", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it("returns +0, never -0", () => {
    expect(Object.is(roundHalfUp(-0, 1), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0.01, 1), 0)).toBe(true);
  });

  it("differs from binary rounding where binary is wrong", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the binary result…
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // …and the decimal one a person gets by hand
    expect((84.95).toFixed(1)).toBe("85.0");
    expect((1.005).toFixed(2)).toBe("1.00");
  });

  it.each([NaN, Infinity, -Infinity])("throws for the non-finite %p", (value) => {
    expect(() => roundHalfUp(value, 1)).toThrow(SchemeArgumentError);
  });

  it.each([-1, 1.5, 21])("throws for %p decimals", (decimals) => {
    expect(() => roundHalfUp(1.25, decimals)).toThrow(SchemeArgumentError);
  });

  it("agrees with decimal.js on arbitrary doubles", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(roundHalfUp(v, d)).toBe(oracle(v, d));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with decimal.js on two-decimal scores, where the ties are", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 2 }), (n, d) => {
        const v = n / 1000;
        expect(roundHalfUp(v, d)).toBe(oracle(v, d));
      }),
      { numRuns: 3000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (v, d) => {
        const once = roundHalfUp(v, d);
        expect(roundHalfUp(once, d)).toBe(once);
      }),
    );
  });
});

describe("meanHalfUp", () => {
  it("is null for no values", () => {
    expect(meanHalfUp([], 1)).toBeNull();
  });

  it.each([
    // means that end in 5 exactly, where a binary mean rounds the wrong way
    [[60.8, 69.1], 1, 65],
    [[60.3, 72.6], 1, 66.5],
    [[60.8, 90.1], 1, 75.5],
    [[100, 100, 60], 1, 86.7],
    [[100, 80, 60], 1, 80],
    [[85.5, 90], 0, 88],
    [[1.005], 2, 1.01],
  ])("mean of %p to %p places is %p", (values, decimals, expected) => {
    expect(meanHalfUp(values, decimals)).toBe(expected);
  });

  it("is exact where the binary mean rounds wrong", () => {
    const values = [60.8, 69.1];
    const binary = Math.round(((values[0]! + values[1]!) / 2) * 10) / 10;
    expect(binary).toBe(64.9);
    expect(meanHalfUp(values, 1)).toBe(65);
  });

  it("takes the exact BigInt path for values with more than two decimals", () => {
    expect(meanHalfUp([86.666, 86.668], 2)).toBe(86.67);
    expect(meanHalfUp([0.125, 0.125], 2)).toBe(0.13);
  });

  it("takes the exact BigInt path when the fast sum would overflow", () => {
    expect(meanHalfUp([9e8, 9e8], 20)).toBe(9e8);
  });

  it("agrees with decimal.js", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 100 }),
            fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
            fc.integer({ min: 0, max: 100000 }).map((n) => n / 1000),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 2 }),
        (values, d) => {
          const sum = values.reduce((s, v) => s.plus(String(v)), new Decimal(0));
          const expected = sum.div(values.length).toDecimalPlaces(d, Decimal.ROUND_HALF_UP).toNumber();
          expect(meanHalfUp(values, d)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("exact decimals", () => {
  it.each([
    [92.85, 9285n, 2],
    [-0.5, -5n, 1],
    [1e-7, 1n, 7],
    [1e21, 10n ** 21n, 0],
    [12, 12n, 0],
  ])("decimalOf(%p) = %p × 10^-%p", (value, units, scale) => {
    expect(decimalOf(value)).toEqual({ units, scale });
  });

  it("throws for a non-finite number", () => {
    expect(() => decimalOf(NaN)).toThrow(SchemeArgumentError);
  });

  it("adds, subtracts and multiplies exactly", () => {
    const a = decimalOf(0.1);
    const b = decimalOf(0.2);
    expect(decimalToNumber(addDecimal(a, b))).toBe(0.3);
    expect(decimalToNumber(subtractDecimal(b, a))).toBe(0.1);
    expect(decimalToNumber(multiplyDecimal(decimalOf(86.7), decimalOf(0.3)))).toBe(26.01);
  });

  it("compares", () => {
    expect(compareDecimal(decimalOf(0.3), addDecimal(decimalOf(0.1), decimalOf(0.2)))).toBe(0);
    expect(compareDecimal(decimalOf(0.3), decimalOf(0.31))).toBe(-1);
    expect(compareDecimal(decimalOf(1), decimalOf(0.999))).toBe(1);
  });

  it("rounds a decimal already within the places unchanged", () => {
    expect(roundDecimal(decimalOf(12.5), 2)).toBe(12.5);
    expect(roundDecimal({ units: 0n, scale: 0 }, 1)).toBe(0);
  });

  it("rounds rationals half-up, negative away from zero", () => {
    expect(roundRational(1n, 3n, 2)).toBe(0.33);
    expect(roundRational(2n, 3n, 2)).toBe(0.67);
    expect(roundRational(-1n, 2n, 0)).toBe(-1);
    expect(roundRational(-1n, 3n, 0)).toBe(0);
    expect(() => roundRational(1n, 0n, 1)).toThrow(SchemeArgumentError);
  });

  it("rounds integer ratios on numbers like the BigInt path", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 3 }), (n, d, places) => {
        expect(roundRatio(n, d, places)).toBe(roundRational(BigInt(n), BigInt(d), places));
      }),
      { numRuns: 3000 },
    );
  });

  it("rounds large integer ratios exactly within the documented precondition", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 42 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2 }), (n, d, places) => {
        expect(roundRatio(n, d, places)).toBe(roundRational(BigInt(n), BigInt(d), places));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [9285, 2, 1, 92.9],
    [9285, 2, 2, 92.85],
    [9285, 2, 3, 92.85],
    [0, 2, 1, 0],
    [0, 2, 2, 0],
    [-9285, 2, 1, -92.9],
  ])("roundScaledInteger(%p, %p, %p) = %p", (n, scale, d, expected) => {
    expect(roundScaledInteger(n, scale, d)).toBe(expected);
  });

  it.each([
    [92.85, 9285],
    [100, 10000],
    [-0.07, -7],
    [0.1 + 0.2, undefined],
    [1.005, undefined],
    [2e9, undefined],
    [NaN, undefined],
  ])("hundredthsOf(%p) = %p", (value, expected) => {
    expect(hundredthsOf(value)).toBe(expected);
  });

  it("sums exactly beyond the safe-integer range", () => {
    const sum = new ExactSum();
    sum.add(Number.MAX_SAFE_INTEGER);
    sum.add(2);
    sum.add(0.5);
    expect(sum.total()).toEqual({ units: (BigInt(Number.MAX_SAFE_INTEGER) + 2n) * 10n + 5n, scale: 1 });
  });

  it("sums 0.1 ten times to exactly 1", () => {
    expect(decimalToNumber(sumDecimal(new Array(10).fill(0.1)))).toBe(1);
  });

  it.each([
    [90, 1, "90.0"],
    [92.85, 1, "92.9"],
    [7, 0, "7"],
    [86.7, 2, "86.70"],
  ])("formatScore(%p, %p) = %p", (value, d, text) => {
    expect(formatScore(value, d)).toBe(text);
  });
});
