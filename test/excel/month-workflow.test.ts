/**
 * The whole month through the Excel adapter: the sample register set up, generated, annotated by a
 * person and regenerated gives the same sheets as through the in-memory workbook: a regeneration in 2
 * round trips (read and inspect, then build and swap), the first generation too.
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { columnLetters, type CellValue } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import { MONTH_COLUMNS } from "../../src/register/render";
import type { WorkbookPort } from "../../src/register/port";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { FakeExcel } from "../fakes/fake-excel";

/** Values as both hosts agree on them: empty cells as "", no trailing empty cells or rows. */
function normalised(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((row) => {
    const out = row.map((v) => (v === null ? "" : v));
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function seen(port: WorkbookPort) {
  const list = await port.listSheets();
  const sheets = await port.readSheets(list.map((s) => s.name));
  return { list, values: [...sheets.values()].map((s) => [s.name, normalised(s.values)]) };
}

async function noteRow(port: WorkbookPort, id: string): Promise<number> {
  const month = (await port.readSheets(["2026-11 评星"])).get("2026-11 评星")!;
  return month.values.findIndex((r) => r[MONTH_COLUMNS.id] === id);
}

describe("the month through the Excel adapter", () => {
  it("gives the same sheets as the in-memory workbook, 备注 kept, in 2 round trips, the first time and after", async () => {
    // A new Excel workbook has one empty sheet.
    const memory = new MemoryWorkbook(new Map([["Sheet1", []]]));
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    const excel = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-11-28T02:00:00Z") });
    const setUp = { inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) };
    await memory.write(setUp);
    await excel.write(setUp);

    fake.resetStats();
    for (const port of [memory, excel])
      expect((await generateMonth(port, { period: "2026-11", generatedAt: "2026-11-28T10:00:00+08:00" })).blocked).toBe(false);
    expect(fake.syncCount).toBe(2);

    // A person adds words to a generated note and to an empty one, then the month is regenerated.
    const flagged = await noteRow(excel, "D013");
    const plain = await noteRow(excel, "D001");
    memory.setCell("2026-11 评星", `${columnLetters(MONTH_COLUMNS.note)}${flagged + 1}`, "含加减分-3；已谈心谈话");
    memory.setCell("2026-11 评星", `${columnLetters(MONTH_COLUMNS.note)}${plain + 1}`, "=本月请假");
    const sheet = fake.sheet("2026-11 评星")!;
    sheet.setCell(flagged, MONTH_COLUMNS.note, { value: "含加减分-3；已谈心谈话" });
    sheet.setCell(plain, MONTH_COLUMNS.note, { value: "=本月请假", quote: true });
    fake.resetStats();
    for (const port of [memory, excel]) await generateMonth(port, { period: "2026-11", generatedAt: "2026-11-29T10:00:00+08:00" });
    expect(fake.syncCount).toBe(2);

    const fromExcel = await seen(excel);
    expect(fromExcel).toEqual(await seen(memory));
    const month = fromExcel.values.find(([name]) => name === "2026-11 评星")![1] as CellValue[][];
    expect(month[flagged][MONTH_COLUMNS.note]).toBe("含加减分-3；已谈心谈话");
    expect(month[plain][MONTH_COLUMNS.note]).toBe("=本月请假");
    expect(sheet.formulaCells()).toEqual([]);
  });
});
