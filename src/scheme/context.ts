/**
 * What every computation needs once: checked settings, the roster indexed by id, the grade table.
 */
import { validateCriteria } from "./criteria";
import { gradeTable, type GradeTable } from "./mark-tally";
import { problem, type Place, type Problem, type ProblemCode } from "./problems";
import { validateRoster } from "./roster";
import { effectiveSettings, validateSettings, type Settings } from "./settings";
import { isKind, type Criterion, type Member } from "./types";

/** The shared, read-only state of one computation. */
export interface SchemeContext {
  /** The effective settings: invalid ones replaced by defaults (and reported as errors). */
  settings: Settings;
  /** Decimal places used (= settings.decimals). */
  decimals: number;
  members: readonly Member[];
  /** Roster position of each id (the first member with that id; duplicates are errors). */
  memberIndex: ReadonlyMap<string, number>;
  criteria: readonly Criterion[];
  grades: GradeTable;
}

/**
 * Builds the context and returns every problem of the settings, criteria and roster, so that callers
 * of computeMonth and computeYear need not validate them separately.
 */
export function buildContext(settings: Settings, members: readonly Member[], criteria: readonly Criterion[]): { context: SchemeContext; problems: Problem[] } {
  const problems = [...validateSettings(settings), ...validateCriteria(criteria), ...validateRoster(members)];
  const memberIndex = new Map<string, number>();
  members.forEach((m, i) => {
    // Members without an id or with an unknown kind are reported by validateRoster and left out.
    if (m.id && isKind(m.kind) && !memberIndex.has(m.id)) memberIndex.set(m.id, i);
  });
  const effective = effectiveSettings(settings);
  return {
    context: { settings: effective, decimals: effective.decimals, members, memberIndex, criteria, grades: gradeTable(effective.gradePoints) },
    problems,
  };
}

/** Aggregates many occurrences of one problem into one, counting them and keeping the first ref. */
export class ProblemCounter {
  private readonly entries = new Map<string, { code: ProblemCode; place: Place; count: number }>();

  /** Counts an occurrence for a member. */
  add(code: ProblemCode, member: string, period: string, ref: string | undefined): void {
    const key = `${code}\u0000${member}`;
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { code, place: { member, period, ref }, count: 1 });
  }

  /** One problem per code and member, with args.count. */
  problems(): Problem[] {
    return [...this.entries.values()].map((e) => problem(e.code, e.place, { count: e.count }));
  }
}
