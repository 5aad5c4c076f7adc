import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import { readFile } from "node:fs/promises";
import { cellAddress, parseAddress } from "../register/cells";
import { SheetNotOursError, type SheetData, type SheetInfo, type WorkbookChange, type WorkbookPort } from "../register/port";
import type { SheetPlan } from "../register/sheet-plan";
import { sheetKey } from "../register/sheet-names";
import { lastValueRow, mergedRanges, readSheetCells } from "./cell-values";
import { setTabOrder, tabOrder } from "./internals";
import { checkPlan, checkSheetName, checkValue } from "./plan-check";
import { buildSheet } from "./plan-writer";
import { parseRange } from "./ranges";
import { isOurs, REGISTRY_SHEET, type RegistryContent } from "../register/ownership";
import { findRegistry, isRegistryName, nextRegistry, readRegistry, sameRows, writeRegistry } from "./registry";
import { NoVisibleSheetError, WorkbookFileError } from "./errors";
import { PackageBook } from "./package-book";
import { writeFileWhole } from "./file-write";
import { activeSheet, syncViews } from "./sheet-views";
import { rollBack, setTracked, type Built, type Replacement, type Undo } from "./write-undo";

export { FileRefusal, NoVisibleSheetError, WorkbookFileError } from "./errors";
import { chartCarrier } from "./chart-part";
import { restore, type CarriedSheet, type Separated, type UnmodelledPart } from "./zip-parts";

/** Wiring for an {@link XlsxWorkbook}. */
export interface XlsxWorkbookOptions {
  /** The clock for the registry's generation times; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * The register port over an .xlsx file (ExcelJS), for the command line and for branches that keep the
 * register outside Excel. Semantics follow the in-memory preview workbook: sheet names compare
 * case-insensitively, ownership is checked before anything changes, and a write is all-or-nothing. Ownership
 * lives in the very hidden registry sheet of register/ownership.ts, so a file made here keeps its ownership
 * when opened in Excel, and the other way round.
 */
export class XlsxWorkbook implements WorkbookPort {
  private spareCount = 0;
  /** The parts of each sheet read that ExcelJS does not model, kept aside by zip-parts.ts, by sheet object. */
  private readonly carried = new Map<Worksheet, CarriedSheet>();
  /** The charts of the sheets this adapter built from plans (chart-part.ts writes them on save). */
  private readonly charts = new Map<Worksheet, NonNullable<SheetPlan["chart"]>>();

  /** ExcelJS's model of the workbook, built only when a write, a selection or a save needs it. */
  private loaded: Workbook | null;
  private loading: Promise<Workbook> | null = null;
  private separated: Separated | null = null;

  private constructor(
    private readonly now: () => Date,
    book: Workbook | null,
    private readonly file: PackageBook | null = null,
  ) {
    this.loaded = book;
  }

  /** ExcelJS's model of the workbook, built on first need (a write, a selection, a save; package-book.ts). */
  async model(): Promise<Workbook> {
    if (this.loaded) return this.loaded;
    const file = this.file!;
    this.loading ??= (async () => {
      const { book, separated } = await file.model();
      for (const [name, parts] of separated.sheets) {
        const ws = book.worksheets.find((w) => w.name === name);
        if (ws) this.carried.set(ws, parts);
      }
      this.separated = separated;
      this.loaded = book;
      return book;
    })();
    return this.loading;
  }

  private get book(): Workbook {
    if (!this.loaded) throw new Error("the workbook's model is not built yet: await model() first");
    return this.loaded;
  }

  /** Opens an .xlsx file; throws {@link WorkbookFileError} when it cannot be read. */
  static async fromFile(path: string, options: XlsxWorkbookOptions = {}): Promise<XlsxWorkbook> {
    let data: Uint8Array;
    try {
      data = await readFile(path);
    } catch (error) {
      throw new WorkbookFileError(path, error);
    }
    return XlsxWorkbook.open(data, path, options);
  }

  /** Opens .xlsx content held in memory; throws {@link WorkbookFileError} when it is not a workbook. */
  static async fromBuffer(data: Uint8Array | ArrayBuffer, options: XlsxWorkbookOptions = {}): Promise<XlsxWorkbook> {
    return XlsxWorkbook.open(data, "(buffer)", options);
  }

  /**
   * Opens the package under its bounds (zip-read.ts), says what a file that is not a workbook is
   * (identify.ts), and reads the sheet list; sheets are read when a step asks for them (fast-read.ts).
   */
  private static async open(data: Uint8Array | ArrayBuffer, path: string, options: XlsxWorkbookOptions): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(options.now ?? (() => new Date()), null, PackageBook.open(data, path));
  }

  /**
   * What the file holds that a saved copy will lack (macros, pivot tables, slicers, external links, embedded
   * objects…): the caller names them before writing. Charts, chart sheets, pictures, comments, tables and
   * drop-downs of the person's sheets are carried and are not listed.
   */
  get unmodelled(): readonly UnmodelledPart[] {
    return this.separated?.lost ?? this.file?.lost ?? [];
  }

  /** A workbook with no sheets, for `star-register template`. It needs a visible sheet before saving. */
  static empty(options: XlsxWorkbookOptions = {}): XlsxWorkbook {
    const book = new ExcelJS.Workbook();
    book.creator = "积分评星";
    return new XlsxWorkbook(options.now ?? (() => new Date()), book);
  }

  /** The ExcelJS workbook underneath once built ({@link model}), for inspection; change it only through the port. */
  get excel(): Workbook {
    return this.book;
  }

  /** The workbook as .xlsx bytes. Throws if no sheet is visible, since Excel cannot open such a file. */
  async toBuffer(): Promise<Buffer> {
    const bytes = await this.toBytes();
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /**
   * The workbook as .xlsx bytes without Node's Buffer, for the browser (the web app's download). Throws if no
   * sheet is visible, since Excel cannot open such a file.
   */
  async toBytes(): Promise<Uint8Array> {
    await this.model();
    if (!this.book.worksheets.some((ws) => ws.state === "visible")) {
      throw new NoVisibleSheetError();
    }
    syncViews(this.book, activeSheet(this.book));
    // What the zip layer kept aside (drop-downs, drawings, comments, chart sheets…) goes back in untouched.
    const carriers = await this.carriers();
    const chartSheets = this.separated?.chartSheets ?? [];
    const names = this.separated?.names ?? [];
    const restoring = carriers.size > 0 || chartSheets.length > 0 || names.length > 0;
    // When restore() writes the zip again, ExcelJS stores its parts and restore() compresses them, once:
    // compressing twice cost a tenth of a year's save. ExcelJS returns a Buffer under Node and its bundled
    // Buffer (a Uint8Array) in the browser.
    const out = (await this.book.xlsx.writeBuffer(restoring ? ({ zip: { compression: "STORE" } } as object) : undefined)) as unknown as Uint8Array;
    return restoring ? await restore(out, carriers, chartSheets, this.separated?.source ?? null, names) : out;
  }

  /**
   * Saves to `path` through a temporary file in the same folder, renamed over the target once fully
   * written and flushed, so a crash never leaves a half-written workbook under the target's name.
   */
  async saveAs(path: string): Promise<void> {
    await writeFileWhole(path, await this.toBuffer());
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (!this.loaded) return this.file!.listSheets();
    const owned = this.ownedNames();
    return this.sheets().map((ws) => ({ name: ws.name, ours: owned.has(ws.name.toLowerCase()) }));
  }

  async readSheets(names: readonly string[]): Promise<Map<string, SheetData>> {
    if (!this.loaded) return this.file!.readSheets(names);
    const owned = this.ownedNames();
    const out = new Map<string, SheetData>();
    const keys = new Set(names.map(sheetKey));
    // Sheets whose names match once folded too (a person's `设置 `): the reader decides which to use.
    for (const ws of this.sheets()) {
      if (!keys.has(sheetKey(ws.name))) continue;
      const cells = readSheetCells(ws, this.date1904);
      out.set(ws.name, {
        name: ws.name,
        values: cells.values,
        merges: mergedRanges(ws),
        ours: owned.has(ws.name.toLowerCase()),
        ...(this.date1904 && { date1904: true }),
        ...(cells.dateFormats.size > 0 && { dateFormats: cells.dateFormats }),
        ...(cells.formulasWithoutResult.length > 0 && { formulasWithoutResult: cells.formulasWithoutResult }),
      });
    }
    return out;
  }

  async write(change: WorkbookChange): Promise<void> {
    await this.model();
    this.check(change);
    const undo: Undo = [];
    const active = activeSheet(this.book);
    let built: Built;
    try {
      built = this.buildSheets(change, undo);
      this.applyRowsAndCells(change, built.targets, undo);
      this.swap(built.replaced, undo);
      this.register(change.sheets ?? [], built.createdInputs, undo);
    } catch (error) {
      rollBack(undo, error);
    }
    // Past the point of no return: these steps cannot fail.
    for (const r of built.replaced) r.old.destroy();
    const replacement = built.replaced.find((r) => r.old === active);
    syncViews(this.book, replacement ? replacement.built : active);
  }

  /**
   * Files have no live selection: the sheet and cell become the active sheet and cell of the saved
   * workbook, so the file opens there.
   */
  async select(sheet: string, address: string): Promise<void> {
    await this.model();
    const ws = this.find(sheet);
    if (!ws) throw new RangeError(`no sheet named ${sheet}`);
    if (address.includes(":")) throw new RangeError(`not an A1 cell address: ${address}`);
    const { top, left } = parseRange(address);
    syncViews(this.book, ws, cellAddress(top, left));
  }

  /** Step 1: builds every new sheet beside the old ones; nothing that existed has changed yet. */
  private buildSheets(change: WorkbookChange, undo: Undo): Built {
    const createdInputs = new Set<string>();
    for (const plan of change.inputSheets ?? []) {
      if (this.find(plan.name)) continue;
      const ws = this.book.addWorksheet(plan.name);
      undo.push(() => ws.destroy());
      buildSheet(ws, plan, plan.values);
      createdInputs.add(plan.name.toLowerCase());
    }
    const targets = new Map<string, Worksheet>();
    const replaced: Replacement[] = [];
    for (const plan of change.sheets ?? []) {
      const old = this.find(plan.name);
      const values = plan.values;
      const ws = this.book.addWorksheet(old ? this.spareName() : plan.name);
      undo.push(() => ws.destroy());
      buildSheet(ws, plan, values);
      if (plan.chart) this.charts.set(ws, plan.chart);
      if (old) replaced.push({ name: plan.name, old, built: ws });
      targets.set(plan.name.toLowerCase(), ws);
    }
    return { createdInputs, targets, replaced };
  }

  /** Step 2: rows and cells go to the sheet that carries the name after this write, as in the preview. */
  private applyRowsAndCells(change: WorkbookChange, targets: Map<string, Worksheet>, undo: Undo): void {
    const target = (name: string) => targets.get(name.toLowerCase()) ?? this.find(name)!;
    for (const { sheet, rows } of change.appendRows ?? []) {
      const ws = target(sheet);
      const start = lastValueRow(ws, this.date1904);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== "") setTracked(ws, start + r, c, value, undo);
        }),
      );
    }
    for (const c of change.cells ?? []) {
      const { row, column } = parseAddress(c.address);
      setTracked(target(c.sheet), row, column, c.value, undo);
    }
  }

  /** Step 3: each old sheet steps aside and its replacement takes its name and tab position. */
  private swap(replaced: readonly Replacement[], undo: Undo): void {
    for (const r of replaced) {
      const oldName = r.old.name;
      r.old.name = this.spareName();
      undo.push(() => {
        r.old.name = oldName;
      });
      const builtName = r.built.name;
      r.built.name = r.name;
      undo.push(() => {
        r.built.name = builtName;
      });
      setTabOrder(r.built, tabOrder(r.old));
    }
  }

  /** Step 4: the sheets of `sheets` are registered as ours; input sheets just made are the person's. */
  private register(plans: readonly SheetPlan[], createdInputs: Set<string>, undo: Undo): void {
    const before = this.registry();
    // A person's own sheet named `_积分评星` is never written (check() refused plans that need the registry).
    if (before.kind === "foreign") return;
    const after = nextRegistry(this.book, before.rows, plans, createdInputs, this.now().toISOString());
    if (before.kind !== "v2" || !sameRows(before.rows, after)) {
      const { sheet, created } = writeRegistry(this.book, after, (ws, r, c, v) => setTracked(ws, r, c, v, undo));
      if (created) undo.push(() => sheet.destroy());
    }
    const registry = findRegistry(this.book);
    if (!registry) return;
    // LibreOffice saves a very hidden sheet as merely hidden (which its menu can unhide); hide it fully again.
    if (registry.state !== "veryHidden") {
      const state = registry.state;
      registry.state = "veryHidden";
      undo.push(() => {
        registry.state = state;
      });
    }
    // The registry stays behind the person's tabs, however many tabs are added after it.
    const last = this.book.worksheets[this.book.worksheets.length - 1];
    if (registry !== last) {
      const orderNo = tabOrder(registry);
      setTabOrder(registry, tabOrder(last) + 1);
      undo.push(() => setTabOrder(registry, orderNo));
    }
  }

  /**
   * The parts each sheet still in the workbook gets back on save, by its current name: what was carried from
   * the file read, or the chart of a sheet built from a plan.
   */
  private async carriers(): Promise<Map<string, CarriedSheet>> {
    const out = new Map<string, CarriedSheet>();
    for (const [ws, parts] of this.carried) if (this.book.worksheets.includes(ws)) out.set(ws.name, parts);
    for (const [ws, chart] of this.charts) if (this.book.worksheets.includes(ws)) out.set(ws.name, await chartCarrier(ws.name, chart));
    return out;
  }

  private get date1904(): boolean {
    return this.book.properties?.date1904 === true;
  }

  /** The person-visible sheets in tab order: every sheet but the registry (a person's own `_积分评星` included). */
  private sheets(): Worksheet[] {
    const foreign = this.registry().kind === "foreign";
    return this.book.worksheets.filter((ws) => foreign || !isRegistryName(ws.name));
  }

  /** The registry as the file holds it (see register/ownership.ts). */
  private registry(): RegistryContent {
    return readRegistry(this.book);
  }

  private find(name: string): Worksheet | undefined {
    // Excel compares sheet names case-insensitively.
    const key = name.toLowerCase();
    return this.sheets().find((ws) => ws.name.toLowerCase() === key);
  }

  /**
   * The sheets the registry's references name (lower-cased). A file has no worksheet ids that survive every
   * spreadsheet program (LibreOffice renumbers sheetId on save), so .xlsx sheets have id "".
   */
  private ownedNames(): Set<string> {
    const { kind, rows } = this.registry();
    const owned = new Set<string>();
    if (kind === "foreign") return owned;
    for (const ws of this.book.worksheets) {
      if (!isRegistryName(ws.name) && isOurs({ name: ws.name, id: "" }, rows)) owned.add(ws.name.toLowerCase());
    }
    return owned;
  }

  /** Refuses the change, before anything is touched, for the reasons the preview refuses it and more. */
  private check(change: WorkbookChange): void {
    const all = [...(change.sheets ?? []), ...(change.inputSheets ?? [])];
    const seen = new Set<string>();
    for (const plan of all) {
      checkSheetName(plan.name);
      const key = plan.name.toLowerCase();
      if (seen.has(key)) throw new RangeError(`sheet "${plan.name}" is planned twice in one write`);
      seen.add(key);
    }
    const owned = this.ownedNames();
    for (const plan of change.sheets ?? []) {
      const existing = this.find(plan.name);
      if (existing && !owned.has(existing.name.toLowerCase())) throw new SheetNotOursError(existing.name);
    }
    // Sheets of ours must be registered, and a person's own sheet named `_积分评星` is never taken over.
    if ((change.sheets ?? []).length > 0 && this.registry().kind === "foreign") throw new SheetNotOursError(REGISTRY_SHEET);
    all.forEach(checkPlan);
    for (const a of change.appendRows ?? []) {
      if (!this.find(a.sheet)) throw new RangeError(`no sheet named ${a.sheet}`);
      a.rows.forEach((row, r) => row.forEach((v, c) => checkValue(v, `${a.sheet}: appended row ${r + 1} column ${c + 1}`)));
    }
    for (const c of change.cells ?? []) {
      if (!this.find(c.sheet)) throw new RangeError(`no sheet named ${c.sheet}`);
      if (c.address.includes(":")) throw new RangeError(`not an A1 cell address: ${c.address}`);
      parseRange(c.address);
      checkValue(c.value, `${c.sheet}!${c.address}`);
    }
  }

  /** A sheet name no sheet has, for a sheet while it steps aside or is being built. */
  private spareName(): string {
    const taken = new Set(this.book.worksheets.map((ws) => ws.name.toLowerCase()));
    let name: string;
    do name = `~积分评星-${++this.spareCount}`;
    while (taken.has(name.toLowerCase()));
    return name;
  }
}
