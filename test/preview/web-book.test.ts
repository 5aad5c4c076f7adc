import { lostOnSave, openBook, sampleBook, saveBook, zipNames } from "../../src/preview/web-book";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { zipEntries } from "../xlsx/zip-entries";

const now = () => new Date("2026-11-30T02:00:00Z");

describe("the web app's .xlsx side", () => {
  it("opens what it saved, with the sample branch's sheets, and the bytes are a zip whose parts it can list", async () => {
    const book = await sampleBook("2026-11", now);
    const bytes = await saveBook(book);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const names = zipNames(bytes);
    expect(names).toEqual([...zipEntries(Buffer.from(bytes)).keys()]);
    expect(names).toContain("xl/workbook.xml");
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
});
