import { fileColumnWidth } from "../../src/xlsx/plan-writer";
import ExcelJS from "exceljs";
import { REGISTRY_SHEET } from "../../src/register/ownership";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { MONTH_SHEET, PUBLICITY_SHEET, ballotsPlan, monthPlan, normalised, now, publicityPlan } from "./plans";
import { zipEntries } from "./zip-entries";

/** Writes the plans into an empty workbook, saves it and opens the bytes again. */
async function roundTrip(): Promise<{ bytes: Buffer; reopened: XlsxWorkbook; excel: ExcelJS.Workbook }> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: [ballotsPlan()], sheets: [monthPlan(), publicityPlan()] });
  const bytes = await book.toBuffer();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, reopened: await XlsxWorkbook.fromBuffer(bytes, { now }), excel };
}

describe("a written workbook read back", () => {
  it("gives the plans' values from readSheets", async () => {
    const { reopened } = await roundTrip();
    const sheets = await reopened.readSheets([MONTH_SHEET, PUBLICITY_SHEET, "民主评议"]);
    expect(sheets.get(MONTH_SHEET)!.values).toEqual(normalised(monthPlan().values));
    expect(sheets.get(PUBLICITY_SHEET)!.values).toEqual(normalised(publicityPlan().values));
    expect(sheets.get("民主评议")!.values).toEqual(normalised(ballotsPlan().values));
  });

  it("lists the sheets in tab order with their owner, and never the registry", async () => {
    const { reopened } = await roundTrip();
    expect(await reopened.listSheets()).toEqual([
      { name: "民主评议", ours: false },
      { name: MONTH_SHEET, ours: true },
      { name: PUBLICITY_SHEET, ours: true },
    ]);
  });

  it("reports the merged ranges", async () => {
    const { reopened } = await roundTrip();
    const sheets = await reopened.readSheets([MONTH_SHEET]);
    expect(sheets.get(MONTH_SHEET)!.merges).toEqual(["A1:L1", "B2:C2", "A3:L3"]);
  });

  it("keeps fonts, fills, borders, number formats and alignment, later formats overriding earlier ones", async () => {
    const { excel } = await roundTrip();
    const ws = excel.getWorksheet(MONTH_SHEET)!;
    const header = ws.getCell("B5");
    expect(header.font).toMatchObject({ name: "黑体", size: 11, bold: true, color: { argb: "FFFFFFFF" } });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC00000" } });
    expect(header.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    // H6 takes 宋体 11 from the body format and bold from the later column format.
    expect(ws.getCell("H6").font).toMatchObject({ name: "宋体", size: 11, bold: true });
    expect(ws.getCell("H6").numFmt).toBe("0.0");
    expect(ws.getCell("E7").numFmt).toBe("0.0");
    expect(ws.getCell("I6").font).toMatchObject({ name: "宋体", color: { argb: "FFFF0000" } });
    expect(ws.getCell("A6").border).toMatchObject({ top: { style: "medium" }, right: { style: "medium" } });
    expect(ws.getCell("B6").border).toMatchObject({ top: { style: "thin" } });
    expect(ws.getCell("A1").font).toMatchObject({ name: "黑体", size: 16, bold: true });
  });

  it("keeps column widths as Excel shows them and row heights in points", async () => {
    const { excel } = await roundTrip();
    const ws = excel.getWorksheet(MONTH_SHEET)!;
    // Stored with Excel's cell padding, so Excel shows the planned 6, 10 and 24 characters (8.43 ↔ 9.140625).
    expect([1, 2, 12].map((c) => ws.getColumn(c).width)).toEqual([6, 10, 24].map(fileColumnWidth));
    expect(fileColumnWidth(8.43)).toBe(9.140625);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.getRow(5).height).toBe(30);
  });

  it("keeps the merges in the ExcelJS model", async () => {
    const { excel } = await roundTrip();
    expect(excel.getWorksheet(MONTH_SHEET)!.model.merges.sort()).toEqual(["A1:L1", "A3:L3", "B2:C2"]);
  });

  it("freezes the header rows", async () => {
    const { excel } = await roundTrip();
    expect(excel.getWorksheet(MONTH_SHEET)!.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(excel.getWorksheet("民主评议")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(excel.getWorksheet(PUBLICITY_SHEET)!.views?.[0]?.state ?? "normal").toBe("normal");
  });

  it("sets A4, orientation, repeated header rows, one page wide, centring, margins and the footer", async () => {
    const { excel } = await roundTrip();
    const month = excel.getWorksheet(MONTH_SHEET)!;
    expect(month.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      printTitlesRow: "5:5",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    });
    expect(month.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
    const publicity = excel.getWorksheet(PUBLICITY_SHEET)!;
    expect(publicity.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true });
    expect(publicity.headerFooter.oddFooter).toBe("&C机关第一党支部　2026年12月1日");
  });

  it("writes the print titles as Excel's defined name on the right sheet", async () => {
    const { bytes } = await roundTrip();
    const xml = zipEntries(bytes).get("xl/workbook.xml")!;
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${MONTH_SHEET}&apos;!$5:$5</definedName>`);
  });

  it("writes drop-down lists with the error message", async () => {
    const { excel } = await roundTrip();
    const ws = excel.getWorksheet("民主评议")!;
    for (const address of ["E2", "F2", "E2001", "F1000"]) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: ['"优秀,合格,基本合格,不合格"'],
        showErrorMessage: true,
        error: "请选择等次，或直接输入0–100的分数",
      });
    }
    expect(ws.getCell("E2002").dataValidation).toBeUndefined();
    expect(ws.getCell("D2").dataValidation).toBeUndefined();
  });

  it("writes one range-wide validation, not one per cell", async () => {
    const { bytes } = await roundTrip();
    const sheetXml = [...zipEntries(bytes).values()].find((xml) => xml.includes("<dataValidations"))!;
    expect(sheetXml).toContain('<dataValidations count="1">');
    expect(sheetXml).toContain('sqref="E2:F2001"');
  });

  it("colours the tab", async () => {
    const { excel } = await roundTrip();
    expect(excel.getWorksheet(MONTH_SHEET)!.properties.tabColor).toEqual({ argb: "FFC00000" });
  });

  it("keeps the registry very hidden", async () => {
    const { excel } = await roundTrip();
    expect(excel.getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
  });

  it("opens on a visible sheet", async () => {
    const { excel } = await roundTrip();
    const active = excel.worksheets[excel.views[0].activeTab];
    expect(active.state).toBe("visible");
  });

  it("draws the plan's chart as a native chart over the sheet's own values (chart-part.ts), and nothing else", async () => {
    const { bytes } = await roundTrip();
    const entries = zipEntries(bytes);
    const names = [...entries.keys()];
    expect(names.filter((n) => /chart|drawing|media/.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    expect(entries.get("xl/charts/chart1.xml")).toMatch(/<c:barChart><c:barDir val="col"\/>/);
    expect(entries.get("xl/charts/chart1.xml")).toContain(`<c:f>'${MONTH_SHEET}'!$`);
    expect(entries.get("[Content_Types].xml")).toContain('PartName="/xl/charts/chart1.xml"');
  });

  it("survives a second round trip unchanged", async () => {
    const { reopened, bytes } = await roundTrip();
    const again = await XlsxWorkbook.fromBuffer(await reopened.toBuffer(), { now });
    const first = await XlsxWorkbook.fromBuffer(bytes, { now });
    const names = [MONTH_SHEET, PUBLICITY_SHEET, "民主评议"];
    expect(await again.readSheets(names)).toEqual(await first.readSheets(names));
    expect(await again.listSheets()).toEqual(await first.listSheets());
  });
});

describe("print breaks and suggestion lists", () => {
  it("stores a page break before each planned row and lets a ballot list accept other entries", async () => {
    const book = XlsxWorkbook.empty();
    await book.write({
      sheets: [
        {
          name: "档案",
          values: [["甲"], ["乙"], ["丙"], ["丁"]],
          pageBreaks: [2],
          validations: [
            { range: "A1:A4", list: ["优秀", "合格"], strict: false, message: "或输入分数" },
            { range: "B1:B4", list: ["是"] },
          ],
        },
      ],
    });
    const sheetXml = [...zipEntries(await book.toBuffer()).values()].find((xml) => xml.includes("<dataValidations"))!;
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="2"[^>]*man="1"/);
    expect(sheetXml).toMatch(/errorStyle="information"[^>]*sqref="A1:A4"|sqref="A1:A4"[^>]*errorStyle="information"/);
    expect(sheetXml).not.toMatch(/errorStyle="information"[^>]*sqref="B1:B4"/);
  });
});
