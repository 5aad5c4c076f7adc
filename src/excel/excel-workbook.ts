/**
 * The register port over Office.js: the only code that calls Excel. Every call is one `Excel.run` batch
 * with a constant number of round trips, whatever the size of the register:
 * - listSheets: 1 sync; readSheets: 1 sync (a register too large for one 5 MB response is read in blocks),
 *   which also inspects the workbook for the write that usually follows (sheets, registry, protection,
 *   charts of the sheets read);
 * - write: 1 sync when the read just before inspected what it needs (a monthly generation: read + write =
 *   2 round trips), else 2 — inspect, then clean-up, build and swap in one request; plus 1 small request
 *   recording the ids of sheets created for the first time (a sheet too large for one 4 MB request is sent
 *   in blocks over extra syncs);
 * - select: 1 sync.
 * See write-change.ts for the write's safety (ownership, 备注 kept, previous results intact on failure)
 * and text-safety.ts for how text stays text.
 */
import { parseAddress } from "../register/cells";
import type { SheetData, SheetInfo, WorkbookChange, WorkbookPort } from "../register/port";
import { officeApiSupport, type ApiSupport } from "./features";
import { inspect, type InspectMode } from "./inspect";
import { isOurs, isRegistryName } from "../register/ownership";
import { queueInspection } from "./inspect";
import { readSheets } from "./read-sheets";
import { checkChange, isEmptyChange } from "./change-check";
import { chartProbe, writeChange, type WriteInspection } from "./write-change";

/** How long an inspection made with a read serves the write that follows it (a generation computes in between). */
const INSPECTION_LIFETIME_MS = 30_000;

/** How the composition root runs a batch: `(batch) => Excel.run(batch)`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Which ExcelApi versions the host supports (default: ask Office). */
  supports?: ApiSupport;
  /** The clock for the ownership registry's times (default: the system clock). */
  now?: () => Date;
  /** Waits before a write whose swap failed is sent again (default: a timer; see write-change.ts). */
  pause?: (ms: number) => Promise<void>;
}

/** The register port in Excel. */
export class ExcelWorkbook implements WorkbookPort {
  private readonly supports: ApiSupport;
  private readonly now: () => Date;
  private readonly pause: ((ms: number) => Promise<void>) | undefined;
  /** Whether this host answers chained calls on null objects (learnt at the first refusal). */
  private readonly mode: InspectMode = { atOnce: true };
  /** The inspection made with the last read, for the next write only. */
  private recent: { inspection: WriteInspection; at: number } | null = null;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeApiSupport();
    this.now = options.now ?? (() => new Date());
    this.pause = options.pause;
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
    this.recent = null;
    if (names.length === 0) return new Map();
    return this.run(async (context) => {
      // The write's inspection rides on the read's first request (queued before it, sent with it).
      const wanted = names.filter((n) => !isRegistryName(n));
      const pending = this.mode.atOnce
        ? queueInspection(
            context,
            wanted.map((n) => chartProbe(n)),
          )
        : null;
      const sheets = await readSheets(context, names, this.supports, this.mode);
      if (pending) {
        try {
          const { facts, answers } = pending();
          const charts = new Map<string, string[]>();
          answers.forEach((a) => {
            if (a) charts.set(a.sheet.toLowerCase(), a.names);
          });
          // A first-release registry's rows are proven by one more round trip: the write inspects itself.
          if (facts.registryKind !== "v1") this.recent = { inspection: { facts, charts }, at: this.now().getTime() };
        } catch {
          // The first request was refused (a register too large for one answer): the write inspects itself.
        }
      }
      return sheets;
    });
  }

  async write(change: WorkbookChange): Promise<void> {
    const recent = this.recent;
    this.recent = null;
    checkChange(change);
    if (isEmptyChange(change)) return;
    const inspection = recent && this.now().getTime() - recent.at <= INSPECTION_LIFETIME_MS ? recent.inspection : undefined;
    await this.run((context) => writeChange(context, change, { supports: this.supports, now: this.now, mode: this.mode, inspection, pause: this.pause }));
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
