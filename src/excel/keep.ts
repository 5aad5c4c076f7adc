/**
 * Regeneration keeps 备注: when a plan with `keep` replaces a sheet of ours, the text a person typed in
 * the old sheet's keep column is carried into the new plan's values, row by row, matched by the value in
 * the key column (编号, compared as trimmed text: 7 and "7" match).
 *
 * The carried cell is the register's own rule for a regenerated 备注 (render/note.ts `mergeNote`): the
 * plan's note, then the old cell's parts that the renderer did not write (a person's words). So notes the
 * renderer wrote last time and that no longer hold are dropped, and carrying is idempotent: a plan whose
 * notes the month workflow already merged (as it does for every port) comes out unchanged, exactly as the
 * in-memory workbook, which ignores `keep`, shows it.
 */
import { columnLetters, isBlank, type CellValue } from "../register/cells";
import { mergeNote } from "../register/render/note";
import type { SheetPlan } from "../register/sheet-plan";
import type { Probe } from "./inspect";

/** Key (编号, as trimmed text) → the person's text in the keep column. */
export type KeptText = Map<string, CellValue>;

/** A probe reading the old sheet's key and keep columns (one sync, together with the inspection). */
export function keptTextProbe(plan: SheetPlan & { keep: NonNullable<SheetPlan["keep"]> }): Probe<KeptText> {
  const { column, keyColumn, fromRow } = plan.keep;
  return {
    sheet: plan.name,
    queue: (sheet) => {
      const keyLetters = columnLetters(keyColumn);
      const keepLetters = columnLetters(column);
      const keys = sheet.getRange(`${keyLetters}:${keyLetters}`).getUsedRangeOrNullObject(true);
      const notes = sheet.getRange(`${keepLetters}:${keepLetters}`).getUsedRangeOrNullObject(true);
      keys.load("values,rowIndex");
      notes.load("values,rowIndex");
      // The reader runs after the inspection's context.sync(), which the lint rules cannot follow.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
      return () => {
        const kept: KeptText = new Map();
        if (keys.isNullObject || notes.isNullObject) return kept;
        const noteAt = new Map<number, CellValue>();
        notes.values.forEach((row, i) => noteAt.set(notes.rowIndex + i, row[0] as CellValue));
        keys.values.forEach((row, i) => {
          const r = keys.rowIndex + i;
          const key = keyOf(row[0] as CellValue);
          const text = noteAt.get(r);
          if (r >= fromRow && key !== null && !isBlank(text) && !kept.has(key)) kept.set(key, text as CellValue);
        });
        return kept;
      };
      /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    },
  };
}

/** The plan's values with the person's words carried in (the plan itself is not changed). */
export function carryKept(plan: SheetPlan, kept: KeptText | undefined): CellValue[][] {
  if (!plan.keep || !kept || kept.size === 0) return plan.values;
  const { column, keyColumn, fromRow } = plan.keep;
  return plan.values.map((row, r) => {
    const key = r >= fromRow ? keyOf(row[keyColumn]) : null;
    if (key === null || !kept.has(key)) return row;
    const copy = [...row];
    while (copy.length <= column) copy.push(null);
    const planned = copy[column];
    copy[column] = mergeNote(isBlank(planned) ? "" : String(planned), kept.get(key));
    return copy;
  });
}

function keyOf(value: CellValue | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}
