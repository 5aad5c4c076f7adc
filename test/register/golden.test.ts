/**
 * Golden registers (test/fixtures/golden): each register in, its results and problems out — the same
 * through the in-memory workbook, an .xlsx file (ExcelJS) and the Excel adapter (over the project's fake Excel
 * context), including the written sheets' values.
 * The small cases were checked by hand: branch-of-one's 刘一 has record 18.5+19+18+20+17.5+1.5 = 94.5,
 * appraisal (100+88+80)/3 = 89.33 → 89.3, composite 89.3×0.3 + 94.5×0.7 = 92.94 → 92.9, 四星级.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { Grid } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import type { WorkbookPort } from "../../src/register/port";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { FakeExcel } from "../fakes/fake-excel";
import { trim } from "./notices-golden";

interface Golden {
  month: string;
  sheets: Record<string, Grid>;
  expected: {
    blocked: boolean;
    members: Record<string, unknown>[];
    distribution: unknown;
    problems: { severity: string; code: string; ref: string | null }[];
    /** The period's ballots (counted, void under 每票优秀上限, the cap), where the fixture states them. */
    ballots?: unknown;
  };
}

const DIR = path.join(__dirname, "..", "fixtures", "golden");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const AT = "2026-11-30T12:00:00+08:00";

async function load(port: WorkbookPort, golden: Golden): Promise<void> {
  await port.write({ inputSheets: Object.entries(golden.sheets).map(([name, values]) => ({ name, values })) });
}

async function outputs(port: WorkbookPort, names: string[]): Promise<Map<string, Grid>> {
  const read = await port.readSheets(names);
  return new Map([...read].map(([name, s]) => [name, trim(s.values)]));
}

describe.each(FILES)("golden register %s", (file) => {
  const golden = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Golden;

  async function viaMemory() {
    const wb = new MemoryWorkbook();
    await load(wb, golden);
    const run = await generateMonth(wb, { period: golden.month, generatedAt: AT });
    return { run, sheets: await outputs(wb, run.sheetNames.slice(0, 2)) };
  }

  async function viaXlsx() {
    const made = XlsxWorkbook.empty();
    await load(made, golden);
    const file = await XlsxWorkbook.fromBuffer(await made.toBuffer());
    const run = await generateMonth(file, { period: golden.month, generatedAt: AT });
    const reopened = await XlsxWorkbook.fromBuffer(await file.toBuffer());
    return { run, sheets: await outputs(reopened, run.sheetNames.slice(0, 2)) };
  }

  async function viaExcel() {
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    const excel = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-11-30T04:00:00Z") });
    await load(excel, golden);
    fake.resetStats();
    const run = await generateMonth(excel, { period: golden.month, generatedAt: AT });
    const syncs = fake.syncCount;
    return { run, syncs, sheets: await outputs(excel, run.sheetNames.slice(0, 2)) };
  }

  it("gives the expected results and problems in memory", async () => {
    const { run } = await viaMemory();
    expect(run.blocked).toBe(golden.expected.blocked);
    expect(
      run.result?.members.map((m) => ({
        id: m.id,
        name: m.name,
        kind: m.kind,
        record: m.record,
        appraisal: m.appraisal,
        validMarks: m.validMarks,
        composite: m.composite,
        stars: m.stars,
        label: m.label,
        rank: m.rank,
      })),
    ).toEqual(golden.expected.members);
    expect(run.result?.distribution).toEqual(golden.expected.distribution);
    if (golden.expected.ballots !== undefined) expect(run.result?.ballots).toEqual(golden.expected.ballots);
    expect(run.problems.map((p) => ({ severity: p.severity, code: p.code, ref: p.place.ref ?? null }))).toEqual(golden.expected.problems);
  });

  it("gives identical results and sheet contents through an .xlsx file", async () => {
    const memory = await viaMemory();
    const xlsx = await viaXlsx();
    expect(xlsx.run.result).toEqual(memory.run.result);
    expect(xlsx.run.problems).toEqual(memory.run.problems);
    expect(xlsx.sheets).toEqual(memory.sheets);
  });

  it("gives identical results and sheet contents through the Excel adapter, in at most 4 round trips", async () => {
    const memory = await viaMemory();
    const excel = await viaExcel();
    expect(excel.run.result).toEqual(memory.run.result);
    expect(excel.run.problems).toEqual(memory.run.problems);
    expect(excel.sheets).toEqual(memory.sheets);
    expect(excel.syncs).toBeLessThanOrEqual(4);
  });
});
