/**
 * Excel caches the custom functions' metadata per user: "changes to the functions.json and functions.js
 * files may take up to 24 hours to reach your end users" unless the add-in asks for a refresh, which
 * works only with a shared runtime (ours) and "takes effect the next time the document is opened with the
 * add-in": the document setting Office.ForceRefreshCustomFunctionsCache set to true and saved
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-troubleshooting#clear-the-custom-functions-cache-when-your-add-in-runs).
 * The same page asks to stop forcing once the functions are stable, since each refresh costs time.
 *
 * So the register remembers which metadata it was last opened with ({@link METADATA_SETTING}): when that
 * differs from this build's {@link METADATA_VERSION}, the refresh is switched on for the next opening; once
 * the register has been opened again with the same version, it is switched off.
 */

/**
 * The metadata's version: the first 12 hex digits of the SHA-256 of both generated metadata files
 * (English and zh-CN). test/functions/metadata.test.ts recomputes it, so a change of the metadata that
 * does not change this value fails the tests.
 */
export const METADATA_VERSION = "85d609e8b476";

/** The document setting that forces the refresh (documented name). */
export const FORCE_REFRESH_SETTING = "Office.ForceRefreshCustomFunctionsCache";
/** Ours: the metadata version this document was last opened with. */
export const METADATA_SETTING = "PartyStar.FunctionsMetadataVersion";

/** The part of Office.context.document.settings used (Office.Settings, Settings 1.1). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: unknown }) => void): void;
}

/**
 * Switches the refresh on when the document last saw other metadata (or none), off once it has seen this
 * version; saves only when something changed. Resolves to the value the refresh setting now has; rejects
 * with the host's error when the settings cannot be saved.
 */
export function refreshFunctionsCache(settings: DocumentSettings, version: string = METADATA_VERSION): Promise<boolean> {
  const force = settings.get(METADATA_SETTING) !== version;
  if (!force && settings.get(FORCE_REFRESH_SETTING) !== true) return Promise.resolve(false);
  if (force) settings.set(METADATA_SETTING, version);
  settings.set(FORCE_REFRESH_SETTING, force);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is "failed"; compared as text so that no Office global is needed.
      if (String(result.status) === "failed") reject(result.error);
      else resolve(force);
    });
  });
}
