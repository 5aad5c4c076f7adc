/**
 * One pass over a period's ballots: validates them and tallies every valid mark by member.
 * Cost is linear in the number of marks (one map lookup per mark, no member × ballot scan).
 */
import { ProblemCounter, type SchemeContext } from "./context";
import { MarkTally, markPoints } from "./mark-tally";
import { problem, type Problem } from "./problems";
import type { Ballot } from "./types";

/** The tally of a period's ballots. */
export interface BallotTally {
  tally: MarkTally;
  /** True when at least one counted ballot came from a 群众代表 (a void ballot included: they took part). */
  massRepresentative: boolean;
  /** Ballots void under 每票优秀上限: more marks written 优秀 than the cap. */
  voidBallots: number;
  /** Ballots left out as duplicates (票号 or named voter seen before in the period). */
  leftOut: number;
  problems: Problem[];
}

/**
 * Tallies `ballots` (all of one period) for the members whose roster position is flagged in `eligible`.
 * - 票号 missing: error; the ballot is still counted (it cannot collide with another).
 * - Same 票号, or same named voter (voterId, else voterName), twice in the period: error; the later
 *   ballot is left out, so the errors name exactly the ballots to fix.
 * - A ballot without marks: warning.
 * - A mark naming no member on the roster: one error per member and period (with the count and the
 *   first cell), since it usually is one wrong column.
 * - A mark that is neither a grade nor a number in 0–100: error on that cell, left out.
 * - Two marks for one member on one ballot: error, the second left out.
 * - A mark for a member on the roster but not assessed in the period: left out, one warning per member.
 * - A named voter's mark for themselves: left out with a warning unless 允许自评.
 * - With a cap on 优秀 (`cap`, from 每票优秀上限): a ballot with more marks written 优秀 than the cap is
 *   void, with a warning naming its row, 票号 and both counts. Void means that none of its marks count,
 *   for anyone: not as valid marks, not in trimming, 票数不足 or 未评议. Errors in what it says (a mark
 *   that is no grade or number, a member not on the roster, a member marked twice) are still reported,
 *   since the sheet should be corrected whatever happens to the ballot; the warnings about marks left
 *   out (member not assessed, self-mark) are not, as every mark of the ballot is left out anyway.
 *   docs/rules.md counts "marks written 优秀" literally: every mark written 优秀 on the ballot counts towards
 *   the cap as written — including one for a member not assessed in the period, one for the voter
 *   themself, one for a member not on the roster and a second mark for the same member — because the
 *   voter wrote it on that ballot; numeric marks (even 100) are not grades and never count. A ballot
 *   left out as a duplicate (票号 or voter) is not examined.
 */
export function tallyBallots(context: SchemeContext, period: string, ballots: readonly Ballot[], eligible: Uint8Array, cap: number | null = null): BallotTally {
  const { memberIndex, grades } = context;
  const allowSelf = context.settings.allowSelfMark;
  const tally = new MarkTally(context.members.length);
  const problems: Problem[] = [];
  const counter = new ProblemCounter();
  const numbers = new Set<string>();
  const voters = new Set<string>();
  // lastBallot[i] = serial of the last ballot that marked member i: detects repeats in O(1).
  const lastBallot = new Int32Array(context.members.length).fill(-1);
  let massRepresentative = false;
  let voidBallots = 0;
  let leftOut = 0;

  for (let b = 0; b < ballots.length; b++) {
    const ballot = ballots[b] as Ballot;
    const place = { period, ballot: ballot.ballotNo, ref: ballot.ref };
    if (!ballot.ballotNo) problems.push(problem("ballot.number-missing", place));
    else if (numbers.has(ballot.ballotNo)) {
      problems.push(problem("ballot.duplicate-number", place, { ballotNo: ballot.ballotNo }));
      leftOut++;
      continue;
    }
    // A named voter is keyed by member id when known, else by name; the prefixes keep the two apart.
    const name = ballot.voterName?.trim();
    const voter = ballot.voterId ? `id:${ballot.voterId}` : name ? `name:${name}` : undefined;
    if (voter && voters.has(voter)) {
      problems.push(problem("ballot.duplicate-voter", place, { voter: name || (ballot.voterId as string) }));
      leftOut++;
      continue;
    }
    if (ballot.ballotNo) numbers.add(ballot.ballotNo);
    if (voter) voters.add(voter);
    if (ballot.role === "群众代表") massRepresentative = true;

    const marks = ballot.marks;
    if (marks.length === 0) problems.push(problem("ballot.empty", place));
    let isVoid = false;
    if (cap !== null) {
      const count = excellentMarks(marks);
      if (count > cap) {
        isVoid = true;
        voidBallots++;
        problems.push(problem("ballot.excellent-cap", place, { ballotNo: ballot.ballotNo, excellent: count, cap }));
      }
    }
    const voterId = ballot.voterId;
    for (let k = 0; k < marks.length; k++) {
      const entry = marks[k] as Ballot["marks"][number];
      const memberId = entry.memberId;
      const index = memberIndex.get(memberId);
      if (index === undefined) {
        counter.add("ballot.unknown-member", memberId, period, refOf(entry, ballot));
        continue;
      }
      const points = markPoints(entry.mark, grades);
      if (points === undefined) {
        problems.push(problem("ballot.invalid-mark", { ...place, member: memberId, ref: refOf(entry, ballot) }, { mark: String(entry.mark) }));
        continue;
      }
      if (lastBallot[index] === b) {
        problems.push(problem("ballot.duplicate-mark", { ...place, member: memberId, ref: refOf(entry, ballot) }));
        continue;
      }
      lastBallot[index] = b;
      if (isVoid) continue;
      if (eligible[index] === 0) {
        counter.add("ballot.member-not-assessed", memberId, period, refOf(entry, ballot));
        continue;
      }
      if (voterId === memberId && !allowSelf) {
        problems.push(problem("ballot.self-mark", { ...place, member: memberId, ref: refOf(entry, ballot) }));
        continue;
      }
      tally.add(index, points);
    }
  }
  return { tally, massRepresentative, voidBallots, leftOut, problems: [...problems, ...counter.problems()] };
}

/** Marks written 优秀 (as markPoints reads a grade: exactly, or trimmed); numbers never count. */
function excellentMarks(marks: Ballot["marks"]): number {
  let n = 0;
  for (let k = 0; k < marks.length; k++) {
    const mark = (marks[k] as Ballot["marks"][number]).mark;
    if (typeof mark === "string" && mark.trim() === "优秀") n++;
  }
  return n;
}

/** A mark's own cell, else its ballot's row. */
function refOf(entry: Ballot["marks"][number], ballot: Ballot): string | undefined {
  return entry.ref ?? ballot.ref;
}
