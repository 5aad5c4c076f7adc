/**
 * Files that are not registers, damaged ones and hostile ones are refused in the person's terms, quickly,
 * before anything is built; reading never builds ExcelJS's model of the whole workbook.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// ExcelJS's own loader, to see whether it runs: the package's main module is its lib/ tree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XLSX = require("exceljs/lib/xlsx/xlsx") as { prototype: { load: (...args: unknown[]) => unknown } };
import { main, type CliIo } from "../../src/cli/main";
import { messages } from "../../src/i18n/catalogue";
import { webMessages } from "../../src/i18n/web";
import { openBook } from "../../src/preview/web-book";
import { errorText } from "../../src/taskpane/use-step";
import { refusalReason, visibleName } from "../../src/i18n/file-refusals";
import { FileRefusal, WorkbookFileError, XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { identify } from "../../src/xlsx/identify";
import { generateMonth } from "../../src/register/month-workflow";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { makeZip, zipEntries, zipParts } from "./zip-entries";
import { now } from "./plans";

const ROSTER = [
  ["编号", "姓名", "类别"],
  ["D001", "王建国", "党员"],
  ["D002", "李红", "党员"],
];

async function register(): Promise<Buffer> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: [{ name: "人员名册", values: ROSTER }] });
  return book.toBuffer();
}

/** The register with one part's text changed. */
async function edited(part: RegExp, edit: (xml: string) => string): Promise<Buffer> {
  const parts = zipParts(await register());
  const found = parts.find((p) => part.test(p.name))!;
  const before = Buffer.from(found.data).toString("utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  found.data = Buffer.from(after, "utf8");
  return makeZip(parts);
}

async function refusal(bytes: Uint8Array): Promise<FileRefusal> {
  try {
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    await book.readSheets((await book.listSheets()).map((s) => s.name));
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    return (e as WorkbookFileError).refusal;
  }
  throw new Error("not refused");
}

const sheetPart = /^xl\/worksheets\/sheet1\.xml$/;

describe("a file that is not an Excel workbook says what it is", () => {
  it.each([
    [
      "an OpenDocument spreadsheet",
      [
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
        { name: "content.xml", data: "<x/>" },
      ],
      "ods",
    ],
    [
      "a Word document",
      [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>" },
      ],
      "docx",
    ],
    ["a zip of something else", [{ name: "readme.txt", data: "hello" }], "zip"],
  ])("%s renamed .xlsx", async (_what, entries, foreign) => {
    const r = await refusal(makeZip(entries));
    expect(r.kind).toBe("not-workbook");
    expect(r.where.foreign).toBe(foreign);
  });

  it("text, an old .xls and an encrypted workbook", async () => {
    expect((await refusal(Buffer.from("编号,姓名\nD001,王建国\n"))).where.foreign).toBe("other");
    const cfb = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    expect((await refusal(cfb)).where.foreign).toBe("xls");
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
    expect((await refusal(cfb)).kind).toBe("encrypted");
  });
});

describe("a damaged workbook is refused, naming the sheet and cell where known", () => {
  it("two zip entries of one name", async () => {
    const parts = zipParts(await register());
    const r = await refusal(makeZip([...parts, parts.find((p) => sheetPart.test(p.name))!]));
    expect(r.kind).toBe("damaged");
  });

  it("invalid UTF-8 in a shared string", async () => {
    const parts = zipParts(await register());
    const strings = parts.find((p) => p.name === "xl/sharedStrings.xml")!;
    const text = Buffer.from(strings.data);
    const at = text.indexOf(Buffer.from("建国"));
    expect(at).toBeGreaterThan(0);
    text.fill(0xff, at, at + 6);
    strings.data = text;
    const r = await refusal(makeZip(parts));
    expect(r).toMatchObject({ kind: "damaged", where: { sheet: "人员名册", cell: "B2" } });
  });

  it("a shared-string index that is not one", async () => {
    const bytes = await edited(sheetPart, (xml) => xml.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+/, "$1zz151"));
    expect(await refusal(bytes)).toMatchObject({ kind: "damaged", where: { sheet: "人员名册", cell: "B2" } });
  });

  it("a row numbered 0", async () => {
    const bytes = await edited(sheetPart, (xml) => xml.replace('<row r="1"', '<row r="0"'));
    expect(await refusal(bytes)).toMatchObject({ kind: "damaged", where: { sheet: "人员名册" } });
  });

  it("a cell beyond the sheet's last column, and overlapping merges", async () => {
    const beyond = await edited(sheetPart, (xml) => xml.replace('r="C3"', 'r="XFE3"'));
    expect(await refusal(beyond)).toMatchObject({ kind: "damaged", where: { sheet: "人员名册", cell: "XFE3" } });
    const merges = await edited(sheetPart, (xml) =>
      xml.replace("</sheetData>", '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'),
    );
    expect(await refusal(merges)).toMatchObject({ kind: "damaged", where: { sheet: "人员名册" } });
  });

  it("a part longer than its header declares", async () => {
    const parts = zipParts(await register()).map((p) => (sheetPart.test(p.name) ? { ...p, declare: 100 } : p));
    expect(await refusal(makeZip(parts))).toMatchObject({ kind: "damaged", where: { sheet: "人员名册" } });
  });
});

describe("bounded work on any file", () => {
  it("refuses a part or a workbook beyond its bound from the declared sizes, inflating nothing", async () => {
    const parts = zipParts(await register());
    const zero = { name: "xl/media/zero.bin", data: new Uint8Array(3 * 1024 * 1024) };
    const bytes = makeZip([...parts, zero]);
    const zip = identify(bytes, { entries: 100, part: 1024 * 1024, total: 64 * 1024 * 1024 });
    expect(() => zip.read("xl/media/zero.bin")).toThrow(
      expect.objectContaining({ kind: "too-large", where: expect.objectContaining({ part: "xl/media/zero.bin" }) }),
    );
    expect(() => identify(bytes, { entries: 100, part: 8 * 1024 * 1024, total: 2 * 1024 * 1024 })).toThrow(expect.objectContaining({ kind: "too-large" }));
    // Under the default bounds the same file opens: the zero part is never inflated.
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["人员名册"]);
  });

  it("names the sheet whose part is beyond the bound", async () => {
    const parts = zipParts(await register()).map((p) => (sheetPart.test(p.name) ? { ...p, data: new Uint8Array(300 * 1024 * 1024).fill(0x20) } : p));
    const r = await refusal(makeZip(parts));
    expect(r).toMatchObject({ kind: "too-large", where: { sheet: "人员名册", size: 300 * 1024 * 1024 } });
    expect(refusalReason(r, "zh-CN")).toContain("工作表“人员名册”约有 300 MB 内容");
  }, 60_000);

  it("refuses a package of too many entries before reading one", async () => {
    const parts = zipParts(await register());
    const tiny = Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/junk/${i}.bin`, data: "", stored: true }));
    expect(await refusal(makeZip([...parts, ...tiny]))).toMatchObject({ kind: "too-many-parts", where: { count: 10_001 + parts.length } });
  });

  it("clips a merge to the sheet's last cell, and reads a value at XFD1048576", async () => {
    const bytes = await edited(sheetPart, (xml) =>
      xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A40:XFD1048576"/></mergeCells>'),
    );
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    const data = (await book.readSheets(["人员名册"])).get("人员名册")!;
    expect(data.values).toEqual(ROSTER);
    expect(data.merges).toEqual(["A40:CY103"]);
    const far = await edited(sheetPart, (xml) =>
      xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>'),
    );
    const values = (await (await XlsxWorkbook.fromBuffer(far, { now })).readSheets(["人员名册"])).get("人员名册")!.values;
    expect(values.length).toBe(1_048_576);
    expect(values[1_048_575][16_383]).toBe("远");
  });

  it("reads and writes beside a merge to the sheet's last cell and a name over a whole sheet, and keeps both", async () => {
    const book = XlsxWorkbook.empty({ now });
    await book.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
    const parts = zipParts(await book.toBuffer());
    const workbook = parts.find((p) => p.name === "xl/workbook.xml")!;
    const rosterPart = `xl/worksheets/sheet${(await book.listSheets()).findIndex((s) => s.name === "人员名册") + 1}.xml`;
    const roster = parts.find((p) => p.name === rosterPart)!;
    const name = '<definedName name="全表">人员名册!$A$1:$Z$1048576</definedName>';
    workbook.data = Buffer.from(Buffer.from(workbook.data).toString("utf8").replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`));
    const merge = '<mergeCell ref="A40:XFD1048576"/>';
    roster.data = Buffer.from(Buffer.from(roster.data).toString("utf8").replace("</sheetData>", `</sheetData><mergeCells count="1">${merge}</mergeCells>`));
    const hostile = await XlsxWorkbook.fromBuffer(makeZip(parts), { now });
    // The merge in the roster is refused as any merge in a table is, with its range clipped to the cells in use.
    const run = await generateMonth(hostile, { period: "2026-11", generatedAt: "2026-11-30T12:00:00+08:00" });
    expect(run.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["register.merged-cells"]);
    // Writing builds ExcelJS's model without the huge ranges; the saved copy has them back as they were.
    await hostile.write({ cells: [{ sheet: "人员名册", address: "H2", value: "已核对" }] });
    const saved = zipEntries(await hostile.toBuffer());
    expect(saved.get("xl/workbook.xml")).toContain(name);
    expect([...saved.values()].some((xml) => xml.includes(merge))).toBe(true);
  }, 60_000);

  it("lists and reads sheets without building ExcelJS's model of the workbook", async () => {
    const bytes = await register();
    const load = jest.spyOn(XLSX.prototype, "load");
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    expect((await book.readSheets(["人员名册"])).get("人员名册")!.values).toEqual(ROSTER);
    expect(load).not.toHaveBeenCalled();
    await book.toBytes();
    expect(load).toHaveBeenCalledTimes(1);
    load.mockRestore();
  });
});

describe("refusals in the person's terms", () => {
  it("names what the file is, where, and what to do, in Chinese first and in English", () => {
    const ods = new FileRefusal("not-workbook", { foreign: "ods" });
    expect(refusalReason(ods, "zh-CN")).toContain("OpenDocument 电子表格");
    expect(refusalReason(ods, "en-US")).toContain("not an Excel workbook: it is an OpenDocument spreadsheet");
    const big = new FileRefusal("too-large", { sheet: "人员名册", size: 700 * 1024 * 1024 });
    expect(refusalReason(big, "zh-CN")).toBe("工作表“人员名册”约有 700 MB 内容，远超登记簿所需。请在 WPS 或 Excel 中删去不需要的内容并重新保存后再试。");
  });

  it("shows bidirectional controls in a name instead of obeying them", () => {
    expect(visibleName("人员\u202E名册")).toBe("人员<U+202E>名册");
    const r = new FileRefusal("damaged", { sheet: "表\u202Egnp.exe", cell: "A1" });
    expect(refusalReason(r, "zh-CN")).not.toMatch(/\u202E/);
  });
});

describe("the command line's refusals of damaged and foreign files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "refusals-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const corpus = async (): Promise<[string, Buffer][]> => [
    ["ods", makeZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true }])],
    ["docx", makeZip([{ name: "word/document.xml", data: "<w:document/>" }])],
    ["text", Buffer.from("not a workbook")],
    ["empty", Buffer.alloc(0)],
    ["cut", (await register()).subarray(0, 500)],
    ["bad string index", await edited(sheetPart, (xml) => xml.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+/, "$1zz151"))],
    ["row 0", await edited(sheetPart, (xml) => xml.replace('<row r="1"', '<row r="0"'))],
  ];

  it.each(["zh-CN", "en-US"])("say what is wrong in %s, never a library's or JavaScript's text", async (lang) => {
    for (const [name, bytes] of await corpus()) {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      for (const command of [
        ["status", file],
        ["monthly", file, "--month", "2026-11", "--out", path.join(dir, `${name}-out.xlsx`)],
      ]) {
        const err: string[] = [];
        const io: CliIo = { stdout: () => undefined, stderr: (t) => err.push(t), now: () => new Date(2026, 10, 28) };
        const code = await main([...command, "--lang", lang], io);
        const text = err.join("\n");
        expect({ name, code }).toEqual({ name, code: 2 });
        expect(text).not.toMatch(/undefined|properties of|TypeError|^\s+at |zip|central directory|entity/im);
        if (lang === "zh-CN") expect(text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it.each(["zh-CN", "en-US"] as const)("the web app's open function and the reads after it say what is wrong in %s, never a library's text", async (lang) => {
    const w = webMessages(lang);
    for (const [name, bytes] of await corpus()) {
      const file = `${name}.xlsx`;
      let text: string;
      const book = await openBook(new Uint8Array(bytes), now);
      if (typeof book === "string") text = book === "not-xlsx" ? w.notXlsx(file) : w.unreadable(file);
      else {
        // What the page does next: the sheet list, then the sheets a step reads; a refusal then is shown by the pane.
        try {
          await book.readSheets((await book.listSheets()).map((s) => s.name));
          text = "";
        } catch (e) {
          text = errorText(e, messages(lang));
        }
      }
      expect({ name, said: text.length > 0 }).toEqual({ name, said: true });
      expect({ name, text }).not.toEqual({
        name,
        text: expect.stringMatching(/undefined|properties of|TypeError|^\s+at |zip|central directory|entity|\(buffer\)|cannot read/im),
      });
      if (lang === "zh-CN") expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
