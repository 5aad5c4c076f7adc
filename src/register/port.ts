import type { Grid } from "./cells";
import type { SheetPlan } from "./sheet-plan";

/** What the add-in knows about one sheet of the workbook. */
export interface SheetInfo {
  name: string;
  /** True when the add-in created this sheet (and so may replace it). */
  ours: boolean;
}

/** The used range of one sheet, from A1, as values, plus what the reader must refuse. */
export interface SheetData {
  name: string;
  values: Grid;
  /** Merged ranges in the used range ("B3:C3"); reading refuses them inside tables. */
  merges: string[];
  ours: boolean;
  /**
   * True when the workbook counts dates from 1904-01-01 (Mac Excel's option) instead of 1900: a date cell's
   * value is then a serial of that system. Absent: the 1900 system.
   */
  date1904?: boolean;
  /**
   * The cells whose number format shows a date or a time, by A1 address, with that format (sparse: other
   * cells are absent). The values alone cannot tell the date 2026-12-05 from the number 46361.
   */
  dateFormats?: ReadonlyMap<string, string>;
  /**
   * A1 addresses of formula cells the file holds no result for (written by a program that does not
   * calculate); their value reads as empty.
   */
  formulasWithoutResult?: readonly string[];
}

/**
 * The register port: everything the task pane, the preview and the command line need from a workbook.
 * One implementation per host (excel/, xlsx/, the preview's in-memory workbook). Each call is one batch:
 * implementations keep their round trips constant, whatever the size of the register.
 */
export interface WorkbookPort {
  /** Every sheet in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /**
   * The named sheets' used ranges; a missing sheet is absent from the result. A name also finds sheets
   * whose name is the same once trimmed and width-folded (register/sheet-names.ts: `设置 `, `ｓｅｔｔｉｎｇｓ`), each
   * under its own name, so that the reader can use one and report the others.
   */
  readSheets(names: readonly string[]): Promise<Map<string, SheetData>>;
  /**
   * Writes the plans: each new sheet is fully built before an older sheet of the same name (ours) is
   * replaced, so a failure midway leaves the previous results intact. Refuses (throws
   * {@link SheetNotOursError}) before writing anything if a named sheet exists and is not ours.
   * `appendRows` adds rows at the end of existing input sheets (used by set-up and month preparation).
   */
  write(change: WorkbookChange): Promise<void>;
  /** Activates the sheet and selects the cell (the task pane's "go to problem"). */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Optional: calls `listener` after the workbook's content changed (by the add-in or a person; not a mere
   * selection); returns the unsubscribe function. The pane clears messages about what changed; hosts
   * without it rely on the pane's own writes (the preview's in-memory workbook has it).
   */
  onChange?(listener: () => void): () => void;
}

/** One batch of changes to the workbook. */
export interface WorkbookChange {
  /** Sheets the add-in owns: created or replaced whole. */
  sheets?: SheetPlan[];
  /** Input sheets created for the person (set-up); created only where missing, never replaced. */
  inputSheets?: SheetPlan[];
  /** Rows appended below the used range of existing sheets. */
  appendRows?: { sheet: string; rows: Grid }[];
  /** Single cells updated in place on existing sheets (e.g. 设置 values, an approval date on our sheet). */
  cells?: { sheet: string; address: string; value: string | number | boolean | null }[];
}

/**
 * Thrown by an adapter before writing anything when Excel would refuse the change: the workbook's
 * structure is protected (sheets cannot be added, deleted or renamed), or a sheet to be written is
 * protected. `sheets` names the protected sheets (empty for the structure alone).
 */
export class ProtectedError extends Error {
  constructor(
    readonly structure: boolean,
    readonly sheets: readonly string[],
  ) {
    super(`the workbook ${structure ? "structure " : ""}${sheets.length ? `sheets ${sheets.join(", ")} ` : ""}are protected; unprotect them and try again`);
    this.name = "ProtectedError";
  }
}

/** Thrown by an adapter asked to replace a sheet that a person made. Callers check first with listSheets. */
export class SheetNotOursError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" was not created by the add-in and is left alone`);
    this.name = "SheetNotOursError";
  }
}
