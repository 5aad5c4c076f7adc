/**
 * Which cells of the functions' arguments are empty, for ../functions/blank-cells.ts: Range.valueTypes
 * ("Empty" for a blank cell, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member) of the
 * argument's cells, at the address Excel gives for it (@requiresParameterAddresses: "Sheet!A1:B2",
 * 'Sheet name'!A1 with '' for an apostrophe:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#detect-the-address-of-a-parameter).
 *
 * Excel calls the functions of a recalculation in batches; every lookup asked for before the next turn
 * of the event loop goes into one Excel.run with one sync (identical cells read once), so a sheet of
 * 10,000 formulas holding zeros costs one round trip, not 10,000. Requests are cut at
 * {@link MAX_RANGES_PER_REQUEST} ranges or {@link MAX_CELLS_PER_REQUEST} cells to stay far below the 5 MB
 * a request or response may carry on the web.
 */
import type { BlankCellReader, CellBox } from "../functions/blank-cells";
import { parseRange, rectAddress, type Rect } from "./addresses";
import type { ExcelRun } from "./excel-workbook";

export const MAX_RANGES_PER_REQUEST = 5_000;
export const MAX_CELLS_PER_REQUEST = 200_000;

interface Lookup {
  sheet: string;
  rect: Rect;
  waiting: { resolve: (empty: boolean[][]) => void; reject: (error: unknown) => void }[];
}

/** "Sheet!A1:B2", "'My sheet'!A1", "'Bob''s'!F6" → sheet and rectangle; undefined for anything else (another workbook). */
export function parseArgumentAddress(address: string): { sheet: string; rect: Rect } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3) return undefined;
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet.startsWith("[") || sheet === "") return undefined;
  try {
    return { sheet, rect: parseRange(address.slice(bang + 1)) };
  } catch {
    return undefined;
  }
}

export class ExcelBlankCells implements BlankCellReader {
  private pending = new Map<string, Lookup>();
  private scheduled = false;
  /** Excel.run batches so far (each one round trip unless cut for size): what tests and the benchmark count. */
  batches = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly schedule: (flush: () => void) => void = (flush) => void setTimeout(flush, 0)
  ) {}

  emptyCells(address: string, box: CellBox): Promise<boolean[][]> {
    const parsed = parseArgumentAddress(address);
    if (!parsed) return Promise.reject(new RangeError(`not a cell address of this workbook: ${address}`));
    const { top, left } = parsed.rect;
    const rect = { top: top + box.top, left: left + box.left, bottom: top + box.bottom, right: left + box.right };
    const key = `${parsed.sheet.toLowerCase()}!${rectAddress(rect)}`;
    return new Promise((resolve, reject) => {
      let lookup = this.pending.get(key);
      if (!lookup) {
        lookup = { sheet: parsed.sheet, rect, waiting: [] };
        this.pending.set(key, lookup);
      }
      lookup.waiting.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const lookups = [...this.pending.values()];
    this.pending = new Map();
    this.scheduled = false;
    this.batches++;
    let done = 0;
    try {
      await this.run(async (context) => {
        const sheets = new Map<string, Excel.Worksheet>();
        while (done < lookups.length) {
          const chunk: { lookup: Lookup; range: Excel.Range }[] = [];
          let cells = 0;
          while (done + chunk.length < lookups.length && chunk.length < MAX_RANGES_PER_REQUEST) {
            const lookup = lookups[done + chunk.length];
            const size = (lookup.rect.bottom - lookup.rect.top + 1) * (lookup.rect.right - lookup.rect.left + 1);
            if (chunk.length > 0 && cells + size > MAX_CELLS_PER_REQUEST) break;
            const key = lookup.sheet.toLowerCase();
            let sheet = sheets.get(key);
            if (!sheet) {
              sheet = context.workbook.worksheets.getItem(lookup.sheet);
              sheets.set(key, sheet);
            }
            const range = sheet.getRange(rectAddress(lookup.rect));
            range.load("valueTypes");
            chunk.push({ lookup, range });
            cells += size;
          }
          // Only a recalculation with more than MAX_RANGES_PER_REQUEST lookups takes a second request.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          for (const { lookup, range } of chunk) {
            const empty = range.valueTypes.map((row) => row.map((t) => t === "Empty"));
            for (const w of lookup.waiting) w.resolve(empty);
          }
          done += chunk.length;
        }
      });
    } catch (error) {
      for (const lookup of lookups.slice(done)) for (const w of lookup.waiting) w.reject(error);
    }
  }
}
