/**
 * The register port over Office.js: the only code that calls Excel. Every call is one `Excel.run` batch
 * with a constant number of round trips, whatever the size of the register:
 * - listSheets: 1 sync; readSheets: 1 sync (a register too large for one 5 MB response is read in blocks);
 * - write: 3 syncs — inspect and check ownership, build the new sheets under temporary names, swap them in
 *   (a sheet too large for one 4 MB request is sent in blocks over extra syncs);
 * - select: 1 sync.
 * See write-change.ts for the write's safety (ownership, 备注 kept, previous results intact on failure)
 * and text-safety.ts for how text stays text.
 */
import { parseAddress } from "../register/cells";
import type { SheetData, SheetInfo, WorkbookChange, WorkbookPort } from "../register/port";
import { officeApiSupport, type ApiSupport } from "./features";
import { inspect, type InspectMode } from "./inspect";
import { isOurs, isRegistryName } from "./ownership";
import { readSheets } from "./read-sheets";
import { checkChange, isEmptyChange, writeChange } from "./write-change";

/** How the composition root runs a batch: `(batch) => Excel.run(batch)`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Which ExcelApi versions the host supports (default: ask Office). */
  supports?: ApiSupport;
  /** The clock for the ownership registry's times (default: the system clock). */
  now?: () => Date;
}

/** The register port in Excel. */
export class ExcelWorkbook implements WorkbookPort {
  private readonly supports: ApiSupport;
  private readonly now: () => Date;
  /** Whether this host answers chained calls on null objects (learnt at the first refusal). */
  private readonly mode: InspectMode = { atOnce: true };

  constructor(
    private readonly run: ExcelRun,
    options: ExcelWorkbookOptions = {}
  ) {
    this.supports = options.supports ?? officeApiSupport();
    this.now = options.now ?? (() => new Date());
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const { facts } = await inspect(context, [], this.mode);
      // A person's own sheet named `_积分评星` is listed as theirs; the add-in's registry never is.
      const shown = facts.sheets.filter((s) => !isRegistryName(s.name) || facts.registryKind === "foreign");
      return shown.map((s) => ({ name: s.name, ours: !isRegistryName(s.name) && isOurs(s, facts.registry) }));
    });
  }

  async readSheets(names: readonly string[]): Promise<Map<string, SheetData>> {
    if (names.length === 0) return new Map();
    return this.run((context) => readSheets(context, names, this.supports, this.mode));
  }

  async write(change: WorkbookChange): Promise<void> {
    checkChange(change);
    if (isEmptyChange(change)) return;
    await this.run((context) => writeChange(context, change, { supports: this.supports, now: this.now, mode: this.mode }));
  }

  async select(sheet: string, address: string): Promise<void> {
    parseAddress(address);
    if (isRegistryName(sheet)) throw new RangeError(`no sheet named ${sheet}`);
    await this.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code === "ItemNotFound") throw new RangeError(`no sheet named ${sheet}`);
        throw error;
      }
    });
  }
}
