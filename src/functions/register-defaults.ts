/**
 * The register's settings as the functions' defaults, kept in the shared runtime: read once from the
 * 设置 sheet (with the register's own reader, src/register/read), kept, and read again only when Excel
 * says the settings may have changed (a cell of the 设置 sheet, or a sheet added, deleted or renamed).
 * After a change that alters a default, every formula is recalculated so the functions' cells follow.
 *
 * So a call costs no round trip to Excel once the settings are known; calls made while the settings are
 * read wait for that one read (all of them together). Where the host cannot tell about changes (no
 * events), the settings are kept for at most {@link RegisterDefaultsOptions.maxAgeWithoutEvents} ms.
 */
import type { Problem } from "../scheme/problems";
import { validateSettings } from "../scheme/settings";
import type { SheetData } from "../register/port";
import { attachRefs, readRegister } from "../register/read/read-register";
import { inputSheet } from "../register/schema";
import { SCHEME_ARGUMENT_DEFAULTS, type ArgumentDefaults } from "./arguments";
import { defaultsKey, failingDefaults, registerDefaults, type DefaultsSource } from "./defaults";
import { MESSAGES } from "./messages";

/** The names a register's settings sheet goes by (设置, or its English name). */
export const SETTINGS_SHEET_NAMES: readonly string[] = [inputSheet("settings").name, inputSheet("settings").en];

/** What the functions need of the workbook: the Office.js side is src/functions/excel-settings-sheet.ts. */
export interface SettingsSheetHost {
  /**
   * The 设置 sheet (absent from the map when the workbook has none), in one round trip, and whether the
   * host will call the change listener when the settings may have changed.
   */
  read(): Promise<{ sheets: ReadonlyMap<string, SheetData>; followsChanges: boolean }>;
  /** Sets the listener called when the settings may have changed. */
  onChange(listener: () => void): void;
  /** Recalculates every formula of the workbook, so cells follow changed defaults. */
  recalculate(): Promise<void>;
}

export interface RegisterDefaultsOptions {
  /** Milliseconds the settings are kept when the host has no change events (default 2000). */
  maxAgeWithoutEvents?: number;
  /**
   * Milliseconds a read of the 设置 sheet may take before it counts as failed (default 10,000): a sync can
   * hang on large workbooks on the web (office-js #6150, #6678), and a function waiting on it would keep
   * its cell #BUSY! for good.
   */
  readTimeout?: number;
  /** The clock, in ms (default Date.now). */
  now?: () => number;
}

/**
 * The defaults of a workbook's sheets: the scheme's when there is no 设置 sheet; the register's settings
 * when there is one; failing defaults (#VALUE! naming the cell) when the 设置 sheet has an error.
 */
export function defaultsOfWorkbook(sheets: ReadonlyMap<string, SheetData>): ArgumentDefaults {
  if (sheets.size === 0) return SCHEME_ARGUMENT_DEFAULTS;
  const { data, problems } = readRegister(sheets, { periods: new Set(), require: ["settings"] });
  const all: Problem[] = [...problems, ...attachRefs(validateSettings(data.settings), sheets, data)];
  return registerDefaults(data.settings, all);
}

/** The promise's outcome, or a rejection once `ms` milliseconds have passed without one. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The register's settings as a {@link DefaultsSource}, cached and refreshed on change. */
export class RegisterDefaults implements DefaultsSource {
  private value: ArgumentDefaults | undefined;
  /** The last defaults read, kept through a failed read. */
  private lastRead: ArgumentDefaults | undefined;
  private loading: Promise<ArgumentDefaults> | undefined;
  private loadedAt = 0;
  private followsChanges = false;
  /** Counts the changes reported, so a read that raced with a change is not kept. */
  private generation = 0;
  private readonly maxAge: number;
  private readonly readTimeout: number;
  private readonly now: () => number;
  /** Reads of the settings sheet so far (each one round trip): what the benchmark and tests count. */
  reads = 0;

  constructor(
    private readonly host: SettingsSheetHost,
    options: RegisterDefaultsOptions = {},
  ) {
    this.maxAge = options.maxAgeWithoutEvents ?? 2000;
    this.readTimeout = options.readTimeout ?? 10_000;
    this.now = options.now ?? Date.now;
    host.onChange(() => this.changed());
  }

  current(): ArgumentDefaults | Promise<ArgumentDefaults> {
    if (this.value && (this.followsChanges || this.now() - this.loadedAt < this.maxAge)) return this.value;
    this.loading ??= this.load();
    return this.loading;
  }

  /** Resolves once no read is under way (tests). */
  async settled(): Promise<void> {
    while (this.loading) await this.loading;
  }

  private async load(): Promise<ArgumentDefaults> {
    try {
      for (;;) {
        const generation = this.generation;
        const { sheets, followsChanges } = await withTimeout(this.host.read(), this.readTimeout);
        this.reads++;
        if (generation !== this.generation) continue; // the settings changed while they were read
        this.followsChanges = followsChanges;
        this.value = defaultsOfWorkbook(sheets);
        this.lastRead = this.value;
        this.loadedAt = this.now();
        return this.value;
      }
    } catch {
      // A refused or timed-out read is not kept, so the next call asks again. Meanwhile the settings read
      // before stand (one refused read, e.g. while a cell is being edited, office-js #1395, must not turn
      // every formula into an error); only a register never read yet gets the error saying so.
      return this.lastRead ?? failingDefaults(MESSAGES.settingsUnreadable());
    } finally {
      this.loading = undefined;
    }
  }

  private changed(): void {
    this.generation++;
    const before = this.value === undefined ? undefined : defaultsKey(this.value);
    this.value = undefined;
    if (before === undefined) return; // nothing computed from them yet: the next call reads them
    void Promise.resolve(this.current())
      .then(async (after) => {
        if (defaultsKey(after) !== before) await this.host.recalculate();
      })
      .catch(() => {
        // A failed recalculation leaves the cells as they were until Excel recalculates them; nothing to undo.
      });
  }
}
