/**
 * Excel's limit of 32,767 characters in a cell, checked once, on the plan, before any host writes: the memory workbook, Excel and the .xlsx adapter then behave the same. A text that would not fit
 * is either a person's (a 支部名称, a 不参评 说明, a 备注 typed on our sheet, a name in an export), and then the
 * cell the person wrote is an error in the data, named, and nothing is written; or it is ours (a list we
 * compose), and then it is cut to the limit with a warning naming the cell written. A person's text is
 * never cut.
 */
import type { Problem } from "../scheme/problems";
import { cellAddress, type CellValue, type Grid } from "./cells";
import { placeRef } from "./place-ref";
import type { WorkbookChange } from "./port";
import { registerProblem } from "./read/problems";

/** Characters one cell holds (Excel's specifications and limits; ExcelJS and the preview hold more). */
export const MAX_CELL_TEXT = 32_767;

/** A sheet whose cells may be quoted in a change: the input sheets read, our sheets read, an export. */
export interface TextSource {
  name: string;
  values: Grid;
  /** A sheet of ours (where a person's words live only in a few cells, like 备注): searched last. */
  ours?: boolean;
}

/** Sources considered per over-long cell: a person's text that is too short to matter is not named. */
const MAX_CULPRITS = 5;
/** Separators our renderers split and join a person's text on (备注, 不参评 reasons). */
const PIECES = /[\s,，;；、。:：()（）]+/u;

/**
 * Fits every text of `change` into a cell. Returns the change (texts of ours cut where needed) and the
 * problems: `register.text-too-long` (error) on each person's cell that makes a written cell too long,
 * `register.text-cut` (warning) on each written cell whose own text was cut. Pure: the inputs are unchanged.
 */
export function fitChangeText(change: WorkbookChange, sources: Iterable<TextSource>): { change: WorkbookChange; problems: Problem[] } {
  const problems: Problem[] = [];
  let texts: SourceText[] | null = null;
  const reported = new Set<string>();
  /** `address` "" when the host alone knows the row (appended rows): the sheet is named instead. */
  const fit = (sheet: string, address: () => string, value: CellValue): CellValue => {
    if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return value;
    const target = placeRef(sheet, address());
    // The sources' texts are gathered once, at the first text too long (rare), not per cell.
    texts ??= sourceTexts(sources);
    const culprits = personCells(value, texts);
    if (culprits.length === 0) {
      problems.push(problem("register.text-cut", sheet, address(), { length: value.length, max: MAX_CELL_TEXT }));
      return cutText(value);
    }
    const excess = value.length - MAX_CELL_TEXT;
    for (const c of culprits) {
      const key = `${c.sheet}\u0000${c.address}\u0000${target}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push(problem("register.text-too-long", c.sheet, c.address, { length: c.length, target, max: Math.max(0, c.length - excess) }));
    }
    return value;
  };
  const fitGrid = (sheet: string, grid: Grid, firstRow = 0, at?: (r: number, c: number) => string): Grid => {
    let out: Grid | null = null;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const fitted = fit(sheet, () => (at ? at(r, c) : cellAddress(firstRow + r, c)), value);
        if (fitted === value) return;
        out ??= grid.map((line) => [...line]);
        out[r][c] = fitted;
      }),
    );
    return out ?? grid;
  };

  const fitted: WorkbookChange = { ...change };
  if (change.sheets) fitted.sheets = change.sheets.map((plan) => withValues(plan, fitGrid(plan.name, plan.values)));
  if (change.inputSheets) fitted.inputSheets = change.inputSheets.map((plan) => withValues(plan, fitGrid(plan.name, plan.values)));
  if (change.appendRows) {
    // Appended rows land below the sheet's last row, which only the host knows: the sheet is named.
    fitted.appendRows = change.appendRows.map((a) => ({ ...a, rows: fitGrid(a.sheet, a.rows, 0, () => "") }));
  }
  if (change.cells) fitted.cells = change.cells.map((cell) => ({ ...cell, value: fit(cell.sheet, () => cell.address, cell.value) as typeof cell.value }));
  return { change: fitted, problems };
}

/**
 * Applies {@link fitChangeText} to a run that carries a change: an error in the text blocks the run (its
 * change is dropped, as for any error in the data); a warning joins its problems.
 */
export function fitRunText<R extends { change?: WorkbookChange; problems: Problem[]; blocked: boolean }>(run: R, sources: Iterable<TextSource>): R {
  if (!run.change) return run;
  const { change, problems } = fitChangeText(run.change, sources);
  if (problems.length === 0) return run;
  const errors = problems.filter((p) => p.severity === "error");
  run.problems = [...errors, ...run.problems, ...problems.filter((p) => p.severity === "warning")];
  if (errors.length > 0) {
    delete run.change;
    run.blocked = true;
  } else {
    run.change = change;
  }
  return run;
}

/** A text of ours cut to the limit, ending in "…" (never in half of a surrogate pair). */
export function cutText(text: string): string {
  let end = MAX_CELL_TEXT - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

interface Culprit {
  sheet: string;
  address: string;
  length: number;
  share: number;
}

/**
 * The person's cells whose text makes up `text`: each source text found in it whole, or in pieces (our
 * renderers split a reason or a note on its separators and join it again), largest share first — as many
 * as it takes for shortening them to be enough. Empty when the person's text alone cannot explain the
 * overflow: then the excess is ours.
 */
function personCells(text: string, texts: readonly SourceText[]): Culprit[] {
  const theirs = personCellsIn(
    text,
    texts.filter((t) => !t.ours),
  );
  return theirs.length > 0 ? theirs : personCellsIn(text, texts);
}

interface SourceText {
  sheet: string;
  row: number;
  column: number;
  text: string;
  ours: boolean;
}

/** Every text of two characters or more in the sources. */
function sourceTexts(sources: Iterable<TextSource>): SourceText[] {
  const out: SourceText[] = [];
  for (const source of sources) {
    source.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" && value.length >= 2) out.push({ sheet: source.name, row: r, column: c, text: value, ours: source.ours === true });
      }),
    );
  }
  return out;
}

function personCellsIn(text: string, texts: readonly SourceText[]): Culprit[] {
  const excess = text.length - MAX_CELL_TEXT;
  const pieces = new Set(text.split(PIECES));
  // A cell shorter than this cannot be a large part of an overflow worth naming; it saves the scan.
  const shortest = Math.min(excess, 256);
  const found: Culprit[] = [];
  for (const t of texts) {
    if (t.text.length < shortest) continue;
    const share = shareOf(t.text, text, pieces);
    if (share > 0) found.push({ sheet: t.sheet, address: cellAddress(t.row, t.column), length: t.text.length, share });
  }
  found.sort((a, b) => b.share - a.share);
  const total = found.reduce((n, f) => n + f.share, 0);
  if (total < excess) return [];
  const out: Culprit[] = [];
  let covered = 0;
  for (const f of found) {
    if (covered >= excess || out.length >= MAX_CULPRITS) break;
    out.push(f);
    covered += f.share;
  }
  return out;
}

/** How many characters of `source` appear in `text`: all if whole, else the pieces found. */
function shareOf(source: string, text: string, pieces: ReadonlySet<string>): number {
  if (text.includes(source)) return source.length;
  let share = 0;
  for (const piece of source.split(PIECES)) {
    if (piece.length < 2) continue;
    if (pieces.has(piece) || (piece.length >= 64 && text.includes(piece))) share += piece.length;
  }
  return share;
}

function problem(code: "register.text-too-long" | "register.text-cut", sheet: string, address: string, args: Record<string, string | number>): Problem {
  return registerProblem(code, sheet, args, {}, address);
}

function withValues<P extends { values: Grid }>(plan: P, values: Grid): P {
  return values === plan.values ? plan : { ...plan, values };
}
