import { sampleRegister } from "../sample/sample-branch";
import { inputSheetPlans } from "../register/template";
import type { Lang } from "../i18n/catalogue";
import { unmodelledPartName } from "../i18n/unmodelled";
import { NoVisibleSheetError, XlsxWorkbook, WorkbookFileError } from "../xlsx/xlsx-workbook";

export { NoVisibleSheetError };

/*
 * The web app's .xlsx side, in a chunk of its own: ExcelJS is loaded only when a file is opened (or the
 * sample is tried), never before, so the page itself stays small.
 */

/** Why a chosen file could not be opened. */
export type OpenFailure = "not-xlsx" | "unreadable";

/** Opens the secretary's file from its bytes; nothing leaves the browser. */
export async function openBook(bytes: Uint8Array, now: () => Date): Promise<XlsxWorkbook | OpenFailure> {
  if (!looksLikeZip(bytes)) return "not-xlsx";
  try {
    return await XlsxWorkbook.fromBuffer(bytes, { now });
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

/**
 * What the opened file holds that the saved copy will not have (macros, pivot tables, …: what the .xlsx
 * port's zip layer cannot carry), named for the person, for the warning before saving.
 */
export function lostOnSave(book: XlsxWorkbook, lang: Lang): string[] {
  return book.unmodelled.map((part) => unmodelledPartName(part, lang));
}

/** .xlsx files are zip archives ("PK\x03\x04"); an old .xls or a renamed CSV is not. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
