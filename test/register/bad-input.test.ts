/**
 * The bad-input catalogue (test/fixtures/bad): every broken register produces its problem with the
 * right cell, and nothing is written while errors remain.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { columnIndex, type CellValue, type Grid } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import { sampleRegister } from "../../src/sample/sample-branch";
import { describeProblem } from "../../src/i18n/problems";
import type { SheetData } from "../../src/register/port";

type RowSelector = number | Record<string, CellValue>;
interface Fixture {
  description: string;
  month: string;
  edits?: { sheet: string; row: RowSelector; col: string; value?: CellValue; copyFrom?: { row: RowSelector; col: string } }[];
  appendRows?: { sheet: string; row: CellValue[] }[];
  removeSheets?: string[];
  addSheets?: { name: string; values: Grid }[];
  merges?: { sheet: string; range: string }[];
  written?: boolean;
  expect: { code: string; ref?: string; severity?: "error" | "warning" }[];
}

const DIR = path.join(__dirname, "..", "fixtures", "bad");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

/** The 1-based row a selector picks. */
function resolveRow(grid: Grid, selector: RowSelector): number {
  if (typeof selector === "number") return selector;
  const index = grid.findIndex((row) => Object.entries(selector).every(([col, value]) => row[columnIndex(col)] === value));
  if (index < 0) throw new Error(`no row matches ${JSON.stringify(selector)}`);
  return index + 1;
}

function setCell(grid: Grid, row: number, col: string, value: CellValue): void {
  while (grid.length < row) grid.push([]);
  const line = grid[row - 1];
  const c = columnIndex(col);
  while (line.length <= c) line.push(null);
  line[c] = value;
}

/** The register a fixture describes, as a workbook whose sheets carry their merges. */
function build(fx: Fixture): { workbook: MemoryWorkbook; row: number | null } {
  const sheets = sampleRegister({ lastMonth: "2026-11" });
  let row: number | null = null;
  for (const edit of fx.edits ?? []) {
    const grid = sheets.get(edit.sheet)!;
    const r = resolveRow(grid, edit.row);
    const value = edit.copyFrom ? grid[resolveRow(grid, edit.copyFrom.row) - 1][columnIndex(edit.copyFrom.col)] : (edit.value ?? null);
    setCell(grid, r, edit.col, value);
    row ??= r;
  }
  for (const append of fx.appendRows ?? []) {
    const grid = sheets.get(append.sheet)!;
    grid.push(append.row);
    row ??= grid.length;
  }
  for (const name of fx.removeSheets ?? []) sheets.delete(name);
  const merges = new Map<string, string[]>();
  for (const m of fx.merges ?? []) merges.set(m.sheet, [...(merges.get(m.sheet) ?? []), m.range]);
  const workbook = new MemoryWorkbook();
  // Merges are part of what a host reports when reading; the in-memory workbook takes them from the plan.
  void workbook.write({
    inputSheets: [
      ...[...sheets].map(([name, values]) => ({ name, values, merges: merges.get(name) })),
      ...(fx.addSheets ?? []).map((s) => ({ name: s.name, values: s.values })),
    ],
  });
  return { workbook, row };
}

describe("the bad-input catalogue", () => {
  it("holds at least 30 registers", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FILES)("%s", async (file) => {
    const fx = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Fixture;
    const { workbook, row } = build(fx);
    const before = workbook.snapshot();
    const run = await generateMonth(workbook, { period: fx.month, generatedAt: "2026-11-30T12:00:00+08:00" });
    for (const expected of fx.expect) {
      const want: Record<string, unknown> = { code: expected.code };
      if (expected.severity) want.severity = expected.severity;
      if (expected.ref) want.place = expect.objectContaining({ ref: expected.ref.replace("{row}", String(row)) });
      expect(run.problems).toContainEqual(expect.objectContaining(want));
    }
    // Every problem reads as a sentence in both languages and names a place.
    for (const p of run.problems) {
      expect(describeProblem(p, "zh-CN")).not.toMatch(/问题 [a-z]/);
      expect(describeProblem(p, "en-US")).not.toMatch(/^Problem [a-z]/);
    }
    if (fx.written) {
      expect(run.blocked).toBe(false);
      expect((await workbook.listSheets()).some((s) => s.name === "2026-11 评星" && s.ours)).toBe(true);
    } else {
      expect(run.blocked).toBe(true);
      expect(workbook.snapshot()).toEqual(before);
    }
  });
});

describe("a sheet of junk", () => {
  it("reads a 100,000-row 民主评议 of junk, reports a bounded list of problems with cells, and writes nothing", async () => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const ballots = sheets.get("民主评议")!;
    for (let i = 0; i < 100_000; i++) ballots.push([`垃圾${i}`, i, "x", "?", "乱码", i % 7]);
    const data = new Map<string, SheetData>([...sheets].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
    const workbook = new MemoryWorkbook();
    await workbook.write({ inputSheets: [...data.values()].map((s) => ({ name: s.name, values: s.values })) });
    const before = workbook.snapshot().length;
    const run = await generateMonth(workbook, { period: "2026-11", generatedAt: "2026-11-30T12:00:00+08:00" });
    expect(run.blocked).toBe(true);
    expect(run.problems.length).toBeLessThan(100);
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "register.period-invalid", place: expect.objectContaining({ ref: "民主评议!A63" }) }));
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "register.more-problems", args: expect.objectContaining({ count: 100_000 - 20 }) }));
    expect(workbook.snapshot()).toHaveLength(before);
  });
});
