/**
 * Reading a workbook's sheets straight from the package, without building ExcelJS's model of every cell of
 * every sheet: the sheet list and date system from xl/workbook.xml, the shared strings and the number
 * formats once, and a sheet's cells only when a step asks for it. Values read as ExcelJS reads them
 * (cell-values.ts turns them into CellValues): a formula gives its cached result, a shared string or inline
 * rich text its text, a date-formatted number a Date (through ExcelJS's own conversion), an error its code.
 * Plain string scanning over the XML, the same in Node and in a browser bundle.
 *
 * What ExcelJS would choke on or misread silently is refused in the person's terms (errors.ts): a cell
 * address outside the sheet, a row numbered 0, a shared-string index that is not one, a number that is not
 * one, invalid UTF-8 in a string, overlapping merges. Merged ranges are clipped to the cells in use before
 * anything is expanded, so a merge to the sheet's last cell costs nothing.
 */
import type { CellValue as ExcelValue } from "exceljs";
import { cellAddress, parseAddress, type CellValue, type Grid } from "../register/cells";
import { isDateFormat } from "../register/read/number-format";
import { plainValue, type SheetCells } from "./cell-values";
import { FileRefusal } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, formatRange, overlaps, type CellRange } from "./ranges";
import { parseRels, resolve, unescapeXml } from "./zip-xml";
import type { ZipPackage } from "./zip-read";

/** A worksheet of the workbook, as xl/workbook.xml lists it. */
export interface BookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  part: string;
}

/** A sheet read from the package: its cells, merges (clipped to the cells in use) and formulas' text. */
export interface ReadSheet extends SheetCells {
  merges: string[];
  /** Each formula's text without "=", by zero-based row and column (sparse). */
  formulas: (string | null)[][];
}

const WORKSHEET_REL = /\/worksheet$/;
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextDecoder("utf-8");
const DAY_MS = 86_400_000;
/** Rows and columns beyond the last value that a merged range keeps before it is clipped. */
const CLIP_MARGIN = 100;

/** ExcelJS's built-in number formats by id (xlsx/defaultnumformats.js): only those with one code for every locale. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILT_IN = require("exceljs/lib/xlsx/defaultnumformats") as Record<string, { f?: string }>;

/** ExcelJS's test of a date format (utils.isDateFmt): it decides which numbers ExcelJS turns into Dates. */
function excelDateFormat(code: string | undefined): boolean {
  return !!code && /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** ExcelJS's serial → Date (utils.excelToDate), rounding to the millisecond as it does. */
function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** The text of a `<si>` or `<is>`: its runs' `<t>` joined, phonetic guides (`<rPh>`) left out. */
function richText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let text = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? "";
  return unescapeXml(text);
}

const ATTRIBUTES = new Map<string, RegExp>();

function attr(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A cell's number; a value that is not one is refused. */
function number(text: string, damaged: (detail: string) => FileRefusal): number {
  const n = parseFloat(text);
  if (!Number.isFinite(n)) throw damaged(`not a number: ${text.slice(0, 20)}`);
  return n;
}

/** The text of a cell's `<v>`, if any. */
function valueText(body: string): string | undefined {
  const open = body.indexOf("<v>");
  if (open >= 0) {
    const close = body.indexOf("</v>", open);
    return close < 0 ? undefined : body.slice(open + 3, close);
  }
  return body.includes("<v") ? /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1] : undefined;
}

/** A cell reference ("B3", "$B$3") as zero-based row and column; null when it is not one. */
function cellRef(ref: string): { row: number; column: number } | null {
  let i = 0;
  let column = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  const letters = i;
  for (let c = ref.charCodeAt(i); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = ref.charCodeAt(++i)) column = column * 26 + ((c & ~32) - 64);
  if (i === letters || i - letters > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  for (let c = ref.charCodeAt(i); c >= 48 && c <= 57; c = ref.charCodeAt(++i)) row = row * 10 + (c - 48);
  if (i === digits || i !== ref.length || i - digits > 7 || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

/** Decodes a part as UTF-8; `bad` says whether it held invalid sequences (then replaced by U+FFFD). */
function decode(bytes: Uint8Array): { text: string; bad: boolean } {
  try {
    return { text: utf8Strict.decode(bytes), bad: false };
  } catch {
    return { text: utf8.decode(bytes), bad: true };
  }
}

/** The workbook's sheets and date system, the shared strings and styles, and each sheet's cells on demand. */
export class PackageReader {
  readonly sheets: BookSheet[] = [];
  readonly date1904: boolean;
  private strings: { values: string[]; bad: Set<number> } | null = null;
  private numFmts: (string | undefined)[] | null = null;
  private readonly texts = new Map<string, string>();
  /** What each number format makes of a number: a Date for ExcelJS, a date for the register only, or a number. */
  private readonly formatKinds = new Map<string, "excel-date" | "date" | "number">();

  constructor(private readonly zip: ZipPackage) {
    const workbook = this.text("xl/workbook.xml");
    const rels = parseRels(this.text("xl/_rels/workbook.xml.rels") ?? "");
    if (workbook === null) throw new FileRefusal("not-workbook", { foreign: "zip" });
    this.date1904 = /^[1t]/.test(attr(/<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "", "date1904") ?? "");
    for (const m of workbook.matchAll(/<sheet\b[^>]*?\/>/g)) {
      const id = /\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
      const rel = rels.find((r) => r.id === id);
      if (!rel || !WORKSHEET_REL.test(rel.type)) continue;
      const part = resolve("xl/workbook.xml", rel.target);
      if (!zip.has(part)) continue;
      const state = attr(m[0], "state");
      this.sheets.push({ name: unescapeXml(attr(m[0], "name") ?? ""), state: state === "hidden" || state === "veryHidden" ? state : "visible", part });
    }
  }

  /** A part as text (cached), or null when absent; invalid UTF-8 in a sheet is refused naming it. */
  text(part: string, sheet?: string): string | null {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    let bytes: Uint8Array | null;
    try {
      bytes = this.zip.read(part);
    } catch (error) {
      // A sheet's part is named by the sheet the person sees.
      throw error instanceof FileRefusal && sheet !== undefined ? new FileRefusal(error.kind, { ...error.where, part: undefined, sheet }) : error;
    }
    if (bytes === null) return null;
    const { text, bad } = decode(bytes);
    if (bad && sheet !== undefined) throw new FileRefusal("damaged", { sheet, detail: "invalid UTF-8" });
    this.texts.set(part, text);
    return text;
  }

  /** Reads one sheet's cells (see the module comment for what is refused). */
  readSheet(sheet: BookSheet): ReadSheet {
    const xml = this.text(sheet.part, sheet.name) ?? "";
    const damaged = (detail: string, cell?: string) => new FileRefusal("damaged", { sheet: sheet.name, ...(cell && { cell }), detail });
    const values: Grid = [];
    const formulas: (string | null)[][] = [];
    const dateFormats = new Map<string, string>();
    const formulasWithoutResult: string[] = [];
    const start = xml.indexOf("<sheetData");
    const end = xml.indexOf("</sheetData>", start);
    const data = start < 0 ? "" : xml.slice(start, end < 0 ? xml.length : end);
    let row = -1;
    let column = -1;
    for (const m of data.matchAll(/<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (m[1] !== undefined) {
        const r = attr(m[1], "r");
        const number = r === undefined ? row + 2 : Number(r);
        if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) throw damaged(`row number ${r}`);
        row = number - 1;
        column = -1;
        continue;
      }
      const tag = m[2];
      const ref = attr(tag, "r");
      if (ref !== undefined) {
        const at = cellRef(ref);
        if (!at) throw damaged("cell address", ref);
        if (at.row >= MAX_ROWS || at.column >= MAX_COLUMNS) throw damaged("cell outside the sheet", ref);
        row = at.row;
        column = at.column;
      } else column++;
      if (row < 0) throw damaged("cell outside a row");
      const body = m[3];
      if (body === undefined) continue;
      const value = this.cellValue(tag, body, sheet, formulas, row, column);
      if (value === undefined) continue;
      if (value.noResult) formulasWithoutResult.push(cellAddress(row, column));
      if (value.value === null) continue;
      if (value.date !== undefined) dateFormats.set(cellAddress(row, column), value.date);
      const line = (values[row] ??= []);
      while (line.length < column) line.push(null);
      line[column] = value.value;
    }
    for (let r = 0; r < values.length; r++) values[r] ??= [];
    const merges = this.merges(xml, values, dateFormats, damaged);
    return { values, dateFormats, formulasWithoutResult, merges, formulas };
  }

  /** One cell's value as ExcelJS reads it; undefined for a cell that holds nothing. */
  private cellValue(
    tag: string,
    body: string,
    sheet: BookSheet,
    formulas: (string | null)[][],
    row: number,
    column: number,
  ): { value: CellValue; date?: string; noResult?: boolean } | undefined {
    const type = attr(tag, "t");
    const style = attr(tag, "s");
    const numFmt = style === undefined ? undefined : this.formats()[Number(style)];
    const v = valueText(body);
    const f = body.includes("<f") ? /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body) : null;
    const damaged = (detail: string) => new FileRefusal("damaged", { sheet: sheet.name, cell: cellAddress(row, column), detail });
    if (f && (f[2] || attr(f[1], "t") === "shared")) {
      if (f[2]) (formulas[row] ??= [])[column] = unescapeXml(f[2]);
      if (!v) return { value: null, noResult: true };
      if (type === "str") return { value: plainValue(unescapeXml(v)) };
      if (type === "b") return { value: parseInt(v, 10) !== 0 };
      if (type === "e") return { value: unescapeXml(v) };
      return this.dated(number(v, damaged), numFmt);
    }
    switch (type) {
      case "s": {
        if (v === undefined || v === "") return undefined;
        const index = Number(v.trim());
        const strings = this.sharedStrings();
        if (!Number.isInteger(index) || index < 0 || index >= strings.values.length) throw damaged(`shared string ${v.slice(0, 20)}`);
        if (strings.bad.has(index)) throw damaged("invalid UTF-8 in a shared string");
        return { value: plainValue(strings.values[index]) };
      }
      case "str":
        return v === undefined || v === "" ? undefined : { value: plainValue(unescapeXml(v)) };
      case "inlineStr": {
        const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
        return is === undefined ? undefined : { value: plainValue(richText(is)) };
      }
      case "b":
        return v === undefined || v === "" ? undefined : { value: parseInt(v, 10) !== 0 };
      case "e":
        return v === undefined || v === "" ? undefined : { value: unescapeXml(v) };
      case "d": {
        if (v === undefined || v === "") return undefined;
        const text = unescapeXml(v);
        const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
        if (Number.isNaN(ms)) throw damaged(`not a date: ${text.slice(0, 20)}`);
        return { value: plainValue(new Date(ms) as ExcelValue, this.date1904), date: numFmt || "yyyy-mm-dd" };
      }
      default:
        return v === undefined || v === "" ? undefined : this.dated(number(v, damaged), numFmt);
    }
  }

  /** A number as ExcelJS reads it under its format: a Date (as its serial) when ExcelJS takes the format for a date. */
  private dated(n: number, numFmt: string | undefined): { value: CellValue; date?: string } {
    if (numFmt === undefined) return { value: n };
    let kind = this.formatKinds.get(numFmt);
    if (kind === undefined) this.formatKinds.set(numFmt, (kind = excelDateFormat(numFmt) ? "excel-date" : isDateFormat(numFmt) ? "date" : "number"));
    if (kind !== "excel-date") return kind === "date" ? { value: n, date: numFmt } : { value: n };
    return { value: plainValue(excelToDate(n, this.date1904), this.date1904), date: numFmt || "yyyy-mm-dd" };
  }

  /** The merged ranges clipped to the cells in use (at least their anchor); covered cells' values dropped. */
  private merges(xml: string, values: Grid, dateFormats: Map<string, string>, damaged: (detail: string, cell?: string) => FileRefusal): string[] {
    const ranges: CellRange[] = [];
    // Clipped to the cells in use and a margin (a merge a little beyond the values, over empty cells, stays
    // whole); a merge to the sheet's last cell costs no more than one near the values.
    const lastRow = values.length - 1 + CLIP_MARGIN;
    const lastColumn = values.reduce((max, line) => Math.max(max, line.length - 1), -1) + CLIP_MARGIN;
    for (const m of xml.matchAll(/<mergeCell\b[^>]*?ref\s*=\s*["']([^"']*)["'][^>]*>/g)) {
      const parts = m[1].split(":");
      let a: { row: number; column: number };
      let b: { row: number; column: number };
      try {
        a = parseAddress(parts[0]);
        b = parseAddress(parts[1] ?? parts[0]);
      } catch {
        throw damaged(`merged range ${m[1]}`);
      }
      const top = Math.min(a.row, b.row);
      const left = Math.min(a.column, b.column);
      if (Math.max(a.row, b.row) >= MAX_ROWS || Math.max(a.column, b.column) >= MAX_COLUMNS) throw damaged(`merged range ${m[1]}`);
      ranges.push({
        top,
        left,
        bottom: Math.max(top, Math.min(Math.max(a.row, b.row), lastRow)),
        right: Math.max(left, Math.min(Math.max(a.column, b.column), lastColumn)),
      });
    }
    ranges.sort((x, y) => x.top - y.top || x.left - y.left);
    for (let i = 0; i < ranges.length; i++) {
      for (let j = i + 1; j < ranges.length && ranges[j].top <= ranges[i].bottom; j++) {
        if (overlaps(ranges[i], ranges[j])) throw damaged(`overlapping merges ${formatRange(ranges[i])} ${formatRange(ranges[j])}`);
      }
      const { top, left, bottom, right } = ranges[i];
      for (let r = top; r <= bottom && r < values.length; r++) {
        const line = values[r];
        for (let c = left; c <= right && c < line.length; c++) {
          if (r === top && c === left) continue;
          line[c] = null;
          dateFormats.delete(cellAddress(r, c));
        }
        while (line.length > 0 && line[line.length - 1] === null) line.length--;
      }
    }
    while (values.length > 0 && values[values.length - 1].length === 0) values.length--;
    return ranges.map(formatRange);
  }

  private sharedStrings(): { values: string[]; bad: Set<number> } {
    if (this.strings) return this.strings;
    const bytes = this.zip.read("xl/sharedStrings.xml");
    const values: string[] = [];
    const bad = new Set<number>();
    if (bytes !== null) {
      const { text, bad: invalid } = decode(bytes);
      for (const m of text.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
        const value = richText(m[1] ?? "");
        if (invalid && value.includes("\uFFFD")) bad.add(values.length);
        values.push(value);
      }
    }
    this.strings = { values, bad };
    return this.strings;
  }

  /** Each cell style's number format code, by style index (ExcelJS ignores applyNumberFormat as well). */
  private formats(): (string | undefined)[] {
    if (this.numFmts) return this.numFmts;
    const xml = this.text("xl/styles.xml") ?? "";
    const custom = new Map<number, string>();
    for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
      const id = attr(m[0], "numFmtId");
      const code = attr(m[0], "formatCode");
      if (id !== undefined && code !== undefined) custom.set(Number(id), unescapeXml(code));
    }
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    this.numFmts = [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
      const id = Number(attr(m[0], "numFmtId") ?? 0);
      return id ? (custom.get(id) ?? BUILT_IN[id]?.f) : undefined;
    });
    return this.numFmts;
  }
}
