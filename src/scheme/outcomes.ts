/**
 * 结果运用: commendation candidates, admonishment talks, and the 党外 results for the annual goal
 * assessment.
 */
import { compareIds } from "./compare-ids";
import { addMonths, parseIsoDate } from "./dates";
import type { FinalYear, MemberFinal } from "./final";
import { effectiveSettings, type Settings } from "./settings";

/** An admonishment talk (戒勉谈话) with its rectification deadline. */
export interface Admonishment {
  member: MemberFinal;
  /** finalizedOn + 整改期限 months, clamped to the month's end (ISO). */
  deadline: string;
}

/** How the year's results are used. */
export interface ResultsUsage {
  /** 评先评优候选: 党员 with final stars ≥ 评优最低星级, by annual score descending (ties by id). */
  candidates: MemberFinal[];
  /** 戒勉谈话: 党员 assessed and scored whose final stars are 0 (未评星). */
  admonishments: Admonishment[];
  /**
   * 党员 with no final star because they have no annual score (未考核 / 不参评 / 未评议 all year).
   * Not admonished automatically: "未能评星" means failing to reach a star, and a member exempt for
   * illness or never recorded did not fail. Listed so that the secretary decides.
   */
  unrated: MemberFinal[];
  /** 党外 annual results, by annual score descending, unscored last: the basis of 年度个人目标考核. */
  nonParty: MemberFinal[];
}

/**
 * Sorts and selects the uses of the final results. `finalizedOn` is the ISO date the stars were fixed
 * (a malformed one throws).
 */
export function resultsUsage(finalized: FinalYear, given: Settings, finalizedOn: string): ResultsUsage {
  parseIsoDate(finalizedOn);
  const settings = effectiveSettings(given); // an invalid setting is an error elsewhere; never NaN dates here
  const party = finalized.members.filter((m) => m.kind === "党员");
  const deadline = addMonths(finalizedOn, settings.rectificationMonths);
  return {
    candidates: party.filter((m) => m.finalStars !== null && m.finalStars >= settings.commendationMinStars).sort(byScore),
    admonishments: party
      .filter((m) => m.finalStars === 0)
      .sort(byScore)
      .map((member) => ({ member, deadline })),
    unrated: party.filter((m) => m.finalStars === null).sort((a, b) => compareIds(a.id, b.id)),
    nonParty: finalized.members.filter((m) => m.kind === "党外").sort(byScore),
  };
}

/** Score descending, no score last, then id. */
function byScore(a: MemberFinal, b: MemberFinal): number {
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score;
  }
  return compareIds(a.id, b.id);
}
