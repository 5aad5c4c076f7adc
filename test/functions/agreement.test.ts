/**
 * Agreement: on random inputs each custom function gives what the scheme engine gives for the same
 * inputs, with the register's rounding (scores rounded half-up to 1 decimal before they are combined
 * or starred), and the errors the rules call for.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { isoDateToSerial, serialToIsoDate } from "../../src/functions/excel-dates";
import { appraisal, composite, publicityEnd, record, star, starLabel, stars } from "../../src/functions/formulas";
import { appraisalScore } from "../../src/scheme/appraisal";
import { compositeScore } from "../../src/scheme/composite";
import { roundHalfUp } from "../../src/scheme/decimal";
import { publicityPeriod } from "../../src/scheme/publicity";
import { recordScore } from "../../src/scheme/record";
import { DEFAULT_SETTINGS, GRADES } from "../../src/scheme/settings";
import { DEFAULT_THRESHOLDS, starLabel as engineLabel, starsFor, starText } from "../../src/scheme/stars";
import type { Mark } from "../../src/scheme/types";
import { formulaErrorOf } from "./formula-errors";

const RUNS = { numRuns: 1000 };

/** Scores as the sheet holds them: mostly 1 or 2 decimals, sometimes any double, often at a boundary. */
const scoreValue = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
  fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, 100, 95, 94.95, 94.94, 89.95, 84.95, 79.95, 74.95, 74.99999999999999),
);

const FULL_WIDTH = (text: string) => text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * The same number as a secretary might type it: a number, text, full-width text, or text with 分
 * (text only in plain decimal notation: text such as "1e-7" is not read as a number).
 */
function typed(n: number): fc.Arbitrary<unknown> {
  if (String(n).includes("e")) return fc.constant(n);
  return fc.constantFrom<unknown>(n, String(n), FULL_WIDTH(String(n)), `${n}分`, ` ${n} `);
}

/** Five thresholds strictly descending within 0–100, with at most 1 decimal, or none (the defaults). */
const thresholdValues = fc.option(
  fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 5 }).map((a) => a.sort((x, y) => y - x).map((n) => n / 10)),
  { nil: null },
);

/** A thresholds argument as Excel passes it: a row, a column, or null. */
function thresholdsRange(t: number[] | null): fc.Arbitrary<unknown[][] | null> {
  if (t === null) return fc.constant(null);
  return fc.constantFrom<unknown[][]>(
    [t],
    t.map((v) => [v]),
  );
}

describe("agreement with the scheme engine", () => {
  it("STAR, STARS and STARLABEL give the engine's stars of the rounded score", () => {
    fc.assert(
      fc.property(
        scoreValue.chain((s) => fc.tuple(fc.constant(s), typed(s))),
        thresholdValues.chain((t) => fc.tuple(fc.constant(t), thresholdsRange(t))),
        ([score, input], [t, range]) => {
          const expected = starsFor(roundHalfUp(score, 1), t ?? DEFAULT_THRESHOLDS);
          const arg = range as unknown[][];
          expect(star(input, arg)).toBe(expected);
          expect(stars(input, arg)).toBe(starText(expected));
          expect(starLabel(input, arg)).toBe(engineLabel(expected));
        },
      ),
      RUNS,
    );
  });

  it("COMPOSITE gives the engine's composite of the rounded components, and decimal.js agrees", () => {
    const weight = fc.option(
      fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      { nil: null },
    );
    fc.assert(
      fc.property(scoreValue, scoreValue, weight, (a, r, w) => {
        const ra = roundHalfUp(a, 1);
        const rr = roundHalfUp(r, 1);
        const wa = w ?? 0.3;
        const result = composite(a, r, w);
        expect(result).toBe(compositeScore(ra, rr, wa, 1));
        const exact = new Decimal(ra).mul(wa).plus(new Decimal(rr).mul(new Decimal(1).minus(wa)));
        expect(result).toBe(exact.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber());
      }),
      RUNS,
    );
  });

  it("APPRAISAL gives the engine's appraisal of the marks in the range", () => {
    const cell = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<unknown>(...GRADES) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) },
      { weight: 2, arbitrary: fc.constantFrom<unknown>("", null, "  ") },
    );
    const grid = fc
      .integer({ min: 1, max: 4 })
      .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }));
    const points = fc.option(
      fc.subarray([...GRADES], { minLength: 1 }).chain((grades) => fc.tuple(...grades.map((g) => fc.tuple(fc.constant(g), fc.integer({ min: 0, max: 100 }))))),
      { nil: null },
    );
    fc.assert(
      fc.property(grid, fc.boolean(), points, (range, trim, gradeRows) => {
        const marks = range.flat().filter((v) => !(v === null || (typeof v === "string" && v.trim() === ""))) as Mark[];
        const gradePoints = { ...DEFAULT_SETTINGS.gradePoints, ...Object.fromEntries(gradeRows ?? []) };
        const expected = appraisalScore(marks, { gradePoints, trimExtremes: trim, minValidMarks: 3, decimals: 1 }).score;
        const call = () => appraisal(range, trim, gradeRows as unknown[][]);
        if (expected === null) expect(formulaErrorOf(call).code).toBe("#N/A");
        else expect(call()).toBe(expected);
      }),
      RUNS,
    );
  });

  it("RECORD gives the engine's record of the points and adjustments", () => {
    const points = fc
      .array(fc.integer({ min: 0, max: 2500 }), { minLength: 1, maxLength: 8 })
      .filter((a) => a.reduce((s, n) => s + n, 0) <= 10000)
      .map((a) => a.map((n) => n / 100));
    const adjustments = fc.option(
      fc.array(
        fc.integer({ min: -300, max: 300 }).map((n) => n / 10),
        { maxLength: 4 },
      ),
      { nil: null },
    );
    fc.assert(
      fc.property(points, adjustments, fc.boolean(), (p, adj, withBlanks) => {
        const row: unknown[] = withBlanks ? p.flatMap((v) => [v, ""]) : p;
        const adjRange = adj === null ? null : [adj.length > 0 ? adj : [""]];
        expect(record([row], adjRange as unknown[][])).toBe(recordScore(p, adj ?? [], 1));
      }),
      RUNS,
    );
  });

  it("PUBLICITYEND gives the engine's end of the period, as a serial: start + days − 1", () => {
    const serial = fc.integer({ min: 61, max: 2_958_465 - 10_000 });
    const fraction = fc.constantFrom(0, 0.25, 0.999);
    const days = fc.integer({ min: 7, max: 10_000 });
    fc.assert(
      fc.property(serial, fraction, days, (s, f, d) => {
        const end = publicityEnd(s + f, d);
        expect(end).toBe(isoDateToSerial(publicityPeriod(serialToIsoDate(s) as string, d).end));
        expect(end).toBe(s + d - 1);
      }),
      RUNS,
    );
  });
});

describe("errors on random bad input", () => {
  const outside = fc.oneof(
    fc.double({ min: 100, max: 1e6, noNaN: true, minExcluded: true }),
    fc.double({ min: -1e6, max: 0, maxExcluded: true, noNaN: true }).filter((v) => v < 0),
  ); // not -0, which is 0
  const nonNumericText = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "" && !/^\s*[+\-－＋−]?[0-9０-９.．]+\s*分?\s*$/.test(s));

  it("a score outside 0–100 is #NUM! for every score argument", () => {
    fc.assert(
      fc.property(outside, (v) => {
        for (const call of [() => star(v), () => stars(v), () => starLabel(v), () => composite(v, 80), () => composite(80, v)]) {
          expect(formulaErrorOf(call).code).toBe("#NUM!");
        }
      }),
    );
  });

  it("text that is not a number is #VALUE! for every score argument", () => {
    fc.assert(
      fc.property(nonNumericText, (v) => {
        for (const call of [() => star(v), () => stars(v), () => starLabel(v), () => composite(v, 80), () => composite(80, v)]) {
          expect(formulaErrorOf(call).code).toBe("#VALUE!");
        }
      }),
    );
  });

  it("thresholds that are not strictly descending are #VALUE!", () => {
    const t = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }).filter((a) => a.some((v, i) => i > 0 && !(v < (a[i - 1] as number))));
    fc.assert(fc.property(t, (a) => expect(formulaErrorOf(() => star(90, [a])).code).toBe("#VALUE!")));
  });

  it("a weight outside 0–1 is #NUM!", () => {
    const w = fc.oneof(
      fc.double({ min: 1, max: 100, minExcluded: true, noNaN: true }),
      fc.double({ min: -100, max: 0, maxExcluded: true, noNaN: true }).filter((v) => v < 0),
    );
    fc.assert(fc.property(w, (v) => expect(formulaErrorOf(() => composite(80, 80, v)).code).toBe("#NUM!")));
  });

  it("days below 7 are #NUM!", () => {
    fc.assert(fc.property(fc.integer({ min: -1000, max: 6 }), (d) => expect(formulaErrorOf(() => publicityEnd(46357, d)).code).toBe("#NUM!")));
  });
});
