/**
 * The settings table: one row per row of the 设置 sheet, in the template's order. Everything about a
 * setting is here — its field, 项目 (Chinese and English, other names a secretary may use), how its value
 * is read, its section of the pane's form, its default, the template's 说明, and its own check with the
 * sentence of its problem. The settings' type and defaults (scheme/settings.ts), the 设置 names
 * (scheme/setting-names.ts), the problem codes and messages, the reader, the template's rows, the pane's
 * form and the functions' defaults all derive from it.
 *
 * Adding a setting: a row here, the rule that uses it (reading `settings.<key>`), and its test.
 * Checks across settings (weights adding up to 100%, thresholds falling) stay code in scheme/settings.ts
 * and scheme/stars.ts.
 *
 * The helpers take the table as an argument (consumers pass {@link SETTING_TABLE}), so that a test can
 * put a table with one more row in its place.
 */
import type { Share } from "./excellent-cap";
import { MIN_PUBLICITY_DAYS } from "./publicity-minimum";
import type { Thresholds } from "./star-types";

/** How a setting's value is read: text, a weight (30%, 0.3 or 30), a number, 是/否, or a share (1/3, 33%, 无). */
export type SettingKind = "text" | "weight" | "number" | "yesno" | "share";

/** The sections the pane's form shows the settings in, in this order. */
export const SETTING_GROUPS = ["branch", "weights", "thresholds", "grades", "appraisal", "publicity"] as const;

/** A section of the pane's form. */
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** A setting's own check: its problem code and the sentence's start (the value found is added). */
export interface SettingProblemText {
  /** The problem code, `settings.<something>` (error). */
  code: string;
  /** zh-CN: "月度优秀星级应为1–5的整数" (the message adds "，现为“…”。"). */
  zh: string;
  /** en-US: "The monthly excellent stars must be a whole number 1–5" (the message adds ', not "…".'). */
  en: string;
}

/** One row of the 设置 sheet. */
export interface SettingDef {
  /** The field of `Settings`. Five rows share `thresholds` (by `index`), four share `gradePoints` (by `grade`). */
  key: string;
  /** The threshold's place, 0 = five stars. */
  index?: number;
  /** The grade whose points this is. */
  grade?: string;
  /** 项目 as the template writes it. */
  name: string;
  /** English 项目, also accepted by the reader. */
  en: string;
  /** Other names the reader accepts for the row. */
  aliases?: readonly string[];
  kind: SettingKind;
  group: SettingGroup;
  /** The default (docs/rules.md): a weight as a fraction, yes/no as a boolean, no share as null. */
  default: string | number | boolean | null;
  /** The template's 说明 (zh-CN), also the form's help. */
  note: string;
  /** For a number: a whole number in min–max (max absent: no upper bound). */
  integer?: { min: number; max?: number };
  /** The problem of a value failing the row's check (`integer`, or a valid share). */
  problem?: SettingProblemText;
}

/** Every setting, in the order of the 设置 sheet. */
export const SETTING_TABLE = [
  { key: "branchName", name: "支部名称", en: "Branch", kind: "text", group: "branch", default: "", note: "公示表标题使用，如：机关第一党支部" },
  { key: "secretary", name: "支部书记", en: "Secretary", kind: "text", group: "branch", default: "", note: "考核工作领导小组组长" },
  { key: "deputySecretary", name: "副书记", en: "Deputy secretary", kind: "text", group: "branch", default: "", note: "考核工作领导小组副组长" },
  { key: "recorder", name: "记实考核专人", en: "Recorder", kind: "text", group: "branch", default: "", note: "指定的记实考核专人" },
  { key: "appraisalWeight", name: "民主评议权重", en: "Appraisal weight", kind: "weight", group: "weights", default: 0.3, note: "与记实考核权重合计100%" },
  { key: "recordWeight", name: "记实考核权重", en: "Record weight", kind: "weight", group: "weights", default: 0.7, note: "与民主评议权重合计100%" },
  {
    key: "thresholds",
    index: 0,
    name: "五星级下限",
    en: "Five-star threshold",
    kind: "number",
    group: "thresholds",
    default: 95,
    note: "综合得分达到此分（含）为五星级",
  },
  { key: "thresholds", index: 1, name: "四星级下限", en: "Four-star threshold", kind: "number", group: "thresholds", default: 90, note: "须低于五星级下限" },
  { key: "thresholds", index: 2, name: "三星级下限", en: "Three-star threshold", kind: "number", group: "thresholds", default: 85, note: "须低于四星级下限" },
  { key: "thresholds", index: 3, name: "二星级下限", en: "Two-star threshold", kind: "number", group: "thresholds", default: 80, note: "须低于三星级下限" },
  { key: "thresholds", index: 4, name: "一星级下限", en: "One-star threshold", kind: "number", group: "thresholds", default: 75, note: "低于此分不评定星级" },
  {
    key: "decimals",
    name: "小数位数",
    en: "Decimals",
    kind: "number",
    group: "weights",
    default: 1,
    note: "得分保留的小数位数：0、1 或 2，四舍五入",
    integer: { min: 0, max: 2 },
    problem: { code: "settings.decimals", zh: "小数位数只能是0、1或2", en: "Decimals must be 0, 1 or 2" },
  },
  { key: "gradePoints", grade: "优秀", name: "优秀分值", en: "Points for 优秀", kind: "number", group: "grades", default: 100, note: "民主评议等次折算分" },
  { key: "gradePoints", grade: "合格", name: "合格分值", en: "Points for 合格", kind: "number", group: "grades", default: 80, note: "民主评议等次折算分" },
  {
    key: "gradePoints",
    grade: "基本合格",
    name: "基本合格分值",
    en: "Points for 基本合格",
    kind: "number",
    group: "grades",
    default: 60,
    note: "民主评议等次折算分",
  },
  { key: "gradePoints", grade: "不合格", name: "不合格分值", en: "Points for 不合格", kind: "number", group: "grades", default: 0, note: "民主评议等次折算分" },
  {
    key: "trimExtremes",
    name: "去掉最高最低分",
    en: "Trim extremes",
    kind: "yesno",
    group: "appraisal",
    default: false,
    note: "有效票不少于5张时，各去掉一个最高分和最低分",
  },
  {
    key: "minValidMarks",
    name: "最少有效票数",
    en: "Minimum valid marks",
    kind: "number",
    group: "appraisal",
    default: 3,
    note: "少于此数标注“票数不足”",
    integer: { min: 1 },
    problem: {
      code: "settings.min-valid-marks",
      zh: "最少有效票数应为不小于1的整数",
      en: "The minimum number of valid marks must be a whole number of at least 1",
    },
  },
  {
    key: "allowSelfMark",
    name: "允许自评",
    en: "Allow self-marks",
    kind: "yesno",
    group: "appraisal",
    default: false,
    note: "记名评议时本人给自己的评价是否计入",
  },
  {
    key: "monthlyExcellentStars",
    name: "月度优秀星级",
    en: "Monthly excellent stars",
    kind: "number",
    group: "publicity",
    default: 5,
    note: "达到此星级的党员列入每月优秀公示名单",
    integer: { min: 1, max: 5 },
    problem: { code: "settings.excellent-stars", zh: "月度优秀星级应为1–5的整数", en: "The monthly excellent stars must be a whole number 1–5" },
  },
  {
    key: "annualPublicityDays",
    name: "年度公示天数",
    en: "Annual publicity days",
    kind: "number",
    group: "publicity",
    default: 7,
    note: "不少于7天",
    integer: { min: MIN_PUBLICITY_DAYS },
    problem: { code: "settings.publicity-days", zh: "年度公示天数不得少于7天", en: "The annual publicity must last at least 7 days" },
  },
  {
    key: "annualMinMonths",
    name: "年度最少考核月数",
    en: "Annual minimum months",
    kind: "number",
    group: "publicity",
    default: 6,
    note: "全年考核月数少于此数时提示",
    integer: { min: 0, max: 12 },
    problem: { code: "settings.annual-min-months", zh: "年度最少考核月数应为0–12的整数", en: "The annual minimum of months must be a whole number 0–12" },
  },
  {
    key: "commendationMinStars",
    name: "评优最低星级",
    en: "Commendation minimum stars",
    kind: "number",
    group: "publicity",
    default: 3,
    note: "评先评优从此星级及以上党员中产生",
    integer: { min: 1, max: 5 },
    problem: { code: "settings.commendation-stars", zh: "评优最低星级应为1–5的整数", en: "The commendation minimum must be a whole number of stars 1–5" },
  },
  {
    key: "rectificationMonths",
    name: "整改期限（月）",
    en: "Rectification months",
    aliases: ["整改期限(月)"],
    kind: "number",
    group: "publicity",
    default: 3,
    note: "戒勉谈话后的整改期限",
    integer: { min: 1 },
    problem: {
      code: "settings.rectification-months",
      zh: "整改期限应为不小于1的整数（月）",
      en: "The rectification period must be a whole number of months of at least 1",
    },
  },
  {
    key: "monthlyPublicityDays",
    name: "月度公示天数",
    en: "Monthly publicity days",
    kind: "number",
    group: "publicity",
    default: 5,
    note: "月度公示的天数，不少于1天",
    integer: { min: 1 },
    problem: {
      code: "settings.monthly-publicity-days",
      zh: "月度公示天数应为不小于1的整数",
      en: "The monthly publicity must last a whole number of days, at least 1",
    },
  },
  {
    key: "publicityContact",
    name: "公示联系人",
    en: "Publicity contact",
    kind: "text",
    group: "publicity",
    default: "",
    note: "公示期内受理异议的联系人；空则为支部书记",
  },
  { key: "contactPhone", name: "联系电话", en: "Contact phone", kind: "text", group: "publicity", default: "", note: "公示上印出的联系电话，可不填" },
  {
    key: "excellentCap",
    name: "每票优秀上限",
    en: "Excellent cap per ballot",
    aliases: [
      "优秀上限",
      "每票优秀人数上限",
      "每票优秀比例",
      "优秀比例上限",
      "优秀票上限",
      "Excellent cap",
      "Cap on excellent per ballot",
      "Excellent per ballot",
    ],
    kind: "share",
    group: "appraisal",
    default: null,
    note: "如1/3：每张票评为优秀的人数不得超过应评人数的该比例（向下取整），超过即为废票；无则不限",
    problem: {
      code: "settings.excellent-cap",
      zh: "每票优秀上限应为0到1之间的比例（如1/3、33%或0.33），或填“无”",
      en: "The cap on 优秀 per ballot must be a share between 0 and 1 (such as 1/3, 33% or 0.33) or 无 for none",
    },
  },
] as const satisfies readonly SettingDef[];

/** A row of {@link SETTING_TABLE}. */
export type SettingRowOf = (typeof SETTING_TABLE)[number];

/** The value of a setting of each kind. */
interface KindValue {
  text: string;
  weight: number;
  number: number;
  yesno: boolean;
  share: Share | null;
}

/** The settings, one field per `key` of the table (thresholds and grade points gather their rows). */
export type TableSettings = {
  -readonly [R in SettingRowOf as R["key"]]: R extends { index: number }
    ? Thresholds
    : R extends { grade: string }
      ? Readonly<Record<string, number>>
      : KindValue[R["kind"]];
};

/** The problem codes of the rows' own checks. */
export type SettingProblemCode = Extract<SettingRowOf, { problem: SettingProblemText }>["problem"]["code"];

/** The 项目 of the fields made of several rows (problems about all of them name these). */
export const GATHERED_SETTING_NAMES = { thresholds: "星级下限", gradePoints: "等级分值" } as const;

/** The rows that have a check of their own. */
export function checkedRows(table: readonly SettingDef[]): (SettingDef & { problem: SettingProblemText })[] {
  return table.filter((row): row is SettingDef & { problem: SettingProblemText } => row.problem !== undefined);
}

/** Every row's problem code, each an error. */
export function settingProblemCodes(table: readonly SettingDef[]): Record<SettingProblemCode, "error"> {
  return Object.fromEntries(checkedRows(table).map((row) => [row.problem.code, "error"])) as Record<SettingProblemCode, "error">;
}

/** The 项目 of each field: a row's name, or the gathered name of thresholds and grade points. */
export function settingNames(table: readonly SettingDef[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const row of table) names[row.key] = (GATHERED_SETTING_NAMES as Record<string, string>)[row.key] ?? row.name;
  return names;
}

/** The settings with every default of the table (thresholds and grade points frozen). */
export function tableDefaults(table: readonly SettingDef[]): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  for (const row of table) out = withSettingValue(out, row, row.default);
  for (const key of Object.keys(GATHERED_SETTING_NAMES)) if (key in out) Object.freeze(out[key]);
  return out;
}

/**
 * The settings with one row's value set: a field replaced, or a copy of thresholds or grade points with
 * one entry changed (the object given is never changed).
 */
export function withSettingValue<S extends object>(settings: S, row: SettingDef, value: unknown): S {
  const current = (settings as Record<string, unknown>)[row.key];
  if (row.index !== undefined) {
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    list[row.index] = value;
    return { ...settings, [row.key]: list };
  }
  if (row.grade !== undefined) return { ...settings, [row.key]: { ...(current as object | undefined), [row.grade]: value } };
  return { ...settings, [row.key]: value };
}
