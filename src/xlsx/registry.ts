import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { REGISTRY_HEADER, REGISTRY_SHEET } from "../register/ownership";
import { plainValue } from "./cell-values";

/** One row of the registry sheet: a sheet the add-in made. */
export interface RegistryRow {
  sheet: string;
  /** Excel's worksheet id when Excel wrote the row; "" from .xlsx files. */
  excelId: string;
  /** ISO time the sheet was (re)generated. */
  created: string;
}

/** The registry sheet, if the workbook has one (names compare case-insensitively, as in Excel). */
export function findRegistry(workbook: Workbook): Worksheet | undefined {
  const name = REGISTRY_SHEET.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === name);
}

/** True for the registry sheet's name, which the port never shows nor lets plans use. */
export function isRegistryName(name: string): boolean {
  return name.toLowerCase() === REGISTRY_SHEET.toLowerCase();
}

/** The registry's rows below its header; rows without a sheet name are skipped. */
export function readRegistry(sheet: Worksheet | undefined): RegistryRow[] {
  if (!sheet) return [];
  const rows: RegistryRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    // row.values, not row.getCell: reading must not create cells.
    const values = row.values as ExcelValue[];
    const text = (column: number) => {
      const value = plainValue(values[column]);
      return value === null ? "" : String(value);
    };
    const name = text(1).trim();
    if (name !== "") rows.push({ sheet: name, excelId: text(2), created: text(3) });
  });
  return rows;
}

/** Sets one cell (zero-based row and column); the caller's setter records it so a failed write can undo it. */
export type CellSetter = (sheet: Worksheet, row: number, column: number, value: string | null) => void;

/**
 * Writes the rows into the registry sheet through `set`, creating the sheet very hidden (out of the person's
 * sight and reach in Excel's UI) when missing. Returns the sheet and whether it was created, for undo.
 */
export function writeRegistry(workbook: Workbook, rows: readonly RegistryRow[], set: CellSetter): { sheet: Worksheet; created: boolean } {
  const found = findRegistry(workbook);
  const sheet = found ?? workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
  const all: string[][] = [[...REGISTRY_HEADER], ...rows.map((r) => [r.sheet, r.excelId, r.created])];
  const total = Math.max(sheet.rowCount, all.length);
  for (let r = 0; r < total; r++) {
    for (let c = 0; c < REGISTRY_HEADER.length; c++) set(sheet, r, c, all[r]?.[c] || null);
  }
  return { sheet, created: !found };
}
