/**
 * The values of the custom functions (./functions.ts is what Excel calls, each result as a 1×1 matrix):
 * the scheme's formulas in any cell, =PX.STAR(E5).
 *
 * Thin wrappers: each reads its arguments (./arguments) and calls the scheme engine, so a function gives
 * exactly what the monthly sheet gives.
 *
 * Defaults follow the register: in a workbook with a 设置 sheet, a blank or missing optional argument
 * takes the register's setting (weights, 小数位数, 星级下限, 等级分值, 去掉最高最低分), else the scheme's
 * default (./defaults, ./register-defaults); an explicit argument always wins. A blank cell that Excel
 * passes as 0 is turned back into a blank (./blank-cells). Each function returns its value at once when
 * the settings are known and no 0 needs checking (nearly always), else a promise. Bad arguments throw
 * the formula error that says what is expected (./formula-error).
 */
import { appraisalScore } from "../scheme/appraisal";
import { compositeScore } from "../scheme/composite";
import { publicityPeriod } from "../scheme/publicity";
import { recordScore } from "../scheme/record";
import { starLabel as labelOfStars, starsFor, starText } from "../scheme/stars";
import {
  isBlankCell,
  readAdjustments,
  readDecimals,
  readDays,
  readGradePoints,
  readMarks,
  readPoints,
  readScore,
  readStartDate,
  readThresholds,
  readTrim,
  readWeight,
  roundScore,
  type ArgumentDefaults,
} from "./arguments";
import { resolveBlanks, zeroBox, type ZeroNeutral } from "./blank-cells";
import { currentDefaults } from "./defaults";
import { MAX_EXCEL_SERIAL, isoDateToSerial } from "./excel-dates";
import { fail } from "./formula-error";
import { MESSAGES, SUBJECTS } from "./messages";

/**
 * Runs a function on its arguments as the cells hold them (blanks passed as 0 turned back into blanks)
 * with the defaults of the workbook: at once when both are known, else once they are.
 */
function compute<T>(
  args: readonly unknown[],
  invocation: CustomFunctions.Invocation | undefined,
  neutral: readonly (ZeroNeutral | undefined)[],
  fn: (args: unknown[], defaults: ArgumentDefaults) => T,
): T | Promise<T> {
  const resolved = resolveBlanks(args, invocation, neutral);
  if (resolved instanceof Promise) return resolved.then((a) => withDefaults(a, fn));
  return withDefaults(resolved, fn);
}

function withDefaults<T>(args: unknown[], fn: (args: unknown[], defaults: ArgumentDefaults) => T): T | Promise<T> {
  const defaults = currentDefaults();
  if (defaults instanceof Promise) return defaults.then((d) => fn(args, d));
  return fn(args, defaults);
}

/**
 * The hot path (a recalculation calls a function thousands of times): the defaults are known and no
 * argument holds a 0 from a cell, so nothing is allocated and nothing waited for. Undefined otherwise.
 */
function knownDefaults(invocation: CustomFunctions.Invocation | undefined, a: unknown, b: unknown, c: unknown, d?: unknown): ArgumentDefaults | undefined {
  if (invocation !== undefined && (zeroBox(a) !== undefined || zeroBox(b) !== undefined || zeroBox(c) !== undefined || zeroBox(d) !== undefined))
    return undefined;
  const defaults = currentDefaults();
  return defaults instanceof Promise ? undefined : defaults;
}

/** The stars of a score rounded to the decimals, against the thresholds. */
function starsOf(score: unknown, thresholds: unknown, decimals: unknown, d: ArgumentDefaults): number {
  // Missing optional arguments (the usual call) go straight to the defaults: this runs millions of times.
  const places = decimals === null || decimals === undefined ? d.decimals : readDecimals(decimals, d);
  const bounds = thresholds === null || thresholds === undefined ? d.thresholds : readThresholds(thresholds, d);
  return starsFor(roundScore(readScore(score), places), bounds);
}

const starsOfArgs = (a: unknown[], d: ArgumentDefaults): number => starsOf(a[0], a[1], a[2], d);

/** =PX.STAR, as a value: stars 0–5 for a composite score: by default 5 at 95 or more, 4 at 90, 3 at 85, 2 at 80, 1 at 75, else 0; in a register, its 星级下限. */
export function star(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return starsOf(score, thresholds, decimals, d);
  return compute([score, thresholds, decimals], invocation, [], starsOfArgs);
}

/** =PX.STARS, as a value: the stars of a composite score as text, e.g. ★★★★☆ for four stars. */
export function stars(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return starText(starsOf(score, thresholds, decimals, d));
  return compute([score, thresholds, decimals], invocation, [], (args, dd) => starText(starsOfArgs(args, dd)));
}

/** =PX.STARLABEL, as a value: the star grade of a composite score: 五星级, 四星级, 三星级, 二星级, 一星级, or 未评星 (no star). */
export function starLabel(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return labelOfStars(starsOf(score, thresholds, decimals, d));
  return compute([score, thresholds, decimals], invocation, [], (args, dd) => labelOfStars(starsOfArgs(args, dd)));
}

/** =PX.COMPOSITE, as a value: the composite score: appraisal × 30% + record × 70% by default (in a register, its weights), each rounded first, the result rounded half-up. */
export function composite(appraisal: unknown, record: unknown, appraisalWeight?: unknown, decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, appraisal, record, appraisalWeight, decimals);
  if (d) return compositeOf(appraisal, record, appraisalWeight, decimals, d);
  return compute([appraisal, record, appraisalWeight, decimals], invocation, [], (a, dd) => compositeOf(a[0], a[1], a[2], a[3], dd));
}

function compositeOf(a: unknown, r: unknown, w: unknown, places: unknown, d: ArgumentDefaults): number {
  const n = readDecimals(places, d);
  const ra = roundScore(readScore(a, SUBJECTS.appraisal), n);
  const rr = roundScore(readScore(r, SUBJECTS.record), n);
  // The register's two weights as written (40% and 60%), or 1 − an explicit appraisal weight.
  const recordWeight = isBlankCell(w) ? d.recordWeight : undefined;
  // Null only when a component is missing, which readScore never returns.
  return compositeScore(ra, rr, readWeight(w, d), n, recordWeight) as number;
}

/** =PX.APPRAISAL, as a value: the democratic appraisal score: the mean of the marks, grades converted to points (by default 优秀 100, 合格 80, 基本合格 60, 不合格 0; in a register, its 等级分值). */
export function appraisal(marks: unknown[][], trim?: unknown, gradePoints?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, marks, trim, gradePoints, decimals);
  if (d) return appraisalOf(marks, trim, gradePoints, decimals, d);
  return compute([marks, trim, gradePoints, decimals], invocation, [], (a, dd) => appraisalOf(a[0], a[1], a[2], a[3], dd));
}

function appraisalOf(m: unknown, t: unknown, g: unknown, places: unknown, d: ArgumentDefaults): number {
  const points = readGradePoints(g, d);
  const result = appraisalScore(readMarks(m, points), {
    gradePoints: points,
    trimExtremes: readTrim(t, d),
    minValidMarks: d.minValidMarks,
    decimals: readDecimals(places, d),
  });
  return result.score ?? fail("#N/A", MESSAGES.noMarks());
}

/** Whether a range holds a number other than 0 (a 0 beside it adds nothing, as a blank would). */
function holdsNonZero(value: unknown): boolean {
  return Array.isArray(value) && value.some((row) => Array.isArray(row) && row.some((cell) => typeof cell === "number" && cell !== 0));
}

/**
 * RECORD sums its points and adjustments, so a 0 and a blank give the same score, except where every point
 * is 0 or blank: a 0 is a score of 0, blanks alone are "not assessed".
 */
const RECORD_ZEROS: readonly (ZeroNeutral | undefined)[] = [holdsNonZero, () => true];

/** =PX.RECORD, as a value: the record-based score: the sum of the criterion points plus the adjustments, kept within 0–100. */
export function record(points: unknown[][], adjustments?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, points, adjustments, decimals);
  if (d) return recordScore(readPoints(points), readAdjustments(adjustments), readDecimals(decimals, d));
  return compute([points, adjustments, decimals], invocation, RECORD_ZEROS, ([p, adj, places], dd) =>
    recordScore(readPoints(p), readAdjustments(adj), readDecimals(places, dd)),
  );
}

/** =PX.PUBLICITYEND, as a value: the last day of a publicity period of at least 7 calendar days, both ends included: 2026-12-01 for 7 days ends 2026-12-07. */
export function publicityEnd(start: unknown, days?: unknown, invocation?: CustomFunctions.Invocation) {
  const resolved = resolveBlanks([start, days], invocation);
  return resolved instanceof Promise ? resolved.then(([s, n]) => publicityEndOf(s, n)) : publicityEndOf(resolved[0], resolved[1]);
}

function publicityEndOf(start: unknown, days: unknown): number {
  const first = readStartDate(start);
  const length = readDays(days);
  // Beyond Excel's last date: stop before the engine is asked for a date it cannot write.
  if ((isoDateToSerial(first) as number) + length - 1 > MAX_EXCEL_SERIAL) return fail("#NUM!", MESSAGES.endOutOfRange());
  return isoDateToSerial(publicityPeriod(first, length).end) ?? fail("#NUM!", MESSAGES.endOutOfRange());
}
