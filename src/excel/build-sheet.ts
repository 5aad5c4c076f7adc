/**
 * Turns one sheet plan into the calls that build it on a (new, temporary) worksheet: values, number
 * formats, fonts, fills, borders, alignment, column widths, row heights, merges, frozen panes, print
 * setup and page breaks, drop-down lists, the chart and the tab colour. Nothing is sent here: each call is a
 * {@link QueuedOp} with its estimated payload, and the caller packs them into as few requests as fit.
 * Values and number formats of a large sheet are split into row blocks so no request passes the budget.
 */
import { columnLetters, rangeAddress, type CellValue } from "../register/cells";
import type { ChartPlan, FormatRange, PrintSetup, SheetPlan } from "../register/sheet-plan";
import { pageMargins } from "../register/page-margins";
import { columnWidthPoints, isOpenEnded, MAX_COLUMNS, MAX_ROWS, parseRange, rectAddress, type Rect } from "./addresses";
import { API, type ApiSupport } from "./features";
import { BLOCK_BYTES, CALL_BYTES, rowBlocks, valueBytes, type QueuedOp } from "./payload";
import { gridWidth, toExcelGrid } from "./text-safety";
import { pushAll } from "../scheme/arrays";

/** Excel's limit on the text of a list validation's source ("a,b,c"). */
const LIST_SOURCE_LIMIT = 255;

/**
 * The calls building `plan` on the worksheet `target()` returns (resolved when the calls are queued), with
 * `values` as the cells (the plan's, with kept text carried in).
 */
export function buildSheetOps(target: () => Excel.Worksheet, plan: SheetPlan, values: readonly (readonly CellValue[])[], supports: ApiSupport): QueuedOp[] {
  const grid = toExcelGrid(values);
  const width = gridWidth(grid);
  const ops: QueuedOp[] = [];

  if (width > 0) {
    for (const block of rowBlocks(grid)) {
      ops.push({
        bytes: block.bytes + CALL_BYTES,
        queue: () => {
          target().getRange(rangeAddress(block.start, 0, block.end - 1, width - 1)).values = grid.slice(block.start, block.end);
        },
      });
    }
  }
  const extent = { rows: grid.length, columns: width };
  for (const f of plan.formats ?? []) {
    if (f.numberFormat !== undefined) pushAll(ops, numberFormatOps(target, f.range, f.numberFormat, extent));
    const op = formatOp(target, f);
    if (op) ops.push(op);
  }
  pushAll(ops, columnWidthOps(target, plan.columnWidths ?? []));
  pushAll(ops, rowHeightOps(target, plan.rowHeights ?? {}));
  for (const m of plan.merges ?? []) {
    ops.push({ bytes: CALL_BYTES, queue: () => target().getRange(m).merge(false) });
  }
  if (plan.freeze) {
    const { rows, columns = 0 } = plan.freeze;
    if (rows > 0 || columns > 0) {
      ops.push({
        bytes: CALL_BYTES,
        queue: () => {
          const panes = target().freezePanes;
          if (rows > 0 && columns > 0) panes.freezeAt(rangeAddress(0, 0, rows - 1, columns - 1));
          else if (rows > 0) panes.freezeRows(rows);
          else panes.freezeColumns(columns);
        },
      });
    }
  }
  if (plan.print && supports(API.pageLayout)) ops.push(printOp(target, plan.print, grid.length));
  if (plan.pageBreaks?.length && supports(API.pageLayout)) {
    const rows = plan.pageBreaks;
    ops.push({
      bytes: CALL_BYTES * rows.length,
      // A manual page break goes before the row of the cell given.
      queue: () => rows.forEach((row) => target().horizontalPageBreaks.add(`A${row + 1}`)),
    });
  }
  if (plan.validations?.length && supports(API.dataValidation)) {
    for (const v of plan.validations) {
      ops.push({
        bytes: CALL_BYTES * 2 + v.list.join(",").length * 3 + (v.message?.length ?? 0) * 3,
        queue: () => {
          const validation = target().getRange(v.range).dataValidation;
          validation.rule = { list: { inCellDropDown: true, source: listSource(v.list) } };
          // Stop, as Excel's own default for lists and as the .xlsx adapter writes; the message says what to do.
          if (v.message || v.strict === false) {
            validation.errorAlert = { showAlert: true, style: v.strict === false ? "Information" : "Stop", title: "", message: v.message ?? "" };
          }
        },
      });
    }
  }
  if (plan.chart && plan.chart.series.length > 0) ops.push(chartOp(target, plan.chart));
  if (plan.tabColor) {
    const color = plan.tabColor;
    ops.push({ bytes: CALL_BYTES, queue: () => (target().tabColor = color) });
  }
  return ops;
}

/** The list as a validation source; Excel separates items with commas and allows 255 characters. */
function listSource(list: readonly string[]): string {
  if (list.some((item) => item.includes(","))) throw new RangeError(`a drop-down item cannot contain a comma: ${list.join(" | ")}`);
  const source = list.join(",");
  if (source.length === 0 || source.length > LIST_SOURCE_LIMIT) throw new RangeError(`a drop-down list must have 1 to ${LIST_SOURCE_LIMIT} characters`);
  return source;
}

/** Number formats as `Range.numberFormat` takes them: a 2-D array of the range's shape, in row blocks. */
function numberFormatOps(target: () => Excel.Worksheet, address: string, format: string, extent: { rows: number; columns: number }): QueuedOp[] {
  const rect = clip(parseRange(address), extent);
  if (!rect) return [];
  const columns = rect.right - rect.left + 1;
  const perRow = columns * (valueBytes(format) + 1) + 2;
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK_BYTES / perRow));
  const ops: QueuedOp[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPerBlock) {
    const bottom = Math.min(rect.bottom, top + rowsPerBlock - 1);
    ops.push({
      bytes: (bottom - top + 1) * perRow + CALL_BYTES,
      queue: () => {
        const row = new Array<string>(columns).fill(format);
        const rows = Array.from({ length: bottom - top + 1 }, () => row);
        target().getRange(rectAddress({ top, left: rect.left, bottom, right: rect.right })).numberFormat = rows;
      },
    });
  }
  return ops;
}

/** Whole columns or rows cut to the plan's cells, since a number format array must list every cell. */
function clip(rect: Rect, extent: { rows: number; columns: number }): Rect | null {
  if (!isOpenEnded(rect)) return rect;
  const bottom = rect.bottom === MAX_ROWS - 1 ? Math.min(rect.bottom, extent.rows - 1) : rect.bottom;
  const right = rect.right === MAX_COLUMNS - 1 ? Math.min(rect.right, extent.columns - 1) : rect.right;
  return bottom < rect.top || right < rect.left ? null : { ...rect, bottom, right };
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Font, fill, borders and alignment of one format range, in one call group. */
function formatOp(target: () => Excel.Worksheet, f: FormatRange): QueuedOp | null {
  const { font, fill, border, horizontal, vertical, wrap } = f;
  if (!font && !fill && !border && !horizontal && !vertical && wrap === undefined) return null;
  const rect = parseRange(f.range);
  return {
    bytes: CALL_BYTES * 8 + (font?.name?.length ?? 0) * 3,
    queue: () => {
      const format = target().getRange(f.range).format;
      if (font) {
        if (font.name !== undefined) format.font.name = font.name;
        if (font.size !== undefined) format.font.size = font.size;
        if (font.bold !== undefined) format.font.bold = font.bold;
        if (font.italic !== undefined) format.font.italic = font.italic;
        if (font.color !== undefined) format.font.color = font.color;
      }
      if (fill) format.fill.color = fill;
      if (border) {
        const weight = border === "medium" ? "Medium" : "Thin";
        // Every edge of every cell: the outline, and the inside lines where the range has more than one row or column.
        const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
        if (rect.bottom > rect.top) edges.push("InsideHorizontal");
        if (rect.right > rect.left) edges.push("InsideVertical");
        for (const edge of edges) {
          const b = format.borders.getItem(edge);
          b.style = "Continuous";
          b.weight = weight;
        }
      }
      if (horizontal) format.horizontalAlignment = HORIZONTAL[horizontal];
      if (vertical) format.verticalAlignment = VERTICAL[vertical];
      if (wrap !== undefined) format.wrapText = wrap;
    },
  };
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Column widths in points, one call per run of equal widths. */
function columnWidthOps(target: () => Excel.Worksheet, widths: readonly number[]): QueuedOp[] {
  const ops: QueuedOp[] = [];
  let c = 0;
  while (c < widths.length) {
    const w = widths[c];
    if (typeof w !== "number" || !(w >= 0)) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    const address = `${columnLetters(c)}:${columnLetters(end)}`;
    const points = columnWidthPoints(w);
    ops.push({ bytes: CALL_BYTES, queue: () => (target().getRange(address).format.columnWidth = points) });
    c = end + 1;
  }
  return ops;
}

/** Row heights in points, one call per run of consecutive rows of equal height. */
function rowHeightOps(target: () => Excel.Worksheet, heights: Record<number, number>): QueuedOp[] {
  const rows = Object.keys(heights)
    .map(Number)
    .filter((r) => Number.isInteger(r) && r >= 0 && typeof heights[r] === "number")
    .sort((a, b) => a - b);
  const ops: QueuedOp[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && heights[rows[j + 1]] === heights[rows[i]]) j++;
    const address = `${rows[i] + 1}:${rows[j] + 1}`;
    const height = heights[rows[i]];
    ops.push({ bytes: CALL_BYTES, queue: () => (target().getRange(address).format.rowHeight = height) });
    i = j + 1;
  }
  return ops;
}

/** Splits "&L…&C…&R…" footer text into its sections; plain text is the centre section. */
export function footerSections(text: string): { left?: string; center?: string; right?: string } {
  if (!/^&[LCR]/.test(text)) return { center: text };
  const out: { left?: string; center?: string; right?: string } = {};
  const re = /&([LCR])((?:[^&]|&(?![LCR]))*)/g;
  for (const m of text.matchAll(re)) {
    const key = m[1] === "L" ? "left" : m[1] === "C" ? "center" : "right";
    out[key] = m[2];
  }
  return out;
}

/**
 * The pages tall of "one page wide, as many pages tall as it takes". The reference documents a zoom as a
 * scale of 10–400 or a number of pages to fit (PageLayoutZoomOptions); 0, the .xlsx files' "automatic", is
 * not among them, and a refused value would fail the whole batch. A row is never taller than a page, so
 * as many pages as rows never makes Excel shrink a sheet to fit its height: only the width decides.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
 */
export function pagesTall(rows: number): number {
  return Math.max(1, Math.min(MAX_PAGES_TALL, rows));
}

/** Excel's largest "fit to N pages" (the Page Setup dialog's limit). */
const MAX_PAGES_TALL = 32767;

/** A4 page setup: orientation, paper, print titles, fit to one page wide, margins, footer, centring. */
function printOp(target: () => Excel.Worksheet, print: PrintSetup, rows: number): QueuedOp {
  return {
    bytes: CALL_BYTES * 8 + (print.footer?.length ?? 0) * 3,
    queue: () => {
      const layout = target().pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
      // One page wide, as many pages tall as it takes (see pagesTall).
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: pagesTall(rows) };
      if (print.margins) layout.setPrintMargins("Inches", pageMargins(print.margins));
      if (print.footer) {
        const sections = footerSections(print.footer);
        const page = layout.headersFooters.defaultForAllPages;
        if (sections.left !== undefined) page.leftFooter = sections.left;
        if (sections.center !== undefined) page.centerFooter = sections.center;
        if (sections.right !== undefined) page.rightFooter = sections.right;
      }
      if (print.horizontallyCentered) layout.centerHorizontally = true;
    },
  };
}

/** A clustered column chart of the plan's series over its categories, placed at the anchor. */
function chartOp(target: () => Excel.Worksheet, plan: ChartPlan): QueuedOp {
  return {
    bytes: CALL_BYTES * (6 + plan.series.length * 3) + plan.title.length * 3,
    queue: () => {
      const sheet = target();
      const [first, ...rest] = plan.series;
      const firstRect = parseRange(first.values);
      // One series from the first values range: a row of values is one series by rows, a column by columns.
      const seriesBy = firstRect.top === firstRect.bottom && firstRect.right > firstRect.left ? "Rows" : "Columns";
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.values), seriesBy);
      chart.title.text = plan.title;
      const categories = sheet.getRange(plan.categories);
      const series = chart.series.getItemAt(0);
      series.name = first.name;
      series.setXAxisValues(categories);
      for (const s of rest) {
        const more = chart.series.add(s.name);
        more.setValues(sheet.getRange(s.values));
        more.setXAxisValues(categories);
      }
      chart.legend.visible = plan.series.length > 1;
      chart.setPosition(plan.anchor);
      chart.width = plan.width;
      chart.height = plan.height;
    },
  };
}
