/**
 * The first round trip of every call: which sheets exist (names, ids, positions, visibility), which are
 * ours (the registry), which is active, and whatever else the caller asks of named sheets (probes) — all
 * in one `context.sync()`.
 *
 * To do that in one sync the probes reach each named sheet through `getItemOrNullObject` and chain from
 * it, before knowing whether it exists; a missing sheet yields null objects. Should a host refuse calls
 * chained on a null object, the sync fails and the inspection is redone the safe way: list the sheets
 * first, then probe only those that exist (one more round trip, never a wrong answer).
 */
import { LEGACY_MARK_RANGE } from "../register/legacy-marks";
import { legacyClaims, parseRegistry, proveLegacyRows, REGISTRY_SHEET, type OwnershipRow, type RegistryContent } from "../register/ownership";

/** A worksheet as the first round trip finds it. */
export interface SheetFacts {
  name: string;
  id: string;
  position: number;
  visibility: string;
  /** Sheet protection (Review → Protect Sheet): Excel refuses every change to the sheet (ExcelApi 1.2). */
  protected: boolean;
}

/** What one inspection learnt. */
export interface Inspection {
  sheets: SheetFacts[];
  /** The registry sheet's rows ([] when it has none, does not exist or is a person's sheet of that name). */
  registry: OwnershipRow[];
  /** What the sheet named `_积分评星` is (undefined when there is none): "foreign" is a person's own sheet. */
  registryKind?: RegistryContent["kind"];
  /** Rows the registry sheet's used range spans (header included), 0 when it does not exist. */
  registryHeight: number;
  hasRegistry: boolean;
  /** Id of the active sheet. */
  activeId: string | null;
  /** Workbook structure protection: Excel refuses adding, deleting, renaming sheets (ExcelApi 1.7). */
  structureProtected: boolean;
}

/**
 * A question about one named sheet: `queue` queues loads on the worksheet proxy and returns the function
 * that reads them after the sync (called only when the sheet exists).
 */
export interface Probe<T> {
  sheet: string;
  queue: (sheet: Excel.Worksheet) => () => T;
}

export interface InspectionResult<T> {
  facts: Inspection;
  /** One entry per probe: its answer, or undefined when the sheet does not exist. */
  answers: (T | undefined)[];
}

/** Finds a sheet by name as Excel does (case-insensitively). */
export function findSheet(facts: { sheets: readonly SheetFacts[] }, name: string): SheetFacts | undefined {
  const key = name.toLowerCase();
  return facts.sheets.find((s) => s.name.toLowerCase() === key);
}

/**
 * Remembers, for one workbook, whether inspecting in one round trip worked: after a failure the adapter
 * inspects the safe way from then on instead of paying for a refused request every time.
 */
export interface InspectMode {
  atOnce: boolean;
}

/** One round trip when the host allows chaining on null objects, else two. */
export async function inspect<T>(
  context: Excel.RequestContext,
  probes: readonly Probe<T>[] = [],
  mode: InspectMode = { atOnce: true },
): Promise<InspectionResult<T>> {
  if (mode.atOnce) {
    try {
      return await inspectAtOnce(context, probes);
    } catch {
      // Whatever failed (a host refusing null-object chains, or a transient fault), the safe way answers;
      // and if the failure was real it fails there too and reaches the caller.
      mode.atOnce = false;
    }
  }
  return inspectSafely(context, probes);
}

/**
 * What every sheet and the workbook are loaded with: names, ids, places, visibility and protection. A
 * path through a navigation property ("protection/protected") is how `load` reaches a child object's
 * property. https://learn.microsoft.com/en-us/javascript/api/office/officeextension.loadoption
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2)
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbookprotection (ExcelApi 1.7)
 */
function queueSheetList(context: Excel.RequestContext): {
  worksheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
  protection: Excel.WorkbookProtection;
} {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position,items/visibility,items/protection/protected");
  const active = worksheets.getActiveWorksheet();
  active.load("id");
  const protection = context.workbook.protection;
  protection.load("protected");
  return { worksheets, active, protection };
}

/** The one-sync inspection (see the module comment). */
export async function inspectAtOnce<T>(context: Excel.RequestContext, probes: readonly Probe<T>[]): Promise<InspectionResult<T>> {
  const read = queueInspection(context, probes);
  await context.sync();
  const result = read();
  await proveLegacy(context, result.facts);
  return result;
}

/**
 * The rows of a first-release registry (version 1) are claims: one more round trip reads the top of each
 * sheet they name, and each row becomes proof or refusal by that sheet's content (register/ownership.ts,
 * proveLegacyRows). Only for such a registry, which the next write replaces with references.
 */
export async function proveLegacy(context: Excel.RequestContext, facts: Inspection): Promise<void> {
  if (facts.registryKind !== "v1") return;
  const claimed = legacyClaims(facts.registry, facts.sheets);
  const ranges = claimed.map((sheet) => {
    const range = context.workbook.worksheets.getItem(sheet.id).getRange(LEGACY_MARK_RANGE);
    range.load("values");
    return range;
  });
  if (ranges.length > 0) await context.sync();
  const tops = new Map(claimed.map((sheet, i) => [sheet, ranges[i].values]));
  facts.registry = proveLegacyRows(facts.registry, facts.sheets, (sheet) => tops.get(sheet as SheetFacts));
}

/**
 * Queues the one-sync inspection without syncing, so that it can ride on a request the caller makes
 * anyway (the register read): the returned function reads it after that sync (it throws if the sync
 * failed and nothing was loaded).
 */
export function queueInspection<T>(context: Excel.RequestContext, probes: readonly Probe<T>[]): () => InspectionResult<T> {
  const { worksheets, active, protection } = queueSheetList(context);
  const registrySheet = worksheets.getItemOrNullObject(REGISTRY_SHEET);
  const registryUsed = registrySheet.getUsedRangeOrNullObject(true);
  // Formulas too: column D's references are what make a sheet ours (register/ownership.ts).
  registryUsed.load("values,formulas,rowIndex,columnIndex,rowCount");
  const targets = probes.map((p) => worksheets.getItemOrNullObject(p.sheet));
  const readers = probes.map((p, i) => p.queue(targets[i]));
  // Read after the caller's context.sync(), which the lint rules cannot follow.
  /* eslint-disable office-addins/call-sync-before-read */
  return () => {
    const facts = factsOf(worksheets, active, protection);
    facts.hasRegistry = !registrySheet.isNullObject;
    if (facts.hasRegistry) readRegistry(facts, registryUsed);
    const answers = readers.map((read, i) => (targets[i].isNullObject ? undefined : read()));
    return { facts, answers };
  };
  /* eslint-enable office-addins/call-sync-before-read */
}

/** The two-sync inspection: list first, then probe only sheets that exist. */
export async function inspectSafely<T>(context: Excel.RequestContext, probes: readonly Probe<T>[]): Promise<InspectionResult<T>> {
  const { worksheets, active, protection } = queueSheetList(context);
  await context.sync();

  const facts = factsOf(worksheets, active, protection);
  const registry = findSheet(facts, REGISTRY_SHEET);
  facts.hasRegistry = registry !== undefined;
  const registryUsed = registry ? worksheets.getItem(registry.id).getUsedRangeOrNullObject(true) : null;
  registryUsed?.load("values,formulas,rowIndex,columnIndex,rowCount");
  const readers = probes.map((p) => {
    const sheet = findSheet(facts, p.sheet);
    return sheet ? p.queue(worksheets.getItem(sheet.id)) : null;
  });
  if (registryUsed || readers.some((r) => r !== null)) await context.sync();

  if (registryUsed) readRegistry(facts, registryUsed);
  const answers = readers.map((read) => (read ? read() : undefined));
  await proveLegacy(context, facts);
  return { facts, answers };
}

/** Recognises the sheet named `_积分评星` (ours, or a person's) and reads its rows; after the sync. */
function readRegistry(facts: Inspection, used: Excel.Range): void {
  const sheet = findSheet(facts, REGISTRY_SHEET);
  const hidden = sheet !== undefined && sheet.visibility !== "Visible";
  // The used range starts at A1 on a registry of ours; elsewhere the header cannot match.
  const atA1 = !used.isNullObject && used.rowIndex === 0 && used.columnIndex === 0;
  const content = atA1 ? parseRegistry(used.values, used.formulas, hidden) : parseRegistry([], [], hidden);
  facts.registryKind = used.isNullObject ? (hidden ? "v1" : "foreign") : content.kind;
  facts.registry = content.rows;
  facts.registryHeight = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
}

function factsOf(worksheets: Excel.WorksheetCollection, active: Excel.Worksheet, protection: Excel.WorkbookProtection): Inspection {
  const sheets = worksheets.items
    .map((ws) => ({ name: ws.name, id: ws.id, position: ws.position, visibility: String(ws.visibility), protected: ws.protection.protected === true }))
    .sort((a, b) => a.position - b.position);
  return { sheets, registry: [], registryHeight: 0, hasRegistry: false, activeId: active.id, structureProtected: protection.protected === true };
}
