import ExcelJS from "exceljs";
import type { Grid } from "../../src/register/cells";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { dateSerial, plainValue } from "../../src/xlsx/cell-values";

/** Saves an ExcelJS workbook built by the test and opens it through the adapter, as a file from disk would be. */
async function open(build: (book: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  build(book);
  const bytes = await book.xlsx.writeBuffer();
  return XlsxWorkbook.fromBuffer(bytes as unknown as ArrayBuffer);
}

async function valuesOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<Grid> {
  const book = await open((b) => build(b.addWorksheet("人员名册")));
  return (await book.readSheets(["人员名册"])).get("人员名册")!.values;
}

describe("reading dates", () => {
  it("gives 2026-11-30 as the serial 46356, as Excel's range.values does", async () => {
    const values = await valuesOf((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2026, 10, 30));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(values).toEqual([[46356]]);
  });

  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "Excel's phantom 1900-02-29"],
    [61, "1900-03-01"],
    [46356.5, "2026-11-30 12:00"],
    [46356.75, "2026-11-30 18:00"],
  ])("gives back the stored serial %p (%s) of a date-formatted number", async (serial) => {
    const values = await valuesOf((ws) => {
      ws.getCell("A1").value = serial;
      ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
    });
    expect(values).toEqual([[serial]]);
  });

  it("gives the stored serial of a workbook in the 1904 date system", async () => {
    const book = await open((b) => {
      b.properties.date1904 = true;
      const ws = b.addWorksheet("人员名册");
      ws.getCell("A1").value = 44894; // 2026-11-30 counted from 1904-01-01
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect((await book.readSheets(["人员名册"])).get("人员名册")!.values).toEqual([[44894]]);
  });

  it("inverts ExcelJS's UTC conversion exactly for whole days", () => {
    expect(dateSerial(new Date(Date.UTC(2026, 10, 30)))).toBe(46356);
    expect(dateSerial(new Date(Date.UTC(1899, 11, 31)))).toBe(1);
  });
});

describe("reading other cell values", () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ["rich text as its plain text", { richText: [{ text: "张", font: { bold: true } }, { text: "三" }] }, "张三"],
    ["a formula as its cached number", { formula: "SUM(1,2)", result: 3 }, 3],
    ["a formula as its cached text", { formula: 'CONCAT("优","秀")', result: "优秀" }, "优秀"],
    ["a formula as its cached boolean", { formula: "1=1", result: true }, true],
    ["a formula's error result as its code", { formula: "NA()", result: { error: "#N/A" } }, "#N/A"],
    ["a formula with no cached result as empty", { formula: "A2" }, null],
    ["an error cell as its code", { error: "#DIV/0!" }, "#DIV/0!"],
    ["a hyperlink as its text", { text: "党员名单", hyperlink: "https://example.org/list" }, "党员名单"],
    ["true as a boolean", true, true],
    ["false as a boolean", false, false],
    ["a number as a number", 95.5, 95.5],
    ["text as text", "  张三 ", "  张三 "],
  ])("reads %s", async (_what, value, expected) => {
    const values = await valuesOf((ws) => {
      ws.getCell("B1").value = "x";
      ws.getCell("A1").value = value;
    });
    expect(values[0][0]).toEqual(expected);
  });

  it("reads an empty text cell and a never-written cell as null", async () => {
    const values = await valuesOf((ws) => {
      ws.getCell("A1").value = "";
      ws.getCell("C1").value = "编号";
    });
    expect(values).toEqual([[null, null, "编号"]]);
  });

  it("reads a shared formula's dependent cells as their cached results", async () => {
    const values = await valuesOf((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.fillFormula("B1:B2", "A1*10", [10, 20]);
    });
    expect(values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  it("reads a merged range's value once, at its top-left cell, and reports the merge", async () => {
    const book = await open((b) => {
      const ws = b.addWorksheet("民主评议");
      ws.getCell("A3").value = "评议期";
      ws.getCell("B3").value = "2026-11";
      ws.mergeCells("B3:C3");
      ws.mergeCells("A5:B6");
    });
    const data = (await book.readSheets(["民主评议"])).get("民主评议")!;
    expect(data.values[2]).toEqual(["评议期", "2026-11"]);
    expect(data.merges).toEqual(["B3:C3", "A5:B6"]);
  });

  it("gives the used range from A1, ragged: empty rows as [], rows ending at their last value", async () => {
    const values = await valuesOf((ws) => {
      ws.getCell("B2").value = "编号";
      ws.getCell("D4").value = 7;
      ws.getCell("A6").value = null;
      ws.getCell("A7").font = { bold: true };
    });
    expect(values).toEqual([[], [null, "编号"], [], [null, null, null, 7]]);
  });

  it("reduces values directly without a file", () => {
    expect(plainValue({ text: { richText: [{ text: "链" }, { text: "接" }] }, hyperlink: "x" } as unknown as ExcelJS.CellValue)).toBe("链接");
    expect(plainValue(undefined)).toBeNull();
  });
});

describe("finding sheets", () => {
  it("finds sheets case-insensitively, as Excel names them, and leaves missing ones out", async () => {
    const book = await open((b) => {
      b.addWorksheet("Roster").getCell("A1").value = "ID";
    });
    const sheets = await book.readSheets(["roster", "记实考核"]);
    expect([...sheets.keys()]).toEqual(["Roster"]);
    expect(sheets.get("Roster")).toEqual({ name: "Roster", values: [["ID"]], merges: [], ours: false });
  });
});
