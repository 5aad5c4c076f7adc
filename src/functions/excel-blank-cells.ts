/**
 * Which cells of the functions' arguments are empty, for ./blank-cells.ts: Range.valueTypes
 * ("Empty" for a blank cell, ExcelApi 1.1:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member) of the
 * argument's cells, at the address Excel gives for it (@requiresParameterAddresses: "Sheet!A1:B2",
 * 'Sheet name'!A1 with '' for an apostrophe:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#detect-the-address-of-a-parameter).
 *
 * Excel calls the functions of a recalculation in batches; every lookup asked for before the next turn
 * of the event loop goes into one Excel.run with one sync (identical cells read once, neighbouring cells
 * of the same columns read as one range), so a sheet of 10,000 formulas holding zeros costs one round
 * trip, not 10,000. Requests are cut at
 * {@link MAX_RANGES_PER_REQUEST} ranges or {@link MAX_CELLS_PER_REQUEST} cells to stay far below the 5 MB
 * a request or response may carry on the web.
 */
import type { BlankCellReader, CellBox } from "./blank-cells";
import { parseRange, rectAddress, type Rect } from "../excel/addresses";
import type { ExcelRun } from "../excel/excel-workbook";

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
    private readonly schedule: (flush: () => void) => void = (flush) => void setTimeout(flush, 0),
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

  /**
   * The formula of one cell (the calling cell of a function on a host without parameter addresses); every
   * call before the next turn of the event loop goes into one Excel.run with one sync.
   */
  formulaOf(address: string): Promise<string> {
    const parsed = parseArgumentAddress(address);
    if (!parsed) return Promise.reject(new RangeError(`not a cell address of this workbook: ${address}`));
    return new Promise((resolve, reject) => {
      const key = `${parsed.sheet.toLowerCase()}!${rectAddress(parsed.rect)}`;
      const read = this.formulaReads.get(key);
      if (read) read.waiting.push({ resolve, reject });
      else this.formulaReads.set(key, { sheet: parsed.sheet, rect: parsed.rect, waiting: [{ resolve, reject }] });
      if (this.formulaReads.size === 1 && !read) this.schedule(() => void this.flushFormulas());
    });
  }
  private formulaReads = new Map<string, { sheet: string; rect: Rect; waiting: { resolve: (formula: string) => void; reject: (error: unknown) => void }[] }>();

  private async flushFormulas(): Promise<void> {
    const reads = [...this.formulaReads.values()];
    this.formulaReads = new Map();
    this.batches++;
    try {
      await this.run(async (context) => {
        const ranges = reads.map((r) => {
          const range = context.workbook.worksheets.getItem(r.sheet).getRange(rectAddress({ ...r.rect, bottom: r.rect.top, right: r.rect.left }));
          range.load("formulas");
          return range;
        });
        await context.sync();
        reads.forEach((r, i) => {
          const formula = String(ranges[i].formulas[0]?.[0] ?? "");
          for (const w of r.waiting) w.resolve(formula);
        });
      });
    } catch (error) {
      for (const r of reads) for (const w of r.waiting) w.reject(error);
    }
  }

  private async flush(): Promise<void> {
    const lookups = [...this.pending.values()];
    this.pending = new Map();
    this.scheduled = false;
    this.batches++;
    const blocks = mergeLookups(lookups);
    let done = 0;
    try {
      await this.run(async (context) => {
        const sheets = new Map<string, Excel.Worksheet>();
        while (done < blocks.length) {
          const chunk: { block: Block; range: Excel.Range }[] = [];
          let cells = 0;
          while (done + chunk.length < blocks.length && chunk.length < MAX_RANGES_PER_REQUEST) {
            const block = blocks[done + chunk.length];
            const size = (block.rect.bottom - block.rect.top + 1) * (block.rect.right - block.rect.left + 1);
            if (chunk.length > 0 && cells + size > MAX_CELLS_PER_REQUEST) break;
            const key = block.sheet.toLowerCase();
            let sheet = sheets.get(key);
            if (!sheet) {
              sheet = context.workbook.worksheets.getItem(block.sheet);
              sheets.set(key, sheet);
            }
            const range = sheet.getRange(rectAddress(block.rect));
            range.load("valueTypes");
            chunk.push({ block, range });
            cells += size;
          }
          // Only a recalculation beyond one request's limits takes a second one.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          for (const { block, range } of chunk) {
            const types = range.valueTypes;
            for (const lookup of block.lookups) {
              const empty: boolean[][] = [];
              for (let r = lookup.rect.top; r <= lookup.rect.bottom; r++) {
                const row = types[r - block.rect.top] ?? [];
                const flags: boolean[] = [];
                for (let c = lookup.rect.left; c <= lookup.rect.right; c++) flags.push(row[c - block.rect.left] === "Empty");
                empty.push(flags);
              }
              for (const w of lookup.waiting) w.resolve(empty);
            }
          }
          done += chunk.length;
        }
      });
    } catch (error) {
      for (const block of blocks.slice(done)) for (const lookup of block.lookups) for (const w of lookup.waiting) w.reject(error);
    }
  }
}

/** A range read for several lookups. */
interface Block {
  sheet: string;
  rect: Rect;
  lookups: Lookup[];
}

/**
 * Lookups of the same columns whose rows touch or overlap become one range (10,000 formulas on E5 … E10004
 * read E5:E10004 once); others stay apart, so nothing far from the arguments is read.
 */
function mergeLookups(lookups: readonly Lookup[]): Block[] {
  const groups = new Map<string, Lookup[]>();
  for (const lookup of lookups) {
    const key = `${lookup.sheet.toLowerCase()}|${lookup.rect.left}|${lookup.rect.right}`;
    const group = groups.get(key);
    if (group) group.push(lookup);
    else groups.set(key, [lookup]);
  }
  const blocks: Block[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.rect.top - b.rect.top);
    let current: Block | undefined;
    for (const lookup of group) {
      if (current && lookup.rect.top <= current.rect.bottom + 1) {
        current.rect.bottom = Math.max(current.rect.bottom, lookup.rect.bottom);
        current.lookups.push(lookup);
      } else {
        current = { sheet: lookup.sheet, rect: { ...lookup.rect }, lookups: [lookup] };
        blocks.push(current);
      }
    }
  }
  return blocks;
}
