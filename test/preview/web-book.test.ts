import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lostOnSave, openBook, sampleBook, saveBook } from "../../src/preview/web-book";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { zipEntries } from "../xlsx/zip-entries";

const now = () => new Date("2026-11-30T02:00:00Z");

describe("the web app's .xlsx side", () => {
  it("opens what it saved, with the sample branch's sheets, and the bytes are a zip whose parts it can list", async () => {
    const book = await sampleBook("2026-11", now);
    const bytes = await saveBook(book);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...zipEntries(Buffer.from(bytes)).keys()]).toContain("xl/workbook.xml");
    const again = await openBook(bytes, now);
    expect(again).toBeInstanceOf(XlsxWorkbook);
    const sheets = (await (again as XlsxWorkbook).listSheets()).map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["设置", "人员名册", "记实考核", "民主评议"]));
    expect(lostOnSave(again as XlsxWorkbook, "zh-CN")).toEqual([]);
  });

  it("refuses a file that is not an .xlsx package, without throwing", async () => {
    expect(await openBook(new TextEncoder().encode("编号,姓名\nD001,王建国\n"), now)).toBe("not-xlsx");
    expect(await openBook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), now)).toBe("not-xlsx");
  });

  it("names, before saving, what the copy cannot carry, in the person's language; nothing for a plain register", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(__dirname, "..", "fixtures", "real", "openpyxl-comments.xlsx")));
    zip.file("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    const book = (await openBook(await zip.generateAsync({ type: "uint8array" }), now)) as XlsxWorkbook;
    expect(lostOnSave(book, "zh-CN")).toEqual(["宏（VBA 代码）", "数据透视表"]);
    expect(lostOnSave(book, "en-US")).toEqual(["macros (VBA code)", "pivot tables"]);
    const plain = (await openBook(await saveBook(await sampleBook("2026-11", now)), now)) as XlsxWorkbook;
    expect(lostOnSave(plain, "zh-CN")).toEqual([]);
  });
});
