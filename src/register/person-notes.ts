/**
 * What a person typed in the 备注 column of a results sheet survives regeneration exactly (REGISTER.md):
 * the same value of the same type — a date stays a date (with the number format it had), a number a
 * number, text the same text. The add-in writes its own flags (票数不足, 不参评（病假）, 含加减分+2) in the
 * 说明 column beside it and never into 备注, so nothing a person types is taken for one of our flags: a
 * person's own “不参评（本人申请）” stays where they wrote it.
 *
 * Sheets generated before the 说明 column existed kept the flags in 备注. For those (no 说明 in the
 * previous sheet's header), the flags are told apart from the person's words by their wording, one last time
 * ({@link mergeNote}); the regenerated sheet has the two columns from then on.
 */
import { cellAddress, isBlank, type CellValue } from "./cells";
import type { SheetData } from "./port";
import { labelsFor, mergeNote } from "./render";
import type { SheetPlan } from "./sheet-plan";

/** Zero-based columns of a results sheet's member tables that the carry-over needs. */
export interface NoteColumns {
  id: number;
  flags: number;
  note: number;
}

/** A person's 备注 on the previous sheet. */
interface PreviousNote {
  value: CellValue;
  /** The cell's date or time format, when it shows one. */
  dateFormat?: string;
  /** The previous sheet mixed our flags into 备注 (made before the 说明 column). */
  legacy: boolean;
}

/**
 * Puts each member's previous 备注 into the new plan (rows `ranges`, matched by 编号, case-insensitively),
 * with the cell's date format when it had one. Pure: changes the plan only.
 */
export function carryPersonNotes(plan: SheetPlan, ranges: readonly { first: number; last: number }[], previous: SheetData, columns: NoteColumns): void {
  const notes = previousNotes(previous);
  if (notes.size === 0) return;
  for (const { first, last } of ranges) {
    for (let r = first; r <= last; r++) {
      const row = plan.values[r];
      const found = notes.get(idKey(row[columns.id]));
      if (!found) continue;
      if (found.legacy) {
        // Only text can hold flags; a number, a boolean or a date is the person's as it stands.
        row[columns.note] = typeof found.value === "string" ? mergeNote("", found.value) : found.value;
      } else {
        row[columns.note] = found.value;
      }
      if (found.dateFormat !== undefined && typeof found.value === "number") {
        (plan.formats ??= []).push({ range: cellAddress(r, columns.note), numberFormat: found.dateFormat });
      }
    }
  }
}

/**
 * The 备注 of every member row of a previous results sheet, by 编号: below each table header (a row with
 * 编号 and 备注), the rows with an 编号, until the next header.
 */
function previousNotes(previous: SheetData): Map<string, PreviousNote> {
  const L = labelsFor();
  const idHeader = L.month.columns[1];
  const noteHeader = L.month.columns[L.month.columns.length - 1];
  const flagsHeader = L.month.columns[L.month.columns.length - 2];
  const out = new Map<string, PreviousNote>();
  let header: { id: number; note: number; legacy: boolean } | null = null;
  previous.values.forEach((row, r) => {
    const texts = row.map((v) => (typeof v === "string" ? v.trim() : ""));
    const id = texts.indexOf(idHeader);
    const note = texts.lastIndexOf(noteHeader);
    if (id >= 0 && note > id) {
      header = { id, note, legacy: !texts.includes(flagsHeader) };
      return;
    }
    if (!header) return;
    const key = idKey(row[header.id]);
    const value = row[header.note];
    if (!key || value === undefined || isBlank(value) || out.has(key)) return;
    const dateFormat = previous.dateFormats?.get(cellAddress(r, header.note));
    out.set(key, { value, legacy: header.legacy, ...(dateFormat !== undefined && { dateFormat }) });
  });
  return out;
}

function idKey(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim().toUpperCase();
}
