import { join } from "node:path";
import ExcelJS from "exceljs";
import { REGISTRY_HEADER, REGISTRY_HEADER_V2, REGISTRY_SHEET } from "../../src/register/ownership";
import { SheetNotOursError } from "../../src/register/port";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { FIRST_MEMBER_ROW, MEMBERS, MONTH_SHEET, NOW, PUBLICITY_SHEET, monthPlan, normalised, now, publicityPlan } from "./plans";

/** A person's workbook: their own sheets, one of them named like the add-in's month sheet. */
async function personsWorkbook(): Promise<XlsxWorkbook> {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("人员名册").getCell("A1").value = "编号";
  excel.addWorksheet(MONTH_SHEET).getCell("A1").value = "我自己做的表";
  return XlsxWorkbook.fromBuffer((await excel.xlsx.writeBuffer()) as unknown as ArrayBuffer, { now });
}

/** The registry's rows as the file stores them. */
async function registryRows(book: XlsxWorkbook): Promise<unknown[][]> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  const ws = excel.getWorksheet(REGISTRY_SHEET);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("a sheet a person made", () => {
  it("is listed as not ours", async () => {
    const book = await personsWorkbook();
    expect(await book.listSheets()).toEqual([
      { name: "人员名册", ours: false },
      { name: MONTH_SHEET, ours: false },
    ]);
  });

  it("is refused with SheetNotOursError before anything changes", async () => {
    const book = await personsWorkbook();
    const before = await book.toBuffer();
    const attempt = book.write({ sheets: [publicityPlan(), monthPlan()], cells: [{ sheet: "人员名册", address: "B1", value: "姓名" }] });
    await expect(attempt).rejects.toBeInstanceOf(SheetNotOursError);
    await expect(attempt).rejects.toMatchObject({ sheet: MONTH_SHEET });
    const after = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const original = await XlsxWorkbook.fromBuffer(before);
    expect(await after.listSheets()).toEqual(await original.listSheets());
    expect(await after.readSheets(["人员名册", MONTH_SHEET])).toEqual(await original.readSheets(["人员名册", MONTH_SHEET]));
    expect((await book.model()).worksheets.map((ws) => ws.name)).toEqual(["人员名册", MONTH_SHEET]);
  });

  it("is refused whatever the case of the planned name", async () => {
    const book = await personsWorkbook();
    await expect(book.write({ sheets: [monthPlan(MEMBERS, "2026-11 评星".toUpperCase())] })).rejects.toBeInstanceOf(SheetNotOursError);
  });

  it("is never replaced by an input sheet plan of the same name", async () => {
    const book = await personsWorkbook();
    await book.write({
      inputSheets: [
        { name: "人员名册", values: [["编号", "姓名", "类别"]] },
        { name: "考核细则", values: [["编号"]] },
      ],
    });
    const sheets = await book.readSheets(["人员名册", "考核细则"]);
    expect(sheets.get("人员名册")!.values).toEqual([["编号"]]);
    expect(sheets.get("考核细则")!.values).toEqual([["编号"]]);
    expect((await book.listSheets()).map((s) => s.ours)).toEqual([false, false, false]);
  });
});

describe("the registry sheet", () => {
  it("is very hidden, absent from listSheets and readSheets, and records the sheets of `sheets` only", async () => {
    const book = XlsxWorkbook.empty({ now });
    await book.write({ inputSheets: [{ name: "设置", values: [["项目", "值"]] }], sheets: [monthPlan(), publicityPlan()] });
    expect((await book.model()).getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["设置", MONTH_SHEET, PUBLICITY_SHEET]);
    expect((await book.readSheets([REGISTRY_SHEET])).size).toBe(0);
    expect(await registryRows(book)).toEqual([
      [...REGISTRY_HEADER_V2],
      [MONTH_SHEET, undefined, NOW.toISOString(), { formula: `'${MONTH_SHEET}'!A1` }],
      [PUBLICITY_SHEET, undefined, NOW.toISOString(), { formula: `'${PUBLICITY_SHEET}'!A1` }],
    ]);
  });

  it("cannot be written, appended to, selected or planned over", async () => {
    const book = XlsxWorkbook.empty({ now });
    await book.write({ sheets: [monthPlan()] });
    await expect(book.write({ sheets: [{ name: REGISTRY_SHEET, values: [] }] })).rejects.toThrow(RangeError);
    await expect(book.write({ inputSheets: [{ name: REGISTRY_SHEET, values: [] }] })).rejects.toThrow(RangeError);
    await expect(book.write({ cells: [{ sheet: REGISTRY_SHEET, address: "A9", value: "x" }] })).rejects.toThrow(RangeError);
    await expect(book.write({ appendRows: [{ sheet: REGISTRY_SHEET, rows: [["x"]] }] })).rejects.toThrow(RangeError);
    await expect(book.select(REGISTRY_SHEET, "A1")).rejects.toThrow(RangeError);
  });

  it("keeps ownership through a saved file", async () => {
    const book = XlsxWorkbook.empty({ now });
    await book.write({ inputSheets: [{ name: "设置", values: [["项目"]] }], sheets: [monthPlan()] });
    const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer(), { now });
    expect(await reopened.listSheets()).toEqual([
      { name: "设置", ours: false },
      { name: MONTH_SHEET, ours: true },
    ]);
  });

  it("honours version 1 rows Excel wrote, with Excel's worksheet id, on sheets with the first release's marks, and rewrites them in version 2", async () => {
    const excel = new ExcelJS.Workbook();
    // The first release's title and table header (register/legacy-marks.ts).
    excel.addWorksheet("2026-10 评星").addRows([["第一党支部 2026年10月党员积分评星结果"], ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议"]]);
    const registry = excel.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    registry.addRow([...REGISTRY_HEADER]);
    registry.addRow(["2026-10 评星", "{5B2C7A7E-0000-4000-8000-000000000001}", "2026-11-01T08:00:00.000Z"]);
    registry.addRow(["2026-09 评星", "{5B2C7A7E-0000-4000-8000-000000000002}", "2026-10-01T08:00:00.000Z"]);
    const book = await XlsxWorkbook.fromBuffer((await excel.xlsx.writeBuffer()) as unknown as ArrayBuffer, { now });
    expect(await book.listSheets()).toEqual([{ name: "2026-10 评星", ours: true }]);
    await book.write({ sheets: [monthPlan()] });
    // The row of 2026-09, whose sheet no longer exists, is dropped.
    expect(await registryRows(book)).toEqual([
      [...REGISTRY_HEADER_V2],
      ["2026-10 评星", "{5B2C7A7E-0000-4000-8000-000000000001}", "2026-11-01T08:00:00.000Z", { formula: "'2026-10 评星'!A1" }],
      [MONTH_SHEET, undefined, NOW.toISOString(), { formula: `'${MONTH_SHEET}'!A1` }],
    ]);
  });

  it("drops its own rows for sheets that no longer exist", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("说明").getCell("A1").value = "x";
    const registry = excel.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    registry.addRow([...REGISTRY_HEADER]);
    registry.addRow(["2026-08 评星", null, "2026-09-01T08:00:00.000Z"]);
    const book = await XlsxWorkbook.fromBuffer((await excel.xlsx.writeBuffer()) as unknown as ArrayBuffer, { now });
    await book.write({ sheets: [monthPlan()] });
    expect((await registryRows(book)).map((r) => r[0])).toEqual([REGISTRY_HEADER[0], MONTH_SHEET]);
  });
});

describe("a file LibreOffice saved", () => {
  // test/xlsx/fixtures/libreoffice-month.xlsx: monthPlan() written by this adapter, then opened and saved as
  // .xlsx by LibreOffice Calc 7 (soffice --convert-to xlsx), which keeps the registry but only as "hidden".
  const fixture = join(__dirname, "fixtures", "libreoffice-month.xlsx");

  it("keeps the month sheet ours and its values readable", async () => {
    const book = await XlsxWorkbook.fromFile(fixture, { now });
    expect(await book.listSheets()).toEqual([{ name: MONTH_SHEET, ours: true }]);
    const data = (await book.readSheets([MONTH_SHEET])).get(MONTH_SHEET)!;
    expect(data.values).toEqual(normalised(monthPlan().values));
    expect(data.merges).toEqual(["A1:L1", "B2:C2", "A3:L3"]);
  });

  it("gets its registry very hidden again at the next write", async () => {
    const book = await XlsxWorkbook.fromFile(fixture, { now });
    expect((await book.model()).getWorksheet(REGISTRY_SHEET)!.state).toBe("hidden");
    await book.write({ sheets: [monthPlan()] });
    expect((await book.model()).getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
    expect(await book.listSheets()).toEqual([{ name: MONTH_SHEET, ours: true }]);
  });
});

describe("regenerating a sheet of ours", () => {
  /** Person's sheets around the add-in's month sheet, so its tab position shows. */
  async function generated(): Promise<XlsxWorkbook> {
    const book = XlsxWorkbook.empty({ now });
    await book.write({ inputSheets: [{ name: "人员名册", values: [["编号"]] }] });
    await book.write({ sheets: [monthPlan()] });
    await book.write({ inputSheets: [{ name: "加减分", values: [["月份"]] }] });
    return book;
  }

  it("replaces it in its tab position", async () => {
    const book = await generated();
    const updated = MEMBERS.map((m) => ({ ...m, composite: m.composite - 1 }));
    await book.write({ sheets: [monthPlan(updated)] });
    expect(await book.listSheets()).toEqual([
      { name: "人员名册", ours: false },
      { name: MONTH_SHEET, ours: true },
      { name: "加减分", ours: false },
    ]);
    const values = (await book.readSheets([MONTH_SHEET])).get(MONTH_SHEET)!.values;
    expect(values[FIRST_MEMBER_ROW][7]).toBe(MEMBERS[0].composite - 1);
    expect((await book.model()).worksheets.map((ws) => ws.name)).toEqual(["人员名册", MONTH_SHEET, "加减分", REGISTRY_SHEET]);
  });

  it("keeps the workbook opening on the regenerated sheet when it was the active one", async () => {
    const book = await generated();
    await book.select(MONTH_SHEET, "C7");
    await book.write({ sheets: [monthPlan()] });
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    expect(excel.worksheets[excel.views[0].activeTab].name).toBe(MONTH_SHEET);
  });
});
