import { langFromLocale, type Lang } from "../i18n/catalogue";
import { isoDate, isoDateTime } from "../taskpane/clock";

/**
 * What a web page's composition root reads from its address and the clock: its language (?lang=en, else the
 * browser's), today (?today=YYYY-MM-DD, else the clock's) and the time its sheets record. With ?today= the
 * clock stands at noon that day, as the command line's --today does, so that the page and the command line
 * write the same 生成时间 for the same files.
 */
export function pageClock(search: string, navigatorLanguage: string): { lang: Lang; today: string; now: () => string } {
  const params = new URLSearchParams(search);
  const lang = langFromLocale(params.get("lang") ?? navigatorLanguage);
  const fixedDay = params.get("today");
  const today = fixedDay ?? isoDate(new Date());
  const now = fixedDay ? () => isoDateTime(new Date(`${fixedDay}T12:00:00`), fixedDay) : () => isoDateTime(new Date(), today);
  return { lang, today, now };
}
