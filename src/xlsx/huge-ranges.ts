/**
 * Ranges ExcelJS would expand cell by cell, kept out of its sight. ExcelJS (4.4) builds one object per cell
 * of a merged range (`_mergeCellsInternal`) and of every range of a defined name (`DefinedNames.addEx`), so a
 * merge to the sheet's last cell or a name over a whole sheet (`人员名册!$A$1:$Z$1048576`) takes minutes and
 * gigabytes. zip-parts.ts takes such merges out of their sheet and such names out of the workbook before
 * ExcelJS reads the file, and puts them back, as they were, into the saved copy.
 */
import { findElement, unescapeXml } from "./zip-xml";

/** Cells beyond which a range is left out of ExcelJS's model (a real register's largest sheet has about 10⁵). */
export const HUGE_RANGE = 1_000_000;

const COLUMN = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The number of cells a reference text covers at most: A1 ranges, whole columns ($A:$C) and whole rows ($1:$5). */
export function rangeCells(text: string): number {
  let cells = 0;
  for (const m of text.matchAll(/\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)/g)) {
    cells += (Math.abs(COLUMN(m[3]) - COLUMN(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
  }
  for (const m of text.matchAll(/(?<![\w$])\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\w$])/g)) {
    cells += (Math.abs(COLUMN(m[2]) - COLUMN(m[1])) + 1) * 1_048_576;
  }
  for (const m of text.matchAll(/(?<![\w$])\$?(\d+):\$?(\d+)(?![\w$])/g)) cells += (Math.abs(Number(m[2]) - Number(m[1])) + 1) * 16_384;
  return cells;
}

/** Takes the huge merged ranges out of a worksheet's XML; `element` holds them for {@link putBack}. */
export function takeHugeMerges(xml: string): { xml: string; element: string | null } {
  const found = findElement(xml, "mergeCells");
  if (!found) return { xml, element: null };
  const huge: string[] = [];
  const kept = found.xml.replace(/<mergeCell\b[^>]*>/g, (cell) => {
    const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(cell)?.[1] ?? "";
    if (rangeCells(ref) <= HUGE_RANGE) return cell;
    huge.push(cell);
    return "";
  });
  if (huge.length === 0) return { xml, element: null };
  const rest = /<mergeCell\b/.test(kept) ? kept.replace(/\scount="\d+"/, "") : "";
  return { xml: xml.slice(0, found.start) + rest + xml.slice(found.end), element: `<mergeCells>${huge.join("")}</mergeCells>` };
}

/** A defined name kept out of ExcelJS's model, with the sheet it is local to (by name). */
export interface CarriedName {
  xml: string;
  sheet: string | null;
}

/** Takes the defined names over huge ranges out of xl/workbook.xml; `sheets` are the sheet names by position. */
export function takeHugeNames(workbookXml: string, sheets: readonly string[]): { xml: string; names: CarriedName[] } {
  const names: CarriedName[] = [];
  const xml = workbookXml.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (all, attrs: string, body: string) => {
    if (rangeCells(unescapeXml(body)) <= HUGE_RANGE) return all;
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    names.push({ xml: all, sheet: local === undefined ? null : (sheets[Number(local)] ?? null) });
    return "";
  });
  return { xml: xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, ""), names };
}

/** Puts carried names back into an output xl/workbook.xml whose sheets are `sheets`, by position (names of sheets gone are dropped). */
export function putNames(workbookXml: string, names: readonly CarriedName[], sheets: readonly string[]): string {
  const keys = sheets.map((s) => s.toLowerCase());
  const items = names.flatMap((n) => {
    if (n.sheet === null) return [n.xml];
    const at = keys.indexOf(n.sheet.toLowerCase());
    return at < 0 ? [] : [n.xml.replace(/\blocalSheetId="\d+"/, `localSheetId="${at}"`)];
  });
  if (items.length === 0) return workbookXml;
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", `${items.join("")}</definedNames>`);
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${items.join("")}</definedNames>`);
}
