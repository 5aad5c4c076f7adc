/**
 * Where the custom functions take the defaults of their optional arguments from: in a workbook that is a
 * register (it has a 设置 sheet), the register's settings; in any other workbook, the scheme's defaults.
 *
 * The functions ask {@link currentDefaults} on every call. The composition root (functions.ts, in Excel)
 * installs a source that reads the 设置 sheet once, keeps it, and reads it again only when it changes
 * (./register-defaults); outside Excel (tests, benchmark) the scheme's defaults apply. The answer is the
 * defaults themselves once known, so a call costs no round trip to Excel; only calls made while the
 * settings are being (re)read wait for that one read.
 */
import type { Problem } from "../scheme/problems";
import { SETTING_NAMES } from "../scheme/setting-names";
import type { Settings } from "../scheme/settings";
import { SETTING_TABLE } from "../scheme/setting-table";
import { SCHEME_ARGUMENT_DEFAULTS, type ArgumentDefaults } from "./arguments";
import { fail } from "./formula-error";
import { MESSAGES } from "./messages";

/** Gives the defaults now, or a promise while they are being read. */
export interface DefaultsSource {
  current(): ArgumentDefaults | Promise<ArgumentDefaults>;
}

/** Outside a register, and outside Excel: the scheme's defaults. */
export const SCHEME_DEFAULTS_SOURCE: DefaultsSource = { current: () => SCHEME_ARGUMENT_DEFAULTS };

let source: DefaultsSource = SCHEME_DEFAULTS_SOURCE;
/** Resolves the calls waiting for the next source installed ({@link waitForDefaultsSource}). */
let release: ((next: DefaultsSource) => void) | undefined;

/** Installs the source the functions use (the composition root, and tests). Returns the previous one. */
export function installDefaultsSource(next: DefaultsSource): DefaultsSource {
  const previous = source;
  source = next;
  release?.(next);
  release = undefined;
  return previous;
}

/**
 * Makes the functions wait for the next source installed: in Excel the register's settings are installed
 * once Office.onReady has run, and a function Excel evaluates before that must not compute with the
 * scheme's defaults silently, so it waits (its cell shows #BUSY! meanwhile).
 */
export function waitForDefaultsSource(): void {
  const next = new Promise<DefaultsSource>((resolve) => {
    release = resolve;
  });
  source = { current: () => next.then((installed) => installed.current()) };
}

/** The defaults now, or a promise of them. */
export function currentDefaults(): ArgumentDefaults | Promise<ArgumentDefaults> {
  return source.current();
}

/** The defaults a register's settings give its functions. */
export function defaultsFromSettings(settings: Settings): ArgumentDefaults {
  return Object.freeze({
    appraisalWeight: settings.appraisalWeight,
    recordWeight: settings.recordWeight,
    decimals: settings.decimals,
    thresholds: settings.thresholds,
    gradePoints: Object.freeze({ ...settings.gradePoints }),
    trimExtremes: settings.trimExtremes,
    minValidMarks: settings.minValidMarks,
  });
}

/** The settings whose check involves another's: a problem about the weights' sum concerns both weights. */
const CHECKED_TOGETHER: readonly (readonly string[])[] = [["appraisalWeight", "recordWeight"]];

/** The 设置 rows (项目) a default comes from: its field's rows in the settings table (and their gathered name). */
function settingRowsOf(key: keyof ArgumentDefaults): readonly string[] {
  const keys: readonly string[] = CHECKED_TOGETHER.find((group) => group.includes(key)) ?? [key];
  const rows = SETTING_TABLE.filter((row) => keys.includes(row.key)).map((row) => row.name);
  return [...new Set([...keys.map((k) => (SETTING_NAMES as Record<string, string>)[k]), ...rows])];
}

const SETTING_ROWS_OF = Object.fromEntries(
  (Object.keys(SCHEME_ARGUMENT_DEFAULTS) as (keyof ArgumentDefaults)[]).map((key) => [key, settingRowsOf(key)]),
) as Readonly<Record<keyof ArgumentDefaults, readonly string[]>>;

/** The setting a problem is about (its 项目), or undefined when it concerns the sheet as a whole. */
function settingOf(problem: Problem): string | undefined {
  if (problem.place.setting) return problem.place.setting;
  return typeof problem.args.name === "string" ? problem.args.name : undefined;
}

/**
 * Defaults where some settings are wrong: each default whose 设置 row has an error (or every default,
 * for an error of the sheet as a whole) is, when a function needs it, the #VALUE! error naming the cell —
 * a function never guesses a setting the sheet gets wrong. An explicit argument still works, since its
 * default is never read, and so do the defaults whose rows are right.
 */
export function failingDefaults(
  message: string | ((key: keyof ArgumentDefaults) => string | undefined),
  good: ArgumentDefaults = SCHEME_ARGUMENT_DEFAULTS,
): ArgumentDefaults {
  const out = {} as Record<keyof ArgumentDefaults, unknown>;
  for (const key of Object.keys(SCHEME_ARGUMENT_DEFAULTS) as (keyof ArgumentDefaults)[]) {
    const error = typeof message === "string" ? message : message(key);
    if (error === undefined) Object.defineProperty(out, key, { enumerable: true, value: good[key] });
    else Object.defineProperty(out, key, { enumerable: true, get: () => fail("#VALUE!", error) });
  }
  return Object.freeze(out) as ArgumentDefaults;
}

/** The defaults of a register's settings; the ones whose 设置 rows have an error fail, naming the cell. */
export function registerDefaults(settings: Settings, problems: readonly Problem[]): ArgumentDefaults {
  const errors = problems.filter((p) => p.severity === "error");
  const good = defaultsFromSettings(settings);
  if (errors.length === 0) return good;
  return failingDefaults((key) => {
    const rows = SETTING_ROWS_OF[key];
    const error = errors.find((p) => {
      const setting = settingOf(p);
      return setting === undefined || rows.includes(setting);
    });
    return error && MESSAGES.settingsInvalid((error.place.ref ?? "").replace(/^.*!/, ""));
  }, good);
}

/** A fingerprint of the defaults, to tell whether a change of the 设置 sheet changed any of them. */
export function defaultsKey(defaults: ArgumentDefaults): string {
  return JSON.stringify(
    Object.fromEntries(
      (Object.keys(SCHEME_ARGUMENT_DEFAULTS) as (keyof ArgumentDefaults)[]).map((key) => {
        try {
          return [key, defaults[key]];
        } catch (e) {
          // A failing default: keyed by its message.
          return [key, `error:${(e as { message?: string }).message ?? ""}`];
        }
      }),
    ),
  );
}
