/**
 * Host-neutral cell values, as every adapter delivers them: Excel's `range.values` (numbers, text, booleans,
 * "" for an empty cell), ExcelJS cell values reduced to the same shapes, and the in-memory preview workbook.
 */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cell values, row-major, starting at A1 of its sheet. */
export type Grid = CellValue[][];

/** Converts a zero-based column index to its letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Converts column letters to a zero-based index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The A1 address of a zero-based row and column: (0, 0) → A1. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Parses an A1 address ("F7", "$F$7") to zero-based row and column. */
export function parseAddress(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** A range address from two zero-based corners: (0,0,1,2) → A1:C2. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** A sheet-qualified address as users see it in problems: 民主评议!F7 (quoted when needed). */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/** True when the value is an empty cell (null, "" or text of spaces only). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
