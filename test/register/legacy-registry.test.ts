/**
 * A register written by the first release (test/fixtures/legacy/first-release.xlsx: its registry `_积分评星`
 * names sheets without reference formulas) through both hosts, the .xlsx file and the fake Excel. A row of
 * that registry is a claim: a sheet it names is ours only while it carries that release's marks. When the
 * person has deleted our `2026-11 评星` and made her own under the name, or renamed ours 评星备份 and made
 * hers, `monthly` refuses and names the sheet, and her sheet keeps every cell; an untouched register is
 * regenerated and its proven rows are rewritten with reference formulas.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { problemSentence } from "../../src/i18n/problems";
import { generateMonth } from "../../src/register/month-workflow";
import { REGISTRY_HEADER, REGISTRY_HEADER_V2, REGISTRY_SHEET } from "../../src/register/ownership";
import type { WorkbookPort } from "../../src/register/port";
import { readGrid } from "../../src/xlsx/cell-values";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { FakeExcel, type Scalar } from "../fakes/fake-excel";

const FIXTURE = join(__dirname, "..", "fixtures", "legacy", "first-release.xlsx");
const MONTH = "2026-11 评星";
const HERS: Scalar[][] = [["我自己的表，不要覆盖"], ["支部学习安排", "12月5日"]];
const AT = "2026-12-05T10:00:00+08:00";
const now = () => new Date("2026-12-05T02:00:00Z");

/** What a person does to the register before generating again: nothing, or one of the two cases. */
type Case = "untouched" | "deleted and hers made" | "renamed and hers made";

/** One host over the first release's register after the person's change, and how to read a sheet back. */
interface Host {
  port: WorkbookPort;
  values: (sheet: string) => unknown[][];
  /** The registry's rows below its header: the cells of columns A–C and the formula of column D. */
  registry: () => { cells: unknown[]; formula: string | null }[];
  header: () => unknown[];
}

async function fileHost(change: Case): Promise<Host> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  if (change === "deleted and hers made") excel.removeWorksheet(excel.getWorksheet(MONTH)!.id);
  if (change === "renamed and hers made") excel.getWorksheet(MONTH)!.name = "评星备份";
  if (change !== "untouched") excel.addWorksheet(MONTH).addRows(HERS);
  const book = await XlsxWorkbook.fromBuffer((await excel.xlsx.writeBuffer()) as ArrayBuffer, { now });
  // Until a write builds the adapter's model, the file is exactly what `excel` saved: read that, so the reads
  // of the test never build the model themselves (the adapter's own package reader must prove the rows).
  const current = () => {
    try {
      return book.excel;
    } catch {
      return excel;
    }
  };
  const registry = () => current().getWorksheet(REGISTRY_SHEET)!;
  return {
    port: book,
    values: (sheet) => readGrid(current().getWorksheet(sheet)!),
    header: () => readGrid(registry())[0],
    registry: () =>
      readGrid(registry())
        .slice(1)
        .map((row, r) => {
          const d = registry().getCell(r + 2, 4).value;
          return { cells: row.slice(0, 3), formula: d && typeof d === "object" && "formula" in d ? `=${d.formula}` : null };
        }),
  };
}

async function excelHost(change: Case): Promise<Host> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  const fake = new FakeExcel();
  for (const ws of file.worksheets) {
    const values = readGrid(ws).map((row) => row.map((v) => (v === null ? "" : v)));
    fake.addSheet(ws.name, values, ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible");
  }
  if (change === "deleted and hers made") fake.deleteSheet(MONTH);
  if (change === "renamed and hers made") fake.renameSheet(MONTH, "评星备份");
  if (change !== "untouched") fake.addSheet(MONTH, HERS);
  const port = new ExcelWorkbook((batch) => fake.run(batch), { now });
  return {
    port,
    values: (sheet) => fake.values(sheet),
    header: () => fake.values(REGISTRY_SHEET)[0],
    registry: () =>
      fake
        .values(REGISTRY_SHEET)
        .slice(1)
        .map((row, r) => ({ cells: row.slice(0, 3), formula: fake.cell(REGISTRY_SHEET, `D${r + 2}`).formula ?? null })),
  };
}

/** Trailing empty cells dropped, as both hosts agree on a person's sheet. */
const trimmed = (rows: unknown[][]) =>
  rows.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === "" || out[out.length - 1] === null)) out.pop();
    return out;
  });

describe.each([
  ["the .xlsx file", fileHost],
  ["the fake Excel", excelHost],
])("a first-release registry through %s", (_host, open) => {
  it("is a claim the sheets still prove: the month is regenerated and every proven row gets its reference", async () => {
    const host = await open("untouched");
    expect(host.header()).toEqual([...REGISTRY_HEADER]);
    const named = host.registry().map((r) => String(r.cells[0]));
    expect(named).toContain("2026 年度评星");
    expect((await host.port.listSheets()).filter((s) => s.ours).map((s) => s.name)).toEqual(expect.arrayContaining(named));

    const run = await generateMonth(host.port, { period: "2026-11", generatedAt: AT });
    expect(run.problems.filter((p) => p.code.startsWith("register.sheet-") || p.code === "register.registry-taken")).toEqual([]);
    expect(run.blocked).toBe(false);
    expect(String(host.values(MONTH)[4][6])).toContain("2026-12-05");
    expect(host.header()).toEqual([...REGISTRY_HEADER_V2]);
    const rows = host.registry();
    for (const name of named) expect(rows.find((r) => r.cells[0] === name)?.formula).toBe(`='${name}'!A1`);
  });

  it.each<Case>(["deleted and hers made", "renamed and hers made"])("refuses the month when our sheet was %s, and leaves hers alone", async (change) => {
    const host = await open(change);
    expect((await host.port.listSheets()).find((s) => s.name === MONTH)).toEqual({ name: MONTH, ours: false });

    const run = await generateMonth(host.port, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const refused = run.problems.filter((p) => p.code === "register.sheet-not-ours");
    expect(refused).toHaveLength(1);
    expect(problemSentence(refused[0], "zh-CN")).toContain(`“${MONTH}”`);
    expect(problemSentence(refused[0], "en-US")).toContain(`"${MONTH}"`);
    expect(trimmed(host.values(MONTH))).toEqual(HERS);
    // Nothing was written: the registry is still the first release's.
    expect(host.header()).toEqual([...REGISTRY_HEADER]);
    if (change === "renamed and hers made") expect(String(host.values("评星备份")[0][0])).toContain("2026年11月党员积分评星结果");
  });
});
