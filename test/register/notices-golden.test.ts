/**
 * Golden test of the three paper sheets (考核办法公示, 承诺公示, 组织生活会记录; test/fixtures/golden-notices): the sample branch's
 * 考核办法公示, 承诺公示 and October 组织生活会记录, the same through the in-memory workbook, an .xlsx file
 * (ExcelJS, saved and reopened) and the Excel adapter over the project's fake Excel.
 */
import { readFileSync } from "fs";
import path from "path";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { FakeExcel } from "../fakes/fake-excel";
import { OUTPUTS, runNotices, type NoticesFixture } from "./notices-golden";

const fixture = JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", "golden-notices", "sample-2026.json"), "utf8")) as NoticesFixture;

describe("golden notices of the sample branch", () => {
  it("writes the expected three sheets in memory, with no problem", async () => {
    const run = await runNotices(new MemoryWorkbook(), fixture.sheets);
    expect(run.notices.blocked).toBe(false);
    expect(run.month.blocked).toBe(false);
    expect(run.problems).toEqual(fixture.expected.problems);
    for (const name of OUTPUTS) expect(run.outputs[name]).toEqual(fixture.expected.outputs[name]);
  });

  it("writes the same through an .xlsx file, saved and reopened", async () => {
    const made = XlsxWorkbook.empty();
    const run = await runNotices(made, fixture.sheets, async (p) => XlsxWorkbook.fromBuffer(await (p as XlsxWorkbook).toBuffer()));
    for (const name of OUTPUTS) expect(run.outputs[name]).toEqual(fixture.expected.outputs[name]);
  });

  it("writes the same through the Excel adapter", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    const excel = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-10-30T02:00:00Z") });
    const run = await runNotices(excel, fixture.sheets);
    for (const name of OUTPUTS) expect(run.outputs[name]).toEqual(fixture.expected.outputs[name]);
  });

  it("holds the numbers of the settings and the sample's meeting, checked by hand", () => {
    const rules = fixture.expected.outputs["2026 考核办法公示"].flat().join("\n");
    expect(rules).toContain("综合得分 = 民主评议得分×30% + 记实考核得分×70%");
    expect(rules).toContain("90分及以上、不足95分");
    const record = fixture.expected.outputs["2026-10 组织生活会记录"];
    expect(record.find((r) => r[0] === "群众代表")?.[2]).toBe("钱学文、冯丽（2人）");
  });
});
