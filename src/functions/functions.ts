/**
 * The custom functions, namespace PX (manifest.xml): the scheme's formulas in any cell, =PX.STAR(E5).
 *
 * Thin wrappers: each reads its arguments (./arguments) and calls the scheme engine, so a function gives
 * exactly what the monthly sheet gives. custom-functions-metadata reads the JSDoc below (English, the
 * default metadata; the Chinese names and help are in functions.zh-CN.json) and the webpack plugin
 * appends the `CustomFunctions.associate` calls. Ids are ASCII and never change.
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
import { ExcelBlankCells } from "./excel-blank-cells";
import type { ExcelRun } from "../excel/excel-workbook";
import { ExcelSettingsSheet } from "./excel-settings-sheet";
import { resolveBlanks, installBlankCellReader, zeroBox } from "./blank-cells";
import { currentDefaults, installDefaultsSource } from "./defaults";
import { RegisterDefaults } from "./register-defaults";
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
  fn: (args: unknown[], defaults: ArgumentDefaults) => T,
): T | Promise<T> {
  const resolved = resolveBlanks(args, invocation);
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

/**
 * Stars 0–5 for a composite score: by default 5 at 95 or more, 4 at 90, 3 at 85, 2 at 80, 1 at 75, else 0; in a register, its 星级下限.
 * @customfunction STAR
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1), as the register rounds it.
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number} The number of stars, 0 to 5.
 * @requiresParameterAddresses
 */
export function star(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return starsOf(score, thresholds, decimals, d);
  return compute([score, thresholds, decimals], invocation, starsOfArgs);
}

/**
 * The stars of a composite score as text, e.g. ★★★★☆ for four stars.
 * @customfunction STARS
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1).
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {string} Five characters, ★ for each star and ☆ for the rest.
 * @requiresParameterAddresses
 */
export function stars(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return starText(starsOf(score, thresholds, decimals, d));
  return compute([score, thresholds, decimals], invocation, (args, dd) => starText(starsOfArgs(args, dd)));
}

/**
 * The star grade of a composite score: 五星级, 四星级, 三星级, 二星级, 一星级, or 未评星 (no star).
 * @customfunction STARLABEL
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1).
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {string} The grade's name in Chinese, as the register writes it.
 * @requiresParameterAddresses
 */
export function starLabel(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, score, thresholds, decimals);
  if (d) return labelOfStars(starsOf(score, thresholds, decimals, d));
  return compute([score, thresholds, decimals], invocation, (args, dd) => labelOfStars(starsOfArgs(args, dd)));
}

/**
 * The composite score: appraisal × 30% + record × 70% by default (in a register, its weights), each rounded first, the result rounded half-up.
 * @customfunction COMPOSITE
 * @param appraisal The democratic appraisal score, 0–100.
 * @param record The record-based score, 0–100.
 * @param appraisalWeight Optional: the appraisal's weight, 0–1 (default: the register's, else 0.3 = 30%); the record weighs the rest.
 * @param decimals Optional: decimals of the components and the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number} The composite score, rounded half-up.
 * @requiresParameterAddresses
 */
export function composite(appraisal: unknown, record: unknown, appraisalWeight?: unknown, decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, appraisal, record, appraisalWeight, decimals);
  if (d) return compositeOf(appraisal, record, appraisalWeight, decimals, d);
  return compute([appraisal, record, appraisalWeight, decimals], invocation, (a, dd) => compositeOf(a[0], a[1], a[2], a[3], dd));
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

/**
 * The democratic appraisal score: the mean of the marks, grades converted to points (by default 优秀 100, 合格 80, 基本合格 60, 不合格 0; in a register, its 等级分值).
 * @customfunction APPRAISAL
 * @param marks A range of marks: grades (优秀, 合格, 基本合格, 不合格) and/or numbers 0–100; blank cells are ignored.
 * @param trim Optional: TRUE drops one highest and one lowest mark when there are at least 5 (default: the register's, else FALSE).
 * @param gradePoints Optional: a two-column range of grade and points, to replace the default points.
 * @param decimals Optional: decimals of the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number} The mean, rounded half-up.
 * @requiresParameterAddresses
 */
export function appraisal(marks: unknown[][], trim?: unknown, gradePoints?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, marks, trim, gradePoints, decimals);
  if (d) return appraisalOf(marks, trim, gradePoints, decimals, d);
  return compute([marks, trim, gradePoints, decimals], invocation, (a, dd) => appraisalOf(a[0], a[1], a[2], a[3], dd));
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

/**
 * The record-based score: the sum of the criterion points plus the adjustments, kept within 0–100.
 * @customfunction RECORD
 * @param points A range of criterion points, each 0–100, adding up to at most 100; blank cells are ignored.
 * @param adjustments Optional: a range of adjustments, positive or negative; blank cells are ignored.
 * @param decimals Optional: decimals of the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number} The record score, rounded half-up.
 * @requiresParameterAddresses
 */
export function record(points: unknown[][], adjustments?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  const d = knownDefaults(invocation, points, adjustments, decimals);
  if (d) return recordScore(readPoints(points), readAdjustments(adjustments), readDecimals(decimals, d));
  return compute([points, adjustments, decimals], invocation, ([p, adj, places], dd) =>
    recordScore(readPoints(p), readAdjustments(adj), readDecimals(places, dd)),
  );
}

/**
 * The last day of a publicity period of at least 7 calendar days, both ends included: 2026-12-01 for 7 days ends 2026-12-07.
 * @customfunction PUBLICITYEND
 * @param start The first day of the publicity, a date.
 * @param days Optional: the length in calendar days, a whole number of at least 7 (default 7).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number} The last day as an Excel date serial number; format the cell as a date.
 * @requiresParameterAddresses
 */
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

/**
 * The composition root in Excel (the shared runtime): the register's settings and the blank-cell lookups
 * over Office.js. Elsewhere (tests, benchmark) the scheme's defaults apply and arguments are taken as given.
 */
export function startInExcel(run: ExcelRun): void {
  installDefaultsSource(new RegisterDefaults(new ExcelSettingsSheet(run)));
  installBlankCellReader(new ExcelBlankCells(run));
}

if (typeof Office !== "undefined" && typeof Excel !== "undefined") {
  void Office.onReady(() => startInExcel((batch) => Excel.run(batch)));
}
