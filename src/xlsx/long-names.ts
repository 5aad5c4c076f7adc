/**
 * Sheet names longer than Excel's 31 characters, which LibreOffice writes: the file is read with its names
 * as they are, and the model of the workbook that a save builds (ExcelJS, which cannot load such a name) gets
 * each one shortened to a unique name within the limit — in the `<sheet>` entry and in the defined names that
 * refer to it. The saved copy then carries the short name; the person is told which sheet (zip-parts.ts lists
 * it with what a saved copy lacks).
 */
import { MAX_SHEET_NAME } from "../register/plan-check";
import { attrsOf, escapeXml, unescapeXml } from "./zip-xml";

/** True when Excel (and ExcelJS) cannot take the name as it is. */
export function isLongSheetName(name: string): boolean {
  return name.length > MAX_SHEET_NAME;
}

/** The sheet names over the limit in xl/workbook.xml, each with the unique short name it gets. */
function shortNames(names: readonly string[]): Map<string, string> {
  const taken = new Set(names.filter((n) => !isLongSheetName(n)).map((n) => n.toLowerCase()));
  const out = new Map<string, string>();
  for (const name of names.filter(isLongSheetName)) {
    // Cut by code point, so that no half of a surrogate pair is left; a clash gets "(2)", "(3)"…
    let short = "";
    for (let n = 1; short === "" || taken.has(short.toLowerCase()); n++) {
      const suffix = n === 1 ? "" : `(${n})`;
      short = cut(name, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(short.toLowerCase());
    out.set(name, short);
  }
  return out;
}

function cut(text: string, units: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > units) break;
    out += ch;
  }
  return out.trimEnd();
}

/** A defined name's reference to a sheet, as Excel writes it: always quoted when the name has no plain form. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/**
 * xl/workbook.xml with every sheet name over the limit shortened (see the module comment), and the names
 * changed. The text of the XML is returned unchanged when no name is too long.
 */
export function shortenSheetNames(workbookXml: string): { xml: string; renamed: { from: string; to: string }[] } {
  const entries = [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => ({ xml: m[0], name: unescapeXml(attrsOf(m[0]).name ?? "") }));
  const short = shortNames(entries.map((e) => e.name));
  if (short.size === 0) return { xml: workbookXml, renamed: [] };
  let xml = workbookXml;
  for (const e of entries) {
    const to = short.get(e.name);
    if (to !== undefined) xml = xml.replace(e.xml, e.xml.replace(/(\bname\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeXml(to)}"`));
  }
  // Defined names: the references inside <definedName>…</definedName> (escaped as XML text).
  xml = xml.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, text: string, close: string) => {
    let formula = unescapeXml(text);
    for (const [from, to] of short) formula = formula.split(quoted(from)).join(quoted(to));
    return open + escapeXml(formula) + close;
  });
  return { xml, renamed: [...short].map(([from, to]) => ({ from, to })) };
}
