/**
 * One check of a sheet plan for every host: the in-memory workbook (the preview's and most tests' host),
 * the .xlsx adapter and the Excel adapter refuse the same plans, before anything is written, so a test
 * fails where Excel would.
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { WorkbookChange, WorkbookPort } from "../../src/register/port";
import type { SheetPlan } from "../../src/register/sheet-plan";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { FakeExcel } from "../fakes/fake-excel";

type Host = "memory" | "xlsx" | "excel";
const HOSTS: Host[] = ["memory", "xlsx", "excel"];

function host(kind: Host): { port: WorkbookPort; names: () => Promise<string[]> } {
  if (kind === "memory") {
    const wb = new MemoryWorkbook();
    return { port: wb, names: async () => (await wb.listSheets()).map((s) => s.name) };
  }
  if (kind === "xlsx") {
    const wb = XlsxWorkbook.empty();
    return { port: wb, names: async () => (await wb.listSheets()).map((s) => s.name) };
  }
  const fake = new FakeExcel({ sheets: { Sheet1: [] } });
  const wb = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-11-30T04:00:00Z") });
  return { port: wb, names: async () => (await wb.listSheets()).map((s) => s.name) };
}

const plan = (name: string, extra: Partial<SheetPlan> = {}): SheetPlan => ({ name, values: [["x"]], ...extra });

const REFUSED: [string, WorkbookChange][] = [
  ["a sheet named History (reserved by Excel)", { sheets: [plan("History")] }],
  ["a sheet named history, in any case", { inputSheets: [plan("HISTORY")] }],
  ["the add-in's registry sheet _积分评星", { sheets: [plan("_积分评星")] }],
  ["a name of 32 characters", { sheets: [plan("一".repeat(32))] }],
  ["a name with a slash", { sheets: [plan("2026/11 评星")] }],
  ["a name starting with an apostrophe", { sheets: [plan("'评星")] }],
  ["an empty name", { sheets: [plan("")] }],
  ["a fill that is not #RRGGBB", { sheets: [plan("评星", { formats: [{ range: "A1", fill: "red" }] })] }],
  ["two merges that overlap", { sheets: [plan("评星", { merges: ["A1:B2", "B2:C3"] })] }],
  ["a column wider than Excel allows", { sheets: [plan("评星", { columnWidths: [300] })] }],
  ["a drop-down item holding a comma", { inputSheets: [plan("名单", { validations: [{ range: "A2:A9", list: ["党员,党外"] }] })] }],
  ["a cell value that is not a finite number", { sheets: [plan("评星", { values: [[Number.NaN]] })] }],
  ["a page break before the first row", { sheets: [plan("评星", { pageBreaks: [0] })] }],
];

describe.each(HOSTS)("the %s host refuses what Excel refuses", (kind) => {
  it.each(REFUSED)("%s, writing nothing", async (_label, change) => {
    const { port, names } = host(kind);
    const before = await names();
    await expect(port.write(change)).rejects.toThrow(RangeError);
    expect(await names()).toEqual(before);
  });

  it("accepts a valid plan of 31 characters", async () => {
    const { port, names } = host(kind);
    await port.write({ inputSheets: [plan("一".repeat(31), { formats: [{ range: "A1", fill: "#FFEEDD" }], merges: ["A1:B1"] })] });
    expect(await names()).toContain("一".repeat(31));
  });
});
