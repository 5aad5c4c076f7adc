/**
 * Printing as a sheet is pinned on a board: the one helper every renderer of a printed sheet passes its
 * plan through. It estimates where the printed pages end (A4, the plan's margins, fit to one page wide)
 * and writes every page break as a manual one, placed so that
 *   - a block that must stay together (a section heading with its table's header and first rows, the star
 *     distribution, a signature block) is never cut at a page's foot: it starts the next page instead;
 *   - the repeated header row (print titles) is only kept when the table it heads really continues on a
 *     later page, so that a page holding only the distribution or another table never shows it;
 *   - where the header does repeat, a block marked `glue` takes the last rows of the table before it to the
 *     new page, so that the repeated header always stands above rows of its own table.
 * Excel and LibreOffice repeat print titles on every page after the one they first appear on; manual
 * breaks are honoured with fit-to-width scaling (fitToHeight 0) by both.
 */
import { rangeAddress, type CellValue } from "../cells";
import { outputSheetNamed } from "../output-sheets";
import type { FormatRange, PrintSetup, SheetPlan } from "../sheet-plan";
import { labelsFor, type RenderLang } from "./labels";
import type { SheetBuilder } from "./sheet-builder";
import { FONTS, TAB_COLOR } from "./styles";
import { fittedHeight, spanWidth } from "./text-fit";

/** Rows (zero-based, inclusive) printed on one page. */
export interface PrintBlock {
  from: number;
  to: number;
  /**
   * Rows before `from` taken along to a new page while print titles repeat (the last rows of the table
   * the repeated header belongs to). Ignored when the titles are dropped.
   */
  glue?: number;
}

/** What the helper needs beyond the plan. */
export interface PrintLayoutOptions {
  blocks: readonly PrintBlock[];
  /**
   * The last row of the table whose header row the plan's titleRows repeat. The titles are dropped
   * when that row prints on the same page as the header.
   */
  titleTableEnd?: number;
}

/** How a print-ready sheet is set up besides its builder's rows. */
export interface PrintedSheetOptions {
  name: string;
  columnWidths: number[];
  /** The font of every cell, under the builder's own formats. */
  font: NonNullable<FormatRange["font"]>;
  margins: NonNullable<PrintSetup["margins"]>;
  /** The zero-based header row repeated at the top of every printed page (print titles). */
  titleRow?: number;
  /** Rows kept in view while scrolling. */
  freezeRows?: number;
  chart?: SheetPlan["chart"];
  /** Formats after the builder's (they win). */
  formats?: FormatRange[];
  /** Manual page breaks of the sheet's own (one member per page). */
  pageBreaks?: number[];
  /** Where the pages may break: the plan is passed through {@link paginate}. Absent: the hosts decide. */
  pages?: PrintLayoutOptions;
  lang?: RenderLang;
}

/** A printed sheet's orientation, from its entry in the output sheets' table; a name of none is a bug. */
function printOrientation(name: string): PrintSetup["orientation"] {
  const entry = outputSheetNamed(name);
  if (!entry) throw new Error(`"${name}" is not an output sheet of register/output-sheets.ts`);
  return entry.sheet.print.orientation;
}

/**
 * The plan of a print-ready sheet: the builder's rows on A4, one page wide, centred, with the page
 * footer and the register's tab colour. A builder without a row gives one blank row.
 */
export function printedSheet(b: SheetBuilder, o: PrintedSheetOptions): SheetPlan {
  const rows = b.values.length;
  const print: PrintSetup = { orientation: printOrientation(o.name), paper: "A4" };
  if (o.titleRow !== undefined) print.titleRows = `$${o.titleRow + 1}:$${o.titleRow + 1}`;
  Object.assign(print, { fitToWidth: true, margins: o.margins, footer: labelsFor(o.lang).pageFooter, horizontallyCentered: true });
  const plan: SheetPlan = {
    name: o.name,
    values: rows > 0 ? b.values : [Array<CellValue>(b.width).fill("")],
    formats: rows > 0 ? [{ range: rangeAddress(0, 0, rows - 1, b.width - 1), font: o.font, vertical: "center" }, ...b.formats, ...(o.formats ?? [])] : [],
    merges: b.merges,
    columnWidths: o.columnWidths,
    rowHeights: b.rowHeights,
  };
  if (o.freezeRows !== undefined) plan.freeze = { rows: o.freezeRows };
  plan.print = print;
  if (o.chart) plan.chart = o.chart;
  plan.tabColor = TAB_COLOR;
  if (o.pageBreaks && o.pageBreaks.length > 0) plan.pageBreaks = o.pageBreaks;
  return o.pages ? paginate(plan, o.pages) : plan;
}

/** The column a notice's signature block starts in (E). */
export const SIGNATURE_FROM = 4;

/** The height of a paragraph across the page (12 pt text wraps at about the sheet's width in units). */
export function paragraphHeight(columnWidths: readonly number[], text: string, min = 20): number {
  return fittedHeight([{ text, width: spanWidth(columnWidths, 0, columnWidths.length - 1) * 0.9 }], min, 17);
}

/** A paragraph across the page, its height fitted to its text. Returns its row. */
export function paragraphRow(b: SheetBuilder, columnWidths: readonly number[], text: string, min = 20): number {
  return b.mergedRow(
    text,
    { font: FONTS.publicityBody, horizontal: "left", vertical: "top", wrap: true },
    { height: paragraphHeight(columnWidths, text, min) },
  );
}

/** The signature block (E to the last column): the branch's name (when it has one) and the date under it. */
export function signatureBlock(b: SheetBuilder, branchName: string, date: string, height: number): void {
  const signature = { from: SIGNATURE_FROM, height };
  const branch = branchName.trim();
  if (branch) b.mergedRow(branch, { font: FONTS.publicityBody, horizontal: "center" }, signature);
  b.mergedRow(date, { font: FONTS.publicityBody, horizontal: "center" }, signature);
}

/** A notice's closing: a gap, a paragraph (contact, objection), a gap and the signature block. */
export interface NoticeClosing {
  /** Heights of the gaps before and after the paragraph (undefined: a row of the default height). */
  gaps: readonly [number | undefined, number | undefined];
  text: string;
  /** The paragraph's least height. */
  minHeight?: number;
  branchName: string;
  date: string;
  signatureHeight: number;
}

/** Writes a notice's closing; returns its rows (from the paragraph on), to be printed together. */
export function noticeClosing(b: SheetBuilder, columnWidths: readonly number[], c: NoticeClosing): PrintBlock {
  gap(b, c.gaps[0]);
  const from = paragraphRow(b, columnWidths, c.text, c.minHeight);
  gap(b, c.gaps[1]);
  signatureBlock(b, c.branchName, c.date, c.signatureHeight);
  return { from, to: b.nextRow - 1 };
}

function gap(b: SheetBuilder, height: number | undefined): void {
  if (height === undefined) b.row();
  else b.row([], height);
}

/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
/** Row height Excel and LibreOffice give a row without one, in points (11 pt CJK text, a little generous). */
export const DEFAULT_ROW_HEIGHT = 16;
/** Kept free on every page for rounding between hosts (points, at 100 %). */
const SLACK = 18;

/** The plan with its page breaks (merged with any it had) and its print titles kept or dropped. */
export function paginate(plan: SheetPlan, options: PrintLayoutOptions): SheetPlan {
  if (!plan.print) return plan;
  const titles = titleRange(plan.print.titleRows);
  const untitled = layout(plan, options.blocks, null);
  let out: SheetPlan = plan;
  let breaks = untitled.breaks;
  if (titles && options.titleTableEnd !== undefined && pageOf(untitled.starts, options.titleTableEnd) === pageOf(untitled.starts, titles.to)) {
    // The table ends on the page of its header: nothing continues, so nothing repeats.
    const { titleRows: _dropped, ...print } = plan.print;
    void _dropped;
    out = { ...plan, print };
  } else if (titles) {
    breaks = layout(plan, options.blocks, titles).breaks;
  }
  const all = [...new Set([...(plan.pageBreaks ?? []), ...breaks])].filter((r) => r > 0 && r < plan.values.length).sort((a, b) => a - b);
  return all.length > 0 ? { ...out, pageBreaks: all } : out;
}

/** The printable height of a page in the sheet's own points (after fit-to-width scaling). */
export function pageCapacity(plan: SheetPlan): number {
  const print = plan.print!;
  const landscape = print.orientation === "landscape";
  const pageWidth = landscape ? A4.height : A4.width;
  const pageHeight = landscape ? A4.width : A4.height;
  const m = print.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const printableWidth = pageWidth - (m.left + m.right) * 72;
  const printableHeight = pageHeight - (m.top + m.bottom) * 72 - SLACK;
  const sheetWidth = (plan.columnWidths ?? []).reduce((sum, w) => sum + ((w * 7 + 5) * 3) / 4, 0);
  const scale = print.fitToWidth && sheetWidth > printableWidth ? printableWidth / sheetWidth : 1;
  return printableHeight / scale;
}

/** The estimated height of a row in points. */
export function rowHeight(plan: SheetPlan, row: number): number {
  return plan.rowHeights?.[row] ?? DEFAULT_ROW_HEIGHT;
}

/**
 * Walks the rows page by page: a block that does not fit in what is left of the page (but fits on a
 * page of its own) starts a new one; any other row that does not fit starts one as the host would.
 * Returns the manual breaks added and the first row of every page.
 */
function layout(plan: SheetPlan, blocks: readonly PrintBlock[], titles: { from: number; to: number } | null): { breaks: number[]; starts: number[] } {
  const capacity = pageCapacity(plan);
  const titleHeight = titles ? sum(plan, titles.from, titles.to) : 0;
  const repeated = (row: number) => (titles && row > titles.to ? titleHeight : 0);
  const byStart = new Map<number, PrintBlock>();
  for (const b of blocks) {
    const from = Math.max(0, b.from - (titles ? (b.glue ?? 0) : 0));
    const current = byStart.get(from);
    if (!current || current.to < b.to) byStart.set(from, { from, to: Math.min(b.to, plan.values.length - 1) });
  }
  const breaks: number[] = [];
  const starts = [0];
  let used = 0;
  let blockEnd = -1;
  for (let r = 0; r < plan.values.length; r++) {
    const h = rowHeight(plan, r);
    const block = r > blockEnd ? byStart.get(r) : undefined;
    const pageStart = starts[starts.length - 1];
    if (block && r > pageStart) {
      const need = sum(plan, block.from, block.to);
      if (used + need > capacity && repeated(r) + need <= capacity) {
        breaks.push(r);
        starts.push(r);
        used = repeated(r);
      }
    }
    if (block) blockEnd = block.to;
    if (used + h > capacity && r > starts[starts.length - 1]) {
      // Written as a manual break too, so that every host breaks where this estimate does (hosts differ in
      // their own page arithmetic; the estimate errs on the short side, so the page is never over-full).
      breaks.push(r);
      starts.push(r);
      used = repeated(r);
    }
    used += h;
  }
  return { breaks, starts };
}

function sum(plan: SheetPlan, from: number, to: number): number {
  let total = 0;
  for (let r = from; r <= to; r++) total += rowHeight(plan, r);
  return total;
}

function pageOf(starts: readonly number[], row: number): number {
  let page = 0;
  while (page + 1 < starts.length && starts[page + 1] <= row) page++;
  return page;
}

function titleRange(titleRows: string | undefined): { from: number; to: number } | null {
  const m = titleRows ? /^\$(\d+):\$(\d+)$/.exec(titleRows) : null;
  return m ? { from: Number(m[1]) - 1, to: Number(m[2]) - 1 } : null;
}
