/**
 * The custom functions, namespace PX (manifest.xml), as Excel calls them: =PX.STAR(E5).
 *
 * custom-functions-metadata reads the JSDoc below (English, the default metadata; the Chinese names and
 * help are in functions.zh-CN.json) and the webpack plugin appends the `CustomFunctions.associate` calls.
 * Ids are ASCII and never change. The values come from ./formulas.
 *
 * Every function asks for its arguments' addresses (@requiresParameterAddresses), to tell a blank cell
 * from 0 (./blank-cells), and for its own cell's (@requiresAddress), whose formula does the same on hosts
 * without argument addresses. The metadata reference allows that option only with a matrix result: it "must
 * be used in combination with the dimensionality property of the result object, and dimensionality must
 * be set to matrix" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options;
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#detect-the-address-of-a-parameter).
 * So each result is a 1×1 matrix (`@returns {number[][]}`), [[value]], which fills exactly the formula's
 * own cell. test/functions/metadata.test.ts checks the generated metadata against the reference's rules.
 */
import type { ExcelRun } from "../excel/excel-workbook";
import { installBlankCellReader } from "./blank-cells";
import { asCell } from "./cell-result";
import { installDefaultsSource, waitForDefaultsSource } from "./defaults";
import { ExcelBlankCells } from "./excel-blank-cells";
import { ExcelSettingsSheet } from "./excel-settings-sheet";
import * as formulas from "./formulas";
import { refreshFunctionsCache } from "./functions-cache";
import { RegisterDefaults } from "./register-defaults";

/**
 * Stars 0–5 for a composite score: by default 5 at 95 or more, 4 at 90, 3 at 85, 2 at 80, 1 at 75, else 0; in a register, its 星级下限.
 * @customfunction STAR
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1), as the register rounds it.
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number[][]} The number of stars, 0 to 5.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function star(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.star(score, thresholds, decimals, invocation));
}

/**
 * The stars of a composite score as text, e.g. ★★★★☆ for four stars.
 * @customfunction STARS
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1).
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {string[][]} Five characters, ★ for each star and ☆ for the rest.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function stars(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.stars(score, thresholds, decimals, invocation));
}

/**
 * The star grade of a composite score: 五星级, 四星级, 三星级, 二星级, 一星级, or 未评星 (no star).
 * @customfunction STARLABEL
 * @param score The composite score, 0–100; rounded half-up to the register's decimals first (default 1).
 * @param thresholds Optional: five descending lower bounds for five to one star (default: the register's, else 95, 90, 85, 80, 75).
 * @param decimals Optional: decimals the score is rounded to first, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {string[][]} The grade's name in Chinese, as the register writes it.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function starLabel(score: unknown, thresholds?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.starLabel(score, thresholds, decimals, invocation));
}

/**
 * The composite score: appraisal × 30% + record × 70% by default (in a register, its weights), each rounded first, the result rounded half-up.
 * @customfunction COMPOSITE
 * @param appraisal The democratic appraisal score, 0–100.
 * @param record The record-based score, 0–100.
 * @param appraisalWeight Optional: the appraisal's weight, 0–1 (default: the register's, else 0.3 = 30%); the record weighs the rest.
 * @param decimals Optional: decimals of the components and the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number[][]} The composite score, rounded half-up.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function composite(appraisal: unknown, record: unknown, appraisalWeight?: unknown, decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.composite(appraisal, record, appraisalWeight, decimals, invocation));
}

/**
 * The democratic appraisal score: the mean of the marks, grades converted to points (by default 优秀 100, 合格 80, 基本合格 60, 不合格 0; in a register, its 等级分值).
 * @customfunction APPRAISAL
 * @param marks A range of marks: grades (优秀, 合格, 基本合格, 不合格) and/or numbers 0–100; blank cells are ignored.
 * @param trim Optional: TRUE drops one highest and one lowest mark when there are at least 5 (default: the register's, else FALSE).
 * @param gradePoints Optional: a two-column range of grade and points, to replace the default points.
 * @param decimals Optional: decimals of the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number[][]} The mean, rounded half-up.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function appraisal(marks: unknown[][], trim?: unknown, gradePoints?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.appraisal(marks, trim, gradePoints, decimals, invocation));
}

/**
 * The record-based score: the sum of the criterion points plus the adjustments, kept within 0–100.
 * @customfunction RECORD
 * @param points A range of criterion points, each 0–100, adding up to at most 100; blank cells are ignored.
 * @param adjustments Optional: a range of adjustments, positive or negative; blank cells are ignored.
 * @param decimals Optional: decimals of the result, 0, 1 or 2 (default: the register's 小数位数, else 1).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number[][]} The record score, rounded half-up.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function record(points: unknown[][], adjustments?: unknown[][], decimals?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.record(points, adjustments, decimals, invocation));
}

/**
 * The last day of a publicity period of at least 7 calendar days, both ends included: 2026-12-01 for 7 days ends 2026-12-07.
 * @customfunction PUBLICITYEND
 * @param start The first day of the publicity, a date.
 * @param days Optional: the length in calendar days, a whole number of at least 7 (default 7).
 * @param invocation The cell and argument addresses, to tell a blank cell from 0.
 * @returns {number[][]} The last day as an Excel date serial number; format the cell as a date.
 * @requiresAddress
 * @requiresParameterAddresses
 */
export function publicityEnd(start: unknown, days?: unknown, invocation?: CustomFunctions.Invocation) {
  return asCell(formulas.publicityEnd(start, days, invocation));
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
  // Functions Excel evaluates before Office.onReady wait for the register's settings.
  waitForDefaultsSource();
  void Office.onReady(() => {
    startInExcel((batch) => Excel.run(batch));
    // A failed save leaves the cache as it was (refreshed within 24 hours): worth a console line, no more.
    refreshFunctionsCache(Office.context.document.settings).catch((error: unknown) => console.warn("custom functions cache refresh not saved", error));
  });
}
