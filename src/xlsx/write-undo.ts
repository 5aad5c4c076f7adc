import type { CellValue as ExcelValue, Worksheet } from "exceljs";
import type { CellValue } from "../register/cells";
import { forgetCell } from "./internals";

/** Steps that undo a write's changes, run last to first when a write fails. */
export type Undo = (() => void)[];

/**
 * Sets a cell and records how to undo it exactly: the old value back, and a cell (or row) the write
 * created removed again.
 */
export function setTracked(ws: Worksheet, row: number, column: number, value: CellValue | ExcelValue, undo: Undo): void {
  const hadRow = ws.findRow(row + 1) !== undefined;
  const hadCell = ws.findCell(row + 1, column + 1) !== undefined;
  const cell = ws.getCell(row + 1, column + 1);
  const before = cell.value;
  undo.push(() => {
    cell.value = before;
    if (!hadCell) forgetCell(ws, row, column, !hadRow);
  });
  cell.value = value === "" ? null : value;
}

/** Undoes the steps in reverse and rethrows the failure; says so loudly if the undo itself failed. */
export function rollBack(undo: Undo, error: unknown): never {
  const failures: unknown[] = [];
  for (const step of [...undo].reverse()) {
    try {
      step();
    } catch (failure) {
      failures.push(failure);
    }
  }
  if (failures.length > 0) {
    const text = (e: unknown) => (e instanceof Error ? e.message : String(e));
    throw new Error(`writing the workbook failed (${text(error)}) and could not be fully undone: ${failures.map(text).join("; ")}`);
  }
  throw error;
}

/** A sheet of ours being regenerated: the new one is built under a spare name, then takes the old one's place. */
export interface Replacement {
  name: string;
  old: Worksheet;
  built: Worksheet;
}

/** What step 1 of a write built: input sheets created, the sheet each planned name goes to, replacements. */
export interface Built {
  createdInputs: Set<string>;
  targets: Map<string, Worksheet>;
  replaced: Replacement[];
}
