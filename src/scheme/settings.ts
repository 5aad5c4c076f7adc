/**
 * The branch's settings (设置 sheet) with the defaults of SCHEME.md, and their validation.
 */
import { MIN_PUBLICITY_DAYS } from './publicity-minimum';
import { addDecimal, compareDecimal, decimalOf } from './decimal';
import { isValidShare, shareText, type Share } from './excellent-cap';
import { problem, type Problem, type ProblemCode } from './problems';
import { gradeSettingName, SETTING_NAMES } from './setting-names';
import { DEFAULT_THRESHOLDS, validateThresholds, type Thresholds } from './stars';

/** The four appraisal grades, best first. */
export const GRADES = ['优秀', '合格', '基本合格', '不合格'] as const;

/** An appraisal grade. */
export type Grade = (typeof GRADES)[number];

/**
 * Every setting of SCHEME.md.
 * Weights are fractions (0.3 and 0.7), not percents: the register turns 30%, 0.3 or 30 into 0.3.
 */
export interface Settings {
  /** 支部名称 */
  branchName: string;
  /** 支部书记 — leads the assessment group. */
  secretary: string;
  /** 副书记 */
  deputySecretary: string;
  /** 记实考核专人 — the recorder. */
  recorder: string;
  /** 民主评议权重 as a fraction, default 0.3. */
  appraisalWeight: number;
  /** 记实考核权重 as a fraction, default 0.7. */
  recordWeight: number;
  /** 星级下限 from five stars down to one: default [95, 90, 85, 80, 75]; each an inclusive lower bound. */
  thresholds: Thresholds;
  /** 小数位数: 0, 1 or 2 (default 1). */
  decimals: number;
  /** 等级分值: points of each grade (优秀 100, 合格 80, 基本合格 60, 不合格 0). */
  gradePoints: Readonly<Record<string, number>>;
  /** 去掉最高最低分 (default false): with ≥ 5 valid marks drop one highest and one lowest. */
  trimExtremes: boolean;
  /** 最少有效票数 (default 3): fewer valid marks flag 票数不足. */
  minValidMarks: number;
  /** 允许自评 (default false). */
  allowSelfMark: boolean;
  /** 月度优秀星级 (default 5): stars needed to be listed as 评为优秀 in the month. */
  monthlyExcellentStars: number;
  /** 年度公示天数 (default 7, never below 7). */
  annualPublicityDays: number;
  /** 年度最少考核月数 (default 6). */
  annualMinMonths: number;
  /** 评优最低星级 (default 3). */
  commendationMinStars: number;
  /** 整改期限（月） (default 3). */
  rectificationMonths: number;
  /** 月度公示天数 (default 5, at least 1): calendar days of the monthly publicity, counted inclusively. */
  monthlyPublicityDays: number;
  /** 公示联系人 (default '': the 支部书记 is named). */
  publicityContact: string;
  /** 联系电话 (optional, default ''). */
  contactPhone: string;
  /**
   * 每票优秀上限 (default 无 = null): the share of the members assessed that one ballot may rate 优秀, as
   * an exact fraction (1/3, 33/100); a ballot with more marks written 优秀 than ⌊share × assessed⌋ is void.
   */
  excellentCap: Share | null;
}

/** The defaults of SCHEME.md. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  branchName: '',
  secretary: '',
  deputySecretary: '',
  recorder: '',
  appraisalWeight: 0.3,
  recordWeight: 0.7,
  thresholds: DEFAULT_THRESHOLDS,
  decimals: 1,
  gradePoints: Object.freeze({ 优秀: 100, 合格: 80, 基本合格: 60, 不合格: 0 }),
  trimExtremes: false,
  minValidMarks: 3,
  allowSelfMark: false,
  monthlyExcellentStars: 5,
  annualPublicityDays: 7,
  annualMinMonths: 6,
  commendationMinStars: 3,
  rectificationMonths: 3,
  monthlyPublicityDays: 5,
  publicityContact: '',
  contactPhone: '',
  excellentCap: null,
});

/** Settings with every missing field taken from {@link DEFAULT_SETTINGS}. */
export function withDefaults(partial: Partial<Settings> = {}): Settings {
  const merged = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of Object.keys(partial) as (keyof Settings)[]) {
    if (partial[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = partial[key];
  }
  return merged;
}

/** The integer settings and their allowed ranges. */
const INTEGER_RULES = [
  { key: 'decimals', min: 0, max: 2, code: 'settings.decimals' },
  { key: 'minValidMarks', min: 1, max: Infinity, code: 'settings.min-valid-marks' },
  { key: 'monthlyExcellentStars', min: 1, max: 5, code: 'settings.excellent-stars' },
  { key: 'annualPublicityDays', min: MIN_PUBLICITY_DAYS, max: Infinity, code: 'settings.publicity-days' },
  { key: 'annualMinMonths', min: 0, max: 12, code: 'settings.annual-min-months' },
  { key: 'commendationMinStars', min: 1, max: 5, code: 'settings.commendation-stars' },
  { key: 'rectificationMonths', min: 1, max: Infinity, code: 'settings.rectification-months' },
  { key: 'monthlyPublicityDays', min: 1, max: Infinity, code: 'settings.monthly-publicity-days' },
] as const satisfies readonly { key: keyof Settings; min: number; max: number; code: ProblemCode }[];

/** Checks every setting; returns one problem per violated rule, never throws. */
export function validateSettings(s: Settings): Problem[] {
  const problems = [...validateWeights(s), ...validateThresholds(s.thresholds), ...validateGradePoints(s.gradePoints)];
  for (const rule of INTEGER_RULES) {
    const value = s[rule.key];
    if (isIntegerIn(value, rule.min, rule.max)) continue;
    const args: Record<string, string | number> = { value: String(value), min: rule.min };
    if (rule.max !== Infinity) args.max = rule.max;
    problems.push(problem(rule.code, { setting: SETTING_NAMES[rule.key] }, args));
  }
  if (s.excellentCap !== null && !isValidShare(s.excellentCap)) {
    problems.push(problem('settings.excellent-cap', { setting: SETTING_NAMES.excellentCap }, { value: shareText(s.excellentCap) }));
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
  for (const rule of INTEGER_RULES) {
    if (!isIntegerIn(s[rule.key], rule.min, rule.max)) (out as unknown as Record<string, number>)[rule.key] = DEFAULT_SETTINGS[rule.key];
  }
  if (s.excellentCap !== null && !isValidShare(s.excellentCap)) out.excellentCap = DEFAULT_SETTINGS.excellentCap;
  return out;
}

/** Weights in 0–1 whose sum, taken as exact decimals (never binary floating point), is exactly 1. */
function validateWeights(s: Settings): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['appraisalWeight', 'recordWeight'] as const) {
    const w = s[key];
    if (!Number.isFinite(w) || w < 0 || w > 1) {
      problems.push(problem('settings.weight-range', { setting: SETTING_NAMES[key] }, { value: String(w) }));
    }
  }
  if (problems.length > 0) return problems;
  const sum = addDecimal(decimalOf(s.appraisalWeight), decimalOf(s.recordWeight));
  if (compareDecimal(sum, { units: 1n, scale: 0 }) !== 0) {
    problems.push(
      problem(
        'settings.weights-sum',
        { setting: SETTING_NAMES.appraisalWeight },
        { appraisalWeight: s.appraisalWeight, recordWeight: s.recordWeight },
      ),
    );
  }
  return problems;
}

function validateGradePoints(points: Readonly<Record<string, number>>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(GRADES);
  for (const [grade, value] of Object.entries(points)) {
    if (!known.has(grade)) {
      problems.push(problem('settings.grade-unknown', { setting: gradeSettingName(grade) }, { grade }));
    } else if (!isPoints(value)) {
      problems.push(problem('settings.grade-points-range', { setting: gradeSettingName(grade) }, { grade, value: String(value) }));
    }
  }
  for (const grade of GRADES) {
    if (!Object.prototype.hasOwnProperty.call(points, grade)) {
      problems.push(problem('settings.grade-missing', { setting: gradeSettingName(grade) }, { grade }));
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
