/**
 * 异议登记 during the annual publicity, and when the final annual stars may be fixed.
 */
import { addDays, parseIsoDate } from "./dates";
import { problem, type Problem } from "./problems";
import { isStars } from "./stars";
import type { Objection } from "./types";

/** Which objections to check: those of `year` (all when omitted), against these member ids (when given). */
export interface ObjectionScope {
  year?: string;
  memberIds?: Iterable<string>;
}

/**
 * Checks the objections of a publicity period:
 * - received outside the period: warning (it is still handled; the secretary decides);
 * - an adjusted star without 属实: error (only an upheld objection may change a star);
 * - an adjusted star that is not an integer 0–5: error;
 * - 属实 without an adjusted star: warning (the proposed star stands; say so explicitly);
 * - two upheld objections for one member with different adjusted stars: error;
 * - a member id not among `scope.memberIds`: error.
 * A malformed received date throws (the register converts dates to ISO).
 */
export function checkObjections(objections: readonly Objection[], period: { start: string; end: string }, scope: ObjectionScope = {}): Problem[] {
  const problems: Problem[] = [];
  const ids = scope.memberIds ? new Set(scope.memberIds) : undefined;
  const adjusted = new Map<string, number>();
  for (const o of inYear(objections, scope.year)) {
    const place = { member: o.memberId, period: o.year, ref: o.ref };
    parseIsoDate(o.received);
    if (ids && !ids.has(o.memberId)) problems.push(problem("objection.unknown-member", place, { id: o.memberId }));
    if (o.received < period.start || o.received > period.end) {
      problems.push(problem("objection.outside-period", place, { received: o.received, start: period.start, end: period.end }));
    }
    const stars = o.adjustedStars;
    const hasStars = stars !== null && stars !== undefined;
    if (hasStars && !isStars(stars)) {
      problems.push(problem("objection.adjusted-invalid", place, { adjustedStars: String(stars) }));
    } else if (hasStars && o.result !== "属实") {
      problems.push(problem("objection.adjusted-without-upheld", place, { result: o.result, adjustedStars: stars }));
    } else if (hasStars) {
      const earlier = adjusted.get(o.memberId);
      if (earlier !== undefined && earlier !== stars) {
        problems.push(problem("objection.conflicting-adjustments", place, { first: earlier, second: stars }));
      }
      adjusted.set(o.memberId, stars);
    } else if (o.result === "属实") {
      problems.push(problem("objection.upheld-without-adjustment", place));
    }
  }
  return problems;
}

/** Whether the final annual stars may be fixed now. */
export type Finalizable = { ok: true } | { ok: false; reasons: Problem[] };

/**
 * Final stars may be fixed only after the publicity period (from the day after `end`) and when no
 * objection (of `year`, if given) is 待核查. Otherwise the reasons say why; nothing is changed.
 */
export function canFinalize(args: { end: string; today: string; objections: readonly Objection[]; year?: string }): Finalizable {
  const { end, today } = args;
  parseIsoDate(today);
  const reasons: Problem[] = [];
  const earliest = addDays(end, 1);
  if (today < earliest) reasons.push(problem("final.period-not-ended", {}, { end, earliest, today }));
  for (const o of inYear(args.objections, args.year)) {
    if (o.result === "待核查") {
      reasons.push(problem("final.objection-pending", { member: o.memberId, period: o.year, ref: o.ref }, { received: o.received }));
    }
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/** Objections of one year, or all when no year is given. */
export function inYear(objections: readonly Objection[], year: string | undefined): readonly Objection[] {
  return year === undefined ? objections : objections.filter((o) => o.year === year);
}
