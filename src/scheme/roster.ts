/**
 * Who is assessed when (roster dates), and the roster's own checks.
 */
import { isIsoDate, lastDayOfMonth, monthsOfYear } from "./dates";
import { problem, type Problem } from "./problems";
import { isKind, type Member } from "./types";

/**
 * True when the member is on the roster on the month's last day (the assessment happens at the
 * organisational life meeting in the month's last week): 转入日期 empty or ≤ that day, and 转出日期 empty
 * or after it. A member who left on the last day, or earlier, is not assessed that month.
 */
export function assessedIn(member: Member, period: string): boolean {
  return assessedOnDay(member, lastDayOfMonth(period));
}

/** True when the member is on the roster on the given ISO day. */
export function assessedOnDay(member: Member, day: string): boolean {
  const joined = member.joined;
  const left = member.left;
  return (!joined || joined <= day) && (!left || left > day);
}

/** The months of a year in which the member is assessed. */
export function monthsAssessedIn(member: Member, year: string): string[] {
  return monthsOfYear(year).filter((m) => assessedIn(member, m));
}

/**
 * Roster checks: an id on every member, ids unique (ignoring case), kind 党员 or 党外 (else the member is left out of
 * every computation), dates valid ISO dates (the register converts
 * every date format to ISO; anything else is reported, not thrown), 转出 not before 转入.
 */
export function validateRoster(members: readonly Member[]): Problem[] {
  const problems: Problem[] = [];
  // IDs compare case-insensitively: D001 and d001 are one ID typed twice, not two people.
  const seen = new Map<string, string>();
  for (const m of members) {
    const place = { member: m.id, ref: m.ref };
    if (!m.id) {
      problems.push(problem("roster.missing-id", place, { name: m.name }));
      continue;
    }
    const key = m.id.toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) problems.push(problem("roster.duplicate-id", place, { id: m.id, name: m.name, first }));
    else seen.set(key, m.id);
    if (!isKind(m.kind)) problems.push(problem("roster.invalid-kind", place, { kind: String(m.kind) }));
    let datesValid = true;
    for (const field of ["joined", "left"] as const) {
      const value = m[field];
      if (value && !isIsoDate(value)) {
        problems.push(problem("roster.invalid-date", place, { field, value }));
        datesValid = false;
      }
    }
    if (datesValid && m.joined && m.left && m.left < m.joined) {
      problems.push(problem("roster.left-before-joined", place, { joined: m.joined, left: m.left }));
    }
  }
  return problems;
}
