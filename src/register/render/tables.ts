/**
 * The pieces every results table of the printed sheets is made of: a section heading, a header row, a
 * bordered body (or one row saying there is none), and the star colours over runs of equal stars.
 */
import type { CellValue } from "../cells";
import { starRuns } from "./context";
import type { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, UNSCORED_STYLE } from "./styles";

/** A section heading across the sheet ("一、党员"). Returns its row. */
export function sectionRow(b: SheetBuilder, text: string, height: number): number {
  return b.mergedRow(text, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height });
}

/** Formats a table's header row. */
export function formatHeader(b: SheetBuilder, row: number, wrap = true): void {
  b.format(row, 0, row, b.width - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center", vertical: "center", ...(wrap && { wrap: true }) });
}

/** A table's rows under its (formatted) header. */
export interface TableBody<T> {
  items: readonly T[];
  cells: (item: T, index: number) => CellValue[];
  /** A row's height (points); absent: the host's default. */
  height?: (item: T, cells: CellValue[]) => number | undefined;
  /** Called after each row is added (per-row merges). */
  each?: (row: number, cells: CellValue[]) => void;
  /** The one row written when there are no items ("（无）"). */
  none: string;
  noneHeight?: number;
}

/**
 * Writes a table's rows under `headerRow`, borders the whole table and centres the rows; `first` > `last`
 * when there was none (then the one row saying so is not counted).
 */
export function tableBody<T>(b: SheetBuilder, headerRow: number, body: TableBody<T>): { first: number; last: number } {
  const first = b.nextRow;
  if (body.items.length === 0) {
    const r = b.mergedRow(body.none, { horizontal: "center" }, { height: body.noneHeight });
    b.format(headerRow, 0, r, b.width - 1, { border: "thin" });
    return { first, last: first - 1 };
  }
  body.items.forEach((item, i) => {
    const cells = body.cells(item, i);
    const r = b.row(cells, body.height?.(item, cells));
    body.each?.(r, cells);
  });
  const last = b.nextRow - 1;
  b.format(headerRow, 0, last, b.width - 1, { border: "thin" });
  b.format(first, 0, last, b.width - 1, { horizontal: "center" });
  return { first, last };
}

/** Colours columns `from`..`to` of rows from `first` on by their stars (null: no score), a run at a time. */
export function paintStars(b: SheetBuilder, first: number, rows: readonly { stars: number | null }[], from: number, to: number): void {
  starRuns(rows, (stars, start, end) => {
    const style = stars === null ? UNSCORED_STYLE : STAR_STYLES[stars];
    b.format(first + start, from, first + end, to, style ?? {});
  });
}

/**
 * A table of a publicity sheet (public fields only): 序号 (A), 姓名, 党小组 (C, left), the scores in
 * `numberColumns`, 星级 and 等级 (G:H) coloured by stars. `headerRow` is the table's header, written.
 */
export function publicTable<T extends { stars: number | null }>(
  b: SheetBuilder,
  headerRow: number,
  body: TableBody<T>,
  numberFormat: string,
  numberColumns: readonly number[],
): void {
  formatHeader(b, headerRow);
  const { first, last } = tableBody(b, headerRow, body);
  if (last < first) return;
  b.format(first, 2, last, 2, { horizontal: "left" });
  b.format(first, 0, last, 0, { numberFormat: "0" });
  for (const c of numberColumns) b.format(first, c, last, c, { numberFormat });
  paintStars(b, first, body.items, 6, 7);
}
