/**
 * The one check of a sheet plan and of a sheet name, shared by every host: the in-memory workbook (the
 * preview's and the tests'), the .xlsx adapter and the Excel adapter call it before they write, so a plan
 * fails in a test where Excel would refuse it.
 */
import type { CellValue } from "./cells";
import { MAX_CELL_TEXT } from "./cell-text";
import { isRegistryName } from "./ownership";
import type { SheetPlan } from "./sheet-plan";
import { MAX_COLUMNS, MAX_ROWS, overlaps, parseRange, parseTitleRows, type CellRange } from "./ranges";

const INVALID_NAME = /[:\\/?*[\]]/;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's limits: text in one cell (the workflows fit their text first: register/cell-text.ts), column width, row height. */
const MAX_TEXT = MAX_CELL_TEXT;
const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;
/** Excel refuses a typed-in validation list longer than this (the text between the quotes). */
const MAX_LIST_TEXT = 255;

/** The longest sheet name Excel accepts, in characters (UTF-16 units, as Excel and ExcelJS count them). */
export const MAX_SHEET_NAME = 31;

/**
 * Checks a sheet name as Excel does (1–31 characters, none of : \ / ? * [ ], no leading or trailing
 * apostrophe, not Excel's reserved "History") and refuses the add-in's registry sheet.
 */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > MAX_SHEET_NAME || INVALID_NAME.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw new RangeError(`invalid sheet name: ${name}`);
  }
  if (isRegistryName(name)) throw new RangeError(`reserved sheet name: ${name}`);
}

/** Checks a value to be written: text within Excel's cell limit, a finite number, a boolean or null. */
export function checkValue(value: CellValue, where: string): void {
  if (value === null || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${where}: ${value} is not a number Excel can hold`);
    return;
  }
  if (typeof value === "string") {
    if (value.length > MAX_TEXT) throw new RangeError(`${where}: text longer than ${MAX_TEXT} characters`);
    return;
  }
  throw new RangeError(`${where}: not a cell value: ${String(value)}`);
}

/**
 * Checks everything in a plan that could make applying it fail or produce a file Excel repairs, so that a
 * write can refuse before it changes anything. Throws RangeError naming the sheet and the fault.
 */
export function checkPlan(plan: SheetPlan): void {
  const fail = (what: string): never => {
    throw new RangeError(`sheet plan "${plan.name}": ${what}`);
  };
  checkSheetName(plan.name);
  if (!Array.isArray(plan.values)) fail("values is not a list of rows");
  if (plan.values.length > MAX_ROWS) fail("more rows than Excel allows");
  plan.values.forEach((row, r) => {
    if (!Array.isArray(row)) fail(`row ${r + 1} is not a list`);
    if (row.length > MAX_COLUMNS) fail(`row ${r + 1} has more columns than Excel allows`);
    row.forEach((value, c) => checkValue(value, `sheet plan "${plan.name}" row ${r + 1} column ${c + 1}`));
  });

  for (const f of plan.formats ?? []) {
    parseRange(f.range);
    if (f.font?.color !== undefined && !COLOUR.test(f.font.color)) fail(`font colour ${f.font.color} is not #RRGGBB`);
    if (f.font?.size !== undefined && !(f.font.size > 0 && f.font.size <= 409)) fail(`font size ${f.font.size}`);
    if (f.fill !== undefined && !COLOUR.test(f.fill)) fail(`fill ${f.fill} is not #RRGGBB`);
    if (f.border !== undefined && f.border !== "thin" && f.border !== "medium") fail(`border ${String(f.border)}`);
  }

  const merges: CellRange[] = [];
  for (const text of plan.merges ?? []) {
    const range = parseRange(text);
    if (merges.some((m) => overlaps(m, range))) fail(`merge ${text} overlaps another merge`);
    merges.push(range);
  }

  (plan.columnWidths ?? []).forEach((w, i) => {
    if (!(Number.isFinite(w) && w >= 0 && w <= MAX_WIDTH)) fail(`column width ${w} at column ${i + 1}`);
  });
  if ((plan.columnWidths ?? []).length > MAX_COLUMNS) fail("more column widths than Excel has columns");
  for (const [key, h] of Object.entries(plan.rowHeights ?? {})) {
    const row = Number(key);
    if (!(Number.isInteger(row) && row >= 0 && row < MAX_ROWS)) fail(`row height for row index ${key}`);
    if (!(Number.isFinite(h) && h >= 0 && h <= MAX_HEIGHT)) fail(`row height ${h} at row ${row + 1}`);
  }

  if (plan.freeze) {
    const { rows, columns = 0 } = plan.freeze;
    if (!(Number.isInteger(rows) && rows >= 0 && rows < MAX_ROWS)) fail(`frozen rows ${rows}`);
    if (!(Number.isInteger(columns) && columns >= 0 && columns < MAX_COLUMNS)) fail(`frozen columns ${columns}`);
  }

  if (plan.print) {
    const { print } = plan;
    if (print.paper !== "A4") fail(`paper ${String(print.paper)}`);
    if (print.orientation !== "portrait" && print.orientation !== "landscape") fail(`orientation ${String(print.orientation)}`);
    if (print.titleRows !== undefined) parseTitleRows(print.titleRows);
    for (const [side, inches] of Object.entries(print.margins ?? {})) {
      if (!(Number.isFinite(inches) && inches >= 0 && inches < 49)) fail(`${side} margin ${inches}`);
    }
  }

  for (const v of plan.validations ?? []) {
    parseRange(v.range);
    if (v.list.length === 0) fail(`validation ${v.range} has an empty list`);
    // A typed-in list has no escape for its separator, and Excel caps its length.
    const bad = v.list.find((item) => item.includes(",") || item.includes('"'));
    if (bad !== undefined) fail(`validation ${v.range}: list item ${bad} contains a comma or a quote`);
    if (v.list.join(",").length > MAX_LIST_TEXT) fail(`validation ${v.range}: list longer than ${MAX_LIST_TEXT} characters`);
  }

  if (plan.chart) {
    parseRange(plan.chart.categories);
    parseRange(plan.chart.anchor);
    for (const s of plan.chart.series) parseRange(s.values);
  }
  for (const row of plan.pageBreaks ?? []) {
    if (!Number.isInteger(row) || row <= 0 || row >= MAX_ROWS) fail(`page break before row index ${row}`);
  }

  if (plan.tabColor !== undefined && !COLOUR.test(plan.tabColor)) fail(`tab colour ${plan.tabColor} is not #RRGGBB`);
}
