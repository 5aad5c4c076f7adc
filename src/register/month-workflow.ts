import { checkApproval } from "../scheme/approval";
import { computeMonth } from "../scheme/month";
import type { Problem } from "../scheme/problems";
import type { MonthResult } from "../scheme/results";
import type { Settings } from "../scheme/settings";
import type { Grid } from "./cells";
import type { SheetData, WorkbookChange, WorkbookPort } from "./port";
import { attachRefs, MONTH_SHEETS, readRegister, type RegisterData } from "./read/read-register";
import { REGISTER_CODES } from "./read/problems";
import {
  fingerprint,
  labelsFor,
  LOG_COLUMNS,
  MONTH_COLUMNS,
  monthLogEntry,
  monthSheetName,
  publicitySheetName,
  renderLogRow,
  renderLogSheet,
  renderMonthSheetWithLayout,
  renderPublicitySheet,
  meetingRecordSheetName,
  renderMeetingRecord,
} from "./render";
import { carryPersonNotes } from "./person-notes";
import { fitRunText } from "./cell-text";
import { LOG_SHEET, type InputSheetKey } from "./schema";
import { findInputSheet, inputSheetNames } from "./sheet-names";
import { checkMeetings } from "../scheme/meetings";
import { assessedIn } from "../scheme/roster";
import { pushAll } from "../scheme/arrays";

/**
 * The month's one-click job, host-neutral: read the register in one batch, check it, compute, render the
 * 评星 and 公示 sheets and the log row, and write them in one change — or, when errors remain, write
 * nothing and return the problems. The pure part ({@link planMonth}) is what the tests and the command
 * line share with the task pane.
 */

export interface MonthOptions {
  /** YYYY-MM */
  period: string;
  /** ISO date-time with offset, from the composition root's clock. */
  generatedAt: string;
  /**
   * Recording approval: the 党员大会's date (ISO). Omitted when generating: then an earlier approval of
   * the same inputs (found in 生成记录) stands, and an approval of inputs that changed since is dropped.
   */
  approvedOn?: string | null;
  /** First day of the monthly publicity (ISO date); default the date of `generatedAt`. */
  publicityStart?: string;
}

export interface MonthRun {
  period: string;
  /** Null when the register could not be read well enough to compute (errors list why). */
  result: MonthResult | null;
  settings: Settings;
  data: RegisterData;
  /** Reading and scheme problems, with cells; errors first. */
  problems: Problem[];
  /** True when errors block writing. */
  blocked: boolean;
  /** The change to write (absent when blocked). */
  change?: WorkbookChange;
  /** Names of the sheets the change writes; meetingRecord only when the 组织生活会 sheet has rows for the month. */
  sheetNames: { month: string; publicity: string; meetingRecord?: string };
  fingerprint: string;
  /** The approval date the written sheets carry (null: 拟评). */
  approvedOn: string | null;
}

/** Every sheet the month reads: the input sheets, its own output sheets (ownership) and the log. */
export function monthSheetsToRead(period: string): string[] {
  return [...inputSheetNames([...MONTH_SHEETS, ...MEETING_SHEETS]), monthSheetName(period), publicitySheetName(period), meetingRecordSheetName(period), LOG_SHEET];
}

/** Read with the month when the register has them: the meeting record's rows and the month's comments. */
const MEETING_SHEETS: readonly InputSheetKey[] = ["meetings", "comments"];

function hasSheet(sheets: ReadonlyMap<string, SheetData>, key: InputSheetKey): boolean {
  return findInputSheet(sheets, key).sheet !== undefined;
}

/** Reads, checks, computes and renders one month from sheets already read. Pure. */
export function planMonth(sheets: ReadonlyMap<string, SheetData>, options: MonthOptions): MonthRun {
  const { period } = options;
  const names: MonthRun["sheetNames"] = { month: monthSheetName(period), publicity: publicitySheetName(period) };
  // An older register without a 组织生活会 sheet is read as before: no meeting record, no warning.
  const optional = hasSheet(sheets, "meetings") ? MEETING_SHEETS.filter((k) => hasSheet(sheets, k)) : [];
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: MONTH_SHEETS, optional });
  const meetingRows = data.meetings.filter((m) => m.period === period);
  if (meetingRows.length > 0) names.meetingRecord = meetingRecordSheetName(period);
  const inputGrids = new Map<string, Grid>();
  for (const key of MONTH_SHEETS) {
    const sheet = findInputSheet(sheets, key).sheet;
    if (sheet) inputGrids.set(sheet.name, sheet.values);
  }
  const print = fingerprint(inputGrids);

  const problems: Problem[] = [...readProblems];
  for (const name of [names.month, names.publicity, ...(names.meetingRecord ? [names.meetingRecord] : []), LOG_SHEET]) {
    const existing = sheets.get(name);
    if (existing && !existing.ours) {
      problems.push({ severity: REGISTER_CODES["register.sheet-not-ours"], code: "register.sheet-not-ours", place: { ref: name }, args: { sheet: name, cell: "" } });
    }
  }
  // Without a roster or criteria nothing can be computed meaningfully; the reading errors say why.
  const readable = data.members.length > 0 && !readProblems.some((p) => p.code === "register.sheet-missing" || p.code === "register.columns-missing");
  const result = readable ? computeMonth({ period, ...data }) : null;
  const meetingProblems = meetingRows.length > 0 ? checkMeetings(period, meetingRows, data.members) : [];
  const all = attachRefs([...problems, ...(result?.problems ?? []), ...meetingProblems], sheets, data).sort(bySeverity);
  // Approval: recorded now, or carried over from the log while the inputs are unchanged.
  const previousLog = sheets.get(LOG_SHEET)?.values ?? null;
  let approvedOn: string | null = options.approvedOn ?? null;
  if (options.approvedOn) {
    pushAll(all, checkApproval(period, options.approvedOn, options.generatedAt.slice(0, 10)).problems);
  } else {
    const earlier = lastApproval(previousLog, period);
    if (earlier && earlier.fingerprint === print) approvedOn = earlier.approvedOn;
    else if (earlier) all.push({ severity: REGISTER_CODES["register.approval-stale"], code: "register.approval-stale", place: { period, ref: LOG_SHEET }, args: { sheet: LOG_SHEET, cell: "", approvedOn: earlier.approvedOn } });
  }
  const blocked = all.some((p) => p.severity === "error") || result === null;
  const run: MonthRun = { period, result, settings: data.settings, data, problems: all, blocked, sheetNames: names, fingerprint: print, approvedOn };
  if (blocked || !result) return run;

  const ctx = { settings: data.settings, generatedAt: options.generatedAt, approvedOn, publicityStart: options.publicityStart };
  const entry = monthLogEntry({ ...result, problems: all }, options.generatedAt, print);
  const logRow = renderLogRow(options.approvedOn ? { ...entry, action: "approval", note: labelsFor().log.approvedOn(options.approvedOn) } : entry);
  const { plan: monthPlan, layout } = renderMonthSheetWithLayout(result, ctx);
  const previousMonth = sheets.get(names.month);
  if (previousMonth?.ours) carryPersonNotes(monthPlan, [layout.members, layout.nonMembers], previousMonth, MONTH_COLUMNS);
  const meetingRecord = names.meetingRecord
    ? [
        renderMeetingRecord(
          {
            period,
            members: data.members,
            assessed: data.members.filter((m) => assessedIn(m, period)),
            meetings: meetingRows,
            comments: data.comments,
            ballots: data.ballots.filter((b) => b.period === period).length,
          },
          ctx,
        ),
      ]
    : [];
  run.change = {
    sheets: [monthPlan, renderPublicitySheet(result, ctx), ...meetingRecord, renderLogSheet(previousLog, logRow)],
  };
  return fitRunText(run, sheets.values());
}

/** The last approval of a period recorded in the log, with the fingerprint of the inputs it approved. */
export function lastApproval(log: Grid | null, period: string): { approvedOn: string; fingerprint: string } | null {
  const L = labelsFor().log;
  let found: { approvedOn: string; fingerprint: string } | null = null;
  for (const row of log ?? []) {
    if (String(row[LOG_COLUMNS.action] ?? "") !== L.actions.approval || String(row[LOG_COLUMNS.period] ?? "") !== period) continue;
    const date = /(\d{4}-\d{2}-\d{2})/.exec(String(row[LOG_COLUMNS.note] ?? ""));
    if (date) found = { approvedOn: date[1], fingerprint: String(row[LOG_COLUMNS.fingerprint] ?? "") };
  }
  return found;
}

/** Records the 党员大会's approval of a month: regenerates its sheets as 已通过 and logs the date. */
export async function approveMonth(port: WorkbookPort, options: MonthOptions & { approvedOn: string }): Promise<MonthRun> {
  return generateMonth(port, options);
}

/** Generates the month through a register port: one read, one write (nothing written when blocked). */
export async function generateMonth(port: WorkbookPort, options: MonthOptions): Promise<MonthRun> {
  const sheets = await port.readSheets(monthSheetsToRead(options.period));
  const run = planMonth(sheets, options);
  if (run.change) await port.write(run.change);
  return run;
}

function bySeverity(a: Problem, b: Problem): number {
  return a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1;
}
