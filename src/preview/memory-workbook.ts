import type { Grid } from "../register/cells";
import { cellAddress, parseAddress } from "../register/cells";
import { isDateFormat } from "../register/read/number-format";
import { checkPlan, checkValue } from "../register/plan-check";
import { sheetKey } from "../register/sheet-names";
import { SheetNotOursError, type SheetData, type SheetInfo, type WorkbookChange, type WorkbookPort } from "../register/port";
import type { SheetPlan } from "../register/sheet-plan";
import { spliceAll } from "../scheme/arrays";

/** One sheet of the in-memory workbook: its values and, for the add-in's own sheets, the plan it came from. */
export interface MemorySheet {
  name: string;
  values: Grid;
  ours: boolean;
  /** The plan that last wrote the sheet (formats, layout), for the preview's grids. */
  plan?: SheetPlan;
  selected?: string;
  /** Number formats that show a date or a time, by A1 address (a date typed by a person, or planned). */
  dateFormats?: Map<string, string>;
  /** The workbook counts dates from 1904 (for showing its date cells). */
  date1904?: boolean;
  /** Not read yet (a lazy snapshot of the web app): its values are read when its tab is opened. */
  unread?: boolean;
}

/** Options of an in-memory workbook. */
export interface MemoryWorkbookOptions {
  /** The workbook counts dates from 1904 (Mac Excel's option). */
  date1904?: boolean;
}

/**
 * The register port over an in-memory workbook: the browser preview's host and the tests' workbook.
 * It enforces what Excel enforces where it matters to the add-in (sheet names, ownership, all-or-nothing
 * writes) so that code working here works in Excel.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private listeners = new Set<() => void>();
  private contentListeners = new Set<() => void>();
  /** The sheet and cell last selected through {@link select}. */
  selection: { sheet: string; address: string } | null = null;

  private readonly date1904: boolean;

  constructor(initial?: Map<string, Grid>, options: MemoryWorkbookOptions = {}) {
    initial?.forEach((values, name) => this.sheets.push({ name, values: values.map((r) => [...r]), ours: false }));
    this.date1904 = options.date1904 === true;
  }

  /** Current sheets, in tab order (a snapshot for display). */
  snapshot(): readonly MemorySheet[] {
    return this.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), ...(this.date1904 && { date1904: true }) }));
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` after the content changed (not after a selection); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.contentListeners.add(listener);
    return () => this.contentListeners.delete(listener);
  }

  /**
   * Replaces a person's cell, as typing in Excel would (the preview and tests use it to edit input); a
   * number format, when given, is the cell's new format (a date typed into a cell is a serial shown as a
   * date: `setCell(s, "B2", 46361, "yyyy-mm-dd")`).
   */
  setCell(sheet: string, address: string, value: string | number | boolean | null, numberFormat?: string): void {
    const target = this.find(sheet);
    if (!target) throw new RangeError(`no sheet named ${sheet}`);
    const { row, column } = parseAddress(address);
    while (target.values.length <= row) target.values.push([]);
    const line = target.values[row];
    while (line.length <= column) line.push(null);
    line[column] = value;
    if (numberFormat !== undefined) {
      const key = cellAddress(row, column);
      target.dateFormats ??= new Map();
      if (isDateFormat(numberFormat)) target.dateFormats.set(key, numberFormat);
      else target.dateFormats.delete(key);
    }
    this.notify(true);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, ours: s.ours }));
  }

  async readSheets(names: readonly string[]): Promise<Map<string, SheetData>> {
    const out = new Map<string, SheetData>();
    const keys = new Set(names.map(sheetKey));
    // Sheets whose names match once folded too (a person's `设置 `): the reader decides which to use.
    for (const sheet of this.sheets) {
      if (!keys.has(sheetKey(sheet.name))) continue;
      const dateFormats = new Map(
        [...(sheet.dateFormats ?? [])].filter(([address]) => {
          const { row, column } = parseAddress(address);
          return typeof sheet.values[row]?.[column] === "number";
        }),
      );
      out.set(sheet.name, {
        name: sheet.name,
        values: sheet.values.map((r) => [...r]),
        merges: sheet.plan?.merges ?? [],
        ours: sheet.ours,
        ...(this.date1904 && { date1904: true }),
        ...(dateFormats.size > 0 && { dateFormats }),
      });
    }
    return out;
  }

  async write(change: WorkbookChange): Promise<void> {
    // Validate everything first, so that a refusal leaves the workbook exactly as it was: plans and names by
    // the check every host shares (register/plan-check.ts), so a test fails here where Excel would refuse.
    for (const plan of [...(change.sheets ?? []), ...(change.inputSheets ?? [])]) checkPlan(plan);
    for (const plan of change.sheets ?? []) {
      const existing = this.find(plan.name);
      if (existing && !existing.ours) throw new SheetNotOursError(existing.name);
    }
    for (const a of change.appendRows ?? []) {
      if (!this.find(a.sheet)) throw new RangeError(`no sheet named ${a.sheet}`);
      a.rows.forEach((row, r) => row.forEach((value, c) => checkValue(value, `${a.sheet} appended row ${r + 1} column ${c + 1}`)));
    }
    for (const c of change.cells ?? []) {
      if (!this.find(c.sheet)) throw new RangeError(`no sheet named ${c.sheet}`);
      parseAddress(c.address);
      checkValue(c.value, `${c.sheet}!${c.address}`);
    }

    for (const plan of change.inputSheets ?? []) {
      if (!this.find(plan.name))
        this.sheets.push({ name: plan.name, values: plan.values.map((r) => [...r]), ours: false, plan, dateFormats: plannedDateFormats(plan) });
    }
    for (const plan of change.sheets ?? []) {
      const sheet: MemorySheet = { name: plan.name, values: plan.values.map((r) => [...r]), ours: true, plan, dateFormats: plannedDateFormats(plan) };
      const at = this.sheets.findIndex((s) => s.name.toLowerCase() === plan.name.toLowerCase());
      if (at >= 0) this.sheets[at] = sheet;
      else this.sheets.push(sheet);
    }
    for (const a of change.appendRows ?? []) {
      const sheet = this.find(a.sheet)!;
      let last = sheet.values.length;
      while (last > 0 && sheet.values[last - 1].every((v) => v === null || v === "")) last--;
      spliceAll(
        sheet.values,
        last,
        sheet.values.length - last,
        a.rows.map((r) => [...r]),
      );
    }
    for (const c of change.cells ?? []) {
      const sheet = this.find(c.sheet)!;
      const { row, column } = parseAddress(c.address);
      while (sheet.values.length <= row) sheet.values.push([]);
      while (sheet.values[row].length <= column) sheet.values[row].push(null);
      sheet.values[row][column] = c.value;
    }
    this.notify(true);
  }

  async select(sheet: string, address: string): Promise<void> {
    const target = this.find(sheet);
    if (!target) throw new RangeError(`no sheet named ${sheet}`);
    parseAddress(address);
    this.selection = { sheet: target.name, address };
    this.notify();
  }

  private find(name: string): MemorySheet | undefined {
    // Excel compares sheet names case-insensitively.
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private notify(content = false): void {
    if (content) this.contentListeners.forEach((l) => l());
    this.listeners.forEach((l) => l());
  }
}

/** The cells a plan formats as dates or times (the last format over a cell wins, as in every host). */
function plannedDateFormats(plan: SheetPlan): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of plan.formats ?? []) {
    if (f.numberFormat === undefined) continue;
    const [a, b = a] = f.range.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    const date = isDateFormat(f.numberFormat);
    // A whole-table format of a non-date kind over thousands of cells is the common case: skip it when there is nothing to clear.
    if (!date && out.size === 0) continue;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        if (date) out.set(cellAddress(r, c), f.numberFormat);
        else out.delete(cellAddress(r, c));
      }
    }
  }
  return out;
}
