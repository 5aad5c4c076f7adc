/**
 * The annual assessment (年度): record average, annual appraisal, annual score and proposed stars.
 * Runs the twelve months itself, from inputs indexed by period in one pass.
 */
import { appraisalProblems } from "./appraisal";
import { tallyBallots } from "./ballots";
import { compositeScore } from "./composite";
import { buildContext } from "./context";
import { assertIsoYear, monthsOfYear } from "./dates";
import { meanHalfUp } from "./decimal";
import { excellentCap } from "./excellent-cap";
import type { AppraisalRules } from "./mark-tally";
import { computeMonthWith, countAssessed, eligibleIn, type AssessmentInput } from "./month";
import { problem, type Problem } from "./problems";
import { rankByComposite } from "./ranks";
import {
  distributionOf,
  FLAGS,
  NO_SCORE_STATUSES,
  type BallotCount,
  type Distribution,
  type Flag,
  type MemberMonth,
  type MonthResult,
  type NoScoreStatus,
} from "./results";
import { starLabel, starsFor, starText } from "./stars";
import type { Adjustment, Ballot, Kind, Member, RecordRow } from "./types";
import { pushAll } from "./arrays";

/** Everything a year needs: rows of all periods; rows of other years are ignored. */
export interface YearInput extends AssessmentInput {
  /** 'YYYY' */
  year: string;
  /** Monthly ballots ('YYYY-MM') and the year-end appraisal ('YYYY'). */
  ballots: readonly Ballot[];
}

/** Where the annual appraisal came from. */
export type AppraisalSource = "annual" | "monthly-mean";

/** One member's year. */
export interface MemberYear {
  id: string;
  name: string;
  kind: Kind;
  group?: string;
  /** Months in which the member was on the roster at the month's end. */
  monthsOnRoster: number;
  /** Months with a record score (not 未考核, not 不参评): the "assessed months" of docs/rules.md. */
  monthsAssessed: number;
  /** Mean of the monthly record scores, rounded. */
  recordAverage: number | null;
  /** The year-end appraisal, or the mean of the monthly appraisals; rounded. */
  annualAppraisal: number | null;
  /** Valid marks of the year-end appraisal. */
  annualValidMarks: number;
  appraisalSource: AppraisalSource | null;
  /** Annual score = recordAverage × 70% + annualAppraisal × 30%, rounded. */
  score: number | null;
  /** Proposed (拟评) annual stars. */
  stars: number | null;
  /** Why there is no annual score, as a code; null when there is one. */
  status: NoScoreStatus | null;
  label: string;
  starText: string;
  rank: number | null;
  /** The twelve months, null where the member was not assessed. */
  months: (MemberMonth | null)[];
  flags: Flag[];
}

/** A year's results. */
export interface YearResult {
  year: string;
  /** Decimal places used for every score (for formatting). */
  decimals: number;
  /**
   * Every member assessed in at least one month of the year (on the roster at some month's end),
   * ordered like a month. Members who were never on the roster at a month's end are not listed:
   * there is nothing of theirs to publicise.
   */
  members: MemberYear[];
  /** The twelve monthly results. */
  months: MonthResult[];
  distribution: Distribution;
  /** The year-end appraisal's ballots (period 'YYYY'); the cap counts the members assessed in December. */
  annualBallots: BallotCount;
  /**
   * The months the register holds for the year: from the first month with any input (a 记实考核 row, a
   * 加减分 row or a monthly ballot) to the last; null when it holds none.
   */
  covers: YearCoverage | null;
  /** Problems of the settings, criteria and roster (once), of every covered month, and of the year. */
  problems: Problem[];
}

/** The months a year's results rest on: `first` and `last` are 'YYYY-MM', `months` counts them. */
export interface YearCoverage {
  first: string;
  last: string;
  months: number;
}

/**
 * Computes the year. Throws only when `year` is not 'YYYY'.
 *
 * Decisions where docs/rules.md is silent:
 * - "Assessed months" are months with a record score; a year of only 不参评 months shows 不参评 with no
 *   warning, like a 不参评 month.
 * - The monthly-mean fallback averages the appraisal scores of months in which the member was not
 *   不参评 (an exempt month does not count, for the appraisal as for the record).
 * - The year-end appraisal follows the monthly rules (trimming, quorum → 票数不足).
 *
 * The register's year (docs/rules.md) starts at the first month with any input: the months before it
 * raise no problem of their own (未考核, 未评议, 群众代表). A month's problem carries its month in
 * `args.month`, so that its sentence names the month, never "this month".
 */
export function computeYear(input: YearInput): YearResult {
  const { year } = input;
  assertIsoYear(year);
  const { context, problems } = buildContext(input.settings, input.members, input.criteria);
  const { settings, memberIndex, members } = context;
  const periods = monthsOfYear(year);
  const monthOf = new Map(periods.map((p, i) => [p, i]));
  const records = byMonth(input.records, monthOf);
  const adjustments = byMonth(input.adjustments, monthOf);
  const ballots = byMonth(input.ballots, monthOf);
  const annualBallots = input.ballots.filter((b) => b.period === year);
  const covers = coverage(periods, [records, adjustments, ballots]);
  const firstCovered = covers ? (monthOf.get(covers.first) as number) : periods.length;

  const monthResults: MonthResult[] = [];
  const monthsOf: ((MemberMonth | null)[] | undefined)[] = new Array(members.length);
  periods.forEach((period, m) => {
    const result = computeMonthWith(context, period, records[m] as RecordRow[], adjustments[m] as Adjustment[], ballots[m] as Ballot[]);
    monthResults.push(result);
    if (m >= firstCovered)
      pushAll(
        problems,
        result.problems.map((p) => ({ ...p, args: { ...p.args, month: period } })),
      );
    for (const row of result.members) {
      const i = memberIndex.get(row.id) as number;
      const list = (monthsOf[i] ??= new Array<MemberMonth | null>(12).fill(null));
      list[m] = row;
    }
  });

  const listed = new Uint8Array(members.length);
  for (let i = 0; i < members.length; i++) listed[i] = monthsOf[i] ? 1 : 0;
  // docs/rules.md: for the annual appraisal the cap is a share of those assessed in December.
  const cap = excellentCap(settings.excellentCap, countAssessed(eligibleIn(context, `${year}-12`)));
  const annual = tallyBallots(context, year, annualBallots, listed, cap);
  pushAll(problems, annual.problems);
  const rules: AppraisalRules = { trimExtremes: settings.trimExtremes, minValidMarks: settings.minValidMarks, decimals: context.decimals };

  const rows: MemberYear[] = [];
  for (const [, i] of memberIndex) {
    const months = monthsOf[i];
    if (!months) continue;
    const member = members[i] as Member;
    const place = { member: member.id, period: year };
    const present = months.filter((m): m is MemberMonth => m !== null);
    const scored = present.filter((m) => m.recordStatus === "scored");
    const exemptAllYear = present.every((m) => m.recordStatus === "不参评");
    const flags: Flag[] = [];

    const recordAverage = meanHalfUp(
      scored.map((m) => m.record as number),
      context.decimals,
    );
    if (scored.length === 0) {
      flags.push(exemptAllYear ? FLAGS.exempt : FLAGS.noRecord);
      if (!exemptAllYear) problems.push(problem("annual.no-months", place));
    } else if (scored.length < settings.annualMinMonths) {
      flags.push(FLAGS.fewMonths);
      problems.push(problem("annual.few-months", place, { months: scored.length, minMonths: settings.annualMinMonths }));
    }

    const outcome = annual.tally.outcome(i, rules);
    let annualAppraisal = outcome.score;
    let appraisalSource: AppraisalSource | null = "annual";
    if (outcome.validMarks > 0) {
      pushAll(problems, appraisalProblems(outcome, settings.minValidMarks, place));
      if (outcome.status === "票数不足") flags.push(FLAGS.quorum);
    } else {
      const monthly = present.filter((m) => m.appraisal !== null && m.recordStatus !== "不参评").map((m) => m.appraisal as number);
      annualAppraisal = meanHalfUp(monthly, context.decimals);
      if (annualAppraisal !== null) {
        appraisalSource = "monthly-mean";
        flags.push(FLAGS.monthlyMean);
        problems.push(problem("annual.appraisal-monthly-mean", place, { months: monthly.length }));
      } else {
        appraisalSource = null;
        if (!exemptAllYear) {
          flags.push(FLAGS.noAppraisal);
          problems.push(problem("annual.no-appraisal", place));
        }
      }
    }

    const score = compositeScore(annualAppraisal, recordAverage, settings.appraisalWeight, context.decimals, settings.recordWeight);
    const stars = score === null ? null : starsFor(score, settings.thresholds);
    const status: NoScoreStatus | null = score !== null ? null : scored.length === 0 ? (exemptAllYear ? "exempt" : "unassessed") : "unappraised";
    rows.push({
      id: member.id,
      name: member.name,
      kind: member.kind,
      ...(member.group !== undefined && { group: member.group }),
      monthsOnRoster: present.length,
      monthsAssessed: scored.length,
      recordAverage,
      annualAppraisal,
      annualValidMarks: outcome.validMarks,
      appraisalSource,
      score,
      stars,
      status,
      label: starLabel(stars, status === null ? undefined : NO_SCORE_STATUSES[status]),
      starText: starText(stars),
      rank: null,
      months,
      flags,
    });
  }

  const ranked = rankByComposite(rows, (r) => r.score).map(({ item, rank }) => {
    item.rank = rank;
    return item;
  });
  const ballotCount: BallotCount = { counted: annualBallots.length - annual.voidBallots - annual.leftOut, void: annual.voidBallots, excellentCap: cap };
  return {
    year,
    decimals: context.decimals,
    members: ranked,
    months: monthResults,
    distribution: distributionOf(ranked),
    annualBallots: ballotCount,
    covers,
    problems,
  };
}

/** The first and last of the months that hold any row, or null. */
function coverage(periods: readonly string[], rowsByMonth: readonly (readonly unknown[][])[]): YearCoverage | null {
  const held = periods.map((_, m) => rowsByMonth.some((rows) => (rows[m] as unknown[]).length > 0));
  const first = held.indexOf(true);
  if (first < 0) return null;
  const last = held.lastIndexOf(true);
  return { first: periods[first] as string, last: periods[last] as string, months: last - first + 1 };
}

/** Splits rows into the twelve months in one pass; rows of other periods are dropped. */
function byMonth<T extends { period: string }>(rows: readonly T[], monthOf: ReadonlyMap<string, number>): T[][] {
  const out: T[][] = Array.from({ length: 12 }, () => []);
  for (const row of rows) {
    const m = monthOf.get(row.period);
    if (m !== undefined) (out[m] as T[]).push(row);
  }
  return out;
}
