import { checkApproval } from "../scheme/approval";
import { addDays, isIsoDate } from "../scheme/dates";
import { computeMonth } from "../scheme/month";
import type { Problem } from "../scheme/problems";
import type { MonthResult } from "../scheme/results";
import type { SheetData, WorkbookPort } from "./port";
import { attachRefs, MONTH_SHEETS, readRegister, type RegisterData } from "./read/read-register";
import { monthHistory, readLog, type LogRecord } from "./read/log";
import type { RegisterCode } from "./read/problems";
import {
  fingerprint,
  labelsFor,
  MONTH_COLUMNS,
  monthSheetName,
  publicitySheetName,
  renderLogRow,
  renderLogSheet,
  renderMonthSheetWithLayout,
  renderPublicitySheet,
  meetingRecordSheetName,
  renderMeetingRecord,
  type LogEntry,
} from "./render";
import { carryPersonNotes } from "./person-notes";
import { fitRunText } from "./cell-text";
import { LOG_SHEET, type InputSheetKey } from "./schema";
import { findInputSheet, inputSheetNames } from "./sheet-names";
import { applyStep, bySeverity, type StepRun, computable, foreignSheetProblems, problemCounts } from "./step-run";
import { registerProblem } from "./read/problems";
import { inputGrids } from "./year-sheets";
import { checkMeetings } from "../scheme/meetings";
import { assessedIn } from "../scheme/roster";
import { pushAll, spliceAll } from "../scheme/arrays";

/**
 * The month's one-click job, host-neutral: read the register in one batch, check it, compute, render the
 * 评星 and 公示 sheets and the log row, and write them in one change — or, when errors remain, write
 * nothing and return the problems. The pure part ({@link planMonth}) is what the tests and the command
 * line share with the task pane.
 */

export interface MonthOptions {
  /** YYYY-MM */
  period: string;
  /** ISO date-time with offset, from the composition root's clock; its date is today. */
  generatedAt: string;
  /**
   * Generating a month approved before whose inputs changed since: true drops the approval (logged), after
   * the pane asked or the command line was given --reopen. Without it such a generation is refused.
   */
  reopen?: boolean;
  /** First day of the monthly publicity (ISO date); default the date of `generatedAt`. */
  publicityStart?: string;
}

export interface ApproveOptions extends MonthOptions {
  /** The 党员大会's date (ISO). */
  approvedOn: string;
}

export interface WithdrawOptions extends MonthOptions {
  /** Why the approval is withdrawn (logged). */
  reason: string;
}

/** sheetNames: 评星, 公示 and — only when the 组织生活会 sheet has rows for the month — the meeting record. */
export interface MonthRun extends StepRun {
  period: string;
  /** Null when the register could not be read well enough to compute (errors list why). */
  result: MonthResult | null;
  /** The approval date the written sheets carry (null: 拟评). */
  approvedOn: string | null;
  /** Set when the step was refused because the month's approval would be dropped: the approval's date. */
  reopenNeeded?: string;
}

/** Every sheet the month reads: the input sheets, its own output sheets (ownership) and the log. */
export function monthSheetsToRead(period: string): string[] {
  return [
    ...inputSheetNames([...MONTH_SHEETS, ...MEETING_SHEETS]),
    monthSheetName(period),
    publicitySheetName(period),
    meetingRecordSheetName(period),
    LOG_SHEET,
  ];
}

/** Read with the month when the register has them: the meeting record's rows and the month's comments. */
const MEETING_SHEETS: readonly InputSheetKey[] = ["meetings", "comments"];

function hasSheet(sheets: ReadonlyMap<string, SheetData>, key: InputSheetKey): boolean {
  return findInputSheet(sheets, key).sheet !== undefined;
}

/** The month read and checked, before any step decides what to write. */
export interface MonthCheck {
  period: string;
  data: RegisterData;
  result: MonthResult | null;
  /** Reading, ownership and scheme problems, with refs; errors first. */
  problems: Problem[];
  /** Fingerprint of the input sheets. */
  fingerprint: string;
  sheetNames: MonthRun["sheetNames"];
  /** The month's rows of 组织生活会 (the meeting record is written when there are some). */
  meetingRows: RegisterData["meetings"];
  /** The log, as data. */
  log: LogRecord[];
}

/** Reads and checks one month from sheets already read, and computes it when it can. Pure. */
export function checkMonth(sheets: ReadonlyMap<string, SheetData>, period: string): MonthCheck {
  // An older register without a 组织生活会 sheet is read as before: no meeting record, no warning.
  const optional = hasSheet(sheets, "meetings") ? MEETING_SHEETS.filter((k) => hasSheet(sheets, k)) : [];
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: MONTH_SHEETS, optional });
  const meetingRows = data.meetings.filter((m) => m.period === period);
  const names = [monthSheetName(period), publicitySheetName(period), ...(meetingRows.length > 0 ? [meetingRecordSheetName(period)] : [])];
  const problems: Problem[] = [...readProblems, ...foreignSheetProblems(sheets, names)];
  const result = computable(data, readProblems) ? computeMonth({ period, ...data }) : null;
  const meetingProblems = meetingRows.length > 0 ? checkMeetings(period, meetingRows, data.members) : [];
  return {
    period,
    data,
    result,
    problems: attachRefs([...problems, ...(result?.problems ?? []), ...meetingProblems], sheets, data).sort(bySeverity),
    fingerprint: fingerprint(inputGrids(sheets, MONTH_SHEETS)),
    sheetNames: names,
    meetingRows,
    log: readLog(sheets.get(LOG_SHEET)?.values),
  };
}

/**
 * 生成本月评星, planned from sheets already read. Pure. An approval of the same inputs stands; a month
 * approved before whose inputs changed since is refused ({@link MonthRun.reopenNeeded}) unless
 * `reopen` is given, which drops the approval and logs that it did.
 */
export function planMonth(sheets: ReadonlyMap<string, SheetData>, options: MonthOptions): MonthRun {
  const check = checkMonth(sheets, options.period);
  const history = monthHistory(check.log, options.period);
  const approval = history.approval;
  const run = monthRun(check, approval && approval.fingerprint === check.fingerprint ? approval.on : null);
  const logRows: LogEntry[] = [];
  if (approval && approval.fingerprint !== check.fingerprint && approval.on) {
    if (!options.reopen) {
      run.problems.unshift(monthProblem("register.approval-reopen", options.period, { approvedOn: approval.on }));
      run.reopenNeeded = approval.on;
    } else {
      run.problems.push(monthProblem("register.approval-stale", options.period, { approvedOn: approval.on }));
      logRows.push(logEntry(check, options, { action: "approvalDropped", note: labelsFor().log.dropped(approval.on) }));
    }
  }
  // The month's publicity period as data (公示开始, 公示截止), as the 公示 sheet states it.
  const start = options.publicityStart ?? options.generatedAt.slice(0, 10);
  const days = check.data.settings.monthlyPublicityDays;
  const publicity = isIsoDate(start) && Number.isInteger(days) && days >= 1 ? { publicityStart: start, publicityEnd: addDays(start, days - 1) } : {};
  logRows.push(logEntry(check, { ...options, problems: run.problems }, { action: "monthly", ...publicity }));
  return finish(run, check, sheets, options, logRows);
}

/**
 * 党员大会通过, planned: recorded only for a month that was generated, whose inputs are unchanged since,
 * with a meeting date neither after today nor before the results were generated (docs/rules.md, Approval and
 * publicity). Otherwise blocked with the reason and nothing written. Pure.
 */
export function planApproval(sheets: ReadonlyMap<string, SheetData>, options: ApproveOptions): MonthRun {
  const { period, approvedOn } = options;
  if (!isIsoDate(approvedOn)) throw new RangeError(`approvedOn must be an ISO date (YYYY-MM-DD), got ${approvedOn}`);
  const today = options.generatedAt.slice(0, 10);
  const check = checkMonth(sheets, period);
  const history = monthHistory(check.log, period);
  const run = monthRun(check, approvedOn);
  const refusals: Problem[] = [];
  const generated = history.last !== null && sheets.get(monthSheetName(period))?.ours === true;
  if (!generated) refusals.push(monthProblem("register.approval-not-generated", period, {}));
  else if (history.last!.fingerprint !== check.fingerprint)
    refusals.push(monthProblem("register.approval-inputs-changed", period, { generatedOn: history.generatedOn ?? "" }));
  if (approvedOn > today) refusals.push(monthProblem("register.approval-in-future", period, { approvedOn, today }));
  if (generated && history.generatedOn && approvedOn < history.generatedOn) {
    refusals.push(monthProblem("register.approval-before-generation", period, { approvedOn, generatedOn: history.generatedOn }));
  }
  spliceAll(run.problems, 0, 0, pushAll(refusals, checkApproval(period, approvedOn).problems));
  const note = labelsFor().log.approvedOn(approvedOn);
  return finish(run, check, sheets, options, [logEntry(check, { ...options, problems: run.problems }, { action: "approval", on: approvedOn, note })]);
}

/** 撤销通过, planned: the month's approval withdrawn with a reason; its sheets back to 拟评. Pure. */
export function planWithdrawal(sheets: ReadonlyMap<string, SheetData>, options: WithdrawOptions): MonthRun {
  const { period } = options;
  const check = checkMonth(sheets, period);
  const approval = monthHistory(check.log, period).approval;
  const run = monthRun(check, null);
  const reason = options.reason.trim();
  if (!approval?.on) run.problems.unshift(monthProblem("register.withdraw-not-approved", period, {}));
  if (!reason) run.problems.unshift(monthProblem("register.withdraw-reason-missing", period, {}));
  const note = labelsFor().log.withdrawn(approval?.on ?? "", reason);
  return finish(run, check, sheets, options, [
    logEntry(check, { ...options, problems: run.problems }, { action: "withdrawal", on: options.generatedAt.slice(0, 10), note }),
  ]);
}

function monthRun(check: MonthCheck, approvedOn: string | null): MonthRun {
  return {
    period: check.period,
    result: check.result,
    settings: check.data.settings,
    data: check.data,
    problems: [...check.problems],
    blocked: false,
    sheetNames: check.sheetNames,
    fingerprint: check.fingerprint,
    approvedOn,
  };
}

function logEntry(check: MonthCheck, options: MonthOptions & { problems?: Problem[] }, fields: Pick<LogEntry, "action"> & Partial<LogEntry>): LogEntry {
  return {
    at: options.generatedAt,
    period: options.period,
    members: check.result?.members.length ?? 0,
    ...problemCounts(options.problems ?? check.problems),
    fingerprint: check.fingerprint,
    ...fields,
  };
}

/** The step's sheets — 评星 and 公示 as the run's approval says, and the log with its rows — unless blocked. */
function finish(run: MonthRun, check: MonthCheck, sheets: ReadonlyMap<string, SheetData>, options: MonthOptions, logRows: LogEntry[]): MonthRun {
  run.problems.sort(bySeverity);
  run.blocked = run.problems.some((p) => p.severity === "error") || check.result === null;
  const result = check.result;
  if (run.blocked || !result) return run;
  const { period, data } = check;
  const ctx = { settings: data.settings, generatedAt: options.generatedAt, approvedOn: run.approvedOn, publicityStart: options.publicityStart };
  const { plan: monthPlan, layout } = renderMonthSheetWithLayout(result, ctx);
  const previousMonth = sheets.get(monthSheetName(period));
  if (previousMonth?.ours) carryPersonNotes(monthPlan, [layout.members, layout.nonMembers], previousMonth, MONTH_COLUMNS);
  const meetingRecord =
    check.meetingRows.length > 0
      ? [
          renderMeetingRecord(
            {
              period,
              members: data.members,
              assessed: data.members.filter((m) => assessedIn(m, period)),
              meetings: check.meetingRows,
              comments: data.comments,
              ballots: data.ballots.filter((b) => b.period === period).length,
            },
            ctx,
          ),
        ]
      : [];
  const previousLog = sheets.get(LOG_SHEET)?.values ?? null;
  run.change = {
    sheets: [
      monthPlan,
      renderPublicitySheet(result, ctx),
      ...meetingRecord,
      renderLogSheet(
        previousLog,
        logRows.map((e) => renderLogRow(e)),
      ),
    ],
  };
  return fitRunText(run, sheets.values());
}

function monthProblem(code: RegisterCode, period: string, args: Record<string, string | number>): Problem {
  return registerProblem(code, LOG_SHEET, { period, ...args }, { period });
}

/** Records the 党员大会's approval of a month (guarded): its sheets become 已通过 and the log keeps the date. */
export async function approveMonth(port: WorkbookPort, options: ApproveOptions): Promise<MonthRun> {
  return applyStep(port, planApproval(await port.readSheets(monthSheetsToRead(options.period)), options));
}

/** Withdraws the month's approval with a reason (撤销通过): its sheets go back to 拟评, and the log keeps why. */
export async function withdrawApproval(port: WorkbookPort, options: WithdrawOptions): Promise<MonthRun> {
  return applyStep(port, planWithdrawal(await port.readSheets(monthSheetsToRead(options.period)), options));
}

/** Generates the month through a register port: one read, one write (nothing written when blocked). */
export async function generateMonth(port: WorkbookPort, options: MonthOptions): Promise<MonthRun> {
  return applyStep(port, planMonth(await port.readSheets(monthSheetsToRead(options.period)), options));
}
