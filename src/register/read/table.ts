import type { CellValue } from "../cells";
import { cellAddress, parseAddress } from "../cells";
import type { SheetData } from "../port";
import type { InputSheetDef } from "../schema";
import type { ProblemCollector } from "./problems";
import { blank, cellText, isExcelError, toHalfWidth } from "./values";

/** Rows searched for the header row, as docs/workbook.md says. */
const HEADER_SEARCH_ROWS = 10;

/** One data row of a table: its zero-based row index in the sheet and its cells. */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** An input table found on a sheet. */
export interface Table {
  sheet: string;
  headerRow: number;
  /** Column index by column key of the sheet's definition. */
  columns: Map<string, number>;
  /** Columns whose header is not one of the definition's, with their header text. */
  extra: { column: number; header: string }[];
  /** Non-blank rows below the header. */
  rows: TableRow[];
  /** The workbook's date system (SheetData.date1904): how the table's date serials are read. */
  date1904: boolean;
  /** Date- or time-formatted cells by A1 address (SheetData.dateFormats). */
  dateFormats: ReadonlyMap<string, string>;
}

/** Header text normalised for matching: half-width, no spaces, no required-marks, lower case. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/^[*＊]+|[*＊]+$/g, "")
    .replace(/[（(]必填[)）]$/, "")
    .toLowerCase();
}

/**
 * Finds a sheet's table: the header row is the first of the first 10 rows that holds every required
 * header (Chinese or English); columns are found by header text in any order. Reports missing columns,
 * duplicated headers, merged cells inside the table and Excel error values; returns null when the
 * table cannot be read at all.
 */
export function findTable(data: SheetData, def: InputSheetDef, problems: ProblemCollector): Table | null {
  const names = new Map<string, string>();
  for (const col of def.columns) {
    names.set(normalizeHeader(col.zh), col.key);
    names.set(normalizeHeader(col.en), col.key);
  }
  const required = def.columns.filter((c) => c.required);
  let best = { row: -1, found: -1 };
  let headerRow = -1;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, data.values.length); r++) {
    const keys = new Set(data.values[r].map((v) => names.get(normalizeHeader(cellText(v)))).filter(Boolean));
    const found = required.filter((c) => keys.has(c.key)).length;
    if (found === required.length) {
      headerRow = r;
      break;
    }
    if (found > best.found) best = { row: r, found };
  }
  if (headerRow < 0) {
    const row = best.found > 0 ? best.row : 0;
    const present = new Set(data.values[row]?.map((v) => names.get(normalizeHeader(cellText(v)))) ?? []);
    const missing = required.filter((c) => !present.has(c.key)).map((c) => c.zh);
    problems.at("register.columns-missing", data.name, cellAddress(row, 0), { missing: missing.join("、"), expected: required.map((c) => c.zh).join("、") });
    return null;
  }

  const columns = new Map<string, number>();
  const extra: Table["extra"] = [];
  const header = data.values[headerRow];
  header.forEach((value, column) => {
    const text = cellText(value);
    if (!text) return;
    const key = names.get(normalizeHeader(text));
    if (key === undefined) {
      extra.push({ column, header: text });
    } else if (columns.has(key)) {
      problems.at("register.header-duplicate", data.name, cellAddress(headerRow, column), {
        header: text,
        first: cellAddress(headerRow, columns.get(key)!),
      });
    } else {
      columns.set(key, column);
    }
  });

  for (const merge of data.merges) {
    const [a, b = a] = merge.split(":");
    const end = parseAddress(b);
    if (end.row >= headerRow) problems.at("register.merged-cells", data.name, merge, { range: merge });
  }

  // A formula whose result the file does not hold reads as empty: say so rather than read a blank.
  for (const address of data.formulasWithoutResult ?? []) {
    if (parseAddress(address).row >= headerRow) problems.at("register.formula-no-result", data.name, address);
  }

  const rows: TableRow[] = [];
  for (let r = headerRow + 1; r < data.values.length; r++) {
    const cells = data.values[r];
    if (!cells || cells.every((v) => blank(v))) continue;
    cells.forEach((v, c) => {
      if (isExcelError(v)) problems.at("register.cell-error", data.name, cellAddress(r, c), { value: String(v) });
    });
    rows.push({ row: r, cells });
  }
  return { sheet: data.name, headerRow, columns, extra, rows, date1904: data.date1904 === true, dateFormats: data.dateFormats ?? new Map() };
}

/** The number format of a cell that shows a date or a time, or undefined for any other cell. */
export function dateFormatAt(table: Table, row: number, column: number): string | undefined {
  return table.dateFormats.size === 0 ? undefined : table.dateFormats.get(cellAddress(row, column));
}

/** The cell of a row under a column key, or undefined when the table has no such column. */
export function cellOf(table: Table, row: TableRow, key: string): CellValue | undefined {
  const column = table.columns.get(key);
  if (column === undefined) return undefined;
  const v = row.cells[column];
  return isExcelError(v ?? null) ? null : v;
}

/** The A1 address of a row's cell under a column key ("" when the column is absent). */
export function addressOf(table: Table, row: TableRow, key: string): string {
  const column = table.columns.get(key);
  return column === undefined ? cellAddress(row.row, 0) : cellAddress(row.row, column);
}
