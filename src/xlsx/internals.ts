import type { Worksheet } from "exceljs";

/**
 * The few ExcelJS (4.4) internals this adapter relies on, in one place: things its typings leave out or
 * that it offers no public call for. Each is checked by the tests in test/xlsx.
 */
interface SheetInternals {
  /** Tab position (the workbook sorts its sheets by it). */
  orderNo: number;
  /** Merged ranges by anchor address, one-based corners. */
  _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
  /** Rows by zero-based index; holes are rows that do not exist. */
  _rows: ({ _cells: unknown[] } | undefined)[];
}

const internals = (sheet: Worksheet) => sheet as unknown as SheetInternals;

/** The sheet's tab position. */
export function tabOrder(sheet: Worksheet): number {
  return internals(sheet).orderNo;
}

/** Moves the sheet to the tab position `orderNo` (the workbook sorts by it; equal ones keep sheet order). */
export function setTabOrder(sheet: Worksheet, orderNo: number): void {
  internals(sheet).orderNo = orderNo;
}

/** The merged ranges, one-based, without building the whole sheet model as the public `model` getter does. */
export function mergeCorners(sheet: Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  return Object.values(internals(sheet)._merges ?? {}).filter((m): m is NonNullable<typeof m> => m !== undefined);
}

/**
 * Removes a cell object that a write created (zero-based row and column), and its row if the write created
 * that too, so that undoing a write leaves the sheet's model exactly as it was. ExcelJS has no public call
 * for this: `getCell` always creates, and an empty cell still counts in the row's model.
 */
export function forgetCell(sheet: Worksheet, row: number, column: number, forgetRow: boolean): void {
  const rows = internals(sheet)._rows;
  const line = rows[row];
  if (!line) return;
  delete line._cells[column];
  while (line._cells.length > 0 && line._cells[line._cells.length - 1] === undefined) line._cells.length--;
  if (forgetRow) {
    delete rows[row];
    while (rows.length > 0 && rows[rows.length - 1] === undefined) rows.length--;
  }
}
