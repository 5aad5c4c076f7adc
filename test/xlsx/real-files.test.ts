/**
 * Real workbooks (test/fixtures/real/, made by openpyxl, LibreOffice and this
 * project's own writer; see the README there) open without a TypeError, the person's charts, chart sheets,
 * pictures, comments, tables and drop-downs come back on save, and a drop-down over whole columns does not
 * make reading expand a million cells.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { announceLosses, cliMessages } from "../../src/cli/messages";
import { generateMonth } from "../../src/register/month-workflow";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { zipEntries } from "./zip-entries";

const DIR = join(__dirname, "..", "fixtures", "real");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const now = () => new Date("2026-11-30T04:00:00Z");

/** The parts a saved sheet refers to through its relationships: path → relationship type (last segment). */
function sheetRelations(entries: Map<string, string>, sheet: string): string[] {
  const workbook = entries.get("xl/workbook.xml")!;
  const rels = entries.get("xl/_rels/workbook.xml.rels")!;
  const escaped = sheet.replace(/&/g, "&amp;");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const part = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
  const slash = part.lastIndexOf("/");
  const own = entries.get(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`) ?? "";
  return [...own.matchAll(/Type="[^"]*\/(\w+)"/g)].map((m) => m[1]).sort();
}

/** The validation ranges ExcelJS holds for a sheet in memory (what reading expanded). */
function modelledValidations(ws: Worksheet): number {
  return Object.keys((ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model).length;
}

describe("the corpus of real-shaped workbooks", () => {
  it("has files from openpyxl, LibreOffice and the project's writer", () => {
    expect(FILES.filter((f) => f.startsWith("openpyxl-")).length).toBeGreaterThanOrEqual(5);
    expect(FILES.filter((f) => f.startsWith("libreoffice-")).length).toBeGreaterThanOrEqual(5);
    expect(FILES).toContain("register-with-extras.xlsx");
  });

  it.each(FILES)("opens %s, lists and reads its sheets, and saves a copy that opens again", async (file) => {
    const book = await XlsxWorkbook.fromFile(join(DIR, file), { now });
    const sheets = await book.listSheets();
    expect(sheets.length).toBeGreaterThan(0);
    const data = await book.readSheets(sheets.map((s) => s.name));
    expect(data.size).toBe(sheets.length);
    const again = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    expect(await again.listSheets()).toEqual(sheets);
  });

  it.each([
    ["openpyxl-chart.xlsx", "统计", ["drawing"]],
    ["libreoffice-chart.xlsx", "统计", ["drawing"]],
    ["openpyxl-image.xlsx", "照片", ["drawing"]],
    ["libreoffice-image.xlsx", "照片", ["drawing"]],
    ["openpyxl-comments.xlsx", "说明", ["comments", "vmlDrawing"]],
    ["libreoffice-comments.xlsx", "说明", ["comments", "vmlDrawing"]],
    ["openpyxl-tables.xlsx", "台账", ["table"]],
    ["libreoffice-tables.xlsx", "台账2", ["table"]],
  ])("keeps what %s's sheet %s has (%p) on save", async (file, sheet, kinds) => {
    const book = await XlsxWorkbook.fromFile(join(DIR, file), { now });
    const entries = zipEntries(await book.toBuffer());
    expect(sheetRelations(entries, sheet)).toEqual(expect.arrayContaining(kinds));
    if (file.includes("chart")) expect([...entries.keys()].some((p) => /^xl\/charts\/chart[^/]*\.xml$/.test(p))).toBe(true);
    if (file.includes("image")) expect([...entries.keys()].some((p) => p.startsWith("xl/media/"))).toBe(true);
    if (file.includes("comments")) expect([...entries.values()].some((xml) => xml.includes("加分依据：志愿服务"))).toBe(true);
  });

  it("keeps a chart sheet, with its chart", async () => {
    const book = await XlsxWorkbook.fromFile(join(DIR, "openpyxl-chartsheet.xlsx"), { now });
    expect(await book.listSheets()).toEqual([{ name: "统计", ours: false }]);
    const entries = zipEntries(await book.toBuffer());
    expect(entries.get("xl/workbook.xml")).toMatch(/<sheet name="分布图"/);
    expect(entries.get("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/chartsheet"/);
    expect([...entries.keys()].some((p) => p.startsWith("xl/charts/"))).toBe(true);
  });
});

describe("a drop-down over whole columns", () => {
  // Before the fix ExcelJS expanded E2:AC1048576 into some 26 million cell entries and never finished;
  // a hang fails this test through its timeout.
  it("is read without expanding its range, and written back as it was", async () => {
    const book = await XlsxWorkbook.fromFile(join(DIR, "openpyxl-whole-column-validation.xlsx"), { now });
    const ws = (await book.model()).getWorksheet("民主评议")!;
    expect(modelledValidations(ws)).toBe(0);
    expect((await book.readSheets(["民主评议"])).get("民主评议")!.values).toEqual([
      ["评议人", "D001", "D002"],
      ["票1", "优秀", "合格"],
    ]);
    const sheetXml = [...zipEntries(await book.toBuffer()).entries()].find(
      ([p, xml]) => p.startsWith("xl/worksheets/sheet") && xml.includes("<dataValidations"),
    )![1];
    expect(sheetXml).toContain('sqref="E2:AC1048576 B2:C1048576"');
  }, 20_000);
});

describe("the sample register with a secretary's charts, comments, picture, table and whole-column drop-downs", () => {
  it("generates the month and keeps every one of them, and the template's own drop-downs", async () => {
    const book = await XlsxWorkbook.fromFile(join(DIR, "register-with-extras.xlsx"), { now });
    for (const ws of (await book.model()).worksheets) expect(modelledValidations(ws)).toBe(0);
    const run = await generateMonth(book, { period: "2026-11", generatedAt: "2026-11-30T12:00:00+08:00" });
    expect(run.blocked).toBe(false);
    const entries = zipEntries(await book.toBuffer());
    expect(sheetRelations(entries, "统计")).toEqual(["comments", "drawing", "table", "vmlDrawing"]);
    expect(sheetRelations(entries, "人员名册")).toEqual(["comments", "vmlDrawing"]);
    expect(entries.get("xl/workbook.xml")).toMatch(/<sheet name="图表"/);
    expect([...entries.values()].some((xml) => xml.includes("名册以组织部备案为准"))).toBe(true);
    const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const names = (await reopened.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["统计", "2026-11 评星", "2026-11 公示"]));
    const ballots = [...entries.entries()].filter(([p]) => p.startsWith("xl/worksheets/sheet")).map(([, xml]) => xml);
    expect(ballots.some((xml) => xml.includes('sqref="E2:AC1048576"'))).toBe(true);
    // The template's own drop-down on 人员名册!C2:C2001 is still there.
    expect(ballots.some((xml) => xml.includes('sqref="C2:C2001"'))).toBe(true);
    // The month's distribution chart, referring to the month sheet's own cells.
    expect(sheetRelations(entries, "2026-11 评星")).toEqual(["drawing"]);
    const charts = [...entries.entries()].filter(([p]) => /^xl\/charts\/chart[^/]*\.xml$/.test(p)).map(([, xml]) => xml);
    expect(charts.some((xml) => xml.includes("2026年11月星级分布") && xml.includes("<c:f>'2026-11 评星'!$C$"))).toBe(true);
  }, 60_000);
});

describe("what cannot be carried", () => {
  it("is named before writing, in Chinese and in English", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DIR, "openpyxl-comments.xlsx")));
    zip.file("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const sheet = "xl/worksheets/sheet1.xml";
    zip.file(
      sheet,
      (await zip.file(sheet)!.async("string")).replace(
        "</worksheet>",
        '<oleObjects><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId9"/></oleObjects></worksheet>',
      ),
    );
    const book = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    expect(book.unmodelled).toEqual([
      { kind: "embedded-objects", sheet: "说明" },
      { kind: "macros", sheet: "" },
      { kind: "pivot-tables", sheet: "" },
    ]);
    const said: string[] = [];
    announceLosses(book, { stderr: (t) => said.push(t) }, cliMessages("zh-CN"));
    announceLosses(book, { stderr: (t) => said.push(t) }, cliMessages("en-US"));
    expect(said[0]).toContain("工作表“说明”的嵌入的对象；宏（VBA 代码）；数据透视表");
    expect(said[1]).toContain('embedded objects on sheet "说明"; macros (VBA code); pivot tables');
    // The comments are still carried.
    expect([...zipEntries(await book.toBuffer()).values()].some((xml) => xml.includes("加分依据：志愿服务"))).toBe(true);
  });

  it("is nothing for a file the project wrote itself", async () => {
    const book = await XlsxWorkbook.fromFile(join(DIR, "register-with-extras.xlsx"));
    expect(book.unmodelled).toEqual([]);
  });
});
