/**
 * Turns the values Excel passes to the custom functions into the scheme's inputs, or throws the formula
 * error that says what is expected. Pure: runs without Excel.
 *
 * What arrives: a number, text or a boolean; "" (sometimes null) for a blank cell; null for a missing
 * optional argument; a row-major array of rows for a range.
 *
 * Decisions:
 * - Every cell is read by the register's one reader (register/read/values.ts): numbers typed as text,
 *   dates, yes/no and percentages mean here what they mean in the register: "95", "95.0", "９５", "95分" are
 *   95; "30%" is 0.3 for the weight, "10天" is 10 for the days. Other text is #VALUE!. Where a function
 *   reads a value differently on purpose (30 as a weight), docs/rules.md lists it ("One reading of a cell").
 * - A blank score, start date, or a range without any mark or points gives #N/A: there is nothing to
 *   compute from (the register's 未考核 / 未评议), which is not the same as a score of 0.
 * - A number outside its range is #NUM!; text that is not a number, a grade or a date is #VALUE!.
 * - A blank or missing optional argument takes its default: the register's setting where the workbook is a
 *   register, else the scheme's default ({@link FunctionDefaults}, ./defaults), like a missing row of the
 *   设置 sheet. The defaults are read only when the argument is blank, so an explicit argument always wins
 *   (and a 设置 sheet with an error only matters to a function that needs one of its settings).
 */
import { compareDecimal, decimalToNumber, ExactSum, roundHalfUp } from "../scheme/decimal";
import { gradeTable } from "../scheme/mark-tally";
import { MIN_PUBLICITY_DAYS } from "../scheme/publicity-minimum";
import { DEFAULT_SETTINGS, GRADES, type Grade } from "../scheme/settings";
import { DEFAULT_THRESHOLDS, validateThresholds, type Thresholds } from "../scheme/stars";
import type { Mark } from "../scheme/types";
import type { CellValue } from "../register/cells";
import { isoToSerial, serialToIso } from "../register/read/excel-serial";
import { blank, dateFromText, DAY_UNITS, numberFromText, readNumber, readPercentage, readYesNo, SCORE_UNITS } from "../register/read/values";
import { fail } from "./formula-error";
import { MESSAGES, SUBJECTS, type CellPosition, type Subject } from "./messages";
import { maxOf } from "../scheme/arrays";

/** Decimal places of the scores the functions give outside a register (the 小数位数 setting's default). */
export const DECIMALS = DEFAULT_SETTINGS.decimals;
/** The decimals a score may be rounded to, as the 小数位数 setting allows them. */
export const MAX_DECIMALS = 2;
const SCALES = [1, 10, 100];

/** The defaults a blank or missing argument takes (the register's settings, or the scheme's). */
export interface ArgumentDefaults {
  readonly appraisalWeight: number;
  readonly recordWeight: number;
  readonly decimals: number;
  readonly thresholds: Thresholds;
  readonly gradePoints: Readonly<Record<string, number>>;
  readonly trimExtremes: boolean;
  readonly minValidMarks: number;
}

/** The scheme's defaults (docs/rules.md), for any workbook that is not a register. */
export const SCHEME_ARGUMENT_DEFAULTS: ArgumentDefaults = Object.freeze({
  appraisalWeight: DEFAULT_SETTINGS.appraisalWeight,
  recordWeight: DEFAULT_SETTINGS.recordWeight,
  decimals: DEFAULT_SETTINGS.decimals,
  thresholds: DEFAULT_THRESHOLDS,
  gradePoints: DEFAULT_SETTINGS.gradePoints,
  trimExtremes: DEFAULT_SETTINGS.trimExtremes,
  minValidMarks: DEFAULT_SETTINGS.minValidMarks,
});

/** True for a blank cell: null, undefined, or text of spaces only (the register's {@link blank}). */
export function isBlankCell(value: unknown): boolean {
  return blank(value as CellValue);
}

export { numberFromText };

/** A cell's number as the register reads it ({@link readNumber}, with `units`); undefined for anything else. */
function numberOf(value: unknown, units: readonly string[]): number | undefined {
  return readNumber(value as CellValue, units) ?? undefined;
}

/** The rows of a range; a single value (not an array) is a 1×1 range. */
function rowsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  if (range.every(Array.isArray)) return range as unknown[][];
  return range.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * The numbers of a range in reading order, blank cells skipped (numeric text read as a number, with score
 * units). A value that is not a number → #VALUE! with `notNumber`'s message; `check` may refuse a number.
 */
function numbersOf(
  range: unknown,
  notNumber: (at: CellPosition, value: unknown) => string,
  check?: (n: number, at: CellPosition, value: unknown) => void,
): number[] {
  const numbers: number[] = [];
  const rows = rowsOf(range);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (isBlankCell(value)) continue;
      const n = numberOf(value, SCORE_UNITS);
      if (n === undefined) return fail("#VALUE!", notNumber({ row: r + 1, column: c + 1 }, value));
      check?.(n, { row: r + 1, column: c + 1 }, value);
      numbers.push(n);
    }
  }
  return numbers;
}

/**
 * A score 0–100: a number, or numeric text. Blank → #N/A (no score); not a number → #VALUE!;
 * outside 0–100 → #NUM!.
 */
export function readScore(value: unknown, subject: Subject = SUBJECTS.score): number {
  if (typeof value === "number") {
    if (value >= 0 && value <= 100) return value; // NaN fails both comparisons
    return fail(Number.isFinite(value) ? "#NUM!" : "#VALUE!", MESSAGES.scoreOutOfRange(subject, value));
  }
  if (isBlankCell(value)) return fail("#N/A", MESSAGES.scoreBlank(subject));
  const n = typeof value === "string" ? numberFromText(value, SCORE_UNITS) : undefined;
  if (n === undefined) return fail("#VALUE!", MESSAGES.scoreNotNumber(subject, value));
  if (n < 0 || n > 100) return fail("#NUM!", MESSAGES.scoreOutOfRange(subject, value));
  return n;
}

/** How close to a half (in units of the last kept decimal) a score must be to need exact arithmetic. */
const NEAR_HALF = 1e-6;

/**
 * Rounds a score (0–100) half-up to `decimals` places (0, 1 or 2; default 1), decimal-exact, as the engine rounds every
 * published score ({@link roundHalfUp}), without the engine's exact arithmetic unless it can matter.
 *
 * Why the shortcut is exact: the engine rounds the shortest decimal d that reads back as `value`. For
 * |value| ≤ 100, |value − d| ≤ half an ulp of 100 (7.2e-15) and value × 10 is off by at most half an ulp
 * of 1000 (5.7e-14), so y = value × 10 is within 2e-13 of 10·d. Half-up rounding of 10·d only changes
 * at halves; when y is further than NEAR_HALF from a half, Math.round(y) is the same integer k, and
 * k / 10 (a correctly rounded division) is the double the engine returns for the decimal k/10. Only
 * scores within NEAR_HALF of a half (89.95, 84.95 …) take the exact path. With 2 decimals (× 100) the
 * error bound is ten times larger (2e-12), still far below NEAR_HALF; with 0 decimals it is smaller.
 * The tests compare the result with roundHalfUp on random doubles for 0, 1 and 2 decimals.
 */
export function roundScore(value: number, decimals: number = DECIMALS): number {
  const scale = SCALES[decimals] as number;
  const y = value * scale;
  if (Math.abs(y - Math.floor(y) - 0.5) > NEAR_HALF && Math.abs(value) <= 100) return Math.round(y) / scale;
  return roundHalfUp(value, decimals);
}

/**
 * 小数位数: 0, 1 or 2 (a number or text "2"). Blank or missing → the default. Text that is not a number →
 * #VALUE!; anything but 0, 1 or 2 → #NUM!.
 */
export function readDecimals(value: unknown, defaults: ArgumentDefaults): number {
  if (isBlankCell(value)) return defaults.decimals;
  const n = numberOf(value, SCORE_UNITS);
  if (n === undefined) return fail("#VALUE!", MESSAGES.decimalsInvalid(value));
  if (!(n === 0 || n === 1 || n === 2)) return fail("#NUM!", MESSAGES.decimalsInvalid(value));
  return n;
}

/**
 * Star thresholds: five numbers in reading order (a row or a column), strictly descending, within 0–100.
 * Missing, or a range of blank cells only → the default (the register's, else 95, 90, 85, 80, 75). Blank cells within the range
 * are skipped. Not five numbers, text, or not descending → #VALUE!; a threshold outside 0–100 → #NUM!.
 */
export function readThresholds(range: unknown, defaults: ArgumentDefaults = SCHEME_ARGUMENT_DEFAULTS): Thresholds {
  if (range === null || range === undefined) return defaults.thresholds;
  const values = numbersOf(range, MESSAGES.thresholdNotNumber);
  if (values.length === 0) return defaults.thresholds;
  if (values.length !== 5) return fail("#VALUE!", MESSAGES.thresholdsCount(values.length));
  const problems = validateThresholds(values);
  if (problems.length === 0) return values as unknown as Thresholds;
  const outOfRange = problems.find((p) => p.code === "settings.threshold-range");
  if (outOfRange) return fail("#NUM!", MESSAGES.thresholdOutOfRange(String(outOfRange.args.value)));
  const order = problems.find((p) => p.code === "settings.thresholds-order");
  if (order) return fail("#VALUE!", MESSAGES.thresholdsNotDescending(String(order.args.higher), String(order.args.lower)));
  return fail("#VALUE!", MESSAGES.thresholdsCount(values.length)); // not reached: there are five numbers
}

/**
 * The appraisal weight as a fraction 0–1: 0.3, 30% (a number formatted as a percentage is 0.3 in Excel),
 * or text "0.3" / "30%". Blank or missing → the default (the register's, else 0.3). Not a number → #VALUE!; outside 0–1 → #NUM!
 * (unlike the 设置 sheet, 30 is not read as 30%: a function argument has no column to say it is a percentage).
 */
export function readWeight(value: unknown, defaults: ArgumentDefaults = SCHEME_ARGUMENT_DEFAULTS): number {
  if (isBlankCell(value)) return defaults.appraisalWeight;
  const w = readPercentage(value as CellValue);
  if (typeof w !== "number") return fail("#VALUE!", MESSAGES.weightNotNumber(value));
  if (w < 0 || w > 1) return fail("#NUM!", MESSAGES.weightOutOfRange(value));
  return w;
}

/**
 * 去掉最高最低分: yes/no as the 设置 sheet reads it ({@link readYesNo}): TRUE/FALSE, 1/0, 是/否, Y/N, yes/no,
 * ✓/✗, 有/无. Blank or missing → the default (the register's, else FALSE). Anything else → #VALUE!.
 */
export function readTrim(value: unknown, defaults: ArgumentDefaults = SCHEME_ARGUMENT_DEFAULTS): boolean {
  if (isBlankCell(value)) return defaults.trimExtremes;
  return readYesNo(value as CellValue) ?? fail("#VALUE!", MESSAGES.trimInvalid(value));
}

/** A grade named in a cell: 优秀, or 优秀分值 as the 设置 sheet's rows name it; undefined for anything else. */
function gradeNamed(value: unknown): Grade | undefined {
  if (typeof value !== "string") return undefined;
  let t = value.trim();
  if (t.endsWith("分值")) t = t.slice(0, -2).trimEnd();
  return (GRADES as readonly string[]).includes(t) ? (t as Grade) : undefined;
}

/**
 * Grade points from a two-column range of grade and points (e.g. 优秀 | 100, or the 设置 sheet's rows
 * 优秀分值 | 100). Grades not listed keep their default (the register's, else 优秀 100, 合格 80, 基本合格 60,
 * 不合格 0);
 * blank rows are skipped. Not two columns, an unknown or repeated grade, blank or non-numeric points
 * → #VALUE!; points outside 0–100 → #NUM!.
 */
export function readGradePoints(range: unknown, defaults: ArgumentDefaults = SCHEME_ARGUMENT_DEFAULTS): Readonly<Record<string, number>> {
  if (range === null || range === undefined) return defaults.gradePoints;
  const rows = rowsOf(range);
  if (rows.every((row) => row.every(isBlankCell))) return defaults.gradePoints;
  const width = maxOf(rows.map((row) => row.length));
  if (width !== 2) return fail("#VALUE!", MESSAGES.gradePointsColumns(width));
  const points: Record<string, number> = { ...defaults.gradePoints };
  const seen = new Set<Grade>();
  rows.forEach(([name, value], r) => {
    if (isBlankCell(name) && isBlankCell(value)) return;
    const grade = gradeNamed(name);
    if (!grade) return fail("#VALUE!", MESSAGES.gradeUnknown({ row: r + 1, column: 1 }, name));
    if (seen.has(grade)) return fail("#VALUE!", MESSAGES.gradeRepeated(grade));
    seen.add(grade);
    if (isBlankCell(value)) return fail("#VALUE!", MESSAGES.gradePointsBlank(grade));
    const n = numberOf(value, SCORE_UNITS);
    if (n === undefined) return fail("#VALUE!", MESSAGES.gradePointsNotNumber(grade, value));
    if (n < 0 || n > 100) return fail("#NUM!", MESSAGES.gradePointsOutOfRange(grade, value));
    points[grade] = n;
  });
  return points;
}

/**
 * The marks of a range, blank cells skipped: numbers 0–100 (numeric text read as a number) and grades
 * (优秀, 合格, 基本合格, 不合格, trimmed). A number outside 0–100 → #NUM!; any other value → #VALUE!.
 */
export function readMarks(range: unknown, gradePoints: Readonly<Record<string, number>>): Mark[] {
  const grades = gradeTable(gradePoints);
  const marks: Mark[] = [];
  const rows = rowsOf(range);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === "number" && value >= 0 && value <= 100) {
        marks.push(value);
        continue;
      }
      if (typeof value === "string" && grades.has(value)) {
        marks.push(value); // the common case first: a grade as typed
        continue;
      }
      if (isBlankCell(value)) continue;
      const at = { row: r + 1, column: c + 1 };
      const n = numberOf(value, SCORE_UNITS);
      if (n !== undefined) {
        if (n < 0 || n > 100) return fail("#NUM!", MESSAGES.markOutOfRange(at, value));
        marks.push(n);
        continue;
      }
      const grade = typeof value === "string" ? value.trim() : undefined;
      if (grade === undefined || !grades.has(grade)) return fail("#VALUE!", MESSAGES.markInvalid(at, value));
      marks.push(grade);
    }
  }
  return marks;
}

/**
 * Criterion points of a range, blank cells skipped: numbers 0–100 (numeric text read as a number).
 * Text → #VALUE!; a number outside 0–100, or points adding up to more than 100 (the criteria's maxima add
 * up to 100, so such a total hides a wrong cell) → #NUM!; no points at all → #N/A (未考核).
 */
export function readPoints(range: unknown): number[] {
  let approximate = 0;
  const points = numbersOf(range, MESSAGES.pointsNotNumber, (n, at, value) => {
    if (n < 0 || n > 100) fail("#NUM!", MESSAGES.pointsOutOfRange(at, value));
    approximate += n;
  });
  if (points.length === 0) return fail("#N/A", MESSAGES.noPoints());
  // The binary sum is off by far less than 1e-6 here; only a total that close to 100 is summed exactly.
  if (approximate > 100 - 1e-6) {
    const exact = new ExactSum();
    for (const n of points) exact.add(n);
    const total = exact.total();
    if (compareDecimal(total, { units: 100n, scale: 0 }) > 0) return fail("#NUM!", MESSAGES.pointsOver100(String(decimalToNumber(total))));
  }
  return points;
}

/** Adjustments (加减分) of a range, blank cells skipped: numbers, + or −. Missing → none. Text → #VALUE!. */
export function readAdjustments(range: unknown): number[] {
  if (range === null || range === undefined) return [];
  return numbersOf(range, MESSAGES.adjustmentNotNumber);
}

export { dateFromText };

/**
 * A start date as ISO: an Excel date serial (the time of day ignored) or date text. Blank → #N/A;
 * text that is not a date → #VALUE!; a serial or date that Excel cannot show (before 1900-01-01, the
 * phantom 1900-02-29, after 9999-12-31) → #NUM!.
 */
export function readStartDate(value: unknown): string {
  if (typeof value === "number") return serialToIso(value) ?? fail("#NUM!", MESSAGES.startOutOfRange(value));
  if (isBlankCell(value)) return fail("#N/A", MESSAGES.startBlank());
  const iso = typeof value === "string" ? dateFromText(value) : undefined;
  if (iso === undefined) return fail("#VALUE!", MESSAGES.startNotDate(value));
  if (isoToSerial(iso) === undefined) return fail("#NUM!", MESSAGES.startOutOfRange(value));
  return iso;
}

/**
 * Publicity days: a whole number of at least 7 (10, or text "10" / "10天"). Blank or missing → 7.
 * Text that is not a number → #VALUE!; fewer than 7 or not whole → #NUM!.
 */
export function readDays(value: unknown): number {
  if (isBlankCell(value)) return DEFAULT_SETTINGS.annualPublicityDays;
  const n = numberOf(value, DAY_UNITS);
  if (n === undefined) return fail("#VALUE!", MESSAGES.daysInvalid(value));
  if (!Number.isInteger(n) || n < MIN_PUBLICITY_DAYS) return fail("#NUM!", MESSAGES.daysInvalid(value));
  return n;
}
