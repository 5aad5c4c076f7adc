/**
 * 确定年度星级: the final annual stars after the publicity and objections, and the feedback line to
 * each member (反馈本人).
 */
import { formatScore } from "./decimal";
import { inYear } from "./objections";
import { isStars, starLabel, starText } from "./stars";
import { NO_SCORE_STATUSES, type NoScoreStatus } from "./results";
import type { Kind, Objection } from "./types";
import type { YearResult } from "./year";

/** One member's final annual result. */
export interface MemberFinal {
  id: string;
  name: string;
  kind: Kind;
  group?: string;
  /** The annual score (unchanged by objections). */
  score: number | null;
  rank: number | null;
  /** The proposed (拟评) stars. */
  proposedStars: number | null;
  /** The final stars: an upheld objection's adjusted star, else the proposed stars. */
  finalStars: number | null;
  /** True when an upheld objection changed (or confirmed) the star. */
  adjusted: boolean;
  /** Why there is no annual score, as a code; null when there is one. */
  status: NoScoreStatus | null;
  /** The label of the final stars (or the status when there is none: 未考核, 不参评, 未评议). */
  label: string;
  starText: string;
  /** The line to send the member (zh-CN). */
  feedback: string;
}

/** The final annual results. */
export interface FinalYear {
  year: string;
  decimals: number;
  members: MemberFinal[];
}

/**
 * Applies the objections of the year to the proposed stars. Only an upheld (属实) objection with an
 * adjusted star 0–5 counts; when several do (an error reported by checkObjections), the latest received
 * wins. This function fixes nothing by itself: call canFinalize first.
 */
export function finalStars(result: YearResult, objections: readonly Objection[]): FinalYear {
  const adjustedStars = new Map<string, number>();
  const upheld = inYear(objections, result.year)
    .filter((o) => o.result === "属实" && isStars(o.adjustedStars))
    .sort((a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : 0));
  for (const o of upheld) adjustedStars.set(o.memberId, o.adjustedStars as number);

  const members = result.members.map((m): MemberFinal => {
    const adjusted = adjustedStars.has(m.id);
    const stars = adjusted ? (adjustedStars.get(m.id) as number) : m.stars;
    const status = m.score === null ? NO_SCORE_STATUSES[m.status ?? "unassessed"] : undefined;
    const label = starLabel(stars, status);
    return {
      id: m.id,
      name: m.name,
      kind: m.kind,
      ...(m.group !== undefined && { group: m.group }),
      score: m.score,
      rank: m.rank,
      proposedStars: m.stars,
      finalStars: stars,
      adjusted,
      status: m.score === null ? m.status : null,
      label,
      starText: starText(stars),
      feedback: feedbackLine({ name: m.name, year: result.year, score: m.score, status, stars, adjusted, decimals: result.decimals }),
    };
  });
  return { year: result.year, decimals: result.decimals, members };
}

/**
 * The feedback sentence (zh-CN):
 * - '张三同志：您2026年度综合得分92.3分，评定为四星级。'
 * - below one star: '…综合得分72.0分，未评定星级。'
 * - after an upheld objection: '…综合得分92.3分，经异议核查，评定为五星级。'
 * - without a score: '张三同志：您2026年度未考核，无综合得分，未评定星级。'
 */
export function feedbackLine(args: {
  name: string;
  year: string;
  score: number | null;
  /** Why there is no score (未考核, 不参评, 未评议); used only when score is null. */
  status?: string;
  stars: number | null;
  adjusted: boolean;
  decimals: number;
}): string {
  const { name, year, score, stars, adjusted, decimals } = args;
  const verdict = stars === null || stars === 0 ? "未评定星级" : `评定为${starLabel(stars)}`;
  const via = adjusted ? "经异议核查，" : "";
  if (score === null) return `${name}同志：您${year}年度${args.status ?? "无考核结果"}，无综合得分，${via}${verdict}。`;
  return `${name}同志：您${year}年度综合得分${formatScore(score, decimals)}分，${via}${verdict}。`;
}
