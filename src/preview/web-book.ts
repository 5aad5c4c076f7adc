import { sampleRegister } from "../register/sample";
import { inputSheetPlans } from "../register/template";
import type { Lang } from "../i18n/catalogue";
import { NoVisibleSheetError, XlsxWorkbook, WorkbookFileError } from "../xlsx/xlsx-workbook";

export { NoVisibleSheetError };

/*
 * The web app's .xlsx side, in a chunk of its own: ExcelJS is loaded only when a file is opened (or the
 * sample is tried), never before, so the page itself stays small.
 */

/** Why a chosen file could not be opened. */
export type OpenFailure = "not-xlsx" | "unreadable";

/** What each opened file held that the .xlsx writer cannot write back (see {@link lostOnSave}). */
const partsOf = new WeakMap<XlsxWorkbook, string[]>();

/** Opens the secretary's file from its bytes; nothing leaves the browser. */
export async function openBook(bytes: Uint8Array, now: () => Date): Promise<XlsxWorkbook | OpenFailure> {
  if (!looksLikeZip(bytes)) return "not-xlsx";
  try {
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    partsOf.set(book, zipNames(bytes));
    return book;
  } catch (error) {
    if (error instanceof WorkbookFileError) return "unreadable";
    throw error;
  }
}

/** A new, empty workbook: 建立登记簿 in the pane adds the input sheets. */
export function newBook(now: () => Date): XlsxWorkbook {
  return XlsxWorkbook.empty({ now });
}

/** A workbook holding the sample branch up to `lastMonth` (YYYY-MM), as `star-register template --sample` makes it. */
export async function sampleBook(lastMonth: string, now: () => Date): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth })) });
  return book;
}

/** The workbook as .xlsx bytes, for the download. */
export function saveBook(book: XlsxWorkbook): Promise<Uint8Array> {
  return book.toBytes();
}

/** Parts of an .xlsx package that ExcelJS reads past and does not write again, with what a person calls them. */
const UNCARRIED: readonly { test: RegExp; zh: string; en: string }[] = [
  { test: /^xl\/charts\/chart\d*\.xml$/i, zh: "图表", en: "charts" },
  { test: /^xl\/chartsheets\//i, zh: "图表工作表", en: "chart sheets" },
  { test: /^xl\/pivotTables\//i, zh: "数据透视表", en: "pivot tables" },
  { test: /^xl\/slicers\//i, zh: "切片器", en: "slicers" },
  { test: /^xl\/vbaProject\.bin$/i, zh: "宏（VBA）", en: "macros (VBA)" },
  { test: /^xl\/drawings\/vmlDrawing\d*\.vml$/i, zh: "批注框的格式和位置（批注文字保留）", en: "comment box formats and positions (comment text is kept)" },
  { test: /^xl\/(activeX|ctrlProps)\//i, zh: "控件（按钮、复选框）", en: "form controls" },
  { test: /^xl\/externalLinks\//i, zh: "指向其他工作簿的链接", en: "links to other workbooks" },
];

/**
 * What the opened file holds that the saved copy will not have, in the user's language, for the warning
 * before saving. Read from the original file's package, since ExcelJS does not keep what it drops.
 */
export function lostOnSave(book: XlsxWorkbook, lang: Lang): string[] {
  const names = partsOf.get(book) ?? [];
  return UNCARRIED.filter((part) => names.some((n) => part.test.test(n))).map((part) => (lang === "en-US" ? part.en : part.zh));
}

/** The file names in a zip archive, from its central directory (no decompression needed). */
export function zipNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let i = 0; i < count && at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** .xlsx files are zip archives ("PK\x03\x04"); an old .xls or a renamed CSV is not. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
