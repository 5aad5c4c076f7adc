/**
 * The generation log `生成记录`: one row per action — 时间, 操作, 期间, 人数, 错误, 警告, 指纹, 说明 for people,
 * then the same action as data: 代码 (the action's code), 日期 (approval, withdrawal or finalisation date),
 * 公示开始 and 公示截止. The sheet is the add-in's own and grows: each action re-renders it whole with the
 * previous rows kept, oldest first, and the new rows at the bottom. Logs written before the data columns
 * existed are moved into the new layout (a person's own columns after them shift right); read/log.ts reads both.
 */
import type { MonthResult } from "../../scheme/results";
import { isBlank, rangeAddress, type CellValue } from "../cells";
import { OUTPUT_SHEETS } from "../output-sheets";
import type { SheetPlan } from "../sheet-plan";
import { dateTimeText } from "./format";
import { labelsFor, type LogAction, type RenderLang } from "./labels";
import { FONTS, HEADER_FILL, LOG_TAB_COLOR } from "./styles";
import { maxOf } from "../../scheme/arrays";

/** One generation, as the log records it. */
export interface LogEntry {
  /** When, ISO date-time in local time ("2026-12-01T09:30:00+08:00"); shown as "2026-12-01 09:30:00". */
  at: string;
  action: LogAction;
  /** 'YYYY-MM' or 'YYYY'; written as text so that Excel never turns it into a date. */
  period: string;
  /** People in the results. */
  members: number;
  errors: number;
  warnings: number;
  /** {@link fingerprint} of the input sheets. */
  fingerprint: string;
  /** 说明, for people: e.g. "通过日期 2026-11-28" on an approval row. */
  note?: string;
  /** 日期: the approval date, the withdrawal's day or the date the final stars were fixed (ISO). */
  on?: string;
  /** 公示开始 / 公示截止: the publicity period this action set (ISO dates, both included). */
  publicityStart?: string;
  publicityEnd?: string;
}

/** Zero-based columns of the log. */
export const LOG_COLUMNS = {
  at: 0,
  action: 1,
  period: 2,
  members: 3,
  errors: 4,
  warnings: 5,
  fingerprint: 6,
  note: 7,
  code: 8,
  on: 9,
  publicityStart: 10,
  publicityEnd: 11,
} as const;

/** Columns of the log before the data columns (代码 …) were added. */
export const LEGACY_LOG_WIDTH = 8;
const LOG_WIDTH = 12;
const COLUMN_WIDTHS = [20, 14, 10, 8, 8, 8, 20, 24, 16, 12, 12, 12];
const EXTRA_COLUMN_WIDTH = 12;

/** The log entry of a monthly generation: its members and its problems by severity. */
export function monthLogEntry(result: MonthResult, at: string, fingerprint: string): LogEntry {
  return {
    at,
    action: "monthly",
    period: result.period,
    members: result.members.length,
    errors: result.problems.filter((p) => p.severity === "error").length,
    warnings: result.problems.filter((p) => p.severity === "warning").length,
    fingerprint,
  };
}

/** One log row. */
export function renderLogRow(entry: LogEntry, lang?: RenderLang): CellValue[] {
  const L = labelsFor(lang);
  return [
    dateTimeText(entry.at),
    L.log.actions[entry.action],
    entry.period,
    entry.members,
    entry.errors,
    entry.warnings,
    entry.fingerprint,
    entry.note ?? "",
    entry.action,
    entry.on ?? "",
    entry.publicityStart ?? "",
    entry.publicityEnd ?? "",
  ];
}

/**
 * The whole log sheet: the header, the previous rows as read back from the sheet (its header row and
 * blank rows dropped, every other row kept as it was, columns a person added kept with their header), then
 * the new rows (`newRows`: one row, or several written by one action).
 * `previousRows` is null when the workbook has no log yet. A log of the earlier eight-column layout
 * (its header has no 代码 column) gets the data columns inserted after 说明, blank on its old rows.
 */
export function renderLogSheet(
  previousRows: readonly (readonly CellValue[])[] | null,
  newRows: readonly CellValue[] | readonly (readonly CellValue[])[],
  lang?: RenderLang,
): SheetPlan {
  const L = labelsFor(lang);
  const added = (newRows.length > 0 && Array.isArray(newRows[0]) ? newRows : [newRows]) as readonly (readonly CellValue[])[];
  const read = previousRows ?? [];
  const headed = read.length > 0 && isHeader(read[0], L.log.columns);
  // Without a header, each row tells by its 代码 cell whether it was written in the new layout.
  const legacy = headed ? String(read[0][LOG_COLUMNS.code] ?? "").trim() !== L.log.columns[LOG_COLUMNS.code] : null;
  const actions = Object.keys(L.log.actions);
  const previous = read.map((row) =>
    legacy === true || (legacy === null && !actions.includes(String(row[LOG_COLUMNS.code] ?? "").trim())) ? widenLegacyRow(row) : row,
  );
  const oldHeader = headed ? previous[0] : null;
  // Our header, followed by the headers of any columns a person added.
  const header: CellValue[] = [...L.log.columns, ...(oldHeader ?? []).slice(LOG_WIDTH)];
  const kept = previous.filter((row, i) => !(i === 0 && oldHeader) && !row.every((v) => isBlank(v)));
  const body = [...kept, ...added];
  const width = maxOf(body.map(usedLength), Math.max(LOG_WIDTH, usedLength(header)));
  const pad = (row: readonly CellValue[]): CellValue[] => {
    const cells = row.slice(0, width).map((v) => (v === null || v === undefined ? "" : v));
    while (cells.length < width) cells.push("");
    return cells;
  };
  const values = [pad(header), ...body.map(pad)];
  const last = values.length - 1;
  const C = LOG_COLUMNS;
  return {
    name: L.sheetNames.log,
    values,
    formats: [
      { range: rangeAddress(0, 0, last, width - 1), font: FONTS.body, border: "thin", vertical: "center" },
      { range: rangeAddress(0, 0, 0, width - 1), font: FONTS.header, fill: HEADER_FILL, horizontal: "center" },
      { range: rangeAddress(1, C.members, last, C.warnings), numberFormat: "0", horizontal: "center" },
      { range: rangeAddress(1, C.period, last, C.period), horizontal: "center" },
      { range: rangeAddress(1, C.on, last, C.publicityEnd), horizontal: "center" },
    ],
    columnWidths: [...COLUMN_WIDTHS, ...Array<number>(width - LOG_WIDTH).fill(EXTRA_COLUMN_WIDTH)],
    freeze: { rows: 1 },
    print: { orientation: OUTPUT_SHEETS.log.print.orientation, paper: "A4", titleRows: "$1:$1", fitToWidth: true, footer: L.pageFooter },
    tabColor: LOG_TAB_COLOR,
  };
}

/** A row of the eight-column log, with the (blank) data columns inserted after 说明. */
function widenLegacyRow(row: readonly CellValue[]): CellValue[] {
  if (row.length <= LEGACY_LOG_WIDTH) return [...row];
  return [...row.slice(0, LEGACY_LOG_WIDTH), ...Array<CellValue>(LOG_WIDTH - LEGACY_LOG_WIDTH).fill(""), ...row.slice(LEGACY_LOG_WIDTH)];
}

/** The log's own header row: its first two cells read 时间, 操作 (later columns may have been added). */
function isHeader(row: readonly CellValue[], header: readonly string[]): boolean {
  return header.slice(0, 2).every((text, i) => String(row[i] ?? "").trim() === text);
}

function usedLength(row: readonly CellValue[]): number {
  let n = row.length;
  while (n > 0 && isBlank(row[n - 1])) n--;
  return n;
}
