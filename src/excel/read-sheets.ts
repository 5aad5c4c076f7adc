/**
 * Reading the register: the used ranges of the named sheets, as values from A1, with their merged areas,
 * which cells show dates (number formats), the workbook's date system and whether each sheet is ours — in
 * one round trip. A register too large for one response (Excel on the web answers at most 5 MB) is read
 * again in row blocks, and a sheet found only by its folded name (`设置 `) is read by one more request:
 * only such registers pay more round trips.
 */
import { cellAddress, type CellValue, type Grid } from "../register/cells";
import type { SheetData } from "../register/port";
import { isDateFormat } from "../register/read/number-format";
import { sheetKey } from "../register/sheet-names";
import { areaAddresses, rectAddress, type Rect } from "./addresses";
import { API, type ApiSupport } from "./features";
import { inspectAtOnce, inspectSafely, type Inspection, type InspectMode, type Probe } from "./inspect";
import { isOurs, isRegistryName } from "../register/ownership";
import { pushAll } from "../scheme/arrays";

/**
 * Cells read per request when a register is read in blocks (under 4 MB up to 40 bytes a cell, value and
 * number format together; a response that is still too large is retried with half).
 */
export const READ_CELLS_PER_REQUEST = 100_000;

interface UsedRange {
  name: string;
  id: string;
  rect: Rect | null;
  values?: CellValue[][];
  /** Number formats of the cells of `values` (same shape). */
  formats?: string[][];
  merges: string[];
}

/**
 * Reads the named sheets (a missing one is absent from the result). Sheets whose names match a wanted name
 * only once folded (register/sheet-names.ts: `设置 `) are read too, by one more request in that case only.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: ApiSupport,
  mode: InspectMode = { atOnce: true },
  loose = true,
): Promise<Map<string, SheetData>> {
  const wanted = unique(names).filter((n) => !isRegistryName(n));
  if (wanted.length === 0) return new Map();
  const merges = supports(API.mergedAreas);
  const read = await readWanted(context, wanted, merges, mode, supports);
  if (!loose) return read.sheets;
  const keys = new Set(wanted.map(sheetKey));
  const seen = new Set(read.sheets.keys());
  const extra = read.facts.sheets.map((s) => s.name).filter((n) => keys.has(sheetKey(n)) && !seen.has(n) && !isRegistryName(n));
  if (extra.length === 0) return read.sheets;
  const more = await readSheets(context, extra, supports, mode, false);
  return new Map([...read.sheets, ...more]);
}

/** The read of the wanted names: in one request where the host allows it, else listing first. */
async function readWanted(
  context: Excel.RequestContext,
  wanted: readonly string[],
  merges: boolean,
  mode: InspectMode,
  supports: ApiSupport,
): Promise<{ facts: Inspection; sheets: Map<string, SheetData> }> {
  // A failed request delivers none of its loads: each attempt asks for the date system again.
  if (mode.atOnce) {
    try {
      const date1904 = queueDateSystem(context, supports);
      const { facts, answers } = await inspectAtOnce(
        context,
        wanted.map((n) => usedRangeProbe(n, merges, true)),
      );
      return { facts, sheets: assemble(answers, (s) => isOurs(s, facts.registry), date1904()) };
    } catch {
      // Too large for one response, or a host refusing null-object chains: the block path handles both.
      return readInBlocks(context, wanted, merges, queueDateSystem(context, supports));
    }
  }
  // A host known to refuse null-object chains: list first, then read whole used ranges where they fit.
  try {
    const date1904 = queueDateSystem(context, supports);
    const { facts, answers } = await inspectSafely(
      context,
      wanted.map((n) => usedRangeProbe(n, false, true)),
    );
    const found = answers.filter((a): a is UsedRange => a !== undefined);
    if (merges)
      await readMergedAreas(
        context,
        found.filter((a) => a.rect !== null),
      );
    return { facts, sheets: assemble(found, (s) => isOurs(s, facts.registry), date1904()) };
  } catch {
    return readInBlocks(context, wanted, merges, queueDateSystem(context, supports));
  }
}

/**
 * Queues the question "does this workbook count dates from 1904?" into the next request, and returns how to
 * read the answer after it (false when unknown: the 1900 system, Excel's default).
 *
 * `Workbook.use1904DateSystem` says it directly but is a preview API (ExcelApi BETA, PREVIEW ONLY:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member),
 * not for production add-ins. So the adapter asks Excel's DATE function, evaluated in this workbook
 * (`Workbook.functions.date`, ExcelApi 1.2:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1) —
 * "year: a number from 1900 or 1904 (depending on the workbook's date system)"): DATE(1904,1,1) is 0 in the
 * 1904 date system and 1462 in the 1900 one. It rides in the read's request: no extra round trip.
 */
function queueDateSystem(context: Excel.RequestContext, _supports: ApiSupport): () => boolean {
  // ExcelApi 1.2 is below the manifest's minimum requirement set: every host that runs the add-in has it.
  const result = context.workbook.functions.date(1904, 1, 1);
  result.load("value");
  // Read after the request's sync.
  return () => result.value === 0;
}

/** Loads a sheet's name, id, used range (values only) and, if asked, its values and merged areas. */
function usedRangeProbe(name: string, merges: boolean, withValues: boolean): Probe<UsedRange> {
  return {
    sheet: name,
    queue: (sheet) => {
      sheet.load("name,id");
      const used = sheet.getUsedRangeOrNullObject(true);
      if (withValues) used.load("values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
      else used.load("rowIndex,columnIndex,rowCount,columnCount");
      const areas = merges ? used.getMergedAreasOrNullObject() : null;
      if (areas) areas.load("address");
      // The reader runs after the inspection's context.sync(), which the lint rules cannot follow.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
      return () => ({
        name: sheet.name,
        id: sheet.id,
        rect: used.isNullObject ? null : rectOf(used),
        values: withValues && !used.isNullObject ? valuesOf(used) : undefined,
        formats: withValues && !used.isNullObject ? ((used.numberFormat as string[][] | null) ?? undefined) : undefined,
        merges: areas && !areas.isNullObject ? areaAddresses(areas.address) : [],
      });
      /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    },
  };
}

/**
 * Thrown when Excel answered a read with null values: "When a get operation using Range.values exceeds the
 * five-million-cell limit, the API doesn't always throw an error. In some cases, Range.values returns null
 * instead" — so null means too large, never an empty sheet; the caller reads in blocks.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 * (OfficeDev/office-js-docs-pr#5821)
 */
export class ReadTooLargeError extends Error {
  constructor(readonly address: string) {
    super(`Excel returned no values for ${address}: too many cells for one read`);
    this.name = "ReadTooLargeError";
  }
}

/** A range's loaded values; null from Excel is a read too large, never an empty range. */
function valuesOf(range: Excel.Range): CellValue[][] {
  const values = range.values as CellValue[][] | null;
  if (values === null || values === undefined) throw new ReadTooLargeError(`${range.rowIndex},${range.columnIndex}`);
  return values;
}

function rectOf(range: Excel.Range): Rect {
  return { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 };
}

/**
 * The large-register path: list the sheets and their used ranges without values, then merged areas, then
 * the values in blocks of rows, several blocks to a request up to {@link READ_CELLS_PER_REQUEST} cells;
 * a request that still comes back too large is retried with half the rows.
 */
async function readInBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  merges: boolean,
  date1904: () => boolean,
): Promise<{ facts: Inspection; sheets: Map<string, SheetData> }> {
  const { facts, answers } = await inspectSafely(
    context,
    names.map((n) => usedRangeProbe(n, false, false)),
  );
  const found = answers.filter((a): a is UsedRange => a !== undefined);
  const worksheets = context.workbook.worksheets;
  const withCells = found.filter((a) => a.rect !== null);

  if (merges && withCells.length > 0) await readMergedAreas(context, withCells);

  const blocks: { sheet: UsedRange; top: number; bottom: number }[] = [];
  for (const sheet of withCells) {
    const rect = sheet.rect!;
    sheet.values = [];
    sheet.formats = [];
    const rowsPerBlock = Math.max(1, Math.floor(READ_CELLS_PER_REQUEST / (rect.right - rect.left + 1)));
    for (let top = rect.top; top <= rect.bottom; top += rowsPerBlock) blocks.push({ sheet, top, bottom: Math.min(rect.bottom, top + rowsPerBlock - 1) });
  }
  let budget = READ_CELLS_PER_REQUEST;
  let next = 0;
  while (next < blocks.length) {
    const batch: { block: (typeof blocks)[number]; range: Excel.Range }[] = [];
    let cells = 0;
    while (next < blocks.length) {
      const block = blocks[next];
      const rect = block.sheet.rect!;
      const width = rect.right - rect.left + 1;
      const rows = Math.max(1, Math.min(block.bottom - block.top + 1, Math.floor(budget / width)));
      if (batch.length > 0 && cells + rows * width > budget) break;
      if (rows < block.bottom - block.top + 1) {
        // Split the block to fit what one request may carry now.
        blocks.splice(next + 1, 0, { sheet: block.sheet, top: block.top + rows, bottom: block.bottom });
        block.bottom = block.top + rows - 1;
      }
      const range = worksheets.getItem(block.sheet.id).getRange(rectAddress({ top: block.top, left: rect.left, bottom: block.bottom, right: rect.right }));
      range.load("values,numberFormat");
      batch.push({ block, range });
      cells += rows * width;
      next++;
    }
    let got: CellValue[][][];
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      got = batch.map(({ range }) => valuesOf(range));
    } catch (e) {
      // A response over the limit (long texts), or values withheld as too large: retry these blocks with
      // half the cells per request.
      if (budget <= 1 || batch.length === 0) throw e;
      budget = Math.max(1, Math.floor(budget / 2));
      next -= batch.length;
      continue;
    }
    batch.forEach(({ block, range }, i) => {
      pushAll(block.sheet.values!, got[i]);
      pushAll(block.sheet.formats!, (range.numberFormat as string[][] | null) ?? []);
    });
  }
  return { facts, sheets: assemble(found, (s) => isOurs(s, facts.registry), date1904()) };
}

/**
 * Merged areas of each sheet, all in one request. Excel refuses to list more than 512 merged areas of a
 * range; a sheet with more (a junk sheet) is then reported as merged over its whole used range, so the
 * reader refuses it with a problem rather than misreading it.
 */
async function readMergedAreas(context: Excel.RequestContext, sheets: UsedRange[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const all = sheets.map((s) => {
    const areas = worksheets.getItem(s.id).getRange(rectAddress(s.rect!)).getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  });
  try {
    await context.sync();
    sheets.forEach((s, i) => (s.merges = all[i].isNullObject ? [] : areaAddresses(all[i].address)));
    return;
  } catch {
    // One sheet has too many merged areas: ask each sheet alone (this path only).
  }
  for (const s of sheets) {
    const areas = worksheets.getItem(s.id).getRange(rectAddress(s.rect!)).getMergedAreasOrNullObject();
    areas.load("address");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      s.merges = areas.isNullObject ? [] : areaAddresses(areas.address);
    } catch {
      s.merges = [rectAddress(s.rect!)];
    }
  }
}

function assemble(answers: readonly (UsedRange | undefined)[], ours: (s: { name: string; id: string }) => boolean, date1904: boolean): Map<string, SheetData> {
  const out = new Map<string, SheetData>();
  for (const a of answers) {
    if (!a || out.has(a.name)) continue;
    const dateFormats = dateCells(a);
    out.set(a.name, {
      name: a.name,
      values: fromA1(a),
      merges: a.merges,
      ours: ours(a),
      ...(date1904 && { date1904: true }),
      ...(dateFormats.size > 0 && { dateFormats }),
    });
  }
  return out;
}

/**
 * The cells holding a number under a date or time format, by A1 address. `Range.values` gives a date as its
 * serial, like any number; `Range.numberFormat` (loaded with it) tells them apart.
 */
function dateCells(a: UsedRange): Map<string, string> {
  const out = new Map<string, string>();
  if (!a.rect || !a.values || !a.formats) return out;
  a.formats.forEach((row, r) =>
    row.forEach((format, c) => {
      if (typeof a.values![r]?.[c] === "number" && isDateFormat(format)) out.set(cellAddress(a.rect!.top + r, a.rect!.left + c), format);
    }),
  );
  return out;
}

/** The used range's values placed from A1 ("" for the empty cells before it), as the port promises. */
function fromA1(a: UsedRange): Grid {
  if (!a.rect || !a.values) return [];
  const { top, left } = a.rect;
  if (top === 0 && left === 0) return a.values;
  const width = left + (a.values[0]?.length ?? 0);
  const grid: Grid = [];
  for (let r = 0; r < top; r++) grid.push(new Array<CellValue>(width).fill(""));
  for (const row of a.values) grid.push(left === 0 ? row : [...new Array<CellValue>(left).fill(""), ...row]);
  return grid;
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
