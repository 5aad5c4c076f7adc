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
  mergeNote,
  MONTH_COLUMNS,
  monthLogEntry,
  monthSheetName,
  publicitySheetName,
  renderLogRow,
  renderLogSheet,
  renderMonthSheetWithLayout,
  renderPublicitySheet,
} from "./render";
import type { SheetPlan } from "./sheet-plan";
import { LOG_SHEET, inputSheet } from "./schema";

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
  /** The 党员大会's approval date (ISO) when recording approval; omitted for 拟评. */
  approvedOn?: string | null;
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
  /** Names of the sheets the change writes. */
  sheetNames: { month: string; publicity: string };
  fingerprint: string;
}

/** Every sheet the month reads: the input sheets, its own output sheets (ownership) and the log. */
export function monthSheetsToRead(period: string): string[] {
  return [...MONTH_SHEETS.map((k) => inputSheet(k).name), ...MONTH_SHEETS.map((k) => inputSheet(k).en), monthSheetName(period), publicitySheetName(period), LOG_SHEET];
}

/** Reads, checks, computes and renders one month from sheets already read. Pure. */
export function planMonth(sheets: ReadonlyMap<string, SheetData>, options: MonthOptions): MonthRun {
  const { period } = options;
  const names = { month: monthSheetName(period), publicity: publicitySheetName(period) };
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: MONTH_SHEETS });
  const inputGrids = new Map<string, Grid>();
  for (const key of MONTH_SHEETS) {
    const sheet = sheets.get(inputSheet(key).name) ?? sheets.get(inputSheet(key).en);
    if (sheet) inputGrids.set(sheet.name, sheet.values);
  }
  const print = fingerprint(inputGrids);

  const problems: Problem[] = [...readProblems];
  for (const name of [names.month, names.publicity, LOG_SHEET]) {
    const existing = sheets.get(name);
    if (existing && !existing.ours) {
      problems.push({ severity: REGISTER_CODES["register.sheet-not-ours"], code: "register.sheet-not-ours", place: { ref: name }, args: { sheet: name, cell: "" } });
    }
  }
  // Without a roster or criteria nothing can be computed meaningfully; the reading errors say why.
  const readable = data.members.length > 0 && !readProblems.some((p) => p.code === "register.sheet-missing" || p.code === "register.columns-missing");
  const result = readable ? computeMonth({ period, ...data }) : null;
  const all = attachRefs([...problems, ...(result?.problems ?? [])], sheets, data).sort(bySeverity);
  const blocked = all.some((p) => p.severity === "error") || result === null;
  const run: MonthRun = { period, result, settings: data.settings, data, problems: all, blocked, sheetNames: names, fingerprint: print };
  if (blocked || !result) return run;

  const ctx = { settings: data.settings, generatedAt: options.generatedAt, approvedOn: options.approvedOn ?? null };
  const logRow = renderLogRow(monthLogEntry({ ...result, problems: all }, options.generatedAt, print));
  const previousLog = sheets.get(LOG_SHEET)?.values ?? null;
  const { plan: monthPlan, layout } = renderMonthSheetWithLayout(result, ctx);
  const previousMonth = sheets.get(names.month);
  if (previousMonth?.ours) keepPersonNotes(monthPlan, [layout.members, layout.nonMembers], previousMonth.values);
  run.change = {
    sheets: [monthPlan, renderPublicitySheet(result, ctx), renderLogSheet(previousLog, logRow)],
  };
  return run;
}

/**
 * Regenerating keeps what a person typed in 备注 (REGISTER.md): each member's new note is the new flags
 * followed by the person's words from the previous sheet, matched by 编号; stale flags are dropped.
 */
function keepPersonNotes(plan: SheetPlan, ranges: { first: number; last: number }[], previous: Grid): void {
  const { id, note } = MONTH_COLUMNS;
  const old = new Map<string, Grid[number][number]>();
  for (const row of previous) {
    const key = row[id];
    if (key !== null && key !== undefined && String(key).trim() && row[note] !== undefined) old.set(String(key).trim(), row[note]);
  }
  for (const { first, last } of ranges) {
    for (let r = first; r <= last; r++) {
      const row = plan.values[r];
      const previousNote = old.get(String(row[id] ?? "").trim());
      if (previousNote !== undefined) row[note] = mergeNote(String(row[note] ?? ""), previousNote);
    }
  }
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
