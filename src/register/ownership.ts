/**
 * How the add-in remembers which sheets it made: a very hidden registry sheet with one row per owned
 * sheet. Every adapter (Excel, .xlsx) reads and writes the same layout, so a file made on the command
 * line and opened in Excel keeps its ownership, and the other way round. Pure: the adapters read and write
 * the cells, this module decides.
 *
 * Layout (version 2):
 *   row 1: 工作表 · Excel编号 · 生成时间 · 工作表引用 · {@link REGISTRY_SIGNATURE}
 *   rows 2…: sheet name · Excel worksheet id (or "") · created time (ISO) · a formula `='sheet'!A1`
 *
 * What makes a sheet ours is the formula in column D, not the name in column A. Excel, LibreOffice and WPS
 * rewrite a reference when its sheet is renamed and turn it into #REF! when the sheet is deleted, and a
 * sheet that later takes the deleted sheet's name does not get the reference back. So ownership follows
 * our sheet through renames, ends with its deletion, and a person's sheet that reuses one of our names is
 * never taken for ours, whatever column A says. A copy of our sheet is not referenced either: it is the
 * person's. This works the same in Excel and in .xlsx files, where neither Office.js worksheet ids (they
 * change between sessions on desktop Excel and may be reused after a deletion on the Mac:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets "Get worksheets",
 * https://github.com/OfficeDev/office-js/issues/1390) nor the file's sheetId (LibreOffice renumbers
 * sheetIds on save) would be reliable.
 *
 * The registry itself is recognised by its header row ending in the signature cell, which a person's own
 * sheet named `_积分评星` does not have by accident. Registries written by the first release (version 1: three
 * header cells, no formulas) are recognised by their exact header on a hidden sheet. Their rows are claims,
 * not proof: a row names a sheet by name (and by Excel id where there is one), and the sheet is taken as ours
 * only while it still carries the marks that release left on it (register/legacy-marks.ts), so a person's
 * sheet made under the name of a deleted or renamed sheet of ours is refused like any other
 * ({@link proveLegacyRows}). The next write rewrites the proven rows in the new layout, with references.
 */
import type { Problem } from "../scheme/problems";
import type { CellValue } from "./cells";
import { carriesFirstReleaseMarks } from "./legacy-marks";
import { registerProblem } from "./read/problems";

export const REGISTRY_SHEET = "_积分评星";

/** The first three header cells: the whole header of the version 1 registry. */
export const REGISTRY_HEADER = ["工作表", "Excel编号", "生成时间"] as const;

/** Header of column D, the reference that ties a row to its sheet. */
export const REGISTRY_LINK_HEADER = "工作表引用";

/** Cell E1 of a version 2 registry: what tells the add-in's registry from a person's sheet of that name. */
export const REGISTRY_SIGNATURE = "积分评星·生成记录·v2（由加载项维护，请勿修改）";

/** The full version 2 header row. */
export const REGISTRY_HEADER_V2: readonly string[] = [...REGISTRY_HEADER, REGISTRY_LINK_HEADER, REGISTRY_SIGNATURE];

/** Zero-based columns of a registry row. */
export const REGISTRY_COLUMNS = { sheet: 0, id: 1, created: 2, link: 3 } as const;

/** One registry row: a sheet the add-in made. */
export interface OwnershipRow {
  /** The sheet's name when the row was written. */
  sheet: string;
  /** Excel's worksheet id; "" when unknown (written by the .xlsx adapter). */
  id: string;
  /** ISO time the sheet was (re)generated. */
  created: string;
  /**
   * The sheet the row's reference names now: a name; null when the reference is broken (#REF!: the sheet was
   * deleted) or a version 1 row's sheet lacks our marks; undefined for a version 1 row not yet proven.
   */
  link?: string | null;
}

/** A sheet as an adapter knows it; `id` is "" where the host has none (.xlsx). */
export interface SheetIdentity {
  name: string;
  id: string;
}

/** What a sheet named `_积分评星` turned out to be. */
export type RegistryKind = "v2" | "v1" | "foreign";

export interface RegistryContent {
  kind: RegistryKind;
  /** The rows ([] for a foreign sheet). */
  rows: OwnershipRow[];
}

/** Sheet names compare as Excel compares them: case-insensitively. */
function fold(name: string): string {
  return name.toLowerCase();
}

/** True for the registry sheet's name, which the port never lists, reads or lets plans use. */
export function isRegistryName(name: string): boolean {
  return fold(name) === fold(REGISTRY_SHEET);
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** The formula of column D that refers to `sheet` (always quoted, valid for any sheet name). */
export function linkFormula(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!A1`;
}

/**
 * The sheet a link formula names now, or null when it no longer names one (#REF!, or not a reference at
 * all). Takes Excel's `=…` form and the file's form without `=`.
 */
export function parseLink(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const f = formula.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!#=\s][^'!]*)!\$?[A-Z]{1,3}\$?\d+$/i.exec(f);
  return bare ? bare[1] : null;
}

/**
 * Recognises and reads a sheet named `_积分评星`: `values` is its grid from A1 and `formulas` the same cells'
 * formulas (a cell without one may hold its value or nothing); `hidden` is true unless the sheet is visible.
 */
export function parseRegistry(
  values: readonly (readonly unknown[])[] | null | undefined,
  formulas: readonly (readonly unknown[])[] | null | undefined,
  hidden: boolean,
): RegistryContent {
  const grid = values ?? [];
  const header = (grid[0] ?? []).map(text);
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  const same = (expected: readonly string[]) => header.length === expected.length && expected.every((h, i) => header[i] === h);
  const kind: RegistryKind = same(REGISTRY_HEADER_V2) ? "v2" : same(REGISTRY_HEADER) && hidden ? "v1" : "foreign";
  if (kind === "foreign") return { kind, rows: [] };
  const rows: OwnershipRow[] = [];
  grid.slice(1).forEach((row, i) => {
    const sheet = text(row[REGISTRY_COLUMNS.sheet]);
    if (sheet === "") return;
    const out: OwnershipRow = { sheet, id: text(row[REGISTRY_COLUMNS.id]), created: text(row[REGISTRY_COLUMNS.created]) };
    if (kind === "v2") out.link = parseLink(formulas?.[i + 1]?.[REGISTRY_COLUMNS.link]);
    rows.push(out);
  });
  return { kind, rows };
}

/** The sheet a row marks as ours, if any: the one its reference names; none for a version 1 row not proven. */
function ownedBy<S extends SheetIdentity>(row: OwnershipRow, sheets: readonly S[]): S | undefined {
  if (row.link === null || row.link === undefined) return undefined;
  const key = fold(row.link);
  return sheets.find((s) => fold(s.name) === key);
}

/** The sheet a version 1 row claims: by name, and by Excel's id where both the row and the host have one. */
function claimedBy<S extends SheetIdentity>(row: OwnershipRow, sheets: readonly S[]): S | undefined {
  const key = fold(row.sheet);
  return sheets.find((s) => fold(s.name) === key && (row.id === "" || s.id === "" || row.id === s.id));
}

/** The sheets that rows without a reference (version 1) name: those whose content decides ({@link proveLegacyRows}). */
export function legacyClaims<S extends SheetIdentity>(rows: readonly OwnershipRow[], sheets: readonly S[]): S[] {
  const out: S[] = [];
  for (const row of rows) {
    const sheet = row.link === undefined ? claimedBy(row, sheets) : undefined;
    if (sheet && !out.includes(sheet)) out.push(sheet);
  }
  return out;
}

/**
 * Version 1 rows turned into proof or refusal: a row whose sheet still carries the first release's marks
 * (`topOf` gives the sheet's values from A1, at least register/legacy-marks.ts's LEGACY_MARK_RANGE) refers
 * to it from now on, as a version 2 row would; a row whose sheet lacks them refers to nothing (the sheet is
 * the person's); a row naming no sheet stays as it is (it is dropped at the next write). Rows with a
 * reference are returned unchanged.
 */
export function proveLegacyRows(
  rows: readonly OwnershipRow[],
  sheets: readonly SheetIdentity[],
  topOf: (sheet: SheetIdentity) => readonly (readonly CellValue[])[] | undefined,
): OwnershipRow[] {
  return rows.map((row) => {
    if (row.link !== undefined) return row;
    const sheet = claimedBy(row, sheets);
    if (!sheet) return row;
    return { ...row, link: carriesFirstReleaseMarks(sheet.name, topOf(sheet) ?? []) ? sheet.name : null };
  });
}

/** True when the registry marks this sheet as the add-in's. */
export function isOurs(sheet: SheetIdentity, rows: readonly OwnershipRow[]): boolean {
  return rows.some((row) => ownedBy(row, [sheet]) !== undefined);
}

/**
 * The registry kept true to the workbook: one row per sheet still ours, under its current name and id
 * (renamed sheets stay ours); rows of deleted sheets, and of sheets no longer ours, dropped.
 */
export function reconcile(rows: readonly OwnershipRow[], sheets: readonly SheetIdentity[]): OwnershipRow[] {
  const out: OwnershipRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const sheet = ownedBy(row, sheets);
    if (!sheet || seen.has(fold(sheet.name))) continue;
    seen.add(fold(sheet.name));
    out.push({ sheet: sheet.name, id: sheet.id || row.id, created: row.created, link: sheet.name });
  }
  return out;
}

/**
 * The registry sheet's cells: the version 2 header, then one row per owned sheet. Column D is a formula
 * (`='sheet'!A1`) referring to `row.link` (the sheet's name at the time of writing, which may be a
 * temporary name that a later rename carries along), or to `row.sheet` when the row has no link.
 */
export function registryGrid(rows: readonly OwnershipRow[]): string[][] {
  return [[...REGISTRY_HEADER_V2], ...rows.map((r) => [r.sheet, r.id, r.created, linkFormula(r.link ?? r.sheet), ""])];
}

/** The problem for a person's sheet under a name the add-in needs: one of its sheets, or its registry. */
export function notOursProblem(sheet: string): Problem {
  const code = isRegistryName(sheet) ? "register.registry-taken" : "register.sheet-not-ours";
  return registerProblem(code, sheet);
}
