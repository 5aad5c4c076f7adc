import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import {
  isRegistryName,
  parseRegistry,
  reconcile,
  REGISTRY_COLUMNS,
  REGISTRY_SHEET,
  registryGrid,
  type OwnershipRow,
  type RegistryContent,
} from "../register/ownership";
import type { SheetPlan } from "../register/sheet-plan";
import { plainValue } from "./cell-values";

export { isRegistryName } from "../register/ownership";

/**
 * The registry sheet over ExcelJS. Its layout and rules are in src/register/ownership.ts (shared with the Excel
 * adapter): a sheet is ours when a row's reference formula (column D) names it. In a file the formula's text
 * is what Excel, WPS or LibreOffice last saved: they rewrite it when the sheet is renamed and turn it into
 * #REF! when the sheet is deleted, so reading the text is enough; ExcelJS itself never rewrites formulas, and
 * this adapter writes the registry after its own renames, with the final names.
 */

/** The sheet named `_积分评星`, if the workbook has one (names compare case-insensitively, as in Excel). */
export function findRegistry(workbook: Workbook): Worksheet | undefined {
  const name = REGISTRY_SHEET.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === name);
}

/**
 * What the sheet named `_积分评星` is, and its rows: "v2" or "v1" (ours), or "foreign" (a person's own sheet,
 * never written). No sheet: an empty registry of ours, which a write creates.
 */
export function readRegistry(sheet: Worksheet | undefined): RegistryContent {
  if (!sheet) return { kind: "v2", rows: [] };
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values, not row.getCell: reading must not create cells.
    const cells = (row.values as ExcelValue[]).slice(1);
    values[rowNumber - 1] = cells.map((v) => plainValue(v));
    formulas[rowNumber - 1] = cells.map((v) => (v !== null && typeof v === "object" && "formula" in v ? v.formula : null));
  });
  return registryFromCells(values, formulas, sheet.state);
}

/** {@link readRegistry} over cells already read: values, formulas' text (without "=") and the sheet's state. */
export function registryFromCells(values: unknown[][], formulas: unknown[][], state: string): RegistryContent {
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  if (values.length === 0) return { kind: state === "visible" ? "foreign" : "v1", rows: [] };
  return parseRegistry(values, formulas, state !== "visible");
}

/** Sets one cell (zero-based row and column); the caller's setter records it so a failed write can undo it. */
export type CellSetter = (sheet: Worksheet, row: number, column: number, value: ExcelValue) => void;

/**
 * Writes the rows into the registry sheet through `set`, creating the sheet very hidden (out of the person's
 * sight and reach in Excel's UI) when missing. Column D gets the reference formulas. Returns the sheet and
 * whether it was created, for undo. The caller has checked that an existing sheet of that name is ours.
 */
export function writeRegistry(workbook: Workbook, rows: readonly OwnershipRow[], set: CellSetter): { sheet: Worksheet; created: boolean } {
  const found = findRegistry(workbook);
  const sheet = found ?? workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  const grid = registryGrid(rows);
  const width = grid[0].length;
  const total = Math.max(sheet.rowCount, grid.length);
  for (let r = 0; r < total; r++) {
    for (let c = 0; c < Math.max(width, sheet.columnCount); c++) {
      const value = grid[r]?.[c] || null;
      // ExcelJS stores a formula without its leading "=".
      set(sheet, r, c, value !== null && r > 0 && c === REGISTRY_COLUMNS.link ? { formula: value.slice(1) } : value);
    }
  }
  return { sheet, created: !found };
}

/**
 * The registry after a write: the sheets still ours under their current names (renamed ones included),
 * planned sheets (re)registered now; rows of deleted sheets and of input sheets just made dropped.
 */
export function nextRegistry(book: Workbook, before: OwnershipRow[], plans: readonly SheetPlan[], createdInputs: Set<string>, time: string): OwnershipRow[] {
  const planned = new Set(plans.map((p) => p.name.toLowerCase()));
  const sheets = book.worksheets.filter((ws) => !isRegistryName(ws.name)).map((ws) => ({ name: ws.name, id: "" }));
  const rows = reconcile(before, sheets).filter((row) => {
    const key = row.sheet.toLowerCase();
    return !planned.has(key) && !createdInputs.has(key);
  });
  for (const plan of plans) rows.push({ sheet: plan.name, id: "", created: time, link: plan.name });
  return rows;
}

/** Whether two registries have the same rows, in the same order. */
export function sameRows(a: readonly OwnershipRow[], b: readonly OwnershipRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.sheet === b[i].sheet && row.id === b[i].id && row.created === b[i].created && row.link === b[i].link);
}
