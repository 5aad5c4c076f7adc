import { isBlank, type CellValue, type Grid } from "../register/cells";
import type { SheetPlan } from "../register/sheet-plan";

/**
 * The plan's values with the person's text from the sheet it replaces carried into the `keep` column
 * (备注): rows at or below `keep.fromRow` are matched by their `keyColumn` value (编号), compared as
 * trimmed text so 7 and "7" match. Where the old sheet holds text for a key, that text wins over the
 * plan's, since the rule is that what a person typed survives regeneration. Pure; knows no host.
 */
export function carryKept(plan: SheetPlan, old: Grid): CellValue[][] {
  if (!plan.keep) return plan.values;
  const { column, keyColumn, fromRow } = plan.keep;
  const kept = new Map<string, CellValue>();
  for (let r = fromRow; r < old.length; r++) {
    const key = keyOf(old[r]?.[keyColumn]);
    const text = old[r]?.[column];
    if (key !== null && !isBlank(text) && !kept.has(key)) kept.set(key, text as CellValue);
  }
  if (kept.size === 0) return plan.values;
  return plan.values.map((row, r) => {
    const key = r >= fromRow ? keyOf(row[keyColumn]) : null;
    if (key === null || !kept.has(key)) return row;
    const copy = [...row];
    while (copy.length <= column) copy.push(null);
    copy[column] = kept.get(key)!;
    return copy;
  });
}

function keyOf(value: CellValue | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return null;
}
