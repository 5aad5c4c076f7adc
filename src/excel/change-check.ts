/**
 * What a change must satisfy before the Excel adapter writes it, checked without Excel: sheet names as Excel
 * allows them (and not the add-in's reserved ones), ranges, addresses and values.
 */
import { parseAddress } from "../register/cells";
import { isRegistryName } from "../register/ownership";
import type { WorkbookChange } from "../register/port";
import { checkPlan, checkSheetName } from "../register/plan-check";
import { checkValues, toExcelValue } from "./text-safety";

/** Scratch sheets are named `~生成中-<stamp>-<n>`: a name no person gives a sheet, cleaned up on sight. */
export const SCRATCH_PREFIX = "~生成中-";
export const SCRATCH_NAME = /^~生成中-[0-9a-z]+-\d+$/;

/**
 * Queues the deletion of one of our sheets: a very hidden one is made hidden first, since "if the worksheet's
 * visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception. You
 * should first change its visibility to hidden or visible before deleting it"
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 * `visibility` is the sheet's as last loaded; a visible or hidden sheet is deleted as it is.
 */
export function deleteOurSheet(sheet: Excel.Worksheet, visibility: string | undefined): void {
  if (visibility === "VeryHidden") sheet.visibility = "Hidden" as Excel.SheetVisibility;
  sheet.delete();
}

/**
 * Checks what can be checked without Excel, so that a bad change throws before any round trip:
 * sheet names (as Excel allows them, not the registry's, none twice), every plan by the check every host
 * shares (register/plan-check.ts), every cell address and value. Throws RangeError, as the in-memory workbook does.
 */
export function checkChange(change: WorkbookChange): void {
  const seen = new Set<string>();
  for (const plan of [...(change.sheets ?? []), ...(change.inputSheets ?? [])]) {
    checkName(plan.name);
    const key = plan.name.toLowerCase();
    if (seen.has(key)) throw new RangeError(`sheet named twice in one change: ${plan.name}`);
    seen.add(key);
    checkPlan(plan);
    checkValues(plan.values);
  }
  for (const a of change.appendRows ?? []) {
    if (isRegistryName(a.sheet)) throw new RangeError(`no sheet named ${a.sheet}`);
    checkValues(a.rows);
  }
  for (const c of change.cells ?? []) {
    if (isRegistryName(c.sheet)) throw new RangeError(`no sheet named ${c.sheet}`);
    parseAddress(c.address);
    toExcelValue(c.value);
  }
}

/** The one sheet-name check (register/plan-check.ts), and the scratch sheets' prefix this adapter reserves. */
function checkName(name: string): void {
  checkSheetName(name);
  if (name.startsWith(SCRATCH_PREFIX)) throw new RangeError(`the sheet name ${name} is reserved for the add-in's unfinished sheets`);
}

/** True when the change asks for nothing. */
export function isEmptyChange(change: WorkbookChange): boolean {
  return !change.sheets?.length && !change.inputSheets?.length && !change.appendRows?.length && !change.cells?.length;
}
