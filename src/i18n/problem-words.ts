/**
 * The words problem sentences share: the argument reader, numbers and shares as users write them, what a
 * cell should hold, and the English for the Chinese column words the register uses.
 */
import type { AnyProblemCode } from "../scheme/problems";
import type {} from "../register/read/problems"; // the register's codes (LayerProblemCodes)
import { checkedRows, SETTING_TABLE, type SettingDef, type SettingProblemCode, type SettingProblemText } from "../scheme/setting-table";
import type { Lang } from "./catalogue";
import { enMonth, zhMonth } from "./words";

export type Args = Record<string, string | number>;
export type Sentence = (a: Args, who: string) => string;
/** A sentence for every problem code: one missing is a type error. */
export type Sentences = Record<AnyProblemCode, Sentence>;

export const v = (a: Args, k: string) => String(a[k] ?? "");

/** Each setting's own check, as the settings table words it, with the value found. */
export const SETTING_SENTENCES: Record<Lang, Record<SettingProblemCode, Sentence>> = {
  "zh-CN": settingSentences((row) => (a) => `${row.problem.zh}，现为“${v(a, "value")}”。`),
  "en-US": settingSentences((row) => (a) => `${row.problem.en}, not "${v(a, "value")}".`),
};

function settingSentences(sentence: (row: SettingDef & { problem: SettingProblemText }) => Sentence): Record<SettingProblemCode, Sentence> {
  return Object.fromEntries(checkedRows(SETTING_TABLE).map((row) => [row.problem.code, sentence(row)])) as Record<SettingProblemCode, Sentence>;
}

/** A count with thousands separators: 32,767. */
export function num(x: string | number | undefined): string {
  const n = Number(x);
  return Number.isFinite(n) ? n.toLocaleString("en-US") : String(x ?? "");
}

export function pct(x: string | number | undefined): string {
  return `${Number((Number(x) * 100).toPrecision(12))}%`;
}

export function expected(kind: string, lang: Lang): string {
  const zhWords: Record<string, string> = {
    weight: "30% 或 0.3",
    number: "数字",
    yesno: "是 或 否",
    text: "文字",
    share: "0到1之间的比例，如 1/3、33% 或 0.33，或“无”（输入1/3后如被Excel识别为日期，请先把单元格设为文本，或改写为33%）",
  };
  const enWords: Record<string, string> = {
    weight: "30% or 0.3",
    number: "a number",
    yesno: "是 or 否 (yes/no)",
    text: "text",
    share: "a share between 0 and 1 such as 1/3, 33% or 0.33, or 无 for none (if Excel turned 1/3 into a date, format the cell as text first or write 33%)",
  };
  return (lang === "zh-CN" ? zhWords : enWords)[kind] ?? kind;
}

export function englishExpected(zhWord: string): string {
  const words: Record<string, string> = {
    分数: "points",
    分值: "points (+ or −)",
    满分: "the maximum points",
    评议等次或分数: "a grade or a score",
    "0–5、三星级、3星或★★★": "stars 0–5, 三星级, 3星 or ★★★",
  };
  return words[zhWord] ?? zhWord;
}

export function englishColumn(zhWord: string): string {
  const words: Record<string, string> = {
    四德: "Virtue (四德)",
    方面: "Area (方面)",
    状态: "Status (状态)",
    会议类型: "Meeting kind (会议类型)",
    身份: "Role (身份)",
    出席: "Attendance (出席)",
  };
  return words[zhWord] ?? zhWord;
}

/** "2026-11" → 2026年11月 / November 2026 (a month named in a guard's sentence); other text as it is. */
export function month(period: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}$/.test(period)) return period;
  return lang === "zh-CN" ? zhMonth(period) : enMonth(period);
}

/**
 * "本月" / "this month" in a month's run; in a year's run, where a month's problem carries its month in
 * `args.month`, that month: 2026年11月 / in November 2026.
 */
export function thisMonth(a: Args, lang: Lang): string {
  const period = a.month === undefined ? "" : String(a.month);
  if (lang === "zh-CN") return period ? zhMonth(period) : "本月";
  return period ? `in ${enMonth(period)}` : "this month";
}

/** A code the catalogue has no words for, named as it is. */
export function describeCode(code: string, lang: Lang): string {
  return lang === "zh-CN" ? `问题类型 ${code}` : `problem ${code}`;
}
