import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { MONTH_SHEET, monthPlan, now } from "./plans";
import { zipEntries } from "./zip-entries";

const RISKY = ["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", '=HYPERLINK("http://x")', "'quoted", "0012"];

/** A workbook whose month sheet names members with text a spreadsheet could take for a formula or number. */
async function written(): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty({ now });
  const plan = monthPlan(RISKY.map((name, i) => ({ id: `D00${i + 1}`, name, composite: 90 })));
  await book.write({ inputSheets: [{ name: "加减分", values: [["月份", "编号", "分值", "事由"]] }], sheets: [plan] });
  await book.write({
    appendRows: [
      {
        sheet: "加减分",
        rows: [
          ["2026-11", "D001", 2, "=1+1"],
          ["2026-11", "D002", -1, "+86 138"],
        ],
      },
    ],
    cells: [{ sheet: "加减分", address: "E1", value: "@SUM(A1)" }],
  });
  return book;
}

describe("person-entered text", () => {
  it.each(RISKY)("%s reads back as the same text after a save", async (text) => {
    const reopened = await XlsxWorkbook.fromBuffer(await (await written()).toBuffer());
    const values = (await reopened.readSheets([MONTH_SHEET])).get(MONTH_SHEET)!.values;
    const names = values.slice(5).map((row) => row[2]);
    expect(names).toContain(text);
  });

  it("is stored as text cells, never as formulas, in the reopened ExcelJS model", async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await (await written()).toBuffer()) as unknown as ArrayBuffer);
    const ws = excel.getWorksheet(MONTH_SHEET)!;
    RISKY.forEach((text, i) => {
      const cell = ws.getCell(6 + i, 3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    const adjustments = excel.getWorksheet("加减分")!;
    expect(adjustments.getCell("D2").type).toBe(ExcelJS.ValueType.String);
    expect(adjustments.getCell("E1").value).toBe("@SUM(A1)");
  });

  it("leaves no formula element anywhere in the file but the registry's references to its sheets", async () => {
    const entries = zipEntries(await (await written()).toBuffer());
    const sheets = [...entries].filter(([name]) => name.startsWith("xl/worksheets/sheet"));
    expect(sheets.length).toBeGreaterThan(0);
    let withFormulas = 0;
    for (const [, xml] of sheets) {
      // register/ownership.ts: column D of the registry holds `'sheet'!A1`, one per sheet of ours.
      const formulas = [...xml.matchAll(/<f[ >]([^<]*)<\/f>/g)].map((m) => m[1]);
      for (const f of formulas) expect(f).toMatch(/^&apos;[^&]+&apos;!A1$/);
      if (formulas.length > 0) withFormulas++;
    }
    expect(withFormulas).toBe(1);
    expect(entries.get("xl/sharedStrings.xml")).toContain("=1+1");
  });

  it("keeps a numeric-looking text such as -5 as text, not the number -5", async () => {
    const reopened = await XlsxWorkbook.fromBuffer(await (await written()).toBuffer());
    const values = (await reopened.readSheets(["加减分"])).get("加减分")!.values;
    expect(values[1]).toEqual(["2026-11", "D001", 2, "=1+1"]);
    expect(values[2]).toEqual(["2026-11", "D002", -1, "+86 138"]);
  });
});
