import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { unmodelledPartName } from "../../src/i18n/unmodelled";
import { outsidePackage } from "../../src/xlsx/zip-xml";
import { inputSheetPlans } from "../../src/register/template";
import { now } from "./plans";
import { makeZip, zipEntries } from "./zip-entries";

const DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** A register whose 人员名册 has a drawing and a hyperlink whose relationships point at /etc/passwd (not marked External). */
async function hostileRegister(): Promise<Buffer> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: inputSheetPlans() });
  const entries = zipEntries(await book.toBuffer());
  const workbookRels = entries.get("xl/_rels/workbook.xml.rels")!;
  const names = [...entries.get("xl/workbook.xml")!.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)];
  const rosterId = names.find((m) => m[1] === "人员名册")![2];
  const target = new RegExp(`Id="${rosterId}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${rosterId}"`).exec(workbookRels)!;
  const part = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
  entries.set(
    rels,
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdX1" Type="${DRAWING}" Target="../../../etc/passwd"/>` +
      `<Relationship Id="rIdX2" Type="${HYPERLINK}" Target="../../../../etc/passwd"/></Relationships>`,
  );
  let sheet = entries.get(part)!;
  if (!sheet.includes('xmlns:r="'))
    sheet = sheet.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  sheet = sheet.replace("</sheetData>", '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rIdX2"/></hyperlinks>');
  sheet = sheet.replace(/(<\/worksheet>)/, '<drawing r:id="rIdX1"/>$1');
  entries.set(part, sheet);
  return makeZip([...entries].map(([name, data]) => ({ name, data })));
}

describe("a relationship pointing outside the package", () => {
  it("is told apart from one inside it or marked External", () => {
    const rel = (target: string, external = false) => ({ id: "r", type: DRAWING, target, external });
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("../drawings/drawing1.xml"))).toBe(false);
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("/xl/media/a.png"))).toBe(false);
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("../../../etc/passwd"))).toBe(true);
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("/../etc/passwd"))).toBe(true);
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("file:///etc/passwd"))).toBe(true);
    expect(outsidePackage("", rel("../x.xml"))).toBe(true);
    expect(outsidePackage("xl/worksheets/sheet1.xml", rel("https://example.org/", true))).toBe(false);
  });

  it("is named before a save and dropped from the saved copy, with the elements that used it", async () => {
    const book = await XlsxWorkbook.fromBuffer(await hostileRegister(), { now });
    expect(book.unmodelled).toContainEqual({ kind: "outside-links", sheet: "" });
    expect(unmodelledPartName({ kind: "outside-links", sheet: "" }, "zh-CN")).toMatch(/^指向工作簿以外文件的链接/);
    await book.write({ cells: [{ sheet: "人员名册", address: "A2", value: "D001" }] });
    expect(book.unmodelled).toContainEqual({ kind: "outside-links", sheet: "" });
    const out = zipEntries(await book.toBuffer());
    for (const [name, xml] of out) {
      expect(name).not.toMatch(/passwd/);
      if (name.endsWith(".rels")) expect(xml).not.toMatch(/passwd/);
      expect(xml).not.toMatch(/rIdX[12]"/);
    }
    // The person's edit is there, and the file opens again.
    const again = await XlsxWorkbook.fromBuffer(await book.toBuffer(), { now });
    expect((await again.readSheets(["人员名册"])).get("人员名册")!.values[1][0]).toBe("D001");
    expect(again.unmodelled).toEqual([]);
  });
});
