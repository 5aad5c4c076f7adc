/**
 * Reading 生成记录 back as data: the one reader every workflow, the period state, the pane and the command
 * line use. A row of today's layout carries its action's code, its dates and its fingerprint in columns of
 * their own (render/log-sheet.ts); a row written before those columns existed is read from its 操作 label
 * and the dates in its 说明 ("通过日期 2026-11-28", "公示 2026-12-01 至 2026-12-07", "确定日期 2027-01-05").
 */
import type { Grid } from "../cells";
import { LEGACY_LOG_WIDTH, LOG_COLUMNS } from "../render/log-sheet";
import { labelsFor, type LogAction } from "../render/labels";
import { cellText, readDate, readPeriod, serialToIso } from "./values";

/** One row of the log, as data. */
export interface LogRecord {
  /** The action; null for a row the add-in did not write (or cannot tell). */
  action: LogAction | null;
  /** 'YYYY-MM' or 'YYYY' ("" when unreadable). */
  period: string;
  /** The day the action was taken (ISO), from 时间; null when unreadable. */
  day: string | null;
  /** {@link fingerprint} of the inputs the action worked on. */
  fingerprint: string;
  /** 日期: the approval date, the withdrawal's day or the finalisation date. */
  on: string | null;
  /** The publicity period the action set. */
  publicityStart: string | null;
  publicityEnd: string | null;
  /** 说明 as written. */
  note: string;
}

type Column = keyof typeof LOG_COLUMNS;

/** Every row of the log the add-in wrote, oldest first (the header and blank rows left out). */
export function readLog(log: Grid | null | undefined): LogRecord[] {
  if (!log || log.length === 0) return [];
  const L = labelsFor().log;
  const header = log[0].map((v) => cellText(v));
  const headed = header[0] === L.columns[0] && header[1] === L.columns[1];
  // Columns are found by their header where there is one (a person may have moved them), else by position.
  const at = (name: Column): number => {
    if (!headed) return LOG_COLUMNS[name];
    const found = header.indexOf(L.columns[LOG_COLUMNS[name]]);
    return found >= 0 ? found : LOG_COLUMNS[name] < LEGACY_LOG_WIDTH ? LOG_COLUMNS[name] : -1;
  };
  const col = Object.fromEntries((Object.keys(LOG_COLUMNS) as Column[]).map((k) => [k, at(k)])) as Record<Column, number>;
  const codes = new Set(Object.keys(L.actions));
  const byLabel = new Map(Object.entries(L.actions).map(([code, label]) => [label, code as LogAction]));
  const out: LogRecord[] = [];
  for (let r = headed ? 1 : 0; r < log.length; r++) {
    const row = log[r];
    const cell = (name: Column) => (col[name] >= 0 ? row[col[name]] : undefined);
    const code = cellText(cell("code"));
    const action = codes.has(code) ? (code as LogAction) : (byLabel.get(cellText(cell("action"))) ?? null);
    if (action === null && row.every((v) => cellText(v) === "")) continue;
    const note = cellText(cell("note"));
    const period = readPeriod(cell("period"));
    const record: LogRecord = {
      action,
      period: typeof period === "string" ? period : cellText(cell("period")),
      day: dayOf(cell("at")),
      fingerprint: cellText(cell("fingerprint")),
      on: isoOrNull(cell("on")),
      publicityStart: isoOrNull(cell("publicityStart")),
      publicityEnd: isoOrNull(cell("publicityEnd")),
      note,
    };
    // Rows of the eight-column log: the dates are only in 说明.
    if (action === "annualPublicity" && (!record.publicityStart || !record.publicityEnd)) {
      const m = /(\d{4}-\d{2}-\d{2})\s*至\s*(\d{4}-\d{2}-\d{2})/.exec(note);
      if (m && readDate(m[1]) && readDate(m[2]) && m[1] <= m[2]) Object.assign(record, { publicityStart: m[1], publicityEnd: m[2] });
    }
    if ((action === "approval" || action === "finalStars") && !record.on) {
      const m = /(\d{4}-\d{2}-\d{2})/.exec(note);
      if (m && readDate(m[1])) record.on = m[1];
    }
    out.push(record);
  }
  return out;
}

/** The log's records of one period, and of one action or several, oldest first. */
export function recordsOf(log: readonly LogRecord[], period: string, ...actions: LogAction[]): LogRecord[] {
  return log.filter((r) => r.period === period && r.action !== null && actions.includes(r.action));
}

function isoOrNull(value: Grid[number][number] | undefined): string | null {
  const date = readDate(value);
  return typeof date === "string" ? date : null;
}

/** The day of a 时间 cell: "2026-12-01 09:30:00" (as written), or a date-time serial if Excel made one. */
function dayOf(value: Grid[number][number] | undefined): string | null {
  if (typeof value === "number") return serialToIso(Math.floor(value)) ?? null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(cellText(value));
  return m && readDate(m[1]) ? m[1] : null;
}

/** What the log says about one month: its generations and the approval that holds, if any. */
export interface MonthHistory {
  /** 月度评星 rows, oldest first. */
  generations: LogRecord[];
  /** The last generation. */
  last: LogRecord | null;
  /**
   * The day the results of the last generation were first generated: regenerating unchanged inputs keeps
   * the day (the meeting may have seen the first print).
   */
  generatedOn: string | null;
  /** The approval recorded last, unless withdrawn or dropped since; whether it still holds is the fingerprint's say. */
  approval: LogRecord | null;
  /** The approval event (通过, 撤销通过 or 通过失效) recorded last. */
  lastApprovalEvent: LogRecord | null;
}

/** The month's history in the log. */
export function monthHistory(log: readonly LogRecord[], period: string): MonthHistory {
  const generations = recordsOf(log, period, "monthly");
  const last = generations[generations.length - 1] ?? null;
  const events = recordsOf(log, period, "approval", "withdrawal", "approvalDropped");
  const lastApprovalEvent = events[events.length - 1] ?? null;
  return {
    generations,
    last,
    generatedOn: firstDayOfRun(generations),
    approval: lastApprovalEvent?.action === "approval" && lastApprovalEvent.on ? lastApprovalEvent : null,
    lastApprovalEvent,
  };
}

/** What the log says about one year: its generations, its publicity and its finalisation. */
export interface YearHistory {
  /** 年度评星 and 年度公示 rows, oldest first. */
  generations: LogRecord[];
  /** The last 年度公示 with a readable period. */
  publicity: LogRecord | null;
  /** The day the notice of those results was first generated (publicising unchanged results again keeps it). */
  publicityNoticeOn: string | null;
  /** The last 确定年度星级 with a readable date. */
  finalization: LogRecord | null;
}

/** The year's history in the log. */
export function yearHistory(log: readonly LogRecord[], year: string): YearHistory {
  const publicities = recordsOf(log, year, "annualPublicity").filter((r) => r.publicityStart && r.publicityEnd);
  const publicity = publicities[publicities.length - 1] ?? null;
  const finals = recordsOf(log, year, "finalStars").filter((r) => r.on);
  return {
    generations: recordsOf(log, year, "annual", "annualPublicity"),
    publicity,
    publicityNoticeOn: firstDayOfRun(publicities),
    finalization: finals[finals.length - 1] ?? null,
  };
}

/** The earliest day of the trailing rows that share the last row's fingerprint. */
function firstDayOfRun(rows: readonly LogRecord[]): string | null {
  const last = rows[rows.length - 1];
  if (!last) return null;
  let day = last.day;
  for (let i = rows.length - 2; i >= 0 && rows[i].fingerprint === last.fingerprint; i--) {
    if (rows[i].day && (!day || rows[i].day! < day)) day = rows[i].day;
  }
  return day;
}
