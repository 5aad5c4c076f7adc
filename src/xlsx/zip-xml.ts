/**
 * The XML and package (OPC) helpers of zip-parts.ts: attributes, relationships, part paths, elements of a
 * worksheet in CT_Worksheet's order, namespaces, content types and sheet indices. Plain string processing.
 */
import type JSZip from "jszip";

const decoder = new TextDecoder();

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Worksheet elements kept aside, in the order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*'([^']*)'/g)) out[m[1]] = m[2];
  return out;
}

/** The relationship id of a `<sheet>` entry, whatever the prefix bound to the relationships namespace. */
export function relIdOf(attrs: Record<string, string>): string | undefined {
  const key = Object.keys(attrs).find((k) => /(^|:)id$/.test(k) && k !== "sheetId");
  return key ? attrs[key] : undefined;
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attrsOf(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

export function writeRels(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ""}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The inverse of {@link relsOf}. */
export function ownerOfRels(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]+)\.rels$/, "$1$2");
}

/** A relationship target resolved against the part that holds it (absolute targets start with "/"). */
export function resolve(from: string, target: string): string {
  const raw = decodeURIComponent(target);
  const parts = raw.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const segment of raw.replace(/^\//, "").split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/**
 * Whether a relationship of `from` points outside the package although it is not marked External: a target
 * with a scheme (`file:`), or one whose `..` climb above the package's root (`../../../etc/passwd`). Such a
 * relationship is never followed (nothing is read from disk) and never written again.
 */
export function outsidePackage(from: string, rel: Relationship): boolean {
  if (rel.external) return false;
  let raw: string;
  try {
    raw = decodeURIComponent(rel.target);
  } catch {
    return true;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//") || raw.includes("\\")) return true;
  let depth = raw.startsWith("/") ? 0 : from.split("/").length - 1;
  for (const segment of raw.replace(/^\//, "").split("/")) {
    if (segment === "..") depth--;
    else if (segment !== "." && segment !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** The parts reachable from `roots` through their relationships, roots included. */
export async function closure(zip: JSZip, roots: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.pop()!;
    if (seen.has(part)) continue;
    seen.add(part);
    const rels = zip.file(relsOf(part));
    if (!rels) continue;
    for (const r of parseRels(decoder.decode(await rels.async("uint8array")))) if (!r.external) queue.push(resolve(part, r.target));
  }
  return seen;
}

/** Finds the first `<tag …/>` or `<tag …>…</tag>` (unprefixed, as spreadsheet parts write the main namespace). */
export function findElement(xml: string, tag: string): { start: number; end: number; xml: string } | null {
  const open = new RegExp(`<${tag}(?=[\\s/>])`, "g");
  const m = open.exec(xml);
  if (!m) return null;
  const startEnd = xml.indexOf(">", m.index);
  if (startEnd < 0) return null;
  let end: number;
  if (xml[startEnd - 1] === "/") end = startEnd + 1;
  else {
    const close = xml.indexOf(`</${tag}>`, startEnd);
    if (close < 0) return null;
    end = close + tag.length + 3;
  }
  return { start: m.index, end, xml: xml.slice(m.index, end) };
}

/** Inserts an element into a worksheet where CT_Worksheet's order puts it (merging into an existing one). */
export function insertElement(xml: string, tag: string, element: string): string {
  const existing = findElement(xml, tag);
  if (existing) {
    if (tag === "dataValidations" || tag === "mergeCells") {
      const inner = element.replace(new RegExp(`^<${tag}[^>]*>`), "").replace(new RegExp(`</${tag}>$`), "");
      const merged = existing.xml
        .replace(/\scount="\d+"/, "")
        .replace(new RegExp(`</${tag}>$|/>$`), (end) => (end === "/>" ? `>${inner}</${tag}>` : `${inner}</${tag}>`));
      return xml.slice(0, existing.start) + merged + xml.slice(existing.end);
    }
    return xml;
  }
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(tag) + 1);
  let at = xml.lastIndexOf("</worksheet>");
  for (const next of later) {
    const found = findElement(xml, next);
    if (found && found.start < at) at = found.start;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

export function rootNamespaces(xml: string): Map<string, string> {
  const start = xml.indexOf("<worksheet");
  const tag = xml.slice(start, xml.indexOf(">", start));
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/xmlns:(\w+)="([^"]*)"/g)) out.set(m[1], m[2]);
  return out;
}

/** Declares on the element the prefixes it uses that the source declared on its root. */
export function declareNamespaces(element: string, output: Map<string, string>, tag: string): string {
  const used = new Set<string>();
  for (const m of element.matchAll(/<\/?(\w+):/g)) used.add(m[1]);
  for (const m of element.matchAll(/\s(\w+):[\w-]+=/g)) if (m[1] !== "xmlns") used.add(m[1]);
  const declared = new Set([...element.matchAll(/xmlns:(\w+)=/g)].map((m) => m[1]));
  const missing = [...used].filter((p) => p !== "xml" && p !== "r" && !declared.has(p) && SOURCE_NAMESPACES.has(p) && !output.has(p));
  if (missing.length === 0) return element;
  return element.replace(new RegExp(`^<${tag}`), `<${tag}${missing.map((p) => ` xmlns:${p}="${SOURCE_NAMESPACES.get(p)}"`).join("")}`);
}

/** The usual prefixes of worksheet extensions, declared where a carried element uses one undeclared. */
export const SOURCE_NAMESPACES = new Map([
  ["x14", "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"],
  ["xm", "http://schemas.microsoft.com/office/excel/2006/main"],
  ["x14ac", "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"],
  ["mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"],
  ["xr", "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"],
  ["x15", "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"],
]);

export function parseContentTypes(xml: string): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of xml.matchAll(/<Default\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    if (a.Extension && a.ContentType) defaults.set(a.Extension.toLowerCase(), a.ContentType);
  }
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    if (a.PartName && a.ContentType) overrides.set(decodeURIComponent(a.PartName.replace(/^\//, "")), a.ContentType);
  }
  return { defaults, overrides };
}

export function addOverride(types: string, part: string, type: string): string {
  return types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

/**
 * After removing the `<sheet>` entries at `removed` positions: sheet-local defined names and the book view's
 * tab indices shift down; names local to a removed sheet go.
 */
export function shiftSheetIndices(xml: string, removed: readonly number[]): string {
  const shift = (index: number) => index - removed.filter((p) => p < index).length;
  let out = xml.replace(/<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (all, id: string) =>
    removed.includes(Number(id)) ? "" : all.replace(/localSheetId="\d+"/, `localSheetId="${shift(Number(id))}"`),
  );
  out = out.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_all, key: string, id: string) => `${key}="${removed.includes(Number(id)) ? 0 : shift(Number(id))}"`);
  return out;
}
