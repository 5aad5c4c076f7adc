/**
 * 拟评 / 已通过: generated results are proposed until the 党员大会 passes them and the secretary records
 * the approval date.
 */
import { assertIsoYear, firstDayOfMonth, isIsoMonth, parseIsoDate } from "./dates";
import { problem, type Problem } from "./problems";

/** 拟评 (proposed) or 已通过 (passed by the 党员大会). */
export type ApprovalStatus = "拟评" | "已通过";

/** The status given an optional approval date: 已通过 once a date is recorded. */
export function approvalStatus(approvedOn?: string | null): ApprovalStatus {
  return approvedOn ? "已通过" : "拟评";
}

/**
 * The status of a period's results, with warnings about an implausible approval date: before the
 * period began (results cannot be passed before they exist), or after `today` when today is given.
 * `period` is 'YYYY-MM' or 'YYYY'; `approvedOn` and `today` are ISO dates (a malformed one throws).
 */
export function checkApproval(period: string, approvedOn?: string | null, today?: string): { status: ApprovalStatus; problems: Problem[] } {
  const status = approvalStatus(approvedOn);
  if (!approvedOn) return { status, problems: [] };
  parseIsoDate(approvedOn);
  if (today !== undefined) parseIsoDate(today);
  const start = isIsoMonth(period) ? firstDayOfMonth(period) : yearStart(period);
  const problems: Problem[] = [];
  if (approvedOn < start) problems.push(problem("approval.before-period", { period }, { approvedOn, start }));
  if (today !== undefined && approvedOn > today) {
    problems.push(problem("approval.in-future", { period }, { approvedOn, today }));
  }
  return { status, problems };
}

function yearStart(year: string): string {
  assertIsoYear(year);
  return `${year}-01-01`;
}
