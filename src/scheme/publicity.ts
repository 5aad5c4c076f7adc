/**
 * The annual publicity period (公示): at least seven calendar days, counted inclusively.
 */
import { addDays, chineseDate, englishDate, parseIsoDate } from "./dates";
import { problem, type Problem } from "./problems";
import { MIN_PUBLICITY_DAYS } from "./publicity-minimum";

/** A publicity period with its sentences. */
export interface PublicityPeriod {
  /** First day (ISO). */
  start: string;
  /** Last day (ISO), included. */
  end: string;
  /** Calendar days, both ends included. */
  days: number;
  /** '公示时间：2026年12月1日至2026年12月7日' */
  text: string;
  /** 'Publicity period: December 1, 2026 to December 7, 2026' */
  textEn: string;
}

/**
 * The period starting on `start` and lasting `days` calendar days, both ends included:
 * 2026-12-01 for 7 days ends 2026-12-07.
 *
 * The publicity is never shorter than seven days. Asked for fewer (or for a non-integer number), the
 * period returned lasts max(7, ⌈days⌉) days AND an error 'publicity.days-below-minimum' is returned:
 * callers always get a usable period, but never a silent change, and the error blocks writing.
 * `start` must be an ISO date (a malformed one throws).
 */
export function publicityPeriod(start: string, days: number): PublicityPeriod & { problems: Problem[] } {
  parseIsoDate(start);
  const problems: Problem[] = [];
  let used = days;
  if (!Number.isInteger(days) || days < MIN_PUBLICITY_DAYS) {
    used = Number.isFinite(days) ? Math.max(MIN_PUBLICITY_DAYS, Math.ceil(days)) : MIN_PUBLICITY_DAYS;
    problems.push(problem("publicity.days-below-minimum", {}, { days: String(days), minimum: MIN_PUBLICITY_DAYS, used }));
  }
  const end = addDays(start, used - 1);
  return {
    start,
    end,
    days: used,
    text: `公示时间：${chineseDate(start)}至${chineseDate(end)}`,
    textEn: `Publicity period: ${englishDate(start)} to ${englishDate(end)}`,
    problems,
  };
}
