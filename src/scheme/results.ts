/**
 * Result types shared by the monthly and annual computations.
 */
import type { AppraisalStatus } from "./mark-tally";
import type { Problem } from "./problems";
import type { RecordStatus } from "./record";
import type { Kind } from "./types";

/** Notes shown beside a member's result (备注), in the words of docs/rules.md. */
export const FLAGS = {
  quorum: "票数不足",
  noAppraisal: "未评议",
  noRecord: "未考核",
  exempt: "不参评",
  monthlyMean: "按月度评议均值",
  fewMonths: "考核月数不足",
} as const;

/** One of {@link FLAGS}. */
export type Flag = (typeof FLAGS)[keyof typeof FLAGS];

/** Why a member has no score, as a code; each language's words are in src/i18n/status.ts. */
export type NoScoreStatus = "unassessed" | "exempt" | "unappraised";

/** The rules' word for each no-score status (未考核, 不参评, 未评议), which the sheets print. */
export const NO_SCORE_STATUSES: Record<NoScoreStatus, Flag> = { unassessed: FLAGS.noRecord, exempt: FLAGS.exempt, unappraised: FLAGS.noAppraisal };

/** One assessed member's month. */
export interface MemberMonth {
  id: string;
  name: string;
  kind: Kind;
  group?: string;
  assessed: true;
  /** 记实考核得分, rounded; null unless recordStatus is 'scored'. */
  record: number | null;
  recordStatus: RecordStatus;
  exemptReason?: string;
  /** Σ adjustments of the month (加减分), before clamping. */
  adjustmentTotal: number;
  /** 民主评议得分, rounded; null when 未评议. */
  appraisal: number | null;
  /** 有效票数: valid marks counted (before trimming). */
  validMarks: number;
  appraisalStatus: AppraisalStatus;
  /** 综合得分, rounded; null without both components. */
  composite: number | null;
  stars: number | null;
  /** Why there is no composite, as a code; null when there is one. */
  status: NoScoreStatus | null;
  /** 五星级 … 未评星, or 不参评 / 未考核 / 未评议 when there is no composite. */
  label: string;
  /** '★★★★☆'; '' without a composite. */
  starText: string;
  rank: number | null;
  flags: Flag[];
}

/** Counts of stars, index = stars 0..5. */
export type StarCounts = [number, number, number, number, number, number];

/** The star distribution of a period. */
export interface Distribution {
  党员: StarCounts;
  党外: StarCounts;
  /** Members listed without a star (no composite). */
  unscored: { 党员: number; 党外: number };
}

/** A month's results. */
export interface MonthResult {
  period: string;
  /** Assessed members: 党员 ranked, 党员 unranked, 党外 ranked, 党外 unranked; ties by id. */
  members: MemberMonth[];
  distribution: Distribution;
  /**
   * 评为优秀: members (党员 and 党外, each marked by kind, in list order) with stars ≥ 月度优秀星级.
   * The source publicises the 党员 list and, separately, the 党外 results; the renderer splits by kind.
   */
  excellent: MemberMonth[];
  /** The period's ballots: {@link BallotCount}. */
  ballots: BallotCount;
  problems: Problem[];
}

/** A period's ballots as the sheets and the command line report them. */
export interface BallotCount {
  /** Ballots whose marks count (not void, not left out as a duplicate). */
  counted: number;
  /** Ballots void under 每票优秀上限. */
  void: number;
  /** The cap on marks written 优秀 per ballot, null without 每票优秀上限. */
  excellentCap: number | null;
}

/** An empty distribution. */
export function emptyDistribution(): Distribution {
  return { 党员: [0, 0, 0, 0, 0, 0], 党外: [0, 0, 0, 0, 0, 0], unscored: { 党员: 0, 党外: 0 } };
}

/** Counts stars by kind. */
export function distributionOf(items: readonly { kind: Kind; stars: number | null }[]): Distribution {
  const d = emptyDistribution();
  for (const item of items) {
    if (item.stars === null) d.unscored[item.kind]++;
    else d[item.kind][item.stars]++;
  }
  return d;
}
