/**
 * What every renderer takes besides the results, and the helpers they share.
 */
import type { MemberMonth } from "../../scheme/results";
import type { Settings } from "../../scheme/settings";
import type { Kind } from "../../scheme/types";
import { isIsoDate } from "../../scheme/dates";
import type { RenderLang } from "./labels";

/** The renderers' inputs besides the results. Everything that varies is passed in: no clock. */
export interface RenderContext {
  /** The settings the results were computed with (weights, decimals, thresholds, 月度优秀星级, 支部名称). */
  settings: Settings;
  /** When the sheets are generated, ISO date-time in local time with its offset ("2026-12-01T09:30:00+08:00"). */
  generatedAt: string;
  /** The date the 党员大会 passed the results (ISO date); absent or null while they are 拟评. */
  approvedOn?: string | null;
  /** First day of the monthly publicity (ISO date); default the date of `generatedAt`. */
  publicityStart?: string;
  lang?: RenderLang;
}

/**
 * One kind's members in list order: ranked by rank ascending, then the unranked. The engine already
 * orders them so; the stable sort keeps its tie order (by id) and guards hand-made results.
 */
export function membersOfKind<T extends Ranked = MemberMonth>(members: readonly T[], kind: Kind): T[] {
  return members
    .filter((m) => m.kind === kind)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rankKey(a.m) - rankKey(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

/** What list order needs of a month's or a year's member. */
type Ranked = Pick<MemberMonth, "kind" | "rank">;

function rankKey(m: Ranked): number {
  return m.rank === null ? Number.POSITIVE_INFINITY : m.rank;
}

/**
 * The approval date, or null while the results are 拟评. A malformed date is a programmer mistake (the
 * register's reader turns every date spelling into ISO first): RangeError.
 */
export function approvalDate(approvedOn: string | null | undefined): string | null {
  if (!approvedOn) return null;
  if (!isIsoDate(approvedOn)) throw new RangeError(`approvedOn must be an ISO date (YYYY-MM-DD), got ${approvedOn}`);
  return approvedOn;
}

/** Calls back once per run of consecutive rows with the same stars (null for no score), by offset. */
export function starRuns(rows: readonly { stars: number | null }[], each: (stars: number | null, from: number, to: number) => void): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i].stars !== rows[start].stars) {
      each(rows[start].stars, start, i - 1);
      start = i;
    }
  }
}
