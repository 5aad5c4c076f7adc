import type { Alignment, Borders, DataValidation, Font, PaperSize, Worksheet } from "exceljs";
import type { CellValue } from "../register/cells";
import type { FormatRange, PrintSetup, SheetPlan } from "../register/sheet-plan";
import { pageMargins } from "../register/page-margins";
import { formatRange, parseRange, parseTitleRows } from "./ranges";

/** ExcelJS's number for A4 in `pageSetup.paperSize` (the OOXML paper code). */
const A4 = 9 as PaperSize;

/** ExcelJS's range-wide validations, which its typings leave out (they only type `cell.dataValidation`). */
type ValidatedSheet = Worksheet & { dataValidations: { add(address: string, validation: DataValidation): void } };

/** "#C00000" → ExcelJS's opaque ARGB "FFC00000". */
export function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}

/**
 * Builds a new, empty worksheet from a checked plan: values, merges, formats (in order, later ones
 * overriding earlier ones property by property), widths, heights, freeze panes, print setup, drop-down
 * lists and tab colour. `values` is the plan's values after the kept column was carried over.
 *
 * Charts: ExcelJS cannot write native Excel charts, so a plan's `chart` is not drawn here: the workbook adds
 * it as DrawingML parts on save (chart-part.ts).
 */
export function buildSheet(sheet: Worksheet, plan: SheetPlan, values: readonly CellValue[][]): void {
  // A string is always stored as a text cell (a shared string), never parsed, so "=1+1", "+86 138…", "-5" and
  // "@SUM(A1)" stay text; "" and null leave the cell empty, as writing them through Excel's range.values does.
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  // Merge before formatting and without ExcelJS copying the anchor's style object into the covered cells
  // (it would share one object, so formatting one cell would format them all).
  for (const range of plan.merges ?? []) {
    const { top, left, bottom, right } = parseRange(range);
    sheet.mergeCellsWithoutStyle(top + 1, left + 1, bottom + 1, right + 1);
  }
  for (const format of plan.formats ?? []) applyFormat(sheet, format);
  (plan.columnWidths ?? []).forEach((width, i) => {
    sheet.getColumn(i + 1).width = fileColumnWidth(width);
  });
  // A page break before zero-based row b is stored after 1-based row b.
  for (const row of plan.pageBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    sheet.getRow(Number(row) + 1).height = height;
  }
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  sheet.views = rows > 0 || columns > 0 ? [{ state: "frozen", ySplit: rows, xSplit: columns }] : [];
  if (plan.print) applyPrint(sheet, plan.print);
  for (const v of plan.validations ?? []) {
    (sheet as ValidatedSheet).dataValidations.add(formatRange(parseRange(v.range)), {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      // Excel's own default for a list is to stop other entries; the message says what to do instead.
      showErrorMessage: true,
      errorStyle: v.strict === false ? "information" : "stop",
      ...(v.message ? { error: v.message } : {}),
    });
  }
  if (plan.tabColor) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** Applies one format to every cell of its range, merging into what earlier formats set. */
function applyFormat(sheet: Worksheet, format: FormatRange): void {
  const { top, left, bottom, right } = parseRange(format.range);
  const font = format.font ? fontOf(format.font) : undefined;
  const border: Partial<Borders> | undefined = format.border
    ? { top: { style: format.border }, left: { style: format.border }, bottom: { style: format.border }, right: { style: format.border } }
    : undefined;
  const alignment: Partial<Alignment> = {};
  if (format.horizontal) alignment.horizontal = format.horizontal;
  if (format.vertical) alignment.vertical = format.vertical === "center" ? "middle" : format.vertical;
  if (format.wrap !== undefined) alignment.wrapText = format.wrap;
  const aligns = Object.keys(alignment).length > 0;

  for (let r = top; r <= bottom; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c + 1);
      // Always assign fresh objects: ExcelJS may share style objects between cells.
      if (font) cell.font = { ...cell.font, ...font };
      if (format.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
      if (border) cell.border = { ...border };
      if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
      if (aligns) cell.alignment = { ...cell.alignment, ...alignment };
    }
  }
}

function fontOf(font: NonNullable<FormatRange["font"]>): Partial<Font> {
  const out: Partial<Font> = {};
  if (font.name !== undefined) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.color !== undefined) out.color = { argb: argb(font.color) };
  return out;
}

function applyPrint(sheet: Worksheet, print: PrintSetup): void {
  const setup = sheet.pageSetup;
  setup.paperSize = A4;
  setup.orientation = print.orientation;
  if (print.titleRows) setup.printTitlesRow = parseTitleRows(print.titleRows);
  if (print.fitToWidth) {
    // One page wide, as many pages tall as it takes.
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (print.margins) setup.margins = pageMargins(print.margins);
  if (print.horizontallyCentered !== undefined) setup.horizontalCentered = print.horizontallyCentered;
  if (print.footer) {
    // The plan gives the centre section's text; a footer that already names its sections is kept as it is.
    sheet.headerFooter.oddFooter = /^&[LCR]/.test(print.footer) ? print.footer : `&C${print.footer}`;
  }
}

/**
 * A plan's width in characters as the file stores it: OOXML widths include Excel's 5-pixel cell padding
 * (a column Excel shows as 8.43 characters is stored as 9.140625), with the 7-pixel digit of Calibri 11.
 */
export function fileColumnWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256;
}
