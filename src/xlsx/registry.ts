import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import {
  isRegistryName,
  parseRegistry,
  reconcile,
  REGISTRY_COLUMNS,
  REGISTRY_SHEET,
  proveLegacyRows,
  registryGrid,
  type OwnershipRow,
  type RegistryContent,
  type SheetIdentity,
} from "../register/ownership";
import type { CellValue } from "../register/cells";
import { LEGACY_MARK_COLUMNS, LEGACY_MARK_ROWS } from "../register/legacy-marks";
import type { SheetPlan } from "../register/sheet-plan";
import { cellValue, plainValue } from "./cell-values";

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
 * What the workbook's sheet named `_积分评星` is, and its rows: "v2" or "v1" (ours), or "foreign" (a person's
 * own sheet, never written). No sheet: an empty registry of ours, which a write creates. Version 1 rows come
 * back proven or refused by the content of the sheets they name (proveLegacyRows).
 */
export function readRegistry(workbook: Workbook): RegistryContent {
  const sheet = findRegistry(workbook);
  if (!sheet) return { kind: "v2", rows: [] };
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values, not row.getCell: reading must not create cells.
    const cells = (row.values as ExcelValue[]).slice(1);
    values[rowNumber - 1] = cells.map((v) => plainValue(v));
    formulas[rowNumber - 1] = cells.map((v) => (v !== null && typeof v === "object" && "formula" in v ? v.formula : null));
  });
  const others = workbook.worksheets.filter((ws) => ws !== sheet);
  const top = (name: string) => markBlock(others.find((ws) => ws.name === name) as Worksheet);
  return registryFromCells(values, formulas, sheet.state, { names: others.map((ws) => ws.name), top });
}

/** The other sheets' names and their top-left blocks (LEGACY_MARK_RANGE), which prove or refuse version 1 rows. */
export interface LegacyProof {
  names: readonly string[];
  top: (name: string) => CellValue[][];
}

/**
 * {@link readRegistry} over cells already read: values, formulas' text (without "=") and the sheet's state;
 * version 1 rows come back proven or refused by the marks on the sheets they name.
 */
export function registryFromCells(values: unknown[][], formulas: unknown[][], state: string, proof: LegacyProof): RegistryContent {
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  if (values.length === 0) return { kind: state === "visible" ? "foreign" : "v1", rows: [] };
  const content = parseRegistry(values, formulas, state !== "visible");
  if (content.kind !== "v1") return content;
  const identities = proof.names.map((name) => ({ name, id: "" }));
  return { kind: "v1", rows: proveLegacyRows(content.rows, identities, (identity: SheetIdentity) => proof.top(identity.name)) };
}

/** A sheet's values in LEGACY_MARK_RANGE, as the marks of register/legacy-marks.ts are read; creates no cell. */
function markBlock(sheet: Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= LEGACY_MARK_ROWS; r++) {
    const cells: CellValue[] = [];
    sheet.findRow(r)?.eachCell((cell, column) => {
      if (column <= LEGACY_MARK_COLUMNS) cells[column - 1] = cellValue(cell);
    });
    out.push(Array.from(cells, (v) => v ?? null));
  }
  return out;
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
