import ExcelJS from "exceljs";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookFileError, XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { MONTH_SHEET, ballotsPlan, monthPlan, now } from "./plans";
import { zipEntries } from "./zip-entries";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "star-register-xlsx-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sample(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: [ballotsPlan(), { name: "人员名册", values: [["编号", "姓名"]] }], sheets: [monthPlan()] });
  return book;
}

describe("saveAs", () => {
  it("writes a file that opens again with the same sheets, and leaves no temporary file", async () => {
    const path = join(dir, "结果.xlsx");
    await (await sample()).saveAs(path);
    expect(await readdir(dir)).toEqual(["结果.xlsx"]);
    const reopened = await XlsxWorkbook.fromFile(path);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["民主评议", "人员名册", MONTH_SHEET]);
  });

  it("replaces an existing file whole", async () => {
    const path = join(dir, "out.xlsx");
    await writeFile(path, "old content that is not a workbook");
    await (await sample()).saveAs(path);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
  });

  it("fails without leaving a temporary file when the target cannot be replaced", async () => {
    const path = join(dir, "taken.xlsx");
    await mkdir(path);
    await expect((await sample()).saveAs(path)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["taken.xlsx"]);
  });

  it("fails when the folder does not exist", async () => {
    await expect((await sample()).saveAs(join(dir, "missing", "out.xlsx"))).rejects.toThrow();
  });

  it("refuses a workbook with no visible sheet, which Excel cannot open", async () => {
    await expect(XlsxWorkbook.empty().toBuffer()).rejects.toThrow(/visible/);
  });
});

describe("opening", () => {
  it("names the file it cannot read", async () => {
    const path = join(dir, "none.xlsx");
    await expect(XlsxWorkbook.fromFile(path)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(XlsxWorkbook.fromFile(path)).rejects.toMatchObject({ path });
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(XlsxWorkbook.fromBuffer(Buffer.from("not a zip"))).rejects.toBeInstanceOf(WorkbookFileError);
  });
});

describe("select", () => {
  async function reopened(book: XlsxWorkbook): Promise<ExcelJS.Workbook> {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    return excel;
  }

  it("makes the sheet and cell the ones the saved file opens on", async () => {
    const book = await sample();
    await book.select("人员名册", "$C$5");
    const excel = await reopened(book);
    expect(excel.worksheets[excel.views[0].activeTab].name).toBe("人员名册");
    expect(excel.getWorksheet("人员名册")!.views[0].activeCell).toBe("C5");
  });

  it("leaves only that sheet's tab selected, so Excel does not open with grouped sheets", async () => {
    const book = await sample();
    await book.select(MONTH_SHEET, "A1");
    await book.select("人员名册", "C5");
    // ExcelJS does not read tabSelected back, so look at the XML.
    const sheets = [...zipEntries(await book.toBuffer())].filter(([name]) => name.startsWith("xl/worksheets/sheet"));
    const selected = sheets.filter(([, xml]) => xml.includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0][1]).toContain('activeCell="C5"');
  });

  it("keeps a sheet's frozen header when selecting on it", async () => {
    const book = await sample();
    await book.select(MONTH_SHEET, "H7");
    const view = (await reopened(book)).getWorksheet(MONTH_SHEET)!.views[0];
    expect(view).toMatchObject({ state: "frozen", ySplit: 5, activeCell: "H7" });
  });

  it("finds the sheet case-insensitively", async () => {
    const book = XlsxWorkbook.empty();
    await book.write({
      inputSheets: [
        { name: "Roster", values: [["ID"]] },
        { name: "Ballots", values: [["x"]] },
      ],
    });
    await book.select("ballots", "A2");
    const excel = await reopened(book);
    expect(excel.worksheets[excel.views[0].activeTab].name).toBe("Ballots");
  });

  it.each([
    ["a missing sheet", "考核细则", "A1"],
    ["an address that is not A1", "人员名册", "R1C1"],
    ["a range", "人员名册", "A1:B2"],
  ])("refuses %s with RangeError", async (_what, sheet, address) => {
    await expect((await sample()).select(sheet, address)).rejects.toThrow(RangeError);
  });

  it("records the cell on a hidden sheet without making the file open on a hidden tab", async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("人员名册").getCell("A1").value = "编号";
    excel.addWorksheet("旧表", { state: "hidden" }).getCell("A1").value = "x";
    const book = await XlsxWorkbook.fromBuffer((await excel.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    await book.select("旧表", "B2");
    const saved = await reopened(book);
    expect(saved.worksheets[saved.views[0].activeTab].name).toBe("人员名册");
    expect(saved.getWorksheet("旧表")!.views[0].activeCell).toBe("B2");
  });
});
