/**
 * Ownership: the add-in marks the sheets it creates and never writes into one it did not create.
 *
 * The marks live in a very hidden registry sheet, `_积分评星`, one row per owned sheet below a header row:
 *   A: sheet name · B: Excel worksheet id ("" when the .xlsx adapter wrote the row) · C: created time (ISO).
 * A sheet is ours when a row names it (case-insensitively, as Excel compares names) and, where that row
 * has an id, the id is the sheet's. So a person's sheet that merely reuses the name of a deleted sheet of
 * ours is not ours, and a file made on the command line keeps its ownership when opened in Excel: the
 * first write from Excel fills in the ids.
 *
 * The layout is shared with src/xlsx through src/register/ownership.ts; this module re-exports it.
 */
import { REGISTRY_HEADER, REGISTRY_SHEET } from "../register/ownership";

/** Name of the very hidden registry sheet. */
export const OWNERSHIP_SHEET: string = REGISTRY_SHEET;
/** Its header row (row 1). */
export const OWNERSHIP_HEADER: readonly string[] = REGISTRY_HEADER;
/** Zero-based columns of a registry row. */
export const OWNERSHIP_COLUMNS = { sheet: 0, id: 1, created: 2 } as const;

/** One registry row: a sheet the add-in made. */
export interface OwnershipRow {
  sheet: string;
  /** Excel's worksheet id; "" when unknown (written by the .xlsx adapter). */
  id: string;
  /** ISO time the sheet was (re)generated. */
  created: string;
}

/** A sheet as the adapter knows it. */
export interface SheetIdentity {
  name: string;
  id: string;
}

/** True for the registry sheet's name, which is never listed, read or planned. */
export function isRegistryName(name: string): boolean {
  return name.toLowerCase() === OWNERSHIP_SHEET.toLowerCase();
}

/** The registry's rows from its used range (header first); rows without a sheet name are skipped. */
export function parseRegistry(values: readonly (readonly unknown[])[] | null | undefined): OwnershipRow[] {
  if (!values) return [];
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  return values
    .slice(1)
    .map((row) => ({
      sheet: text(row[OWNERSHIP_COLUMNS.sheet]),
      id: text(row[OWNERSHIP_COLUMNS.id]),
      created: text(row[OWNERSHIP_COLUMNS.created]),
    }))
    .filter((row) => row.sheet !== "");
}

/** True when the registry marks this sheet as the add-in's. */
export function isOurs(sheet: SheetIdentity, rows: readonly OwnershipRow[]): boolean {
  const name = sheet.name.toLowerCase();
  return rows.some((row) => row.sheet.toLowerCase() === name && (row.id === "" || row.id === sheet.id));
}

/**
 * The registry kept true to the workbook: rows whose sheet still exists under that name (and id), with
 * the ids filled in where a row had none; rows of deleted or renamed sheets dropped.
 */
export function reconcile(rows: readonly OwnershipRow[], sheets: readonly SheetIdentity[]): OwnershipRow[] {
  const out: OwnershipRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === row.sheet.toLowerCase());
    if (!sheet || (row.id !== "" && row.id !== sheet.id)) continue;
    const key = `${sheet.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: sheet.name, id: sheet.id, created: row.created });
  }
  return out;
}

/** The registry sheet's cells: header, then one row per owned sheet. */
export function registryGrid(rows: readonly OwnershipRow[]): string[][] {
  return [[...OWNERSHIP_HEADER], ...rows.map((r) => [r.sheet, r.id, r.created])];
}
