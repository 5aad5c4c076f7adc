/**
 * The output sheets' table (src/register/output-sheets.ts) against what the workflows and the roll-up really
 * write: every sheet written is one entry whose name function gives its name, whose print setup is the
 * plan's, and whose log action is the one logged with it; every entry is written by its workflow.
 */
import * as fs from "fs";
import * as path from "path";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import * as ballotPaper from "../../src/register/ballot-paper";
import * as monthWorkflow from "../../src/register/month-workflow";
import * as noticesWorkflow from "../../src/register/notices-workflow";
import { OUTPUT_SHEETS, outputSheetNamed, outputSheetPattern, outputSheetShape, type OutputSheet, type OutputSheetKey } from "../../src/register/output-sheets";
import type { WorkbookChange } from "../../src/register/port";
import * as prepareMonth from "../../src/register/prepare-month";
import * as render from "../../src/register/render";
import { LOG_COLUMNS } from "../../src/register/render/log-sheet";
import * as rollupRender from "../../src/register/rollup/render";
import { rollup, rollupSheetsToRead } from "../../src/register/rollup/rollup";
import type { SheetPlan } from "../../src/register/sheet-plan";
import * as yearWorkflow from "../../src/register/year-workflow";
import { sampleYear } from "../../src/sample/sample-branch";
import { fourMemberBranch } from "./year-sample";

const ENTRIES = Object.entries(OUTPUT_SHEETS) as [OutputSheetKey, OutputSheet][];
const MODULES: Record<OutputSheet["workflow"], object> = {
  "month-workflow": monthWorkflow,
  "prepare-month": prepareMonth,
  "year-workflow": yearWorkflow,
  "notices-workflow": noticesWorkflow,
  rollup: { rollup },
  "every step": {},
};

/** Every change written to the workbook, through its port. */
function recorded(wb: MemoryWorkbook): WorkbookChange[] {
  const changes: WorkbookChange[] = [];
  const write = wb.write.bind(wb);
  wb.write = async (change) => {
    changes.push(change);
    return write(change);
  };
  return changes;
}

/** The changes of a month (prepared with the paper ballot, generated), the year to its archive, the notices. */
async function everythingWritten(): Promise<{ changes: WorkbookChange[]; committee: SheetPlan[] }> {
  const month = new MemoryWorkbook();
  await month.write({ inputSheets: [...sampleYear("2026")].map(([name, values]) => ({ name, values })) });
  const changes = recorded(month);
  await prepareMonth.prepareMonth(month, { period: "2026-12", ballotPaper: true });
  expect((await monthWorkflow.generateMonth(month, { period: "2026-10", generatedAt: "2026-10-30T10:00:00+08:00" })).blocked).toBe(false);
  expect((await noticesWorkflow.generateNotices(month, { year: "2026", generatedAt: "2026-03-02T10:00:00+08:00" })).blocked).toBe(false);

  const year = new MemoryWorkbook();
  await year.write({ inputSheets: [...fourMemberBranch("2026")].map(([name, values]) => ({ name, values })) });
  const yearChanges = recorded(year);
  const at = "2026-12-28T09:00:00+08:00";
  expect((await yearWorkflow.generateYear(year, { year: "2026", generatedAt: at })).blocked).toBe(false);
  expect((await yearWorkflow.publishYear(year, { year: "2026", start: "2026-12-28", generatedAt: at })).blocked).toBe(false);
  const later = { year: "2026", today: "2027-01-10", generatedAt: "2027-01-10T09:00:00+08:00" };
  expect((await yearWorkflow.finalizeYear(year, later)).blocked).toBe(false);
  expect((await yearWorkflow.archiveMember(year, { ...later, memberId: "P1" })).blocked).toBe(false);

  const monthRollup = rollup([{ file: "a.xlsx", sheets: await month.readSheets(rollupSheetsToRead("2026-10")) }], "2026-10", "2026-10-31");
  const yearRollup = rollup([{ file: "b.xlsx", sheets: await year.readSheets(rollupSheetsToRead("2026")) }], "2026", "2027-01-10");
  const committee = [monthRollup, yearRollup].map((r) => rollupRender.renderRollupSheet(r, { generatedAt: "2027-01-10T09:00:00+08:00" }));
  return { changes: [...changes, ...yearChanges], committee };
}

describe("the output sheets' table", () => {
  let written: { plan: SheetPlan; log: SheetPlan | undefined }[];
  beforeAll(async () => {
    const { changes, committee } = await everythingWritten();
    written = [
      ...changes.flatMap((c) => (c.sheets ?? []).map((plan) => ({ plan, log: c.sheets!.find((p) => p.name === OUTPUT_SHEETS.log.name()) }))),
      ...committee.map((plan) => ({ plan, log: undefined })),
    ];
  }, 120_000);

  it("knows every sheet written: one entry whose name and print setup are the written ones", () => {
    for (const { plan } of written) {
      const found = outputSheetNamed(plan.name);
      expect({ name: plan.name, entry: found?.key }).toEqual({ name: plan.name, entry: expect.any(String) });
      const entry = found!.sheet;
      const who = found!.key === "memberArchive" ? plan.name.slice(plan.name.indexOf("-") + 1) : undefined;
      expect(entry.name(found!.period, who)).toBe(plan.name);
      expect(ENTRIES.filter(([key]) => outputSheetPattern(key).test(plan.name)).map(([key]) => key)).toEqual([found!.key]);
      expect({ name: plan.name, orientation: plan.print?.orientation }).toEqual({ name: plan.name, orientation: entry.print.orientation });
    }
  });

  it("owns each sheet by the log action its workflow records with it", () => {
    const logged = (log: SheetPlan | undefined) => (log ? log.values[log.values.length - 1][LOG_COLUMNS.code] : null);
    for (const [key, entry] of ENTRIES.filter(([, e]) => e.logAction !== null)) {
      const actions = written.filter(({ plan }) => outputSheetNamed(plan.name)?.key === key).map(({ log }) => logged(log));
      expect({ key, actions }).toEqual({ key, actions: expect.arrayContaining([entry.logAction]) });
    }
  });

  it("has every entry written by its workflow, each name at most 31 characters", () => {
    const seen = new Set(written.map(({ plan }) => outputSheetNamed(plan.name)?.key));
    expect(ENTRIES.map(([key]) => key).filter((key) => !seen.has(key))).toEqual([]);
    for (const { plan } of written) expect(plan.name.length).toBeLessThanOrEqual(31);
  });

  it("names a renderer, a plan function, log action and words that exist", () => {
    const renderers: Record<string, unknown> = { ...render, ...ballotPaper, ...rollupRender };
    const actions = Object.keys(render.labelsFor().log.actions);
    const labels = render.labelsFor() as unknown as Record<string, unknown>;
    for (const [key, entry] of ENTRIES) {
      expect({ key, renderer: typeof renderers[entry.renderer] }).toEqual({ key, renderer: "function" });
      if (entry.workflow !== "every step")
        expect({ key, plan: typeof (MODULES[entry.workflow] as Record<string, unknown>)[entry.plan] }).toEqual({ key, plan: "function" });
      if (entry.logAction !== null) expect(actions).toContain(entry.logAction);
      const words = entry.labels.endsWith(".ts") ? fs.existsSync(path.join(__dirname, "../../src/register", entry.labels)) : entry.labels in labels;
      expect({ key, words }).toEqual({ key, words: true });
    }
  });

  it("writes the shapes the help and the documents use", () => {
    expect(outputSheetShape("month")).toBe("YYYY-MM 评星");
    expect(outputSheetShape("rollupYear")).toBe("YYYY 党委汇总");
    expect(outputSheetNamed("2026 档案-张三")).toMatchObject({ key: "memberArchive", period: "2026" });
    expect(outputSheetNamed("2026 档案")).toMatchObject({ key: "archive", period: "2026" });
    expect(outputSheetNamed("2026-11 党委汇总")).toMatchObject({ key: "rollupMonth", period: "2026-11" });
    expect(outputSheetNamed("人员名册")).toBeUndefined();
    // Every shape is in docs/workbook.md's table of the sheets the add-in writes.
    const doc = fs.readFileSync(path.join(__dirname, "../../docs/workbook.md"), "utf8");
    for (const [key] of ENTRIES)
      expect({ key, documented: doc.includes(`\`${outputSheetShape(key).replace(" 档案-姓名", " 档案")}\``) }).toEqual({ key, documented: true });
  });
});
