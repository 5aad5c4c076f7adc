/**
 * The branch's settings (设置 sheet) with the defaults of docs/rules.md, and their validation.
 */
import { addDecimal, compareDecimal, decimalOf } from "./decimal";
import { isValidShare, shareText, type Share } from "./excellent-cap";
import { problem, type Problem, type ProblemCode } from "./problems";
import { gradeSettingName, SETTING_NAMES } from "./setting-names";
import { checkedRows, SETTING_TABLE, tableDefaults, type SettingDef, type TableSettings } from "./setting-table";
import { DEFAULT_THRESHOLDS, validateThresholds } from "./stars";

/** The four appraisal grades, best first. */
export const GRADES = ["优秀", "合格", "基本合格", "不合格"] as const;

/** An appraisal grade. */
export type Grade = (typeof GRADES)[number];

/**
 * Every setting of docs/rules.md, one field per `key` of the settings table (scheme/setting-table.ts,
 * where each is described). Weights are fractions (0.3 and 0.7), not percents: the register turns 30%,
 * 0.3 or 30 into 0.3. Thresholds are five inclusive lower bounds, five stars first; grade points are by
 * grade; 每票优秀上限 is an exact fraction, or null for none.
 */
export type Settings = TableSettings;

/** The defaults of docs/rules.md, from the settings table. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ ...(tableDefaults(SETTING_TABLE) as Settings), thresholds: DEFAULT_THRESHOLDS });

/** Settings with every missing field taken from {@link DEFAULT_SETTINGS}. */
export function withDefaults(partial: Partial<Settings> = {}): Settings {
  const merged = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of Object.keys(partial) as (keyof Settings)[]) {
    if (partial[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = partial[key];
  }
  return merged;
}

/** The settings with a check of their own (a whole number in a range, a valid share): the table's. */
const CHECKED_ROWS = checkedRows(SETTING_TABLE);

/** True when a row's own check passes for `value`. */
function passes(row: SettingDef, value: unknown): boolean {
  if (row.kind === "share") return value === null || isValidShare(value as Share);
  if (row.integer) return isIntegerIn(value as number, row.integer.min, row.integer.max ?? Infinity);
  return true;
}

/** The arguments of a row's problem: the value found, and the range of a whole number. */
function problemArgs(row: SettingDef, value: unknown): Record<string, string | number> {
  if (row.kind === "share") return { value: shareText(value as Share) };
  const args: Record<string, string | number> = { value: String(value) };
  if (row.integer) args.min = row.integer.min;
  if (row.integer?.max !== undefined) args.max = row.integer.max;
  return args;
}

/** Checks every setting; returns one problem per violated rule, never throws. */
export function validateSettings(s: Settings): Problem[] {
  const problems = [...validateWeights(s), ...validateThresholds(s.thresholds), ...validateGradePoints(s.gradePoints)];
  for (const row of CHECKED_ROWS) {
    const value = (s as Record<string, unknown>)[row.key];
    if (!passes(row, value)) problems.push(problem(row.problem.code as ProblemCode, { setting: row.name }, problemArgs(row, value)));
  }
  return problems;
}

/**
 * The settings a computation uses: every invalid setting replaced by its default (both weights
 * together, all five thresholds together, each grade on its own). validateSettings reports the
 * invalid ones as errors, which block writing; the defaults only let the engine still show results
 * instead of failing (a NaN weight must not become an exception).
 */
export function effectiveSettings(s: Settings): Settings {
  const out: Settings = { ...s };
  if (validateWeights(s).length > 0) {
    out.appraisalWeight = DEFAULT_SETTINGS.appraisalWeight;
    out.recordWeight = DEFAULT_SETTINGS.recordWeight;
  }
  if (validateThresholds(s.thresholds).length > 0) out.thresholds = DEFAULT_SETTINGS.thresholds;
  const points: Record<string, number> = {};
  for (const grade of GRADES) {
    const value = s.gradePoints[grade];
    points[grade] = value !== undefined && isPoints(value) ? value : (DEFAULT_SETTINGS.gradePoints[grade] as number);
  }
  out.gradePoints = points;
  for (const row of CHECKED_ROWS) {
    if (!passes(row, (s as Record<string, unknown>)[row.key]))
      (out as Record<string, unknown>)[row.key] = (DEFAULT_SETTINGS as Record<string, unknown>)[row.key];
  }
  return out;
}

/** Weights in 0–1 whose sum, taken as exact decimals (never binary floating point), is exactly 1. */
function validateWeights(s: Settings): Problem[] {
  const problems: Problem[] = [];
  for (const key of ["appraisalWeight", "recordWeight"] as const) {
    const w = s[key];
    if (!Number.isFinite(w) || w < 0 || w > 1) {
      problems.push(problem("settings.weight-range", { setting: SETTING_NAMES[key] }, { value: String(w) }));
    }
  }
  if (problems.length > 0) return problems;
  const sum = addDecimal(decimalOf(s.appraisalWeight), decimalOf(s.recordWeight));
  if (compareDecimal(sum, { units: 1n, scale: 0 }) !== 0) {
    problems.push(
      problem("settings.weights-sum", { setting: SETTING_NAMES.appraisalWeight }, { appraisalWeight: s.appraisalWeight, recordWeight: s.recordWeight }),
    );
  }
  return problems;
}

function validateGradePoints(points: Readonly<Record<string, number>>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(GRADES);
  for (const [grade, value] of Object.entries(points)) {
    if (!known.has(grade)) {
      problems.push(problem("settings.grade-unknown", { setting: gradeSettingName(grade) }, { grade }));
    } else if (!isPoints(value)) {
      problems.push(problem("settings.grade-points-range", { setting: gradeSettingName(grade) }, { grade, value: String(value) }));
    }
  }
  for (const grade of GRADES) {
    if (!Object.prototype.hasOwnProperty.call(points, grade)) {
      problems.push(problem("settings.grade-missing", { setting: gradeSettingName(grade) }, { grade }));
    }
  }
  return problems;
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isPoints(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}
