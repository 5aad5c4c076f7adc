/**
 * The generation log `生成记录`: one row per generation — 时间, 操作, 期间, 人数, 错误, 警告, 指纹. The sheet
 * is the add-in's own and grows: each generation re-renders it whole with the previous rows kept, oldest
 * first, and the new row at the bottom.
 */
import type { MonthResult } from "../../scheme/results";
import { isBlank, rangeAddress, type CellValue } from "../cells";
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
  /** 说明: e.g. the approval date of an approval row ("通过日期 2026-11-28"). */
  note?: string;
}

/** Zero-based columns of the log. */
export const LOG_COLUMNS = { at: 0, action: 1, period: 2, members: 3, errors: 4, warnings: 5, fingerprint: 6, note: 7 } as const;

const LOG_WIDTH = 8;
const COLUMN_WIDTHS = [20, 14, 10, 8, 8, 8, 20, 24];
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
  ];
}

/**
 * The whole log sheet: the header, the previous rows as read back from the sheet (its header row and
 * blank rows dropped, every other row kept as it was, columns a person added kept with their header), then `newRow`.
 * `previousRows` is null when the workbook has no log yet.
 */
export function renderLogSheet(previousRows: readonly (readonly CellValue[])[] | null, newRow: readonly CellValue[], lang?: RenderLang): SheetPlan {
  const L = labelsFor(lang);
  const previous = previousRows ?? [];
  const oldHeader = previous.length > 0 && isHeader(previous[0], L.log.columns) ? previous[0] : null;
  // Our header, followed by the headers of any columns a person added.
  const header: CellValue[] = [...L.log.columns, ...(oldHeader ?? []).slice(LOG_WIDTH)];
  const kept = previous.filter((row, i) => !(i === 0 && oldHeader) && !row.every((v) => isBlank(v)));
  const body = [...kept, newRow];
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
    ],
    columnWidths: [...COLUMN_WIDTHS, ...Array<number>(width - LOG_WIDTH).fill(EXTRA_COLUMN_WIDTH)],
    freeze: { rows: 1 },
    print: { orientation: "portrait", paper: "A4", titleRows: "$1:$1", fitToWidth: true, footer: L.pageFooter },
    tabColor: LOG_TAB_COLOR,
  };
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
