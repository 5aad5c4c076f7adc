/** Months, dates and lists as each language writes them: one place for every message that names one. */
import type { Lang } from "./lang";

/** The months in English, January first. */
export const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-11" → 2026年11月. */
export const zhMonth = (period: string) => `${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月`;
/** "2026-11-23" → 2026年11月23日. */
export const zhDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
/** "2026-11" → November 2026. */
export const enMonth = (period: string) => `${EN_MONTHS[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7)} ${period.slice(0, 4)}`;
/** "2026-11-23" → November 23, 2026. */
export const enDate = (date: string) => `${EN_MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7)} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
/** Names joined with 、. */
export const zhList = (names: readonly string[]) => names.join("、");
/** Names joined with commas. */
export const enList = (names: readonly string[]) => names.join(", ");

/**
 * The months a year's results rest on, said once per run (the register's year starts at its first month
 * with any input): "本年度结果依据2026年10月至2026年12月的数据（共3个月）。"
 */
export function yearCoverage(covers: { first: string; last: string; months: number } | null, lang: Lang): string {
  if (lang === "zh-CN") {
    if (!covers) return "登记簿中没有本年度的记实考核、加减分或评议数据。";
    const span = covers.months === 1 ? zhMonth(covers.first) : `${zhMonth(covers.first)}至${zhMonth(covers.last)}`;
    const before = covers.first.endsWith("-01") ? "" : "；此前的月份没有数据，不作提醒";
    return `本年度结果依据${span}的数据（共${covers.months}个月）${before}。`;
  }
  if (!covers) return "The register holds no record, adjustment or ballot for this year.";
  const span = covers.months === 1 ? enMonth(covers.first) : `${enMonth(covers.first)} to ${enMonth(covers.last)}`;
  const before = covers.first.endsWith("-01") ? "" : "; earlier months hold no data and raise no warning";
  return `The year's results rest on ${span} (${covers.months} ${covers.months === 1 ? "month" : "months"})${before}.`;
}
