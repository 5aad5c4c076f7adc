import fc from "fast-check";
import { SchemeArgumentError } from "../../src/scheme/errors";
import { DEFAULT_THRESHOLDS, isStars, STAR_LABELS, starLabel, starsFor, starText, validateThresholds } from "../../src/scheme/stars";
import { codes } from "./helpers";

describe("starsFor", () => {
  it.each([
    [100, 5],
    [95.0, 5],
    [94.9, 4],
    [90.0, 4],
    [89.9, 3],
    [89.5, 3],
    [85.0, 3],
    [84.9, 2],
    [80.0, 2],
    [79.9, 1],
    [75.0, 1],
    [74.9, 0],
    [70.0, 0],
    [0, 0],
  ])("composite %p gives %p stars (thresholds are inclusive lower bounds)", (composite, stars) => {
    expect(starsFor(composite)).toBe(stars);
  });

  it("uses the given thresholds", () => {
    expect(starsFor(92, [98, 92, 86, 80, 70])).toBe(4);
    expect(starsFor(69.9, [98, 92, 86, 80, 70])).toBe(0);
  });

  it("throws for a list that is not five thresholds", () => {
    expect(() => starsFor(90, [90, 80])).toThrow(SchemeArgumentError);
  });

  it("never decreases as the composite grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(starsFor(lo)).toBeLessThanOrEqual(starsFor(hi));
      }),
    );
  });

  it("never decreases for any valid thresholds", () => {
    const thresholds = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }).map((t) => [...t].sort((x, y) => y - x));
    fc.assert(
      fc.property(thresholds, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (t, a, b) => {
        expect(validateThresholds(t)).toEqual([]);
        const [lo, hi] = a <= b ? [a / 10, b / 10] : [b / 10, a / 10];
        expect(starsFor(lo, t)).toBeLessThanOrEqual(starsFor(hi, t));
      }),
    );
  });
});

describe("labels", () => {
  it.each([
    [5, "五星级", "★★★★★"],
    [4, "四星级", "★★★★☆"],
    [3, "三星级", "★★★☆☆"],
    [2, "二星级", "★★☆☆☆"],
    [1, "一星级", "★☆☆☆☆"],
    [0, "未评星", "☆☆☆☆☆"],
  ])("%p stars: %p, %p", (stars, label, text) => {
    expect(starLabel(stars)).toBe(label);
    expect(starText(stars)).toBe(text);
  });

  it("labels no score by its status, else 未评星", () => {
    expect(starLabel(null, "未考核")).toBe("未考核");
    expect(starLabel(null)).toBe("未评星");
    expect(starText(null)).toBe("");
  });

  it.each([6, -1, 2.5])("throws for %p stars", (stars) => {
    expect(() => starLabel(stars)).toThrow(SchemeArgumentError);
    expect(() => starText(stars)).toThrow(SchemeArgumentError);
  });

  it("knows what stars are", () => {
    expect(isStars(3)).toBe(true);
    expect(isStars("3")).toBe(false);
    expect(isStars(null)).toBe(false);
    expect(STAR_LABELS).toHaveLength(6);
  });
});

describe("validateThresholds", () => {
  it("accepts the defaults", () => {
    expect(validateThresholds(DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it.each([
    [[95, 90, 85, 80], ["settings.thresholds-count"]],
    [[95, 95, 85, 80, 75], ["settings.thresholds-order"]],
    [[95, 90, 85, 80, 85], ["settings.thresholds-order"]],
    [[100, 90, 85, 80, 0], []],
    [[100.5, 90, 85, 80, 75], ["settings.threshold-range"]],
    [
      [95, 90, NaN, 80, 75],
      ["settings.threshold-range", "settings.thresholds-order", "settings.thresholds-order"],
    ],
  ])("%p → %p", (t, expected) => {
    expect(codes(validateThresholds(t))).toEqual(expected);
  });
});
