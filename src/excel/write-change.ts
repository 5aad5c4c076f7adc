/**
 * Writing a change: one round trip after the inspection, whatever the number of rows.
 *
 * 1. inspect (usually done already, in the same request as the register read — see excel-workbook.ts):
 *    which sheets exist, which are ours (the registry), which are protected, the charts on sheets to be
 *    rewritten, where appended rows go. A plan naming a sheet that is not ours throws SheetNotOursError,
 *    and protection that Excel would refuse the change for throws ProtectedError, before anything is written.
 * 2. one request, in this order:
 *    a. delete scratch sheets a failed earlier write left behind (named `~生成中-…`, never a person's name);
 *    b. build every new sheet, and a scratch copy of every sheet to rewrite, in full under a scratch name:
 *       values, formats, widths, merges, freeze, print setup, drop-downs, chart, tab colour;
 *    c. the swap: give new sheets their names and record them in the registry; rewrite each of our existing
 *       sheets IN PLACE (clear it, then the same calls as on its scratch copy), so that the Worksheet object
 *       survives and every formula, defined name and chart elsewhere that points into it keeps working
 *       (deleting it would turn them into #REF!); delete the scratch copies; append rows; set cells.
 *    Excel runs a request's operations in order, keeps what ran before a failure (it is not transactional)
 *    and runs nothing after it: "All other commands after the failed command in the batch are not
 *    executed" (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error, the
 *    traceMessages example). So a build that fails never reaches the swap: the previous results stay as
 *    they were, and the scratch sheets are removed at once or, failing that, at the next write.
 *    The scratch copy is what makes this safe: a call Excel refuses (a value, a format, a print setting)
 *    is refused on the copy, before the real sheet is touched.
 *    A new sheet's registry row is written with an empty worksheet id and a reference formula naming its
 *    scratch name, which Excel carries along when the sheet takes its final name: the formula, not the id,
 *    is what makes the sheet ours (register/ownership.ts), and the next write fills the id in (reconcile).
 *    So even the first generation of a month is one request after the read: two round trips in all.
 *
 * A request never carries more than the budget (payload.ts): only a sheet too large for one request is
 * sent over extra round trips, and a request Excel on the web refuses for its size is sent again in halves.
 * Such a write that fails after its swap began is completed rather than left half-built (see writeChange).
 * The clear, the registry and the appended rows are queued by write-ops.ts.
 */
import type { CellValue } from "../register/cells";
import { deleteOurSheet, SCRATCH_NAME, SCRATCH_PREFIX } from "./change-check";
import { ProtectedError, SheetNotOursError, type WorkbookChange } from "../register/port";
import type { SheetPlan } from "../register/sheet-plan";
import { buildSheetOps } from "./build-sheet";
import type { ApiSupport } from "./features";
import { findSheet, inspect, type Inspection, type InspectMode, type Probe, type SheetFacts } from "./inspect";
import { isOurs, reconcile, REGISTRY_SHEET, type OwnershipRow } from "../register/ownership";
import { CALL_BYTES, halved, isPayloadRefusal, queueInRequests, REQUEST_BUDGET, type Budget, type QueuedOp } from "./payload";
import { toExcelValue } from "./text-safety";
import { appendOps, clearOp, registryOp } from "./write-ops";
import { pushAll } from "../scheme/arrays";

export interface WriteOptions {
  supports: ApiSupport;
  /** Whether this workbook's host inspects in one round trip (see inspect.ts). */
  mode?: InspectMode;
  /** The clock, for the registry's created times and the scratch sheets' names. */
  now: () => Date;
  /** An inspection already made (with the register read); used when it knows everything the write needs. */
  inspection?: WriteInspection;
  /** Waits before a write whose swap failed is sent again (default: a timer). */
  pause?: (ms: number) => Promise<void>;
}

/** What the write needs to know of the workbook before writing. */
export interface WriteInspection {
  facts: Inspection;
  /** Chart names by sheet (lower-case name), for the sheets that were probed. */
  charts: Map<string, string[]>;
}

/** A probe for one sheet: its charts' names (to remove them before the sheet is rewritten in place). */
export function chartProbe(sheet: string): Probe<{ kind: "charts"; sheet: string; names: string[] }> {
  return {
    sheet,
    queue: (ws) => {
      const charts = ws.charts;
      charts.load("items/name");
      ws.load("name");
      // The reader runs after the inspection's context.sync(), which the lint rules cannot follow.
      return () => ({ kind: "charts", sheet: ws.name, names: charts.items.map((c) => c.name) });
    },
  };
}

/** A sheet to build from a plan: new (under a scratch name until the swap) or rewritten in place. */
interface Creation {
  plan: SheetPlan;
  /** True for the add-in's own sheets (registered); false for input sheets made for the person. */
  owned: boolean;
  /** The existing sheet of ours this plan rewrites in place. */
  replaces?: SheetFacts;
  scratch: string;
  values: readonly (readonly CellValue[])[];
}

type Answer = { kind: "bottom"; rows: number } | { kind: "charts"; sheet: string; names: string[] };

/** How many times in all a write whose swap had begun is sent before its failure is given up to the caller. */
export const SWAP_ATTEMPTS = 3;
/** The pause before the n-th attempt after a failed swap: a passing failure is given a moment to pass. */
const SWAP_PAUSE_MS = 1_000;

/**
 * Writes the change (see the module comment). `checkChange` must have passed.
 *
 * A request Excel refuses for its size ({@link isPayloadRefusal}) may have run in part (a GeneralException
 * says nothing of where it stopped), so the write starts over: a fresh inspection, the scratch sheets
 * removed, everything sent again in requests of half the size. Starting over is safe whatever ran: new
 * sheets are recorded before they take their names, and a rewrite in place rewrites the whole sheet.
 *
 * A write too large for one request can also fail after its swap began — after one of our sheets was
 * cleared in place and before a later request rebuilt it — for a reason that passes: the request lost, the
 * service unavailable ("RequestAborted", "ServiceNotAvailable":
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). The
 * previous content is gone by then, and Excel offers no undo of a request: it is not transactional and
 * keeps what ran ("All other commands after the failed command in the batch are not executed", nothing
 * before them is rolled back: https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error).
 * A restore would need a copy of the old sheet and more requests of the same kind that just failed, so the
 * write is completed instead: it starts over (as above) up to {@link SWAP_ATTEMPTS} times in all, after a
 * short pause. Completing is what can succeed: the rebuild repeats, call for call, what Excel already
 * accepted on the scratch copy, so it is not the content that failed. A failure before the swap began
 * leaves the workbook as it was and reaches the caller at once.
 */
export async function writeChange(context: Excel.RequestContext, change: WorkbookChange, options: WriteOptions): Promise<void> {
  const budget: Budget = { bytes: REQUEST_BUDGET };
  const pause = options.pause ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let known = options.inspection;
  // Set once an attempt's swap began: from then on the workbook is no longer as it was, only complete will do.
  let swapBegun = false;
  let swapAttempts = 0;
  for (;;) {
    const progress: Progress = { swapAt: Number.POSITIVE_INFINITY, appendAt: Number.POSITIVE_INFINITY };
    try {
      await attempt(context, change, { ...options, inspection: known }, budget, progress);
      return;
    } catch (error) {
      if (began(error, budget, progress)) swapBegun = true;
      // Refused before anything was sent (ownership, protection): nothing to undo.
      if (!budget.lastRequest && !swapBegun) throw error;
      // The scratch sheets go now if they can; if not, the next write removes them.
      await removeScratch(context).catch(() => undefined);
      const next = budget.lastRequest && isPayloadRefusal(error, budget.lastRequest) ? halved(budget) : null;
      if (next !== null) budget.bytes = next;
      // Appended rows are the one thing a second attempt would write twice: once sent, the failure stands.
      else if (!swapBegun || (budget.sent ?? 0) > progress.appendAt || ++swapAttempts >= SWAP_ATTEMPTS) throw error;
      else await pause(SWAP_PAUSE_MS * swapAttempts);
      known = undefined;
    }
  }
}

/** The trace message queued just before the swap's first call. */
const SWAP_TRACE = "swap";

/** Where an attempt's swap and its appended rows start in its queued operations. */
interface Progress {
  swapAt: number;
  appendAt: number;
}

/**
 * Whether the failed attempt's swap began: a request that carried its first call completed, or the request
 * that failed ran the trace queued before that call. OfficeExtension.Error's traceMessages holds "all trace
 * messages that were executed before the error occurred"
 * (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error); a failure without them
 * (not Excel's error) counts as begun when its request carried the swap.
 */
function began(error: unknown, budget: Budget, progress: Progress): boolean {
  if ((budget.done ?? 0) > progress.swapAt) return true;
  if ((budget.sent ?? 0) <= progress.swapAt) return false;
  const traces = (error as { traceMessages?: unknown } | null)?.traceMessages;
  return Array.isArray(traces) ? traces.includes(SWAP_TRACE) : true;
}

async function attempt(context: Excel.RequestContext, change: WorkbookChange, options: WriteOptions, budget: Budget, progress: Progress): Promise<void> {
  const plans = change.sheets ?? [];
  const appends = change.appendRows ?? [];
  const cells = change.cells ?? [];
  budget.lastRequest = 0;
  budget.sent = 0;
  budget.done = 0;

  // 1. Inspect, unless the register read did already and knows all the write needs.
  const { facts, charts, bottoms } = await inspection(context, change, options);

  for (const plan of plans) {
    const existing = findSheet(facts, plan.name);
    if (existing && !isOurs(existing, facts.registry)) throw new SheetNotOursError(existing.name);
  }
  // A person's own sheet named `_积分评星` is never taken over as the registry (register/ownership.ts).
  if (plans.length > 0 && facts.registryKind === "foreign") throw new SheetNotOursError(REGISTRY_SHEET);
  for (const target of [...appends.map((a) => a.sheet), ...cells.map((c) => c.sheet)]) {
    if (!findSheet(facts, target)) throw new RangeError(`no sheet named ${target}`);
  }

  const creations: Creation[] = [];
  const stamp = options.now().getTime().toString(36);
  const taken = new Set(facts.sheets.map((s) => s.name.toLowerCase()));
  const scratchName = () => {
    let n = creations.length + 1;
    while (taken.has(`${SCRATCH_PREFIX}${stamp}-${n}`)) n++;
    const name = `${SCRATCH_PREFIX}${stamp}-${n}`;
    taken.add(name);
    return name;
  };
  for (const plan of change.inputSheets ?? []) {
    if (!findSheet(facts, plan.name)) creations.push({ plan, owned: false, scratch: scratchName(), values: plan.values });
  }
  for (const plan of plans) creations.push({ plan, owned: true, replaces: findSheet(facts, plan.name), scratch: scratchName(), values: plan.values });
  if (creations.length === 0 && appends.length === 0 && cells.length === 0) return;

  checkProtection(facts, creations, [...appends.map((a) => a.sheet), ...cells.map((c) => c.sheet)]);

  // 2. One request: clean-up, build, swap.
  const worksheets = context.workbook.worksheets;
  // (Under a protected structure nothing can be deleted; the leftovers wait for it to be unprotected.)
  const leftovers = facts.structureProtected ? [] : facts.sheets.filter((s) => SCRATCH_NAME.test(s.name));
  const ops: QueuedOp[] = [];
  if (leftovers.length > 0)
    ops.push({ bytes: CALL_BYTES * leftovers.length, queue: () => leftovers.forEach((s) => deleteOurSheet(worksheets.getItem(s.id), s.visibility)) });

  // b. Build. Each call reaches its sheet by name (a fresh proxy), so that calls re-sent after a refused
  // request never lean on an object made in the refused one.
  for (const c of creations) {
    ops.push({ bytes: CALL_BYTES, queue: () => void worksheets.add(c.scratch) });
    pushAll(
      ops,
      buildSheetOps(() => worksheets.getItem(c.scratch), c.plan, c.values, options.supports),
    );
  }

  // c. Swap: the registry records the new sheets (by their reference formula), then they take
  // their names — in this order, so that a request that stops between the two never leaves a sheet of
  // ours unrecorded (it would pass for a person's).
  const added = creations.filter((c) => !c.replaces);
  const owned = creations.filter((c) => c.owned);
  const created = options.now().toISOString();
  const kept = reconcile(facts.registry, facts.sheets);
  // A new sheet's reference formula names its scratch name: the rename below carries it to the final name
  // (register/ownership.ts: a sheet is ours when a row's reference names it).
  const newRows: OwnershipRow[] = owned.filter((c) => !c.replaces).map((c) => ({ sheet: c.plan.name, id: "", created, link: c.scratch }));
  const rows = [...kept.map((row) => (owned.some((c) => c.replaces?.id === row.id) ? { ...row, created } : row)), ...newRows];
  const registry = findSheet(facts, REGISTRY_SHEET);
  // Everything queued from here on changes the workbook's own sheets.
  progress.swapAt = ops.length;
  ops.push({ bytes: CALL_BYTES, queue: () => context.trace(SWAP_TRACE) });
  if (owned.length > 0 || !sameRows(kept, facts.registry)) ops.push(registryOp(worksheets, registry?.id ?? null, facts.registryHeight, rows));
  if (added.length > 0) {
    ops.push({
      bytes: CALL_BYTES * added.length * 2,
      queue: () =>
        added.forEach((c) => {
          worksheets.getItem(c.scratch).name = c.plan.name;
        }),
    });
  }

  // Rewrite our existing sheets in place: the same calls as on the scratch copy, on a cleared sheet.
  for (const c of creations) {
    if (!c.replaces) continue;
    const id = c.replaces.id;
    ops.push(clearOp(worksheets, id, charts.get(c.replaces.name.toLowerCase()) ?? [], options.supports));
    pushAll(
      ops,
      buildSheetOps(() => worksheets.getItem(id), c.plan, c.values, options.supports),
    );
    ops.push({ bytes: CALL_BYTES, queue: () => worksheets.getItem(c.scratch).delete() });
  }
  progress.appendAt = ops.length;
  pushAll(
    ops,
    appendOps(worksheets, facts, appends, (sheet) => bottoms.get(sheet.toLowerCase()) ?? 0),
  );
  for (const c of cells) {
    const id = findSheet(facts, c.sheet)!.id;
    const value = toExcelValue(c.value);
    ops.push({ bytes: CALL_BYTES + String(value).length * 3, queue: () => (worksheets.getItem(id).getRange(c.address).values = [[value]]) });
  }

  await queueInRequests(context, ops, budget);
}

/** The facts the write needs: from the register read's inspection when it has them all, else inspected now. */
async function inspection(
  context: Excel.RequestContext,
  change: WorkbookChange,
  options: WriteOptions,
): Promise<{ facts: Inspection; charts: Map<string, string[]>; bottoms: Map<string, number> }> {
  const plans = change.sheets ?? [];
  const appends = change.appendRows ?? [];
  const known = options.inspection;
  if (known && appends.length === 0) {
    const covered = plans.every((p) => {
      const sheet = findSheet(known.facts, p.name);
      return !sheet || known.charts.has(sheet.name.toLowerCase());
    });
    if (covered) return { facts: known.facts, charts: known.charts, bottoms: new Map() };
  }
  const probes: Probe<Answer>[] = [];
  const bottomAt = new Map<string, number>();
  for (const a of appends) {
    const key = a.sheet.toLowerCase();
    if (bottomAt.has(key)) continue;
    bottomAt.set(key, probes.length);
    probes.push({ sheet: a.sheet, queue: (ws) => usedBottom(ws) });
  }
  const chartsAt = plans.map((p) => {
    probes.push(chartProbe(p.name));
    return probes.length - 1;
  });
  const { facts, answers } = await inspect(context, probes, options.mode);
  const charts = new Map<string, string[]>();
  plans.forEach((p, i) => {
    const answer = answers[chartsAt[i]];
    const sheet = findSheet(facts, p.name);
    if (sheet && answer?.kind === "charts") charts.set(sheet.name.toLowerCase(), answer.names);
  });
  const bottoms = new Map<string, number>();
  for (const [key, i] of bottomAt) {
    const answer = answers[i];
    bottoms.set(key, answer?.kind === "bottom" ? answer.rows : 0);
  }
  return { facts, charts, bottoms };
}

/**
 * Refuses, before anything is written, a change Excel would refuse for protection: a protected workbook
 * structure when sheets must be added (or scratch sheets removed), a protected sheet to be rewritten,
 * appended to or given a cell. The registry sheet is very hidden and ours; were it protected, it is named.
 */
function checkProtection(facts: Inspection, creations: readonly Creation[], targets: readonly string[]): void {
  const structure = facts.structureProtected && creations.length > 0;
  const names = new Set<string>();
  for (const c of creations) if (c.replaces?.protected) names.add(c.replaces.name);
  for (const t of targets) {
    const sheet = findSheet(facts, t);
    if (sheet?.protected) names.add(sheet.name);
  }
  const registry = findSheet(facts, REGISTRY_SHEET);
  if (registry?.protected && creations.some((c) => c.owned)) names.add(registry.name);
  if (structure || names.size > 0) throw new ProtectedError(structure, [...names]);
}

function sameRows(a: readonly OwnershipRow[], b: readonly OwnershipRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.sheet === b[i].sheet && r.id === b[i].id && r.created === b[i].created);
}

/** Probe: the row below the last cell holding a value (0 for an empty sheet). */
function usedBottom(sheet: Excel.Worksheet): () => Answer {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  // The reader runs after the inspection's context.sync(), which the lint rules cannot follow.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => ({ kind: "bottom", rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount });
}

/** Deletes every scratch sheet (after a failed write; the next write does it otherwise). */
async function removeScratch(context: Excel.RequestContext): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const found = worksheets.items.filter((ws) => SCRATCH_NAME.test(ws.name));
  if (found.length === 0) return;
  for (const ws of found) deleteOurSheet(ws, ws.visibility);
  await context.sync();
}
