/**
 * Text stays text. Excel reads a string written to `Range.values` as if it had been typed: "=1+1",
 * "+86 138…" and "@SUM(A1)" become formulas, "-5" and "001" numbers, "2026-11" a date, "TRUE" a boolean,
 * "#N/A" an error. Such strings get Excel's quote prefix (a leading apostrophe), which Excel does not
 * store as part of the text: the cell holds exactly the string, as text. Numbers and booleans are
 * written as they are.
 */
import type { CellValue } from "../register/cells";
import { MAX_CELL_TEXT } from "../register/cell-text";

/** What `Range.values` takes for one cell. */
export type ExcelScalar = string | number | boolean;

/** Excel's limit on the text of one cell (the workflows fit their text to it first: register/cell-text.ts). */
export { MAX_CELL_TEXT };

/** Characters that make Excel read what follows as a formula, a signed number, an error or a quote. */
const FORMULA_OR_SIGN = /^[=+\-@'#\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Text starting like a number, date, time, fraction or amount (ASCII or full-width digits). */
const NUMBER_LIKE = /^[\s\u3000]*[0-9\uFF10-\uFF19.,($¥€£]/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
/** "Nov 2026", "March 5": English month names Excel turns into dates. */
const MONTH_DATE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/i;

/** True when Excel would read the string as anything but this text, so it needs the quote prefix. */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  return FORMULA_OR_SIGN.test(text) || NUMBER_LIKE.test(text) || BOOLEAN.test(text) || MONTH_DATE.test(text);
}

/** One plan value as `Range.values` must receive it: null → "" (empty), text safe, numbers as numbers. */
export function toExcelValue(value: CellValue | undefined): ExcelScalar {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`a cell cannot hold ${value}`);
    return value;
  }
  if (typeof value === "boolean") return value;
  if (value.length > MAX_CELL_TEXT) throw new RangeError(`text over ${MAX_CELL_TEXT} characters cannot go in one cell`);
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/** Throws RangeError for a value no cell can hold (NaN, ±Infinity, text over 32,767 characters). */
export function checkValues(rows: readonly (readonly CellValue[])[]): void {
  for (const row of rows) {
    for (const v of row) {
      if ((typeof v === "number" && !Number.isFinite(v)) || (typeof v === "string" && v.length > MAX_CELL_TEXT)) toExcelValue(v);
    }
  }
}

/** Plan rows as a rectangular grid of `width` columns (ragged rows padded with empty cells). */
export function toExcelGrid(rows: readonly (readonly CellValue[])[], width = gridWidth(rows)): ExcelScalar[][] {
  return rows.map((row) => {
    const out: ExcelScalar[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = toExcelValue(row[c]);
    return out;
  });
}

/** The widest row's length. */
export function gridWidth(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
