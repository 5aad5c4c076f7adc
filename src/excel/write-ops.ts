/**
 * The write's own operations on existing sheets, queued by write-change.ts: emptying one of our sheets for
 * its rewrite in place, the ownership registry, and rows appended to input sheets.
 */
import { isBlank, rangeAddress } from "../register/cells";
import type { WorkbookChange } from "../register/port";
import { REGISTRY_COLUMNS, REGISTRY_SHEET, registryGrid, type OwnershipRow } from "../register/ownership";
import { API, type ApiSupport } from "./features";
import { findSheet, type SheetFacts } from "./inspect";
import { CALL_BYTES, rowBlocks, type QueuedOp } from "./payload";
import { gridWidth, toExcelGrid } from "./text-safety";

/**
 * Empties one of our sheets for its rewrite, keeping the Worksheet (and so every reference to it): charts
 * deleted, cells cleared, merges undone, drop-downs removed, widths and heights back to standard, panes
 * unfrozen, page breaks removed. The reference does not say that Range.clear("All") removes merges or
 * data validation, so they are removed explicitly.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardwidth-member
 */
export function clearOp(worksheets: Excel.WorksheetCollection, id: string, charts: readonly string[], supports: ApiSupport): QueuedOp {
  return {
    bytes: CALL_BYTES * (8 + charts.length),
    queue: () => {
      const sheet = worksheets.getItem(id);
      for (const name of charts) sheet.charts.getItem(name).delete();
      const all = sheet.getRange();
      all.unmerge();
      all.clear("All");
      if (supports(API.dataValidation)) all.dataValidation.clear();
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      sheet.freezePanes.unfreeze();
      if (supports(API.pageLayout)) sheet.horizontalPageBreaks.removePageBreaks();
      sheet.tabColor = "";
    },
  };
}

/**
 * Writes the registry — into the sheet `existing` names (id or name), else a new very hidden one — clearing
 * the rows below `height` it no longer needs.
 */
export function registryOp(worksheets: Excel.WorksheetCollection, existing: string | null, height: number, rows: OwnershipRow[]): QueuedOp {
  const cells = registryGrid(rows);
  const grid = toExcelGrid(cells);
  // Column D holds formulas (register/ownership.ts): written unquoted through values, which Excel reads as typed.
  for (let r = 1; r < cells.length; r++) grid[r][REGISTRY_COLUMNS.link] = cells[r][REGISTRY_COLUMNS.link];
  const width = grid[0].length;
  while (grid.length < height) grid.push(new Array(width).fill(""));
  const bytes = rowBlocks(grid, Number.POSITIVE_INFINITY)[0]?.bytes ?? 0;
  return {
    bytes: bytes + CALL_BYTES * 3,
    queue: () => {
      const sheet = existing ? worksheets.getItem(existing) : worksheets.add(REGISTRY_SHEET);
      sheet.getRange(rangeAddress(0, 0, grid.length - 1, width - 1)).values = grid;
      if (!existing) sheet.visibility = "VeryHidden";
    },
  };
}

/** Rows appended below each sheet's last value, in blocks when large, in the order given. */
export function appendOps(
  worksheets: Excel.WorksheetCollection,
  facts: { sheets: SheetFacts[] },
  appends: NonNullable<WorkbookChange["appendRows"]>,
  bottomOf: (sheet: string) => number,
): QueuedOp[] {
  const ops: QueuedOp[] = [];
  const bottom = new Map<string, number>();
  for (const a of appends) {
    const key = a.sheet.toLowerCase();
    const start = bottom.get(key) ?? bottomOf(a.sheet);
    const grid = toExcelGrid(a.rows);
    const width = gridWidth(grid);
    let lastFilled = -1;
    a.rows.forEach((row, i) => {
      if (row.some((v) => !isBlank(v))) lastFilled = i;
    });
    bottom.set(key, start + lastFilled + 1);
    if (width === 0 || lastFilled < 0) continue;
    const rows = grid.slice(0, lastFilled + 1);
    const id = findSheet(facts, a.sheet)!.id;
    for (const block of rowBlocks(rows)) {
      ops.push({
        bytes: block.bytes + CALL_BYTES,
        queue: () => {
          worksheets.getItem(id).getRange(rangeAddress(start + block.start, 0, start + block.end - 1, width - 1)).values = rows.slice(block.start, block.end);
        },
      });
    }
  }
  return ops;
}
