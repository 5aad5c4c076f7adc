/**
 * Writing a change in three round trips, whatever the number of rows:
 *
 * 1. inspect: which sheets exist, which are ours (the registry), where appended rows go. (A person's
 *    备注 is carried over by the workflows, register/person-notes.ts, inside the plan.) A plan naming a sheet that is not ours throws SheetNotOursError
 *    here, before anything is written.
 * 2. build every new or replacing sheet fully under a temporary name: values, formats, widths, merges,
 *    freeze, print setup, drop-downs, chart, tab colour. If this fails, the temporary sheets are deleted
 *    and the error rethrown: the previous results stay as they were.
 * 3. swap: record ownership first (old and new ids both, so a failure midway cannot orphan a sheet), then
 *    delete each old sheet and give its place and name to the new one; append rows and set cells.
 *
 * A request never carries more than the budget (payload.ts): only a sheet too large for one request has
 * its values sent in blocks over extra round trips.
 */
import { parseAddress, rangeAddress, isBlank, type CellValue } from "../register/cells";
import { SheetNotOursError, type WorkbookChange } from "../register/port";
import type { SheetPlan } from "../register/sheet-plan";
import { buildSheetOps, checkPlan } from "./build-sheet";
import { UnfinishedWriteError } from "./errors";
import type { ApiSupport } from "./features";
import { findSheet, inspect, inspectSafely, type InspectMode, type Probe, type SheetFacts } from "./inspect";
import { isOurs, isRegistryName, OWNERSHIP_SHEET, reconcile, registryGrid, type OwnershipRow } from "./ownership";
import { CALL_BYTES, queueInRequests, rowBlocks, type QueuedOp } from "./payload";
import { checkValues, gridWidth, toExcelGrid, toExcelValue } from "./text-safety";

export interface WriteOptions {
  supports: ApiSupport;
  /** Whether this workbook's host inspects in one round trip (see inspect.ts). */
  mode?: InspectMode;
  /** The clock, for the registry's created times. */
  now: () => Date;
}

const INVALID_NAME = /[:\\/?*[\]]/;

/**
 * Checks what can be checked without Excel, so that a bad change throws before any round trip:
 * sheet names (as Excel allows them, not the registry's, none twice), every plan's ranges, every cell
 * address and value. Throws RangeError, as the in-memory workbook does.
 */
export function checkChange(change: WorkbookChange): void {
  const seen = new Set<string>();
  for (const plan of [...(change.sheets ?? []), ...(change.inputSheets ?? [])]) {
    checkName(plan.name);
    const key = plan.name.toLowerCase();
    if (seen.has(key)) throw new RangeError(`sheet named twice in one change: ${plan.name}`);
    seen.add(key);
    checkPlan(plan);
    checkValues(plan.values);
  }
  for (const a of change.appendRows ?? []) {
    if (isRegistryName(a.sheet)) throw new RangeError(`no sheet named ${a.sheet}`);
    checkValues(a.rows);
  }
  for (const c of change.cells ?? []) {
    if (isRegistryName(c.sheet)) throw new RangeError(`no sheet named ${c.sheet}`);
    parseAddress(c.address);
    toExcelValue(c.value);
  }
}

function checkName(name: string): void {
  if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    throw new RangeError(`invalid sheet name: ${name}`);
  }
  if (isRegistryName(name)) throw new RangeError(`the sheet name ${name} is reserved for the add-in's records`);
}

/** True when the change asks for nothing. */
export function isEmptyChange(change: WorkbookChange): boolean {
  return !change.sheets?.length && !change.inputSheets?.length && !change.appendRows?.length && !change.cells?.length;
}

/** A sheet to build: from a plan, under a temporary name until step 3. */
interface Creation {
  plan: SheetPlan;
  /** True for the add-in's own sheets (registered); false for input sheets made for the person. */
  owned: boolean;
  replaces?: SheetFacts;
  temp: string;
  values: readonly (readonly CellValue[])[];
  sheet?: Excel.Worksheet;
}

type Answer = { kind: "bottom"; rows: number };

/** Writes the change (see the module comment). `checkChange` must have passed. */
export async function writeChange(context: Excel.RequestContext, change: WorkbookChange, options: WriteOptions): Promise<void> {
  const plans = change.sheets ?? [];
  const appends = change.appendRows ?? [];
  const cells = change.cells ?? [];

  // 1. Inspect.
  const probes: Probe<Answer>[] = [];
  const bottomAt = new Map<string, number>();
  for (const a of appends) {
    const key = a.sheet.toLowerCase();
    if (bottomAt.has(key)) continue;
    bottomAt.set(key, probes.length);
    probes.push({ sheet: a.sheet, queue: (ws) => usedBottom(ws) });
  }
  const { facts, answers } = await inspect(context, probes, options.mode);

  for (const plan of plans) {
    const existing = findSheet(facts, plan.name);
    if (existing && !isOurs(existing, facts.registry)) throw new SheetNotOursError(existing.name);
  }
  for (const target of [...appends.map((a) => a.sheet), ...cells.map((c) => c.sheet)]) {
    if (!findSheet(facts, target)) throw new RangeError(`no sheet named ${target}`);
  }

  const stamp = options.now().getTime().toString(36);
  const taken = new Set(facts.sheets.map((s) => s.name.toLowerCase()));
  const temporary = (i: number) => {
    let n = i;
    let name = `~生成中-${stamp}-${n + 1}`;
    while (taken.has(name.toLowerCase())) name = `~生成中-${stamp}-${++n + 1}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const creations: Creation[] = [];
  for (const plan of change.inputSheets ?? []) {
    if (!findSheet(facts, plan.name)) creations.push({ plan, owned: false, temp: temporary(creations.length), values: plan.values });
  }
  for (const plan of plans) {
    const replaces = findSheet(facts, plan.name);
    creations.push({ plan, owned: true, replaces, temp: temporary(creations.length), values: plan.values });
  }
  if (creations.length === 0 && appends.length === 0 && cells.length === 0) return;

  // 2. Build every new sheet under its temporary name.
  const worksheets = context.workbook.worksheets;
  const build: QueuedOp[] = creations.map((c) => ({
    bytes: CALL_BYTES,
    queue: () => {
      c.sheet = worksheets.add(c.temp);
      c.sheet.load("id");
    },
  }));
  for (const c of creations) build.push(...buildSheetOps(() => c.sheet!, c.plan, c.values, options.supports));
  if (creations.length > 0) {
    try {
      await queueInRequests(context, build);
    } catch (error) {
      await removeSheets(context, creations.map((c) => c.temp)).catch((cleanupError: unknown) => {
        throw new UnfinishedWriteError(creations.map((c) => c.temp), error, cleanupError);
      });
      throw error;
    }
  }

  // 3. Record ownership, swap, append, set cells.
  const swap: QueuedOp[] = [];
  const owned = creations.filter((c) => c.owned);
  if (owned.length > 0) {
    const created = options.now().toISOString();
    const rows: OwnershipRow[] = [...reconcile(facts.registry, facts.sheets), ...owned.map((c) => ({ sheet: c.plan.name, id: c.sheet!.id, created }))];
    swap.push(registryOp(worksheets, facts, rows));
  }
  const replacing = creations.filter((c) => c.replaces).sort((a, b) => a.replaces!.position - b.replaces!.position);
  swap.push({
    bytes: CALL_BYTES * 5 * creations.length,
    queue: () => {
      // In tab order, so that each new sheet takes exactly the place its old one had.
      for (const c of replacing) {
        const old = c.replaces!;
        const oldSheet = worksheets.getItem(old.id);
        // Excel refuses to delete a very hidden sheet.
        if (old.visibility === "VeryHidden") oldSheet.visibility = "Hidden";
        oldSheet.delete();
        c.sheet!.name = c.plan.name;
        c.sheet!.position = old.position;
        if (old.visibility === "Hidden") c.sheet!.visibility = "Hidden";
        else if (facts.activeId === old.id) c.sheet!.activate();
      }
      for (const c of creations) if (!c.replaces) c.sheet!.name = c.plan.name;
    },
  });
  swap.push(...appendOps(worksheets, facts, appends, (sheet) => {
    const answer = answers[bottomAt.get(sheet.toLowerCase())!];
    return answer?.kind === "bottom" ? answer.rows : 0;
  }));
  for (const c of cells) {
    const id = findSheet(facts, c.sheet)!.id;
    const value = toExcelValue(c.value);
    swap.push({ bytes: CALL_BYTES + String(value).length * 3, queue: () => (worksheets.getItem(id).getRange(c.address).values = [[value]]) });
  }
  try {
    await queueInRequests(context, swap);
  } catch (error) {
    await settle(context, creations).catch((cleanupError: unknown) => {
      throw new UnfinishedWriteError(creations.map((c) => c.temp), error, cleanupError);
    });
    throw error;
  }
}

/** Probe: the row below the last cell holding a value (0 for an empty sheet). */
function usedBottom(sheet: Excel.Worksheet): () => Answer {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  // The reader runs after the inspection's context.sync(), which the lint rules cannot follow.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => ({ kind: "bottom", rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount });
}

/** Writes the registry (creating it very hidden when missing), clearing rows it no longer needs. */
function registryOp(worksheets: Excel.WorksheetCollection, facts: { hasRegistry: boolean; registryHeight: number; sheets: SheetFacts[] }, rows: OwnershipRow[]): QueuedOp {
  const grid = toExcelGrid(registryGrid(rows));
  const width = grid[0].length;
  while (grid.length < facts.registryHeight) grid.push(new Array(width).fill(""));
  const existing = findSheet(facts, OWNERSHIP_SHEET);
  const bytes = rowBlocks(grid, Number.POSITIVE_INFINITY)[0]?.bytes ?? 0;
  return {
    bytes: bytes + CALL_BYTES * 3,
    queue: () => {
      const sheet = existing ? worksheets.getItem(existing.id) : worksheets.add(OWNERSHIP_SHEET);
      sheet.getRange(rangeAddress(0, 0, grid.length - 1, width - 1)).values = grid;
      if (!existing) sheet.visibility = "VeryHidden";
    },
  };
}

/** Rows appended below each sheet's last value, in blocks when large, in the order given. */
function appendOps(
  worksheets: Excel.WorksheetCollection,
  facts: { sheets: SheetFacts[] },
  appends: NonNullable<WorkbookChange["appendRows"]>,
  bottomOf: (sheet: string) => number
): QueuedOp[] {
  const ops: QueuedOp[] = [];
  const bottom = new Map<string, number>();
  for (const a of appends) {
    const key = a.sheet.toLowerCase();
    const start = bottom.get(key) ?? bottomOf(a.sheet);
    const grid = toExcelGrid(a.rows);
    const width = gridWidth(grid);
    let lastFilled = -1;
    a.rows.forEach((row, i) => {
      if (row.some((v) => !isBlank(v))) lastFilled = i;
    });
    bottom.set(key, start + lastFilled + 1);
    if (width === 0 || lastFilled < 0) continue;
    const rows = grid.slice(0, lastFilled + 1);
    const id = findSheet(facts, a.sheet)!.id;
    for (const block of rowBlocks(rows)) {
      ops.push({
        bytes: block.bytes + CALL_BYTES,
        queue: () => {
          worksheets.getItem(id).getRange(rangeAddress(start + block.start, 0, start + block.end - 1, width - 1)).values = rows.slice(block.start, block.end);
        },
      });
    }
  }
  return ops;
}

/** Deletes the named sheets where they exist (clean-up after a failed build). */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const found = worksheets.items.filter((ws) => wanted.has(ws.name.toLowerCase()));
  if (found.length === 0) return;
  for (const ws of found) ws.delete();
  await context.sync();
}

/**
 * After a failed swap: every new sheet still under its temporary name either takes its final name (its
 * old sheet is gone) or is deleted (its old sheet is still there). Ownership was recorded first, so the
 * result is ours either way.
 */
async function settle(context: Excel.RequestContext, creations: readonly Creation[]): Promise<void> {
  const { facts } = await inspectSafely(context, []);
  const worksheets = context.workbook.worksheets;
  let changed = false;
  for (const c of creations) {
    const id = c.sheet?.id;
    const temp = facts.sheets.find((s) => s.id === id);
    if (!temp || temp.name.toLowerCase() === c.plan.name.toLowerCase()) continue;
    if (findSheet(facts, c.plan.name)) worksheets.getItem(temp.id).delete();
    else worksheets.getItem(temp.id).name = c.plan.name;
    changed = true;
  }
  if (changed) await context.sync();
}
