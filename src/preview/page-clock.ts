import { langFromLocale, type Lang } from "../i18n/catalogue";
import { isoDate, isoDateTime } from "../taskpane/clock";

/**
 * What a web page's composition root reads from its address and the clock: its language (?lang=en, else the
 * browser's), today (?today=YYYY-MM-DD, else the clock's) and the time its sheets record. With ?today= the
 * clock stands at noon that day, as the command line's --today does, so that the page and the command line
 * write the same 生成时间 for the same files. ?month=YYYY-MM opens the pane at that month instead of the month
 * being closed.
 */
export function pageClock(search: string, navigatorLanguage: string): { lang: Lang; today: string; now: () => string; month?: string } {
  const params = new URLSearchParams(search);
  const lang = langFromLocale(params.get("lang") ?? navigatorLanguage);
  const fixedDay = params.get("today");
  const today = fixedDay ?? isoDate(new Date());
  const now = fixedDay ? () => isoDateTime(new Date(`${fixedDay}T12:00:00`), fixedDay) : () => isoDateTime(new Date(), today);
  return { lang, today, now, ...openingMonth(params) };
}

/** The month a page opens at: ?month=YYYY-MM when it is one, else none (the pane chooses the month being closed). */
export function openingMonth(params: URLSearchParams): { month?: string } {
  const month = params.get("month");
  return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { month } : {};
}
