/**
 * A workbook made elsewhere (LibreOffice allows it) with a sheet name longer than Excel's 31 characters opens
 * and is generated from, on the command line and in the web app, with a warning naming the sheet; the copy
 * carries the name cut to 31 characters.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import { lostOnSave, openBook, saveBook } from "../../src/preview/web-book";
import { generateMonth } from "../../src/register/month-workflow";
import { inputSheetPlans } from "../../src/register/template";
import { sampleRegister } from "../../src/sample/sample-branch";
import { shortenSheetNames } from "../../src/xlsx/long-names";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { now } from "./plans";
import { makeZip, zipEntries, zipParts } from "./zip-entries";

const LONG = "LibreOffice保存的这张工作表的名字比Excel允许的三十一个字符还要长得多";
const NOTE = "备注表";

/** The sample register with one more sheet, renamed in xl/workbook.xml to a name over 31 characters. */
async function longNamed(): Promise<Buffer> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  book.excel.addWorksheet(NOTE).getCell("A1").value = "备忘";
  const parts = zipParts(await book.toBuffer());
  const workbook = parts.find((p) => p.name === "xl/workbook.xml")!;
  const xml = Buffer.from(workbook.data).toString("utf8");
  workbook.data = Buffer.from(
    xml
      .replace(`name="${NOTE}"`, `name="${LONG}"`)
      .replace("</workbook>", `<definedNames><definedName name="备忘">'${LONG}'!$A$1</definedName></definedNames></workbook>`),
  );
  expect(LONG.length).toBeGreaterThan(31);
  return makeZip(parts);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "long-names-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a sheet name longer than 31 characters", () => {
  it("is cut to a unique name within 31 characters, in the sheet list and the defined names", () => {
    const other = LONG.slice(0, 31);
    const xml = `<workbook><sheets><sheet name="${other}" sheetId="1" r:id="rId1"/><sheet name="${LONG}" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="x">'${LONG}'!$A$1</definedName></definedNames></workbook>`;
    const { xml: out, renamed } = shortenSheetNames(xml);
    expect(renamed).toEqual([{ from: LONG, to: `${LONG.slice(0, 28)}(2)` }]);
    expect(out).toContain(`name="${LONG.slice(0, 28)}(2)"`);
    expect(out).toContain(`'${LONG.slice(0, 28)}(2)'!$A$1`);
    expect(shortenSheetNames('<workbook><sheets><sheet name="人员名册"/></sheets></workbook>').renamed).toEqual([]);
  });

  it.each(["zh-CN", "en-US"])("is generated from by the command line (%s), with a warning naming the sheet", async (lang) => {
    const file = path.join(dir, `long-${lang}.xlsx`);
    writeFileSync(file, await longNamed());
    const out = path.join(dir, `long-${lang}-out.xlsx`);
    const err: string[] = [];
    const io: CliIo = { stdout: () => undefined, stderr: (t) => err.push(t), now: () => new Date(2026, 10, 28) };
    expect(await main(["monthly", file, "--month", "2026-11", "--out", out, "--lang", lang], io)).toBe(0);
    const text = err.join("\n");
    expect(text).toContain(LONG);
    expect(text).toMatch(lang === "zh-CN" ? /超过 31 个字符/ : /over 31 characters/);
    expect(text).not.toMatch(/Worksheet name|exceeds|already exists/);
    const saved = zipEntries(readFileSync(out)).get("xl/workbook.xml")!;
    expect(saved).toContain(`name="${LONG.slice(0, 31)}"`);
    expect(saved).toContain("2026-11 评星");
    expect(saved.replace(/&apos;/g, "'")).toContain(`'${LONG.slice(0, 31)}'!$A$1`);
  });

  it("opens in the web app, is generated from and saved, and the warning before saving names the sheet", async () => {
    const book = await openBook(new Uint8Array(await longNamed()), now);
    if (typeof book === "string") throw new Error(`not opened: ${book}`);
    expect((await book.listSheets()).map((s) => s.name)).toContain(LONG);
    expect((await generateMonth(book, { period: "2026-11", generatedAt: "2026-11-28T10:00:00+08:00" })).blocked).toBe(false);
    expect(lostOnSave(book, "zh-CN").join("")).toContain(`工作表“${LONG}”`);
    const saved = zipEntries(Buffer.from(await saveBook(book))).get("xl/workbook.xml")!;
    expect(saved).toContain(`name="${LONG.slice(0, 31)}"`);
  });
});
