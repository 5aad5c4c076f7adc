import type { Grid } from "../cells";

/**
 * Exports as bytes, before any spreadsheet library: what kind of file it is, and CSV text to a grid.
 * Pure (bytes in, values out), so the task pane can use it on a dropped file as the command line does on disk.
 */

/** What the first bytes say the file is. */
export type FileKind = "empty" | "xlsx" | "xls" | "zip" | "html" | "binary" | "text";

/** Sniffs the content (not the name): a zip holding xl/ is .xlsx; OLE2 is old .xls; NUL bytes are binary. */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return zipHasWorkbook(bytes) ? "xlsx" : "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "xls";
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "binary"; // %PDF
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = bytes.subarray(0, 8192);
  if (!utf16 && head.includes(0)) return "binary";
  const start = new TextDecoder("latin1")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^ï»¿/, "")
    .trimStart()
    .toLowerCase();
  if (start.startsWith("<")) return "html";
  return "text";
}

/** True when a zip's names include the workbook part (the names are stored in the clear). */
function zipHasWorkbook(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.includes("xl/workbook.xml") || text.includes("xl/worksheets/");
}

/**
 * CSV bytes to text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else GBK/GB18030
 * as Chinese Excel and WPS save CSV. Null when the bytes are none of these.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", bytes.subarray(2));
  return decode("utf-8", bytes) ?? decode("gb18030", bytes);
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * RFC 4180 CSV to a grid of text: quoted fields with "" for a quote and line breaks inside, CRLF, LF or CR
 * between records. The delimiter is the first line's most frequent of comma, tab and semicolon (outside
 * quotes). Excel's `="00123"` (text kept as text) reads as 00123. Empty fields are null; values stay text,
 * as the register's readers read "95" as 95.
 */
export function parseCsv(text: string): Grid {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(body);
  const grid: Grid = [];
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  const endField = () => {
    const value = quoted ? field : unwrapFormulaText(field);
    row.push(value === "" ? null : value);
    field = "";
    quoted = false;
  };
  const endRow = () => {
    endField();
    grid.push(row.every((v) => v === null) ? [] : trimRow(row));
    row = [];
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === "") {
      inQuotes = true;
      quoted = true;
    } else if (ch === delimiter) endField();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || quoted || row.length > 0) endRow();
  while (grid.length > 0 && grid[grid.length - 1].length === 0) grid.pop();
  return grid;
}

function trimRow(row: (string | null)[]): (string | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/** `="00123"` → 00123 (Excel's way to keep text as text in CSV); anything else as it is. */
function unwrapFormulaText(field: string): string {
  const m = /^="(.*)"$/s.exec(field);
  return m ? m[1].replace(/""/g, '"') : field;
}

function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    ["\t", 0],
    [";", 0],
  ]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
