import { parseAddress, rangeAddress } from "./cells";

/** Excel's sheet size: the largest row and column a file may address. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based and inclusive on every side. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "B3", "B3:C3" or "$B$3:$C$3" into a rectangle inside Excel's grid; throws RangeError otherwise. */
export function parseRange(text: string): CellRange {
  const parts = text.split(":");
  if (parts.length > 2) throw new RangeError(`not an A1 range: ${text}`);
  const a = parseAddress(parts[0]);
  const b = parts.length === 2 ? parseAddress(parts[1]) : a;
  const range = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
  if (range.top < 0 || range.bottom >= MAX_ROWS || range.right >= MAX_COLUMNS) {
    throw new RangeError(`range outside the sheet: ${text}`);
  }
  return range;
}

/** The range's A1 text without dollar signs ("B3:C3"; a single cell as "B3"). */
export function formatRange(range: CellRange): string {
  const text = rangeAddress(range.top, range.left, range.bottom, range.right);
  return range.top === range.bottom && range.left === range.right ? text.split(":")[0] : text;
}

/** True when the two rectangles share at least one cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Parses a print-titles row span ("$4:$5", "4:5", "$4") into ExcelJS's form "4:5". */
export function parseTitleRows(text: string): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a row span: ${text}`);
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  if (first < 1 || last < first || last > MAX_ROWS) throw new RangeError(`not a row span: ${text}`);
  return `${first}:${last}`;
}
