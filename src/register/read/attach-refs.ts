import { isArea, type Problem } from "../../scheme/problems";
import { cellAddress, qualifiedAddress } from "../cells";
import type { SheetData } from "../port";
import { findInputSheet } from "../sheet-names";
import { normalizeHeader } from "./table";
import type { RegisterData } from "./types";
import { cellText } from "./values";

/**
 * The one place where the scheme's problems get their cells: the scheme checks values and knows a setting's
 * name or a member's ID, not where they were written.
 */

/** Gives scheme problems without a cell the best cell we know: a setting's value, a member's roster row. */
export function attachRefs(problems: readonly Problem[], sheets: ReadonlyMap<string, SheetData>, data: RegisterData): Problem[] {
  const settingsSheet = findInputSheet(sheets, "settings").sheet;
  const settingRow = new Map<string, string>();
  settingsSheet?.values.forEach((row, r) => {
    const name = normalizeHeader(cellText(row[0] ?? null));
    if (name) settingRow.set(name, qualifiedAddress(settingsSheet.name, cellAddress(r, 1)));
  });
  const memberRef = new Map(data.members.map((m) => [m.id, m.ref]));
  return problems.map((p) => {
    if (p.place.ref) return p;
    const ref =
      (p.place.setting && settingRow.get(normalizeHeader(p.place.setting))) ||
      (p.place.member && memberRef.get(p.place.member)) ||
      (isArea(p.code, "criteria") ? "考核细则" : undefined);
    return ref ? { ...p, place: { ...p.place, ref } } : p;
  });
}
