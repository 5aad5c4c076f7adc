import ExcelJS from "exceljs";
import type { Cell, CellValue as ExcelValue, Worksheet } from "exceljs";
import { cellAddress, type CellValue, type Grid } from "../register/cells";
import { linearSerial } from "../register/read/excel-serial";
import { isDateFormat } from "../register/read/number-format";
import { mergeCorners } from "./internals";
import { formatRange } from "./ranges";

/**
 * The Excel date serial of a Date that ExcelJS made from a date-formatted cell, i.e. the number Excel's
 * `range.values` gives. ExcelJS converts serials to UTC Dates linearly from 1899-12-30 (or 1904-01-01),
 * so inverting that line gives the stored number back, Excel's phantom 1900-02-29 (serial 60) included.
 */
export function dateSerial(date: Date, date1904 = false): number {
  return linearSerial(date.getTime(), date1904);
}

/**
 * Reduces an ExcelJS cell value to the host-neutral CellValue: rich text → its text, a formula → its cached
 * result (null when the file holds none), an Excel error → its code ("#N/A"), a date → its serial, a
 * hyperlink → its text, empty text → null.
 */
export function plainValue(value: ExcelValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? null : plainValue(value.result, date1904);
  if ("richText" in value) return plainValue(value.richText.map((run) => run.text).join(""), date1904);
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return plainValue(value.text as ExcelValue, date1904);
  // ExcelJS's catch-all "JSON" values never come from a file; keep their content visible rather than drop it.
  return JSON.stringify(value);
}

/** The value of one cell; the covered (non-anchor) cells of a merge read as empty, as in Excel. */
export function cellValue(cell: Cell, date1904 = false): CellValue {
  return cell.type === ExcelJS.ValueType.Merge ? null : plainValue(cell.value, date1904);
}

/**
 * The sheet's values from A1 down to its last non-empty row. Each row ends at its last non-empty cell
 * (an empty row is []), so a stray cell far to the right costs one long row, not a huge rectangle.
 */
export function readGrid(sheet: Worksheet, date1904 = false): Grid {
  return readSheetCells(sheet, date1904).values;
}

/** A sheet's values with what the values alone do not say (register/port.ts SheetData). */
export interface SheetCells {
  values: Grid;
  /** Date- or time-formatted cells holding a number, by A1 address, with their format. */
  dateFormats: Map<string, string>;
  /** Formula cells the file holds no result for. */
  formulasWithoutResult: string[];
}

/**
 * {@link readGrid} with the cells that show a date or a time (ExcelJS makes a Date of a cell whose format
 * it knows as a date; other date formats are recognised by register/read/number-format.ts) and the formula
 * cells without a stored result, which openpyxl, pandas and other writers that do not calculate leave.
 */
export function readSheetCells(sheet: Worksheet, date1904 = false): SheetCells {
  const grid: Grid = [];
  const dateFormats = new Map<string, string>();
  const formulasWithoutResult: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value;
      const isFormula = raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
      if (isFormula && (raw as { result?: unknown }).result === undefined) formulasWithoutResult.push(cellAddress(rowNumber - 1, columnNumber - 1));
      const value = plainValue(raw, date1904);
      if (value === null) return;
      const shown = isFormula ? (raw as { result?: unknown }).result : raw;
      if (typeof value === "number" && (shown instanceof Date || isDateFormat(cell.numFmt))) {
        dateFormats.set(cellAddress(rowNumber - 1, columnNumber - 1), cell.numFmt || "yyyy-mm-dd");
      }
      while (line.length < columnNumber - 1) line.push(null);
      line[columnNumber - 1] = value;
    });
    if (line.length === 0) return;
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = line;
  });
  return { values: grid, dateFormats, formulasWithoutResult };
}

/** One-based number of the last row holding a non-empty value (0 for an empty sheet). */
export function lastValueRow(sheet: Worksheet, date1904 = false): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!filled && cellValue(cell, date1904) !== null) filled = true;
    });
    if (filled) last = rowNumber;
  });
  return last;
}

/** The sheet's merged ranges as A1 text ("B3:C3"), top to bottom. */
export function mergedRanges(sheet: Worksheet): string[] {
  const merges = mergeCorners(sheet).sort((a, b) => a.top - b.top || a.left - b.left);
  return merges.map((m) => formatRange({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}
