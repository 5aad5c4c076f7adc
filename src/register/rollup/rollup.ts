/**
 * The committee's roll-up (党委汇总) of a month or a year: every branch's state and published numbers, their
 * sum, the lists across branches (五星, 未评星; for a year 评先评优候选 and 戒勉谈话 with the deadline), the
 * files that could not be read with why, and the warnings. Pure: the branches' sheets in, data out.
 */
import { pushAll } from "../../scheme/arrays";
import { emptyDistribution, type Distribution } from "../../scheme/results";
import type { SheetData } from "../port";
import { isRegister, readBranch, type BranchRollup } from "./branch";
import type { PublishedAdmonition, PublishedMember } from "./published";
import { rollupWarnings, type RollupWarning } from "./warnings";

export { rollupSheetsToRead, type BranchRollup } from "./branch";
export type { RollupWarning, RollupWarningCode } from "./warnings";

/** Why a file is not in the roll-up. */
export type SkipReason = "not-register" | "encrypted" | "damaged" | "unreadable";

/** A file given to the roll-up: its sheets, or why it could not be opened. */
export type RollupSource =
  { file: string; sheets: ReadonlyMap<string, SheetData> } | { file: string; failure: Exclude<SkipReason, "not-register">; detail?: string };

/** A member in a list across branches. */
export type Listed<T> = T & { branch: string; file: string };

export interface Rollup {
  /** YYYY-MM or YYYY. */
  period: string;
  branches: BranchRollup[];
  skipped: { file: string; reason: SkipReason; detail?: string }[];
  total: {
    /** Branches with published results for the period, of all branches read. */
    published: number;
    assessed: number;
    distribution: Distribution;
    excellent: number;
    ballots: number;
    expected: number;
  };
  fiveStars: Listed<PublishedMember>[];
  unrated: Listed<PublishedMember>[];
  candidates: Listed<PublishedMember>[];
  admonitions: Listed<PublishedAdmonition>[];
  warnings: RollupWarning[];
}

/** Adds `d` into `into`. */
function addDistribution(into: Distribution, d: Distribution): void {
  for (let s = 0; s < 6; s++) {
    into.党员[s] += d.党员[s];
    into.党外[s] += d.党外[s];
  }
  into.unscored.党员 += d.unscored.党员;
  into.unscored.党外 += d.unscored.党外;
}

/** The stars of a distribution's column, both kinds. */
export function starCount(d: Distribution, stars: number): number {
  return d.党员[stars] + d.党外[stars];
}

/** The roll-up of the sources, in the order given; `today` is the ISO date the states are read for. */
export function rollup(sources: readonly RollupSource[], period: string, today: string): Rollup {
  const branches: BranchRollup[] = [];
  const skipped: Rollup["skipped"] = [];
  for (const s of sources) {
    if ("failure" in s) skipped.push({ file: s.file, reason: s.failure, ...(s.detail !== undefined && { detail: s.detail }) });
    else if (!isRegister(s.sheets)) skipped.push({ file: s.file, reason: "not-register" });
    else branches.push(readBranch(s.file, s.sheets, period, today));
  }
  const distribution = emptyDistribution();
  const total = { published: 0, assessed: 0, distribution, excellent: 0, ballots: 0, expected: 0 };
  const listed = <T>(b: BranchRollup, items: readonly T[]): Listed<T>[] => items.map((m) => ({ ...m, branch: b.branch, file: b.file }));
  const out: Rollup = { period, branches, skipped, total, fiveStars: [], unrated: [], candidates: [], admonitions: [], warnings: [] };
  for (const b of branches) {
    if (b.distribution) {
      total.published++;
      addDistribution(distribution, b.distribution);
    }
    total.assessed += b.assessed ?? 0;
    total.excellent += b.excellent ?? 0;
    if (b.turnout) {
      total.ballots += b.turnout.ballots;
      total.expected += b.turnout.expected;
    }
    pushAll(
      out.fiveStars,
      listed(
        b,
        b.members.filter((m) => m.stars === 5),
      ),
    );
    pushAll(
      out.unrated,
      listed(
        b,
        b.members.filter((m) => m.stars === 0),
      ),
    );
    pushAll(out.candidates, listed(b, b.candidates));
    pushAll(out.admonitions, listed(b, b.admonitions));
  }
  out.candidates.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  out.admonitions.sort((a, b) => a.deadline.localeCompare(b.deadline));
  out.warnings = rollupWarnings(branches, period);
  return out;
}
