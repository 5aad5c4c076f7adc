/**
 * The monthly assessment (每月集中考核评选): record, appraisal, composite, stars and ranks of every
 * member assessed in the month.
 */
import { appraisalProblems } from "./appraisal";
import { tallyBallots } from "./ballots";
import { compositeScore } from "./composite";
import { excellentCap } from "./excellent-cap";
import { buildContext, type SchemeContext } from "./context";
import { assertIsoMonth, lastDayOfMonth } from "./dates";
import { memberRecord, type RecordStatus } from "./record";
import { problem, type Problem } from "./problems";
import { rankByComposite } from "./ranks";
import { distributionOf, FLAGS, NO_SCORE_STATUSES, type Flag, type MemberMonth, type MonthResult, type NoScoreStatus } from "./results";
import { assessedOnDay } from "./roster";
import type { Settings } from "./settings";
import { starLabel, starsFor, starText } from "./stars";
import type { Adjustment, Ballot, Criterion, Member, RecordRow } from "./types";
import { pushAll } from "./arrays";

/** The register's rows an assessment reads, of any period: each computation picks its own. */
export interface AssessmentInput {
  settings: Settings;
  members: readonly Member[];
  criteria: readonly Criterion[];
  records: readonly RecordRow[];
  adjustments: readonly Adjustment[];
  ballots: readonly Ballot[];
}

/** Everything a month needs. Rows of other periods may be included: they are ignored. */
export interface MonthInput extends AssessmentInput {
  /** 'YYYY-MM' */
  period: string;
}

/** Months after a quarter ends, when 群众代表 are invited (January, April, July, October). */
const MASS_REPRESENTATIVE_MONTHS = new Set(["01", "04", "07", "10"]);

/**
 * Computes one month. Problems include those of the settings, criteria and roster.
 * Throws only when `period` is not a 'YYYY-MM' month.
 */
export function computeMonth(input: MonthInput): MonthResult {
  assertIsoMonth(input.period);
  const { context, problems } = buildContext(input.settings, input.members, input.criteria);
  const p = input.period;
  const result = computeMonthWith(
    context,
    p,
    input.records.filter((r) => r.period === p),
    input.adjustments.filter((a) => a.period === p),
    input.ballots.filter((b) => b.period === p),
  );
  return { ...result, problems: [...problems, ...result.problems] };
}

/** Roster positions assessed in a month: 1 = assessed. */
export function eligibleIn(context: SchemeContext, period: string): Uint8Array {
  const day = lastDayOfMonth(period);
  const eligible = new Uint8Array(context.members.length);
  for (const [, i] of context.memberIndex) {
    if (assessedOnDay(context.members[i] as Member, day)) eligible[i] = 1;
  }
  return eligible;
}

/**
 * Computes a month from rows already filtered to it. Used by computeMonth and, twelve times, by
 * computeYear (which indexes its inputs by period once). Problems are the month's own only.
 */
export function computeMonthWith(
  context: SchemeContext,
  period: string,
  records: readonly RecordRow[],
  adjustments: readonly Adjustment[],
  ballots: readonly Ballot[],
): MonthResult {
  const { members, memberIndex, settings } = context;
  const problems: Problem[] = [];
  const eligible = eligibleIn(context, period);

  const rowOf = new Map<number, RecordRow>();
  for (const row of records) {
    const i = locate(context, eligible, row.memberId, period, row.ref, problems, "record");
    if (i === undefined) continue;
    if (rowOf.has(i)) problems.push(problem("record.duplicate-row", { member: row.memberId, period, ref: row.ref }));
    else rowOf.set(i, row);
  }
  const adjustmentsOf = new Map<number, Adjustment[]>();
  for (const a of adjustments) {
    const i = locate(context, eligible, a.memberId, period, a.ref, problems, "adjustment");
    if (i === undefined) continue;
    const list = adjustmentsOf.get(i);
    if (list) list.push(a);
    else adjustmentsOf.set(i, [a]);
  }
  const cap = excellentCap(settings.excellentCap, countAssessed(eligible));
  const ballotTally = tallyBallots(context, period, ballots, eligible, cap);
  pushAll(problems, ballotTally.problems);

  const rules = { trimExtremes: settings.trimExtremes, minValidMarks: settings.minValidMarks, decimals: context.decimals };
  const rows: MemberMonth[] = [];
  for (const [, i] of memberIndex) {
    if (eligible[i] === 0) continue;
    const member = members[i] as Member;
    const place = { member: member.id, period };
    const rec = memberRecord(rowOf.get(i), adjustmentsOf.get(i) ?? [], context.criteria, context.decimals, place);
    pushAll(problems, rec.problems);
    const app = ballotTally.tally.outcome(i, rules);
    // An exempt member (不参评) gets no warning about their appraisal either.
    if (rec.status !== "不参评") pushAll(problems, appraisalProblems(app, settings.minValidMarks, place));
    const composite = compositeScore(app.score, rec.record, settings.appraisalWeight, context.decimals, settings.recordWeight);
    const stars = composite === null ? null : starsFor(composite, settings.thresholds);
    const status = composite === null ? noScoreStatusOf(rec.status) : null;
    const flags: Flag[] = [];
    if (rec.status === "不参评") flags.push(FLAGS.exempt);
    if (rec.status === "未考核") flags.push(FLAGS.noRecord);
    if (app.status === "未评议") flags.push(FLAGS.noAppraisal);
    if (app.status === "票数不足") flags.push(FLAGS.quorum);
    const row: MemberMonth = {
      id: member.id,
      name: member.name,
      kind: member.kind,
      assessed: true,
      record: rec.record,
      recordStatus: rec.status,
      adjustmentTotal: rec.adjustmentTotal,
      appraisal: app.score,
      validMarks: app.validMarks,
      appraisalStatus: app.status,
      composite,
      stars,
      status,
      label: starLabel(stars, status === null ? undefined : NO_SCORE_STATUSES[status]),
      starText: starText(stars),
      rank: null,
      flags,
    };
    if (member.group !== undefined) row.group = member.group;
    if (rec.exemptReason !== undefined) row.exemptReason = rec.exemptReason;
    rows.push(row);
  }

  // The rows are ours until returned: set each rank in place rather than copying every row.
  const members_ = rankByComposite(rows, (r) => r.composite).map(({ item, rank }) => {
    item.rank = rank;
    return item;
  });
  if (members_.length === 0) problems.push(problem("month.no-members", { period }));
  else if (MASS_REPRESENTATIVE_MONTHS.has(period.slice(5, 7)) && !ballotTally.massRepresentative) {
    problems.push(problem("ballot.no-mass-representative", { period }));
  }
  const excellentStars = settings.monthlyExcellentStars;
  return {
    period,
    members: members_,
    distribution: distributionOf(members_),
    excellent: members_.filter((m) => m.stars !== null && m.stars >= excellentStars),
    ballots: { counted: ballots.length - ballotTally.voidBallots - ballotTally.leftOut, void: ballotTally.voidBallots, excellentCap: cap },
    problems,
  };
}

/** The number of members assessed, from the flags of {@link eligibleIn}. */
export function countAssessed(flags: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < flags.length; i++) n += flags[i] as number;
  return n;
}

/** Why a member without a composite has none: 不参评, then 未考核, then 未评议. */
function noScoreStatusOf(record: RecordStatus): NoScoreStatus {
  if (record === "不参评") return "exempt";
  if (record === "未考核") return "unassessed";
  return "unappraised";
}

/**
 * The roster position of a record or adjustment row's member, or undefined with a problem:
 * an id not on the roster is an error; a member on the roster but not assessed in the month a warning.
 */
function locate(
  context: SchemeContext,
  eligible: Uint8Array,
  memberId: string,
  period: string,
  ref: string | undefined,
  problems: Problem[],
  what: "record" | "adjustment",
): number | undefined {
  const i = context.memberIndex.get(memberId);
  const place = { member: memberId, period, ref };
  if (i === undefined) {
    problems.push(problem(what === "record" ? "record.unknown-member" : "adjustment.unknown-member", place, { id: memberId }));
    return undefined;
  }
  if (eligible[i] === 0) {
    problems.push(problem(what === "record" ? "record.member-not-assessed" : "adjustment.member-not-assessed", place, { id: memberId }));
    return undefined;
  }
  return i;
}
