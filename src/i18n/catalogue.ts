/**
 * Every string the product shows, in zh-CN (first, ./zh-CN.ts) and en-US (./en-US.ts), as one typed
 * catalogue: a key missing in either language is a type error. Messages with arguments are functions.
 */
import { enUS } from "./en-US";
import { zhCN, type Messages } from "./zh-CN";

import type { Lang } from "./lang";

export type { Lang, Messages };

const CATALOGUE: Record<Lang, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}

/** Picks the product language from Office's display language (or the browser's): English for en-*, else Chinese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en-US" : "zh-CN";
}
