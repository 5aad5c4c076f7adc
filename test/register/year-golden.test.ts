/**
 * Annual golden registers (test/fixtures/golden-year): each register goes through its steps — 年度评星,
 * 年度公示, 确定年度星级 (refused or not) — with the expected results, refusals and problems, the same
 * through the in-memory workbook and through an .xlsx file (ExcelJS, saved and reopened between steps),
 * including the written sheets' values.
 *
 * The small registers were checked by hand (docs/rules.md: annual score = record_avg × 70% + appraisal × 30%):
 * - joined-in-july: 乙 joined 2026-07-10, records 90, 92, 94, 96, 98, 95 → 565 / 6 = 94.17 → 94.2; year-end
 *   marks 优秀, 合格, 合格 → 86.67 → 86.7; 94.2 × 0.7 + 86.7 × 0.3 = 65.94 + 26.01 = 91.95 → 92.0, 四星级.
 *   丁: 70 × 0.7 + 80 × 0.3 = 73.0, no star: admonished, deadline 2027-01-04 + 3 months = 2027-04-04.
 *   丙 (党外) 80 × 0.7 + 60 × 0.3 = 74.0: listed for the goal assessment, never admonished.
 * - exempt-half-year: 戊 exempt January–June, 88 from July; monthly marks 优秀 while exempt, 合格 after,
 *   no year-end mark: the monthly mean counts July–December only = 80.0 (not 90.0);
 *   88 × 0.7 + 80 × 0.3 = 61.6 + 24 = 85.6, 三星级. 己 exempt all year: 不参评, unrated.
 * - open-objection: 辛 year-end 优秀, 优秀, 合格 → 93.3; 90 × 0.7 + 93.3 × 0.3 = 63 + 27.99 = 90.99 → 91.0.
 */
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { Grid } from "../../src/register/cells";
import type { WorkbookPort } from "../../src/register/port";
import type { YearRun } from "../../src/register/year-workflow";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { runStep, summarize, type YearFixture } from "./year-golden";
import { trim } from "./notices-golden";

const DIR = path.join(__dirname, "..", "fixtures", "golden-year");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const OUTPUTS = (year: string) => [`${year} 年度评星`, `${year} 年度公示`, `${year} 年度星级`, `${year} 结果运用`, `${year} 档案`, "生成记录"];

async function load(port: WorkbookPort, fx: YearFixture): Promise<void> {
  await port.write({ inputSheets: Object.entries(fx.sheets).map(([name, values]) => ({ name, values })) });
}

async function outputs(port: WorkbookPort, year: string): Promise<Map<string, Grid>> {
  const read = await port.readSheets(OUTPUTS(year));
  return new Map([...read].map(([name, s]) => [name, trim(s.values)]));
}

describe.each(FILES)("annual golden register %s", (file) => {
  const fx = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as YearFixture;

  async function viaMemory(): Promise<{ runs: YearRun[]; sheets: Map<string, Grid> }> {
    const wb = new MemoryWorkbook();
    await load(wb, fx);
    const runs: YearRun[] = [];
    for (const step of fx.steps) {
      if (step.edits) await wb.write({ cells: step.edits });
      runs.push(await runStep(wb, fx.year, step));
    }
    return { runs, sheets: await outputs(wb, fx.year) };
  }

  async function viaXlsx(): Promise<{ runs: YearRun[]; sheets: Map<string, Grid> }> {
    const made = XlsxWorkbook.empty();
    await load(made, fx);
    let bytes = await made.toBuffer();
    const runs: YearRun[] = [];
    for (const step of fx.steps) {
      const file = await XlsxWorkbook.fromBuffer(bytes);
      if (step.edits) await file.write({ cells: step.edits });
      runs.push(await runStep(file, fx.year, step));
      bytes = await file.toBuffer();
    }
    return { runs, sheets: await outputs(await XlsxWorkbook.fromBuffer(bytes), fx.year) };
  }

  it("gives the expected results, refusals and problems in memory", async () => {
    const { runs } = await viaMemory();
    runs.forEach((run, i) => expect(summarize(run, i === 0)).toEqual(fx.steps[i].expected));
  });

  it("gives identical results and sheet contents through an .xlsx file", async () => {
    const memory = await viaMemory();
    const xlsx = await viaXlsx();
    xlsx.runs.forEach((run, i) => {
      const other = memory.runs[i];
      expect(run.result).toEqual(other.result);
      expect(run.problems).toEqual(other.problems);
      expect(run.final).toEqual(other.final);
      expect(run.usage).toEqual(other.usage);
      expect(run.publicity).toEqual(other.publicity);
      expect(run.fingerprint).toEqual(other.fingerprint);
    });
    expect([...xlsx.sheets.keys()].sort()).toEqual([...memory.sheets.keys()].sort());
    expect(xlsx.sheets).toEqual(memory.sheets);
  });

  it("writes nothing on a refused or blocked step", async () => {
    const wb = new MemoryWorkbook();
    await load(wb, fx);
    for (const step of fx.steps) {
      if (step.edits) await wb.write({ cells: step.edits });
      const before = JSON.stringify(wb.snapshot().map((s) => [s.name, s.values]));
      const run = await runStep(wb, fx.year, step);
      if (run.blocked) expect(JSON.stringify(wb.snapshot().map((s) => [s.name, s.values]))).toBe(before);
    }
  });
});

describe("the sample year, checked independently of the engine", () => {
  const fx = JSON.parse(readFileSync(path.join(DIR, "sample-year-2026.json"), "utf8")) as YearFixture;
  const members = fx.steps[0].expected.members as { id: string; recordAverage: number | null; monthsAssessed: number }[];

  /** The mean of a member's monthly record totals (+ adjustments, clamped), each rounded half-up to 0.1 first. */
  function recordAverage(id: string): { mean: number; months: number } {
    const records = fx.sheets["记实考核"].slice(1).filter((r) => r[1] === id && r[8] !== "是");
    const adjustments = fx.sheets["加减分"].slice(1).filter((r) => r[1] === id);
    const monthly = records.map((r) => {
      const points =
        (r.slice(3, 8) as number[]).reduce((a, b) => a + b, 0) + adjustments.filter((a) => a[0] === r[0]).reduce((a, b) => a + (b[2] as number), 0);
      return Math.round(Math.min(100, Math.max(0, points)) * 10) / 10;
    });
    const tenths = monthly.reduce((a, b) => a + Math.round(b * 10), 0);
    return { mean: Math.floor(tenths / monthly.length + 0.5) / 10, months: monthly.length };
  }

  it.each(["D001", "D007", "D013", "D019", "D021", "D025"])("has %s's record average and months", (id) => {
    const m = members.find((x) => x.id === id)!;
    const { mean, months } = recordAverage(id);
    expect(m.monthsAssessed).toBe(months);
    expect(m.recordAverage).toBe(mean);
  });

  it("has 梁晓东 (joined in July) and 高峰 (exempt January to June) assessed in six months", () => {
    expect(members.find((x) => x.id === "D021")!.monthsAssessed).toBe(6);
    expect(members.find((x) => x.id === "D019")!.monthsAssessed).toBe(6);
  });

  it("fixes 赵磊's star by the upheld objection and keeps 马超's after the rejected one", () => {
    const last = fx.steps[fx.steps.length - 1].expected;
    expect(last.final!.find((m) => m.id === "D007")).toMatchObject({ proposedStars: 2, finalStars: 3, adjusted: true });
    expect(last.final!.find((m) => m.id === "D013")).toMatchObject({ proposedStars: 0, finalStars: 0, adjusted: false });
    expect(last.usage!.candidates).toContain("D007");
    expect(last.usage!.admonishments).toEqual([{ id: "D013", deadline: "2027-04-04" }]);
  });
});
