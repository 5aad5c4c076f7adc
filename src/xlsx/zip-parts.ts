/**
 * What ExcelJS (4.4) cannot model is kept at the zip level and put back untouched on save.
 *
 * ExcelJS refuses ordinary workbooks with a TypeError — charts, chart sheets, pictures, comments and tables
 * as openpyxl, pandas, WPS or Excel write them (exceljs issues #2591 and kin: "reading 'anchors'", "reading
 * 'comments'", "reading 'theme'") — and expands every data-validation range cell by cell when reading, so a
 * drop-down over whole columns (E2:AC1048576) makes it build millions of cells. Before
 * ExcelJS sees a file, {@link separate} takes out of each worksheet:
 *   - `<dataValidations>`, `<drawing>`, `<legacyDrawing>`, `<legacyDrawingHF>`, `<tableParts>`, `<extLst>`,
 *   - the sheet's relationships to drawings (charts, pictures, shapes), comments (and their VML), threaded
 *     comments and tables, and those parts with everything they refer to;
 * and takes chart sheets out of the workbook. ExcelJS then reads only cells, styles, merges, widths and the
 * like, which it models well, and reading time no longer depends on validation ranges. On save,
 * {@link restore} puts each worksheet's parts back into the sheet that carries it (same worksheet object,
 * whatever its name now), with fresh relationship ids and part names, and adds the chart sheets back at the
 * end of the tabs. A sheet the add-in replaces (its own) does not get the old sheet's parts.
 *
 * What is neither modelled nor carried (macros, pivot tables, slicers, external links, embedded objects…) is
 * listed by {@link separate} so the caller can say before writing what the output copy will lack. Plain
 * string processing over the zip (JSZip, which ExcelJS already depends on), in Node and a browser alike.
 */
import JSZip from "jszip";
import {
  addOverride,
  attrsOf,
  closure,
  declareNamespaces,
  escapeXml,
  findElement,
  insertElement,
  outsidePackage,
  ownerOfRels,
  parseContentTypes,
  parseRels,
  type Relationship,
  relIdOf,
  relsOf,
  resolve,
  rootNamespaces,
  shiftSheetIndices,
  toBytes,
  unescapeXml,
  writeRels,
} from "./zip-xml";
import { pushAll } from "../scheme/arrays";
import { putNames, takeHugeMerges, takeHugeNames, type CarriedName } from "./huge-ranges";
import { isLongSheetName, shortenSheetNames } from "./long-names";

/** Something the output copy will lack, with the sheet it belonged to (or "" for the whole workbook). */
export interface UnmodelledPart {
  kind:
    | "macros"
    | "pivot-tables"
    | "slicers"
    | "external-links"
    | "timelines"
    | "embedded-objects"
    | "controls"
    | "background-picture"
    | "outside-links"
    | "long-sheet-name";
  sheet: string;
}

/** One worksheet's parts kept aside, keyed by the sheet's name when the file was read. */
export interface CarriedSheet {
  /** The zip the parts are copied from. */
  source: JSZip;
  /** The sheet's part in the source, which the relationships' targets are relative to. */
  part: string;
  /** Elements cut from the sheet XML, in document order, with their relationship ids as in the source. */
  elements: { tag: string; xml: string }[];
  /** The relationships cut from the sheet's .rels. */
  rels: Relationship[];
}

/** A chart sheet taken out of the workbook. */
export interface CarriedChartSheet {
  name: string;
  state: string | null;
  part: string;
  type: string;
}

/** Everything {@link separate} kept aside. */
export interface Separated {
  /** The workbook as ExcelJS should read it. */
  bytes: Uint8Array;
  /** Per worksheet name (as in the file). */
  sheets: Map<string, CarriedSheet>;
  chartSheets: CarriedChartSheet[];
  /** What will be lost on save. */
  lost: UnmodelledPart[];
  /** The source zip, where carried parts are copied from. */
  source: JSZip;
  /** True when nothing was taken out (ExcelJS can read the file as it is). */
  untouched: boolean;
  /** Defined names over huge ranges, taken out of xl/workbook.xml (huge-ranges.ts). */
  names: CarriedName[];
}

const CARRIED_ELEMENTS = ["dataValidations", "drawing", "legacyDrawing", "legacyDrawingHF", "tableParts", "extLst"];
/** Relationship types (last path segment) of a worksheet that are carried with its elements. */
const CARRIED_RELS = /\/(drawing|vmlDrawing|comments|table|threadedComment)$/;
const CHART_SHEET_REL = /\/(chartsheet|dialogsheet|macrosheet|xlMacrosheet|xlIntlMacrosheet)$/;
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const decoder = new TextDecoder();
/** Files only: no directory entries, which Excel does not write either. */
const NO_FOLDERS = { createFolders: false };

/** What of one worksheet's XML a saved copy lacks. */
function sheetLosses(name: string, xml: string): UnmodelledPart[] {
  const lost: UnmodelledPart[] = [];
  for (const [tag, kind] of [
    ["oleObjects", "embedded-objects"],
    ["controls", "controls"],
    ["picture", "background-picture"],
  ] as const) {
    if (findElement(xml, tag)) lost.push({ kind, sheet: name });
  }
  return lost;
}

/** What of the workbook as a whole (by its parts' paths) a saved copy lacks. */
function workbookLosses(paths: readonly string[]): UnmodelledPart[] {
  const lost: UnmodelledPart[] = [];
  for (const [prefix, kind] of [
    ["xl/vbaProject.bin", "macros"],
    ["xl/pivotTables/", "pivot-tables"],
    ["xl/slicers/", "slicers"],
    ["xl/externalLinks/", "external-links"],
    ["xl/timelines/", "timelines"],
  ] as const) {
    if (paths.some((p) => p.startsWith(prefix))) lost.push({ kind, sheet: "" });
  }
  return lost;
}

/**
 * What a saved copy will lack, found without building anything: the same list {@link separate} makes, from the
 * parts' paths and each worksheet's XML (`text` reads a part).
 */
export function packageLosses(
  paths: readonly string[],
  text: (part: string) => string | null,
  sheets: readonly { name: string; part: string }[],
): UnmodelledPart[] {
  const lost: UnmodelledPart[] = [];
  for (const sheet of sheets) {
    if (isLongSheetName(sheet.name)) lost.push({ kind: "long-sheet-name", sheet: sheet.name });
    const xml = text(sheet.part);
    if (xml !== null) pushAll(lost, sheetLosses(sheet.name, xml));
  }
  const outside = paths.some((path) => path.endsWith(".rels") && parseRels(text(path) ?? "").some((r) => outsidePackage(ownerOfRels(path), r)));
  return [...lost, ...workbookLosses(paths), ...(outside ? [OUTSIDE] : [])];
}

const OUTSIDE: UnmodelledPart = { kind: "outside-links", sheet: "" };

/**
 * Drops from every relationship part of `zip` the relationships that point outside the package (zip-xml.ts
 * {@link outsidePackage}), and from each owner part the empty elements that name them (`<hyperlink r:id>`,
 * `<drawing r:id>`…), so that no part refers to a relationship that is gone. True when any was dropped.
 */
async function dropOutsideLinks(zip: JSZip): Promise<boolean> {
  let dropped = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const owner = ownerOfRels(path);
    const rels = parseRels(decoder.decode(await zip.file(path)!.async("uint8array")));
    const outside = rels.filter((r) => outsidePackage(owner, r));
    if (outside.length === 0) continue;
    dropped = true;
    zip.file(path, writeRels(rels.filter((r) => !outside.includes(r))), NO_FOLDERS);
    const file = zip.file(owner);
    if (!file) continue;
    let xml = decoder.decode(await file.async("uint8array"));
    for (const r of outside) xml = xml.replace(new RegExp(`<[\\w:]+\\b[^>]*?\\s[\\w]+:id="${r.id.replace(/\W/g, "\\$&")}"[^>]*?/>`, "g"), "");
    zip.file(owner, xml, NO_FOLDERS);
  }
  return dropped;
}

/** Takes out of the file what ExcelJS cannot read (see the module comment). */
export async function separate(data: Uint8Array | ArrayBuffer): Promise<Separated> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => {
    const file = zip.file(path);
    return file ? decoder.decode(await file.async("uint8array")) : null;
  };
  const lost: UnmodelledPart[] = [];
  const sheets = new Map<string, CarriedSheet>();
  const chartSheets: CarriedChartSheet[] = [];
  let workbookXml = await read("xl/workbook.xml");
  let workbookRelsXml = await read("xl/_rels/workbook.xml.rels");
  if (workbookXml === null || workbookRelsXml === null) {
    // Not a workbook ExcelJS could read either way; let it say so.
    return { bytes: toBytes(data), sheets, chartSheets, lost: [], source: zip, untouched: true, names: [] };
  }
  if (await dropOutsideLinks(zip)) {
    lost.push(OUTSIDE);
    workbookXml = (await read("xl/workbook.xml")) ?? workbookXml;
    workbookRelsXml = (await read("xl/_rels/workbook.xml.rels")) ?? workbookRelsXml;
  }
  const outsideDropped = lost.length > 0;
  const shortened = shortenSheetNames(workbookXml);
  workbookXml = shortened.xml;
  const longName = new Map(shortened.renamed.map((r) => [r.to, r.from]));
  const sheetNames = [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => unescapeXml(attrsOf(m[0]).name ?? ""));
  const taken = takeHugeNames(workbookXml, sheetNames);
  const names = taken.names;
  workbookXml = taken.xml;
  const workbookRels = parseRels(workbookRelsXml);
  const entries = [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => ({ xml: m[0], attrs: attrsOf(m[0]) }));
  const removedPositions: number[] = [];
  const droppedRelIds = new Set<string>();
  const carriedParts = new Set<string>();

  for (const [position, entry] of entries.entries()) {
    const name = unescapeXml(entry.attrs.name ?? "");
    if (longName.has(name)) lost.push({ kind: "long-sheet-name", sheet: longName.get(name)! });
    const relId = relIdOf(entry.attrs);
    const rel = workbookRels.find((r) => r.id === relId);
    if (!rel) continue;
    const part = resolve("xl/workbook.xml", rel.target);
    if (CHART_SHEET_REL.test(rel.type)) {
      chartSheets.push({ name, state: entry.attrs.state ?? null, part, type: rel.type });
      removedPositions.push(position);
      droppedRelIds.add(rel.id);
      workbookXml = workbookXml.replace(entry.xml, "");
      for (const p of await closure(zip, [part])) carriedParts.add(p);
      continue;
    }
    const sheetXml = await read(part);
    if (sheetXml === null) continue;
    const relsPath = relsOf(part);
    const relsXml = await read(relsPath);
    const rels = relsXml ? parseRels(relsXml) : [];
    const carried: CarriedSheet = { source: zip, part, elements: [], rels: rels.filter((r) => CARRIED_RELS.test(r.type)) };
    let xml = sheetXml;
    for (const tag of CARRIED_ELEMENTS) {
      for (;;) {
        const found = findElement(xml, tag);
        if (!found) break;
        carried.elements.push({ tag, xml: found.xml });
        xml = xml.slice(0, found.start) + xml.slice(found.end);
      }
    }
    const merges = takeHugeMerges(xml);
    if (merges.element !== null) {
      xml = merges.xml;
      carried.elements.push({ tag: "mergeCells", xml: merges.element });
    }
    pushAll(lost, sheetLosses(name, xml));
    if (carried.elements.length === 0 && carried.rels.length === 0) continue;
    sheets.set(name, carried);
    zip.file(part, xml);
    if (relsXml !== null) zip.file(relsPath, writeRels(rels.filter((r) => !CARRIED_RELS.test(r.type))));
    for (const p of await closure(
      zip,
      carried.rels.filter((r) => !r.external).map((r) => resolve(part, r.target)),
    ))
      carriedParts.add(p);
  }

  pushAll(lost, workbookLosses(Object.keys(zip.files)));

  const untouched = sheets.size === 0 && chartSheets.length === 0 && names.length === 0 && !outsideDropped && longName.size === 0;
  if (untouched) return { bytes: toBytes(data), sheets, chartSheets, lost, source: zip, untouched, names };
  if (names.length > 0 || longName.size > 0) zip.file("xl/workbook.xml", workbookXml);

  if (removedPositions.length > 0) {
    workbookXml = shiftSheetIndices(workbookXml, removedPositions);
    zip.file("xl/workbook.xml", workbookXml);
    zip.file("xl/_rels/workbook.xml.rels", writeRels(workbookRels.filter((r) => !droppedRelIds.has(r.id))));
  }
  // The carried parts leave ExcelJS's copy, unless something ExcelJS still reads refers to them.
  const stillUsed = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith(".rels") || carriedParts.has(path)) continue;
    const owner = ownerOfRels(path);
    if (carriedParts.has(owner)) continue;
    for (const r of parseRels((await read(path)) ?? "")) if (!r.external) stillUsed.add(resolve(owner, r.target));
  }
  const source = await JSZip.loadAsync(data);
  for (const carried of sheets.values()) carried.source = source;
  for (const p of carriedParts) {
    if (stillUsed.has(p)) continue;
    zip.remove(p);
    zip.remove(relsOf(p));
  }
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { bytes, sheets, chartSheets, lost, source, untouched, names };
}

/**
 * Puts the carried parts back into ExcelJS's output. `carriers` maps a sheet's name in the output to the
 * carried parts it gets (the caller decides which sheets are still the ones read).
 */
export async function restore(
  output: Uint8Array,
  carriers: ReadonlyMap<string, CarriedSheet>,
  chartSheets: readonly CarriedChartSheet[],
  chartSource: JSZip | null,
  names: readonly CarriedName[] = [],
): Promise<Uint8Array> {
  if (carriers.size === 0 && chartSheets.length === 0 && names.length === 0) return output;
  const zip = await JSZip.loadAsync(output);
  const read = async (z: JSZip, path: string) => {
    const file = z.file(path);
    return file ? decoder.decode(await file.async("uint8array")) : null;
  };
  const typesOf = new Map<JSZip, ReturnType<typeof parseContentTypes>>();
  const sourceTypes = async (source: JSZip) => {
    if (!typesOf.has(source)) typesOf.set(source, parseContentTypes((await read(source, "[Content_Types].xml")) ?? ""));
    return typesOf.get(source)!;
  };
  let types = (await read(zip, "[Content_Types].xml")) ?? "";
  let workbookXml = (await read(zip, "xl/workbook.xml")) ?? "";
  const workbookRels = parseRels((await read(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  const copied = new Map<JSZip, Map<string, string>>();
  let counter = 0;

  /** Copies a part of `source` and everything it refers to; returns its path in the output. */
  const copy = async (source: JSZip, path: string): Promise<string> => {
    if (!copied.has(source)) copied.set(source, new Map());
    const done = copied.get(source)!.get(path);
    if (done) return done;
    let target = path;
    while (zip.file(target)) target = path.replace(/(\.[^./]+)?$/, (ext) => `_c${++counter}${ext}`);
    copied.get(source)!.set(path, target);
    const file = source.file(path);
    if (!file) return target;
    zip.file(target, await file.async("uint8array"), NO_FOLDERS);
    const known = await sourceTypes(source);
    const type = known.overrides.get(path) ?? known.defaults.get(path.split(".").pop()!.toLowerCase());
    if (type) types = addOverride(types, target, type);
    const relsXml = await read(source, relsOf(path));
    if (relsXml !== null) {
      // A relationship pointing outside the package is never followed nor written (separate() named it).
      const rels = parseRels(relsXml).filter((r) => !outsidePackage(path, r));
      for (const r of rels) if (!r.external) r.target = `/${await copy(source, resolve(path, r.target))}`;
      zip.file(relsOf(target), writeRels(rels), NO_FOLDERS);
    }
    return target;
  };

  const sheetParts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)) {
    const attrs = attrsOf(m[0]);
    const rel = workbookRels.find((r) => r.id === relIdOf(attrs));
    if (rel) sheetParts.set(unescapeXml(attrs.name ?? "").toLowerCase(), resolve("xl/workbook.xml", rel.target));
  }
  for (const [name, carried] of carriers) {
    const part = sheetParts.get(name.toLowerCase());
    const sheetXml = part ? await read(zip, part) : null;
    if (!part || sheetXml === null) continue;
    const relsPath = relsOf(part);
    const rels = parseRels((await read(zip, relsPath)) ?? "");
    const ids = new Map<string, string>();
    for (const r of carried.rels) {
      let id = `rIdC${++counter}`;
      while (rels.some((x) => x.id === id)) id = `rIdC${++counter}`;
      ids.set(r.id, id);
      rels.push({ id, type: r.type, external: r.external, target: r.external ? r.target : `/${await copy(carried.source, resolve(carried.part, r.target))}` });
    }
    const namespaces = rootNamespaces(sheetXml);
    let xml = sheetXml;
    for (const element of carried.elements) {
      const withIds = element.xml.replace(/\b(\w+):id="([^"]*)"/g, (all, _prefix: string, id: string) => (ids.has(id) ? `r:id="${ids.get(id)}"` : all));
      xml = insertElement(xml, element.tag, declareNamespaces(withIds, namespaces, element.tag));
    }
    if (!/xmlns:r="/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet"))))) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${RELS_NS}"`);
    zip.file(part, xml, NO_FOLDERS);
    zip.file(relsPath, writeRels(rels), NO_FOLDERS);
  }

  if (chartSheets.length > 0) {
    let maxId = 0;
    for (const m of workbookXml.matchAll(/\bsheetId="(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
    const entries: string[] = [];
    for (const sheet of chartSheets) {
      const part = chartSource ? await copy(chartSource, sheet.part) : sheet.part;
      let id = `rIdC${++counter}`;
      while (workbookRels.some((x) => x.id === id)) id = `rIdC${++counter}`;
      workbookRels.push({ id, type: sheet.type, target: `/${part}`, external: false });
      const state = sheet.state ? ` state="${sheet.state}"` : "";
      entries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${++maxId}"${state} r:id="${id}"/>`);
    }
    workbookXml = workbookXml.replace("</sheets>", `${entries.join("")}</sheets>`);
    zip.file("xl/workbook.xml", workbookXml, NO_FOLDERS);
    zip.file("xl/_rels/workbook.xml.rels", writeRels(workbookRels), NO_FOLDERS);
  }
  if (names.length > 0) {
    const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => unescapeXml(attrsOf(m[0]).name ?? ""));
    zip.file("xl/workbook.xml", putNames(workbookXml, names, sheets), NO_FOLDERS);
  }
  zip.file("[Content_Types].xml", types, NO_FOLDERS);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
