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
import type { Problem } from '../scheme/problems';
import type { Settings } from '../scheme/settings';
import { SCHEME_ARGUMENT_DEFAULTS, type ArgumentDefaults } from './arguments';
import { fail } from './formula-error';
import { MESSAGES } from './messages';

/** Gives the defaults now, or a promise while they are being read. */
export interface DefaultsSource {
  current(): ArgumentDefaults | Promise<ArgumentDefaults>;
}

/** Outside a register, and outside Excel: the scheme's defaults. */
export const SCHEME_DEFAULTS_SOURCE: DefaultsSource = { current: () => SCHEME_ARGUMENT_DEFAULTS };

let source: DefaultsSource = SCHEME_DEFAULTS_SOURCE;

/** Installs the source the functions use (the composition root, and tests). Returns the previous one. */
export function useDefaultsSource(next: DefaultsSource): DefaultsSource {
  const previous = source;
  source = next;
  return previous;
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

/**
 * Defaults of a register whose 设置 sheet has an error: every default, when a function needs it, is the
 * #VALUE! error naming the first wrong cell — the function never guesses a setting the sheet gets wrong.
 * An explicit argument still works, since its default is never read.
 */
export function failingDefaults(message: string): ArgumentDefaults {
  const failing = {} as Record<keyof ArgumentDefaults, unknown>;
  for (const key of Object.keys(SCHEME_ARGUMENT_DEFAULTS) as (keyof ArgumentDefaults)[]) {
    Object.defineProperty(failing, key, { enumerable: true, get: () => fail('#VALUE!', message) });
  }
  return Object.freeze(failing) as ArgumentDefaults;
}

/** The defaults of a register's settings, or failing defaults naming the first error of its 设置 sheet. */
export function registerDefaults(settings: Settings, problems: readonly Problem[]): ArgumentDefaults {
  const error = problems.find((p) => p.severity === 'error');
  if (!error) return defaultsFromSettings(settings);
  return failingDefaults(MESSAGES.settingsInvalid((error.place.ref ?? '').replace(/^.*!/, '')));
}

/** A fingerprint of the defaults, to tell whether a change of the 设置 sheet changed any of them. */
export function defaultsKey(defaults: ArgumentDefaults): string {
  try {
    return JSON.stringify(defaults);
  } catch (e) {
    // Failing defaults throw on every read: keyed by their message.
    return `error:${(e as { message?: string }).message ?? ''}`;
  }
}
