/**
 * The custom functions, namespace PX (manifest.xml): the scheme's formulas in any cell, =PX.STAR(E5).
 *
 * Thin wrappers: each reads its arguments (./arguments) and calls the scheme engine, so a function gives
 * exactly what the monthly sheet gives. custom-functions-metadata reads the JSDoc below (English, the
 * default metadata; the Chinese names and help are in functions.zh-CN.json) and the webpack plugin
 * appends the `CustomFunctions.associate` calls. Ids are ASCII and never change.
 *
 * Pure and synchronous: nothing is read from the workbook. Bad arguments throw the formula error that
 * says what is expected (./formula-error).
 */
import { appraisalScore } from '../scheme/appraisal';
import { compositeScore } from '../scheme/composite';
import { publicityPeriod } from '../scheme/publicity';
import { recordScore } from '../scheme/record';
import { DEFAULT_SETTINGS } from '../scheme/settings';
import { starLabel as labelOfStars, starsFor, starText } from '../scheme/stars';
import {
  DECIMALS,
  readAdjustments,
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
} from './arguments';
import { MAX_EXCEL_SERIAL, isoDateToSerial } from './excel-dates';
import { fail } from './formula-error';
import { MESSAGES, SUBJECTS } from './messages';

/**
 * Stars 0–5 for a composite score: 5 at 95 or more, 4 at 90, 3 at 85, 2 at 80, 1 at 75, else 0.
 * @customfunction STAR
 * @param score The composite score, 0–100; rounded half-up to 1 decimal first, as the register rounds it.
 * @param thresholds Optional: five descending lower bounds for five to one star (default 95, 90, 85, 80, 75).
 * @returns The number of stars, 0 to 5.
 */
export function star(score: unknown, thresholds?: unknown[][]): number {
  return starsFor(roundScore(readScore(score)), readThresholds(thresholds));
}

/**
 * The stars of a composite score as text, e.g. ★★★★☆ for four stars.
 * @customfunction STARS
 * @param score The composite score, 0–100; rounded half-up to 1 decimal first.
 * @param thresholds Optional: five descending lower bounds for five to one star (default 95, 90, 85, 80, 75).
 * @returns Five characters, ★ for each star and ☆ for the rest.
 */
export function stars(score: unknown, thresholds?: unknown[][]): string {
  return starText(star(score, thresholds));
}

/**
 * The star grade of a composite score: 五星级, 四星级, 三星级, 二星级, 一星级, or 未评星 (no star).
 * @customfunction STARLABEL
 * @param score The composite score, 0–100; rounded half-up to 1 decimal first.
 * @param thresholds Optional: five descending lower bounds for five to one star (default 95, 90, 85, 80, 75).
 * @returns The grade's name in Chinese, as the register writes it.
 */
export function starLabel(score: unknown, thresholds?: unknown[][]): string {
  return labelOfStars(star(score, thresholds));
}

/**
 * The composite score: appraisal × 30% + record × 70%, each rounded to 1 decimal first, the result rounded half-up to 1 decimal.
 * @customfunction COMPOSITE
 * @param appraisal The democratic appraisal score, 0–100.
 * @param record The record-based score, 0–100.
 * @param appraisalWeight Optional: the appraisal's weight, 0–1 (default 0.3 = 30%); the record weighs the rest.
 * @returns The composite score, rounded half-up to 1 decimal.
 */
export function composite(appraisal: unknown, record: unknown, appraisalWeight?: unknown): number {
  const a = roundScore(readScore(appraisal, SUBJECTS.appraisal));
  const r = roundScore(readScore(record, SUBJECTS.record));
  // Null only when a component is missing, which readScore never returns.
  return compositeScore(a, r, readWeight(appraisalWeight), DECIMALS) as number;
}

/**
 * The democratic appraisal score: the mean of the marks, grades converted to points (优秀 100, 合格 80, 基本合格 60, 不合格 0).
 * @customfunction APPRAISAL
 * @param marks A range of marks: grades (优秀, 合格, 基本合格, 不合格) and/or numbers 0–100; blank cells are ignored.
 * @param trim Optional: TRUE drops one highest and one lowest mark when there are at least 5 (default FALSE).
 * @param gradePoints Optional: a two-column range of grade and points, to replace the default points.
 * @returns The mean, rounded half-up to 1 decimal.
 */
export function appraisal(marks: unknown[][], trim?: unknown, gradePoints?: unknown[][]): number {
  const points = readGradePoints(gradePoints);
  const result = appraisalScore(readMarks(marks, points), {
    gradePoints: points,
    trimExtremes: readTrim(trim),
    minValidMarks: DEFAULT_SETTINGS.minValidMarks,
    decimals: DECIMALS,
  });
  return result.score ?? fail('#N/A', MESSAGES.noMarks());
}

/**
 * The record-based score: the sum of the criterion points plus the adjustments, kept within 0–100.
 * @customfunction RECORD
 * @param points A range of criterion points, each 0–100, adding up to at most 100; blank cells are ignored.
 * @param adjustments Optional: a range of adjustments, positive or negative; blank cells are ignored.
 * @returns The record score, rounded half-up to 1 decimal.
 */
export function record(points: unknown[][], adjustments?: unknown[][]): number {
  return recordScore(readPoints(points), readAdjustments(adjustments), DECIMALS);
}

/**
 * The last day of a publicity period of at least 7 calendar days, both ends included: 2026-12-01 for 7 days ends 2026-12-07.
 * @customfunction PUBLICITYEND
 * @param start The first day of the publicity, a date.
 * @param days Optional: the length in calendar days, a whole number of at least 7 (default 7).
 * @returns The last day as an Excel date serial number; format the cell as a date.
 */
export function publicityEnd(start: unknown, days?: unknown): number {
  const first = readStartDate(start);
  const length = readDays(days);
  // Beyond Excel's last date: stop before the engine is asked for a date it cannot write.
  if ((isoDateToSerial(first) as number) + length - 1 > MAX_EXCEL_SERIAL) return fail('#NUM!', MESSAGES.endOutOfRange());
  return isoDateToSerial(publicityPeriod(first, length).end) ?? fail('#NUM!', MESSAGES.endOutOfRange());
}
