import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { SheetNotOursError, type WorkbookChange, type WorkbookPort } from "../../src/register/port";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { MEMBERS, monthPlan, normalised, now, publicityPlan } from "./plans";

/** What the port shows of a workbook, in the shape both hosts can agree on. */
async function seen(port: WorkbookPort): Promise<unknown> {
  const list = await port.listSheets();
  const sheets = await port.readSheets(list.map((s) => s.name));
  return {
    list,
    sheets: [...sheets.values()].map((s) => ({ ...s, values: normalised(s.values), merges: [...s.merges].sort() })),
  };
}

/** Runs the same changes on the preview's in-memory workbook and on an .xlsx workbook. */
async function both(changes: WorkbookChange[]): Promise<{ memory: MemoryWorkbook; xlsx: XlsxWorkbook }> {
  const memory = new MemoryWorkbook();
  const xlsx = XlsxWorkbook.empty({ now });
  for (const change of changes) {
    await memory.write(change);
    await xlsx.write(change);
  }
  return { memory, xlsx };
}

const SAMPLE = sampleRegister({ lastMonth: "2026-11" });
const SET_UP: WorkbookChange = { inputSheets: inputSheetPlans(SAMPLE) };
const PREPARE: WorkbookChange = {
  appendRows: [{ sheet: "加减分", rows: [["2026-12", "D002", -1, "=迟到", "", "刘芳", "2026-12-03"]] }],
  cells: [{ sheet: "设置", address: "B2", value: "机关第二党支部" }],
};
const GENERATE: WorkbookChange = { sheets: [monthPlan(), publicityPlan()] };
const REGENERATE: WorkbookChange = { sheets: [monthPlan(MEMBERS.slice(1))] };

describe("the .xlsx workbook and the preview's in-memory workbook", () => {
  it("show the same sheets and values after setting up the sample register", async () => {
    const { memory, xlsx } = await both([SET_UP]);
    expect(await seen(xlsx)).toEqual(await seen(memory));
  });

  it("show the same after appending rows and setting cells", async () => {
    const { memory, xlsx } = await both([SET_UP, PREPARE]);
    expect(await seen(xlsx)).toEqual(await seen(memory));
  });

  it("show the same after generating and regenerating sheets of ours", async () => {
    const { memory, xlsx } = await both([SET_UP, PREPARE, GENERATE, REGENERATE]);
    expect(await seen(xlsx)).toEqual(await seen(memory));
  });

  it("show the same after the .xlsx workbook is saved and opened again", async () => {
    const { memory, xlsx } = await both([SET_UP, PREPARE, GENERATE, REGENERATE]);
    const reopened = await XlsxWorkbook.fromBuffer(await xlsx.toBuffer());
    expect(await seen(reopened)).toEqual(await seen(memory));
  });

  it("both refuse to replace a person's sheet, and both stay as they were", async () => {
    const { memory, xlsx } = await both([SET_UP]);
    const before = await seen(memory);
    const refused: WorkbookChange = { sheets: [{ name: "人员名册", values: [["x"]] }] };
    await expect(memory.write(refused)).rejects.toBeInstanceOf(SheetNotOursError);
    await expect(xlsx.write(refused)).rejects.toBeInstanceOf(SheetNotOursError);
    expect(await seen(memory)).toEqual(before);
    expect(await seen(xlsx)).toEqual(before);
  });

  it.each<[string, WorkbookChange]>([
    ["a row appended to a missing sheet", { appendRows: [{ sheet: "无此表", rows: [["x"]] }] }],
    ["a cell on a missing sheet", { cells: [{ sheet: "无此表", address: "A1", value: 1 }] }],
    ["a bad cell address", { cells: [{ sheet: "设置", address: "1A", value: 1 }] }],
    ["a sheet name with a slash", { sheets: [{ name: "2026/11", values: [] }] }],
  ])("both refuse %s with RangeError", async (_what, change) => {
    const { memory, xlsx } = await both([SET_UP]);
    await expect(memory.write(change)).rejects.toThrow(RangeError);
    await expect(xlsx.write(change)).rejects.toThrow(RangeError);
  });
});
