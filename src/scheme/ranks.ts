/**
 * Ranks (排名): 党员 and 党外 separately, by score descending; ties share a rank and the next rank skips
 * (1, 2, 2, 4). Members without a score follow the ranked ones of their kind, unranked.
 */
import { compareIds } from "./compare-ids";
import { KINDS, type Kind } from "./types";

/** An item with its rank; null for an unranked item (no score). */
export interface Ranked<T> {
  item: T;
  rank: number | null;
}

/**
 * Orders and ranks items: 党员 ranked, 党员 unranked, 党外 ranked, 党外 unranked; equal scores (and the
 * unranked) by id in natural order. Scores are compared as given: pass rounded scores, so that two
 * members shown with the same number share a rank.
 */
export function rankByComposite<T extends { id: string; kind: Kind }>(items: readonly T[], scoreOf: (item: T) => number | null): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  for (const kind of KINDS) {
    const scored: { item: T; score: number }[] = [];
    const unscored: T[] = [];
    for (const item of items) {
      if (item.kind !== kind) continue;
      const score = scoreOf(item);
      if (score === null) unscored.push(item);
      else scored.push({ item, score });
    }
    scored.sort((a, b) => b.score - a.score || compareIds(a.item.id, b.item.id));
    let rank = 0;
    scored.forEach((entry, i) => {
      if (i === 0 || entry.score !== (scored[i - 1] as { score: number }).score) rank = i + 1;
      out.push({ item: entry.item, rank });
    });
    unscored.sort((a, b) => compareIds(a.id, b.id));
    for (const item of unscored) out.push({ item, rank: null });
  }
  return out;
}
