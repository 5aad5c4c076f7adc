import ExcelJS from "exceljs";
import { readExport } from "../../../src/xlsx/read-export";
import { encodeGbk } from "./gbk";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readExport: workbooks", () => {
  it("reads the first sheet with data as a grid", async () => {
    const bytes = await xlsx((b) => {
      b.addWorksheet("空白");
      const ws = b.addWorksheet("Sheet1");
      ws.addRow(["序号", "提交答卷时间", "3、王建国"]);
      ws.addRow([1, new Date(Date.UTC(2026, 10, 27)), "A. 优秀"]);
    });
    const file = await readExport(bytes, { fileName: "问卷.xlsx" });
    expect(file.problems).toEqual([]);
    expect(file.sheet).toBe("Sheet1");
    expect(file.sheets).toEqual(["空白", "Sheet1"]);
    expect(file.grid).toEqual([
      ["序号", "提交答卷时间", "3、王建国"],
      [1, 46353, "A. 优秀"],
    ]);
  });

  it("says when the export counts dates from 1904, so that ballot import reads its dates so", async () => {
    const bytes = await xlsx((b) => {
      b.properties.date1904 = true;
      b.addWorksheet("Sheet1").addRow(["评议期", "王建国"]);
    });
    expect((await readExport(bytes, { fileName: "问卷.xlsx" })).date1904).toBe(true);
    const plain = await xlsx((b) => b.addWorksheet("Sheet1").addRow(["评议期", "王建国"]));
    expect((await readExport(plain, { fileName: "问卷.xlsx" })).date1904).toBeUndefined();
  });

  it("reads the sheet asked for, and says which were there when it is missing", async () => {
    const bytes = await xlsx((b) => {
      b.addWorksheet("答卷").addRow(["王建国"]);
      b.addWorksheet("统计").addRow(["合计"]);
    });
    expect((await readExport(bytes, { fileName: "问卷.xlsx", sheet: "统计" })).grid).toEqual([["合计"]]);
    const missing = await readExport(bytes, { fileName: "问卷.xlsx", sheet: "Sheet9" });
    expect(missing.grid).toBeNull();
    expect(missing.problems).toEqual([
      expect.objectContaining({ code: "import.sheet-missing", args: expect.objectContaining({ wanted: "Sheet9", sheets: "答卷、统计" }) }),
    ]);
  });

  it("warns which sheet it chose when several hold data", async () => {
    const bytes = await xlsx((b) => {
      b.addWorksheet("答卷").addRow(["王建国"]);
      b.addWorksheet("统计").addRow(["合计"]);
    });
    const file = await readExport(bytes, { fileName: "问卷.xlsx" });
    expect(file.sheet).toBe("答卷");
    expect(file.problems).toEqual([expect.objectContaining({ code: "import.sheet-chosen", severity: "warning" })]);
  });

  it("calls a workbook without data empty", async () => {
    const file = await readExport(await xlsx((b) => b.addWorksheet("Sheet1")), { fileName: "问卷.xlsx" });
    expect(file.problems.map((p) => p.code)).toEqual(["import.file-empty"]);
  });
});

describe("readExport: CSV", () => {
  const text = "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,3、王建国\r\n1,2026/11/27,60秒,手机提交,直接访问,1.1.1.1,A. 优秀\r\n";
  const expected = [
    ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "3、王建国"],
    ["1", "2026/11/27", "60秒", "手机提交", "直接访问", "1.1.1.1", "A. 优秀"],
  ];

  it.each([
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ["UTF-8 without BOM", utf8(text)],
    ["GBK, as Chinese Excel saves CSV", encodeGbk(text)],
  ])("reads %s, naming the sheet after the file as Excel does", async (_what, bytes) => {
    const file = await readExport(bytes, { fileName: "C:\\导出\\问卷结果.csv" });
    expect(file.problems).toEqual([]);
    expect(file.grid).toEqual(expected);
    expect(file.sheet).toBe("问卷结果");
  });
});

describe("readExport: what is not a spreadsheet", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "import.file-empty", undefined],
    ["a CSV of blank lines", utf8("\r\n,,\r\n"), "import.file-empty", undefined],
    ["an old .xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "import.file-xls", undefined],
    ["a web page saved as .xls", utf8("<html><body><table><tr><td>序号</td></tr></table></body></html>"), "import.file-not-spreadsheet", "html"],
    ["a Word document", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8("[Content_Types].xml word/document.xml")]), "import.file-not-spreadsheet", "zip"],
    ["a broken workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8("xl/workbook.xml garbage")]), "import.file-not-spreadsheet", "zip"],
    [
      "an image",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      "import.file-not-spreadsheet",
      "binary",
    ],
    ["text in neither UTF-8 nor GBK", Uint8Array.from([0x61, 0x2c, 0x80, 0x0d, 0x0a, 0x62, 0xff]), "import.file-encoding", undefined],
  ])("refuses %s with a clear problem", async (_what, bytes, code, kind) => {
    const file = await readExport(bytes, { fileName: "导出.xls" });
    expect(file.grid).toBeNull();
    expect(file.problems).toEqual([
      expect.objectContaining({
        code,
        severity: "error",
        place: { ref: "[导出.xls]" },
        args: expect.objectContaining({ file: "导出.xls", ...(kind ? { kind } : {}) }),
      }),
    ]);
  });
});
