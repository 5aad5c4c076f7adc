import { rollup, type Rollup } from "../register/rollup/rollup";
import { renderRollupSheet } from "../register/rollup/render";
import { rollupSource } from "../register/rollup/source";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";

/*
 * The 党委汇总 page's .xlsx side, in a chunk of its own (ExcelJS loads when the first file is chosen): the
 * branches' files are read in the browser, one at a time, and the roll-up workbook is made there too.
 */

/** The roll-up of the chosen files for the period (YYYY-MM or YYYY). */
export async function rollupFiles(files: readonly { name: string; bytes: Uint8Array }[], period: string, today: string): Promise<Rollup> {
  const sources = [];
  for (const f of files) sources.push(await rollupSource(f.name, f.bytes, period, (b) => XlsxWorkbook.fromBuffer(b)));
  return rollup(sources, period, today);
}

/** The roll-up workbook (`YYYY-MM 党委汇总`) as .xlsx bytes. */
export async function rollupBytes(result: Rollup, generatedAt: string): Promise<Uint8Array> {
  const book = XlsxWorkbook.empty();
  await book.write({ sheets: [renderRollupSheet(result, { generatedAt })] });
  return book.toBytes();
}
