/**
 * What the year's steps read and compare, apart from the steps themselves: the sheets to read and the
 * fingerprints of the inputs. Light on purpose — the period state (and so the pane's first chunk) needs
 * these without the year's renderers.
 */
import type { Grid } from "./cells";
import type { SheetData } from "./port";
import { readLog, type LogRecord } from "./read/log";
import { MONTH_SHEETS } from "./read/read-register";
import { fingerprint } from "./render/fingerprint";
import { labelsFor } from "./render/labels";
import { LOG_SHEET, type InputSheetKey } from "./schema";
import { findInputSheet, inputSheetNames } from "./sheet-names";

/** Input sheets the score needs, and those the objections and the archive add. */
export const SCORE_SHEETS = MONTH_SHEETS;
export const FINAL_SHEETS: readonly InputSheetKey[] = [...MONTH_SHEETS, "objections"];
export const ARCHIVE_SHEETS: readonly InputSheetKey[] = ["commitments", "comments"];

/** The archive's sheets, with 组织生活会 when the register has it (an older register is read as before). */
export function archiveSheets(sheets: ReadonlyMap<string, SheetData>): readonly InputSheetKey[] {
  const has = findInputSheet(sheets, "meetings").sheet !== undefined;
  return has ? [...ARCHIVE_SHEETS, "meetings"] : ARCHIVE_SHEETS;
}

/** Every sheet a year step reads: the input sheets, the year's output sheets (ownership) and the log. */
export function yearSheetsToRead(year: string): string[] {
  const L = labelsFor().sheetNames;
  const keys: InputSheetKey[] = [...FINAL_SHEETS, ...ARCHIVE_SHEETS, "meetings"];
  return [...inputSheetNames(keys), L.year(year), L.yearPublicity(year), L.final(year), L.outcomes(year), L.archive(year), LOG_SHEET];
}

/**
 * The fingerprints the year's log rows are compared with — of the score inputs (年度评星, 年度公示) and of
 * those with the objections (确定年度星级) — and the log as data.
 */
export function yearFingerprints(sheets: ReadonlyMap<string, SheetData>): { score: string; final: string; log: LogRecord[] } {
  return {
    score: fingerprint(inputGrids(sheets, SCORE_SHEETS)),
    final: fingerprint(inputGrids(sheets, FINAL_SHEETS)),
    log: readLog(sheets.get(LOG_SHEET)?.values),
  };
}

/** The input sheets' grids under the names they have in the workbook (Chinese or English). */
export function inputGrids(sheets: ReadonlyMap<string, SheetData>, keys: readonly InputSheetKey[]): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  for (const key of keys) {
    const sheet = findInputSheet(sheets, key).sheet;
    if (sheet) grids.set(sheet.name, sheet.values);
  }
  return grids;
}
