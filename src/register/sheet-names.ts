/**
 * Finding the input sheets by name, the one way every caller does it: a secretary's `设置 ` (a trailing
 * space), `人员名册` with a trailing ideographic space, or `ＳＥＴＴＩＮＧＳ` is the sheet it looks like. A name
 * is compared by {@link sheetKey}: Unicode NFKC (full-width letters, digits and spaces folded to half-width),
 * trimmed, lower case (Excel compares sheet names case-insensitively).
 *
 * When several sheets look like one input sheet, one is used (the exact Chinese name first, then the exact
 * English name, then tab order) and every other is an error: reading a sheet the person did not mean, or
 * silently ignoring the one they did, would give wrong results without a word.
 */
import type { SheetData } from "./port";
import type { ProblemCollector } from "./read/problems";
import { inputSheet, type InputSheetKey } from "./schema";

/** A sheet name as it is compared: NFKC, trimmed, lower case. */
export function sheetKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** True when two sheet names are the same once folded. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

/** The input sheet of `key` among sheets read, and the other sheets that look like it (not used). */
export interface FoundInputSheet {
  sheet?: SheetData;
  unused: SheetData[];
}

/**
 * How a missing input sheet is reported: "required", an error (register.sheet-missing; for 设置 the warning
 * register.settings-missing, the defaults stand); "optional", a warning (register.sheet-absent).
 */
export type SheetNeed = "required" | "optional";

/**
 * Finds an input sheet by its Chinese or English name, folded (see the module comment). With `report`, every
 * other sheet that looks like it is an error (register.sheet-duplicate), and a missing one is reported as
 * `report.need` says (not at all when absent).
 */
export function findInputSheet(
  sheets: ReadonlyMap<string, SheetData> | Iterable<SheetData>,
  key: InputSheetKey,
  report?: { problems: ProblemCollector; need?: SheetNeed },
): FoundInputSheet {
  const def = inputSheet(key);
  const keys = new Set([sheetKey(def.name), sheetKey(def.en)]);
  const all = sheets instanceof Map ? [...sheets.values()] : [...(sheets as Iterable<SheetData>)];
  const candidates = all.filter((s) => keys.has(sheetKey(s.name)));
  const rank = (s: SheetData) => (s.name === def.name ? 0 : s.name.toLowerCase() === def.en.toLowerCase() ? 1 : 2);
  const chosen = candidates.length === 0 ? undefined : candidates.reduce((best, s) => (rank(s) < rank(best) ? s : best));
  const found: FoundInputSheet = chosen ? { sheet: chosen, unused: candidates.filter((s) => s !== chosen) } : { unused: [] };
  if (!report) return found;
  const { problems, need } = report;
  for (const other of found.unused) problems.at("register.sheet-duplicate", other.name, "", { used: chosen!.name, expected: def.name });
  if (!chosen && need === "required") {
    if (key === "settings") problems.at("register.settings-missing", def.name, "");
    else
      problems.at("register.sheet-missing", def.name, "", {
        expected: def.columns
          .filter((c) => c.required)
          .map((c) => c.zh)
          .join("、"),
      });
  } else if (!chosen && need === "optional") {
    problems.at("register.sheet-absent", def.name, "");
  }
  return found;
}

/** True when a sheet named `name` looks like the input sheet `key` (one of several may still be unused). */
export function isInputSheetName(name: string, key: InputSheetKey): boolean {
  const def = inputSheet(key);
  return sameSheetName(name, def.name) || sameSheetName(name, def.en);
}

/** The names a port is asked for to read the given input sheets (Chinese and English). */
export function inputSheetNames(keys: readonly InputSheetKey[]): string[] {
  return keys.flatMap((k) => [inputSheet(k).name, inputSheet(k).en]);
}
