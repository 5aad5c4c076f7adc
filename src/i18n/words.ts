/** Months, dates and lists as each language writes them: one place for every message that names one. */

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
