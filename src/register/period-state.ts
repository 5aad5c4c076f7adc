/**
 * Where a period stands (docs/workbook.md): the state of a month and of a year, read from the register's
 * sheets and 生成记录 alone — never from the add-in's memory — so that the pane, the command line and the
 * preview show the same state for any copy of the workbook. Pure: today is a parameter.
 *
 *   month  未准备 → 有错误 | 可以生成 → 已生成·拟评 → 已通过 → 需重新通过
 *
 * The state checks the month's data itself, so a prepared month is never merely "to be checked": it has
 * errors, or it can be generated.
 *   year   未生成 → 已生成 → 公示中 → 公示期满 → 已确定 → 结果运用已写出;  需重新公示
 */
import { daysInclusive, isIsoDate, isIsoMonth, isIsoYear } from "../scheme/dates";
import { inYear } from "../scheme/objections";
import type { SheetData } from "./port";
import { checkMonth, monthSheetsToRead, type MonthCheck } from "./month-workflow";
import { monthHistory, yearHistory, type LogRecord } from "./read/log";
import { readRegister } from "./read/read-register";
import type { RegisterData } from "./read/types";
import { labelsFor } from "./render/labels";
import { LOG_SHEET } from "./schema";
import { yearFingerprints, yearSheetsToRead } from "./year-sheets";

export type MonthStateCode = "未准备" | "可以生成" | "有错误" | "已生成·拟评" | "已通过" | "需重新通过";
export type YearStateCode = "未生成" | "已生成" | "公示中" | "公示期满" | "已确定" | "结果运用已写出" | "需重新公示";

/** A month's state with what the pane and the command line say about it. */
export interface MonthState {
  period: string;
  state: MonthStateCode;
  /** Errors and warnings in the month's data now (errors block generation). */
  errors: number;
  warnings: number;
  /** The day the current results were first generated; null when never generated. */
  generatedOn: string | null;
  /** True when the data changed since the last generation (the sheets are not the data's results). */
  changedSinceGeneration: boolean;
  /** The approval in force (已通过), or the one that no longer holds (需重新通过). */
  approvedOn: string | null;
  /** 需重新通过: true while the month must be generated again before it can be approved again. */
  needsGeneration: boolean;
  /** The month's publicity, when the log records its period. */
  publicity: { start: string; end: string } | null;
  /** True from the publicity's start to its end, both included. */
  inPublicity: boolean;
  /** True when input sheets the month needs are missing (the register is not set up). */
  sheetsMissing: boolean;
}

/** A year's state with what the pane and the command line say about it. */
export interface YearState {
  year: string;
  state: YearStateCode;
  /** The day `YYYY 年度评星` was last generated. */
  generatedOn: string | null;
  /** The last publicity recorded (also when it no longer counts: 需重新公示). */
  publicity: { start: string; end: string } | null;
  /** The day the notice of the publicised results was first generated. */
  noticeOn: string | null;
  /** 公示中 before the start day. */
  publicityNotStarted: boolean;
  /** Objections of the year still 待核查. */
  openObjections: number;
  /** The day the final stars were fixed (已确定, 结果运用已写出). */
  finalizedOn: string | null;
  /** True when the data changed since the year's last generation. */
  changedSinceGeneration: boolean;
}

export interface PeriodStateOptions {
  month?: string;
  year?: string;
  /** Today (ISO date). */
  today: string;
}

/** Every sheet {@link periodState} reads for a month and a year (one batch). */
export function stateSheetsToRead(options: { month?: string; year?: string }): string[] {
  const names = [...(options.month ? monthSheetsToRead(options.month) : []), ...(options.year ? yearSheetsToRead(options.year) : [])];
  return [...new Set(names.length > 0 ? names : [LOG_SHEET])];
}

/** Every sheet {@link monthBeingClosed} reads (one batch). */
export function closingSheetsToRead(today: string): string[] {
  return [...new Set(closingCandidates(today).flatMap((month) => stateSheetsToRead({ month })))];
}

/** The months {@link monthBeingClosed} weighs: the previous month and the current one, earlier first. */
export function closingCandidates(today: string): [string, string] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  return [previous, today.slice(0, 7)];
}

/**
 * The month being closed, where the pane and `status` open: the earlier of the previous and the current
 * month that has inputs and is not yet approved; the current month when neither is open. On 4 December with
 * November generated and not approved, that is November. Sheets as read for both candidates.
 */
export function monthBeingClosed(sheets: ReadonlyMap<string, SheetData>, today: string): string {
  const candidates = closingCandidates(today);
  const open = candidates.find((period) => {
    const state = monthState(sheets, period, today).state;
    return state !== "未准备" && state !== "已通过";
  });
  return open ?? candidates[1];
}

/**
 * The state of a month and a year from sheets already read ({@link stateSheetsToRead}). One function for
 * the pane, the command line and the preview.
 */
export function periodState(sheets: ReadonlyMap<string, SheetData>, options: PeriodStateOptions): { month: MonthState | null; year: YearState | null } {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${options.today}`);
  if (options.month !== undefined && !isIsoMonth(options.month)) throw new RangeError(`month must be YYYY-MM, got ${options.month}`);
  if (options.year !== undefined && !isIsoYear(options.year)) throw new RangeError(`year must be YYYY, got ${options.year}`);
  return {
    month: options.month ? monthState(sheets, options.month, options.today) : null,
    year: options.year ? yearState(sheets, options.year, options.today) : null,
  };
}

function monthState(sheets: ReadonlyMap<string, SheetData>, period: string, today: string): MonthState {
  return monthStateOf(sheets, checkMonth(sheets, period), today);
}

/**
 * A month's state from its check already made ({@link checkMonth} of the same sheets), for a reader that
 * also needs the check's data (the committee's roll-up) and so reads the register once.
 */
export function monthStateOf(sheets: ReadonlyMap<string, SheetData>, check: MonthCheck, today: string): MonthState {
  const period = check.period;
  const history = monthHistory(check.log, period);
  const generated = history.last !== null && sheets.get(labelsFor().sheetNames.month(period))?.ours === true;
  const errors = check.problems.filter((p) => p.severity === "error").length;
  const warnings = check.problems.filter((p) => p.severity === "warning").length;
  const changed = generated && history.last!.fingerprint !== check.fingerprint;
  const publicity = monthPublicity(history.last);
  const base: MonthState = {
    period,
    state: "未准备",
    errors,
    warnings,
    generatedOn: generated ? history.generatedOn : null,
    changedSinceGeneration: changed,
    approvedOn: null,
    needsGeneration: false,
    publicity: generated ? publicity : null,
    inPublicity: generated && publicity !== null && publicity.start <= today && today <= publicity.end,
    sheetsMissing: check.problems.some((p) => p.code === "register.sheet-missing"),
  };
  const approval = history.approval;
  const dropped = history.lastApprovalEvent?.action === "approvalDropped";
  if (approval && approval.on) {
    if (approval.fingerprint === check.fingerprint) return { ...base, state: "已通过", approvedOn: approval.on };
    // Approved, then the data changed: generated again (the approval dropped) or not yet.
    return { ...base, state: "需重新通过", approvedOn: approval.on, needsGeneration: !generated || changed };
  }
  if (dropped && generated) {
    const on = /\d{4}-\d{2}-\d{2}/.exec(history.lastApprovalEvent!.note)?.[0] ?? null;
    return { ...base, state: "需重新通过", approvedOn: on, needsGeneration: changed };
  }
  if (generated && !(changed && errors > 0)) return { ...base, state: "已生成·拟评" };
  const prepared = check.data.records.some((r) => r.period === period);
  if (!prepared && !generated) return base;
  return { ...base, state: errors > 0 ? "有错误" : "可以生成" };
}

/** A month's publicity: the period its last generation logged (公示开始, 公示截止), if any. */
function monthPublicity(last: LogRecord | null): { start: string; end: string } | null {
  return last?.publicityStart && last.publicityEnd ? { start: last.publicityStart, end: last.publicityEnd } : null;
}

function yearState(sheets: ReadonlyMap<string, SheetData>, year: string, today: string): YearState {
  return yearStateOf(sheets, year, today, readRegister(sheets, { periods: new Set([year]), require: [], optional: ["objections"] }).data);
}

/**
 * A year's state from the register already read for the year with its 异议登记 (`data`), for a reader that
 * also needs the data (the committee's roll-up) and so reads the register once.
 */
export function yearStateOf(sheets: ReadonlyMap<string, SheetData>, year: string, today: string, data: Pick<RegisterData, "objections">): YearState {
  const L = labelsFor().sheetNames;
  const prints = yearFingerprints(sheets);
  const log = prints.log;
  const history = yearHistory(log, year);
  const ours = (name: string) => sheets.get(name)?.ours === true;
  const openObjections = inYear(data.objections, year).filter((o) => o.result === "待核查").length;
  const lastGeneration = history.generations[history.generations.length - 1] ?? null;
  const generated = lastGeneration !== null && ours(L.year(year));
  const p = history.publicity;
  const publicity = p?.publicityStart && p.publicityEnd && ours(L.yearPublicity(year)) ? { start: p.publicityStart, end: p.publicityEnd } : null;
  const base: YearState = {
    year,
    state: "未生成",
    generatedOn: generated ? lastGeneration.day : null,
    publicity,
    noticeOn: publicity ? history.publicityNoticeOn : null,
    publicityNotStarted: false,
    openObjections,
    finalizedOn: null,
    changedSinceGeneration: generated && lastGeneration.fingerprint !== prints.score,
  };
  const f = history.finalization;
  if (f?.on && f.fingerprint === prints.final && ours(L.final(year))) {
    return { ...base, state: ours(L.outcomes(year)) ? "结果运用已写出" : "已确定", finalizedOn: f.on };
  }
  if (publicity && p) {
    // A publicity counts only for the results as they are now, and only from the day its notice existed.
    const counts = p.fingerprint === prints.score && !(history.publicityNoticeOn && publicity.start < history.publicityNoticeOn);
    if (!counts) return { ...base, state: "需重新公示" };
    if (today <= publicity.end) return { ...base, state: "公示中", publicityNotStarted: today < publicity.start };
    return { ...base, state: "公示期满" };
  }
  return generated ? { ...base, state: "已生成" } : base;
}

/** Days of a publicity, both ends included (for the state line). */
export function publicityDays(publicity: { start: string; end: string }): number {
  return daysInclusive(publicity.start, publicity.end);
}
