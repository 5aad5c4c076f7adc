/**
 * The democratic appraisal score (民主评议得分) of one member from a list of marks.
 * The monthly and annual computations use {@link MarkTally} directly over all ballots; this is the
 * same rule for a single member's marks, for the custom functions and for checking by hand.
 */
import { gradeTable, MarkTally, markPoints, type AppraisalOutcome, type AppraisalRules } from "./mark-tally";
import { problem, type Place, type Problem } from "./problems";
import type { Mark } from "./types";
import { pushAll } from "./arrays";

/** The settings the appraisal rule needs. */
export interface AppraisalOptions extends AppraisalRules {
  gradePoints: Readonly<Record<string, number>>;
}

/** An appraisal score with the problems found in its marks. */
export interface AppraisalResult extends AppraisalOutcome {
  problems: Problem[];
}

/**
 * Appraisal = mean of the valid marks (grades converted to points, numbers within 0–100), computed
 * exactly and rounded half-up; see {@link MarkTally.outcome} for trimming and quorum.
 * Invalid marks are left out with an error ('ballot.invalid-mark'); too few valid marks give a
 * warning ('appraisal.quorum'); none at all give 未评议 and a warning ('appraisal.none').
 */
export function appraisalScore(marks: readonly Mark[], options: AppraisalOptions, place: Place = {}): AppraisalResult {
  const grades = gradeTable(options.gradePoints);
  const tally = new MarkTally(1);
  const problems: Problem[] = [];
  marks.forEach((mark, index) => {
    const points = markPoints(mark, grades);
    if (points === undefined) problems.push(problem("ballot.invalid-mark", place, { mark: String(mark), index }));
    else tally.add(0, points);
  });
  const outcome = tally.outcome(0, options);
  pushAll(problems, appraisalProblems(outcome, options.minValidMarks, place));
  return { ...outcome, problems };
}

/** The warnings an appraisal outcome carries: 票数不足 or 未评议. */
export function appraisalProblems(outcome: AppraisalOutcome, minValidMarks: number, place: Place): Problem[] {
  if (outcome.status === "未评议") return [problem("appraisal.none", place)];
  if (outcome.status === "票数不足") {
    return [problem("appraisal.quorum", place, { validMarks: outcome.validMarks, minValidMarks })];
  }
  return [];
}
