import type { CellValue } from "../register/cells";
import type { SheetData, SheetInfo, WorkbookChange, WorkbookPort } from "../register/port";
import type { SheetPlan } from "../register/sheet-plan";
import type { MemorySheet } from "./memory-workbook";

/** A port the web app can also edit cell by cell and save: the .xlsx port in the browser. */
export type EditableBook = WorkbookPort;

/** Output sheets name their period first: "2026-11 评星", "2026 年度评星". */
const PERIOD = /^(\d{4}(?:-\d{2})?) /;

/**
 * The web app's workbook as the task pane and the sheet view see it: any register port (the .xlsx port over
 * the secretary's file), with change notifications for the sheet view, the plans last written (so that the
 * view shows the add-in's sheets with their formats), and whether there is work not yet saved.
 * It adds no behaviour of its own to reading and writing: every call goes to the port underneath.
 */
export class LiveWorkbook implements WorkbookPort {
  private readonly listeners = new Set<() => void>();
  private readonly contentListeners = new Set<() => void>();
  private readonly plans = new Map<string, SheetPlan>();
  /** Each sheet's values as last read, by lower-case name; a change to a sheet drops its entry. */
  private readonly cache = new Map<string, MemorySheet>();
  /** The sheet and cell last selected through {@link select}. */
  selection: { sheet: string; address: string } | null = null;
  /** True after a change that has not been saved. */
  dirty = false;
  /** True once a copy has been saved (the badge then says the changes are in that copy). */
  saved = false;
  /** The period of the output sheets last written ("2026-11", "2026"), for the saved copy's name. */
  lastPeriod: string | null = null;
  /** The sheets whose tab the view has opened, by lower-case name (a lazy snapshot reads only these). */
  private readonly shown = new Set<string>();

  constructor(readonly book: EditableBook) {}

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Calls `listener` after the workbook's content changed — by the pane or by a person typing in the sheet
   * view alike, as the preview's workbook reports it — so that the pane re-reads the period's state and
   * drops messages about what changed. Not after a selection or a save.
   */
  onChange(listener: () => void): () => void {
    this.contentListeners.add(listener);
    return () => this.contentListeners.delete(listener);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.book.listSheets();
  }

  readSheets(names: readonly string[]): Promise<Map<string, SheetData>> {
    return this.book.readSheets(names);
  }

  async write(change: WorkbookChange): Promise<void> {
    try {
      await this.book.write(change);
    } finally {
      // Even a refused write is re-read: the port promises all-or-nothing, the view need not trust it.
      for (const name of touchedBy(change)) this.cache.delete(name.toLowerCase());
    }
    for (const plan of [...(change.inputSheets ?? []), ...(change.sheets ?? [])]) this.plans.set(plan.name.toLowerCase(), plan);
    for (const plan of change.sheets ?? []) {
      const period = PERIOD.exec(plan.name)?.[1];
      if (period) this.lastPeriod = period;
    }
    this.changed();
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.book.select(sheet, address);
    this.selection = { sheet, address };
    this.notify();
  }

  /** Types a value into a person's cell, as Excel would; refused (thrown) on the add-in's own sheets. */
  async setCell(sheet: string, address: string, value: CellValue): Promise<void> {
    const info = (await this.book.listSheets()).find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!info) throw new RangeError(`no sheet named ${sheet}`);
    if (info.ours) throw new RangeError(`sheet "${sheet}" is made by the add-in and is not edited by hand`);
    try {
      await this.book.write({ cells: [{ sheet: info.name, address, value: value === "" ? null : value }] });
    } finally {
      this.cache.delete(info.name.toLowerCase());
    }
    this.changed();
  }

  /**
   * Every sheet with its values, in tab order, for the sheet view. Only sheets changed since the last
   * snapshot are read again: a large register is read once, not after every typed cell. A `lazy` snapshot
   * reads only the sheets on show (the first tab, the selection's sheet and the tabs opened through
   * {@link show}); the others are listed `unread`, with no values, until their tab is opened.
   */
  async snapshot(options: { lazy?: boolean } = {}): Promise<MemorySheet[]> {
    const list = await this.book.listSheets();
    const wanted = (s: SheetInfo) =>
      !options.lazy || s === list[0] || this.shown.has(s.name.toLowerCase()) || s.name.toLowerCase() === this.selection?.sheet.toLowerCase();
    const missing = list.filter((s) => wanted(s) && (!this.cache.has(s.name.toLowerCase()) || this.cache.get(s.name.toLowerCase())!.ours !== s.ours));
    const data = missing.length > 0 ? await this.book.readSheets(missing.map((s) => s.name)) : new Map<string, SheetData>();
    for (const s of missing) {
      const read = data.get(s.name);
      this.cache.set(s.name.toLowerCase(), {
        name: s.name,
        values: read?.values ?? [],
        ours: s.ours,
        // The formats of date cells and the date system, so that the view shows a date as Excel does.
        ...(read?.dateFormats && { dateFormats: new Map(read.dateFormats) }),
        ...(read?.date1904 && { date1904: true }),
      });
    }
    const live = new Set(list.map((s) => s.name.toLowerCase()));
    for (const key of [...this.cache.keys()]) if (!live.has(key)) this.cache.delete(key);
    return list.map((s) => {
      const cached = this.cache.get(s.name.toLowerCase());
      const plan = this.plans.get(s.name.toLowerCase());
      return cached && cached.ours === s.ours ? { ...cached, name: s.name, plan } : { name: s.name, values: [], ours: s.ours, plan, unread: true };
    });
  }

  /** The view opened a sheet's tab: a lazy snapshot reads it from now on (the listeners are told). */
  show(sheet: string): void {
    const key = sheet.toLowerCase();
    if (this.shown.has(key)) return;
    this.shown.add(key);
    this.notify();
  }

  /** The work is saved: leaving the page no longer asks. */
  markSaved(): void {
    this.dirty = false;
    this.saved = true;
    this.notify();
  }

  private changed(): void {
    this.dirty = true;
    this.contentListeners.forEach((l) => l());
    this.notify();
  }

  private notify(): void {
    this.listeners.forEach((l) => l());
  }
}

/** The sheets a change writes to. */
function touchedBy(change: WorkbookChange): string[] {
  return [
    ...(change.sheets ?? []).map((p) => p.name),
    ...(change.inputSheets ?? []).map((p) => p.name),
    ...(change.appendRows ?? []).map((a) => a.sheet),
    ...(change.cells ?? []).map((c) => c.sheet),
  ];
}

/**
 * The saved copy's file name: `<name>-<period>.xlsx` beside the original's name, never the original's own
 * name, so her file is never replaced by a download.
 */
export function copyName(original: string, period: string | null, today: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls|et|ods)$/i, "").trim() || "积分评星登记簿";
  return `${base}-${period ?? today.slice(0, 7)}.xlsx`;
}
