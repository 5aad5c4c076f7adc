/**
 * What the year's steps read back from the log: the last publicity and the last 确定年度星级 of a year.
 */
import { daysInclusive } from "../scheme/dates";
import { publicityPeriod } from "../scheme/publicity";
import type { Grid } from "./cells";
import { readLog, yearHistory } from "./read/log";

/** A publicity period as the year steps know it: written now, or read back from the log. */
export interface KnownPublicity {
  start: string;
  end: string;
  /** 公示时间：2026年12月1日至2026年12月7日 */
  text: string;
}

/**
 * The last publicity of a year recorded in the log, with the fingerprint of the score inputs it publicised
 * and the day its notice was first generated; null when the year was never publicised.
 */
export function lastPublicity(log: Grid | null, year: string): { start: string; end: string; fingerprint: string; noticeOn: string | null } | null {
  const { publicity, publicityNoticeOn } = yearHistory(readLog(log), year);
  if (!publicity?.publicityStart || !publicity.publicityEnd) return null;
  return { start: publicity.publicityStart, end: publicity.publicityEnd, fingerprint: publicity.fingerprint, noticeOn: publicityNoticeOn };
}

/** The last 确定年度星级 of a year recorded in the log, with its inputs' fingerprint. */
export function lastFinalization(log: Grid | null, year: string): { finalizedOn: string; fingerprint: string } | null {
  const { finalization } = yearHistory(readLog(log), year);
  return finalization?.on ? { finalizedOn: finalization.on, fingerprint: finalization.fingerprint } : null;
}

/**
 * A period read back from the log, as the steps use it. Its days are recounted through publicityPeriod,
 * so that a 说明 edited by hand can never make the publicity shorter than the minimum.
 */
export function knownPublicity(recorded: { start: string; end: string } | null): KnownPublicity | null {
  if (!recorded) return null;
  const period = publicityPeriod(recorded.start, daysInclusive(recorded.start, recorded.end));
  return { start: period.start, end: period.end, text: period.text };
}
