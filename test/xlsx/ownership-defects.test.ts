/**
 * A person's sheet under our sheet's name, and a person's own _积分评星, through the month workflow and the .xlsx adapter:
 * 1. ownership survives renames and deletions, and a person's sheet that takes one of our names is never
 *    written, whatever the registry's names say;
 * 2. a person's own sheet named `_积分评星` is never taken over as the registry.
 * What a person does in Excel is done to the file as Excel does it (see `asExcelDoes`): the sheet is renamed
 * or deleted and formulas that refer to it follow the rename or become #REF!.
 */
import ExcelJS from "exceljs";
import { generateMonth } from "../../src/register/month-workflow";
import { REGISTRY_HEADER, REGISTRY_SHEET } from "../../src/register/ownership";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { problemSentence } from "../../src/i18n/problems";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

const AT = "2026-11-30T12:00:00+08:00";
const MONTH = "2026-11 评星";
const now = () => new Date("2026-11-30T04:00:00Z");

/** A sample register with the month generated, as file bytes. */
async function generated(): Promise<Buffer> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  const run = await generateMonth(book, { period: "2026-11", generatedAt: AT });
  expect(run.blocked).toBe(false);
  return book.toBuffer();
}

/** Excel's own handling of a rename or a deletion, applied to a file (the fake Excel models the same). */
async function asExcelDoes(bytes: Buffer, change: (book: ExcelJS.Workbook, follow: (from: string, to: string | null) => void) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const follow = (from: string, to: string | null) => {
    const ref = `'${from.replace(/'/g, "''")}'!`;
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string" && v.formula.includes(ref)) {
            cell.value = { formula: v.formula.split(ref).join(to === null ? "#REF!" : `'${to.replace(/'/g, "''")}'!`) };
          }
        }),
      ),
    );
  };
  change(book, follow);
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function deleteSheet(name: string) {
  return (book: ExcelJS.Workbook, follow: (from: string, to: string | null) => void) => {
    book.removeWorksheet(book.getWorksheet(name)!.id);
    follow(name, null);
  };
}

function renameSheet(name: string, to: string) {
  return (book: ExcelJS.Workbook, follow: (from: string, to: string | null) => void) => {
    book.getWorksheet(name)!.name = to;
    follow(name, to);
  };
}

/** Adds a person's sheet under `name` with their own content. */
function personsSheet(name: string) {
  return (book: ExcelJS.Workbook) => {
    const ws = book.addWorksheet(name);
    ws.getCell("A1").value = "我自己的统计";
    ws.getCell("B2").value = 42;
  };
}

async function mine(bytes: Buffer, name: string): Promise<unknown[]> {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  return (await book.readSheets([name])).get(name)!.values;
}

describe("a person's sheet under the name of a sheet of ours", () => {
  it.each([
    ["deleted", deleteSheet(MONTH)],
    ["renamed", renameSheet(MONTH, "2026-11 评星（旧）")],
  ])("is never written after our sheet was %s: the month is refused, naming the sheet", async (_how, change) => {
    const before = await asExcelDoes(await generated(), (book, follow) => {
      change(book, follow);
      personsSheet(MONTH)(book);
    });
    const book = await XlsxWorkbook.fromBuffer(before, { now });
    expect((await book.listSheets()).find((s) => s.name === MONTH)!.ours).toBe(false);
    const run = await generateMonth(book, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const problem = run.problems.find((p) => p.code === "register.sheet-not-ours")!;
    expect(problem.args.sheet).toBe(MONTH);
    expect(problemSentence(problem, "zh-CN")).toContain(`“${MONTH}”`);
    expect(await mine(await book.toBuffer(), MONTH)).toEqual([["我自己的统计"], [null, 42]]);
  });

  it("keeps a renamed sheet of ours as ours, and regenerates the month under its own name", async () => {
    const bytes = await asExcelDoes(await generated(), renameSheet(MONTH, "2026-11 评星（旧）"));
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    const listed = await book.listSheets();
    expect(listed.find((s) => s.name === "2026-11 评星（旧）")!.ours).toBe(true);
    expect(listed.find((s) => s.name === MONTH)).toBeUndefined();
    const run = await generateMonth(book, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(false);
    const after = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    expect((await after.listSheets()).filter((s) => s.ours).map((s) => s.name)).toEqual(expect.arrayContaining([MONTH, "2026-11 评星（旧）"]));
  });
});

describe("a person's own sheet named _积分评星", () => {
  it("is never taken over: the month is refused with a message naming it, and nothing is written", async () => {
    const register = XlsxWorkbook.empty({ now });
    await register.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
    const bytes = await asExcelDoes(await register.toBuffer(), (book) => {
      const ws = book.addWorksheet(REGISTRY_SHEET);
      ws.getCell("A1").value = "工作表";
      ws.getCell("B1").value = "我的备注";
      ws.getCell("A2").value = "别动我";
    });
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    expect((await book.listSheets()).find((s) => s.name === REGISTRY_SHEET)).toEqual({ name: REGISTRY_SHEET, ours: false });
    const run = await generateMonth(book, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const problem = run.problems.find((p) => p.code === "register.registry-taken")!;
    expect(problemSentence(problem, "zh-CN")).toContain(REGISTRY_SHEET);
    expect(problemSentence(problem, "en-US")).toContain("rename");
    const after = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    expect((await after.listSheets()).map((s) => s.name)).not.toContain(MONTH);
    expect((await after.model()).getWorksheet(REGISTRY_SHEET)!.state).toBe("visible");
    expect(await mine(await book.toBuffer(), REGISTRY_SHEET)).toEqual([["工作表", "我的备注"], ["别动我"]]);
  });

  it("is not our registry even hidden, with our old three header cells and a note beside them", async () => {
    const register = XlsxWorkbook.empty({ now });
    await register.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
    const bytes = await asExcelDoes(await register.toBuffer(), (book) => {
      const ws = book.addWorksheet(REGISTRY_SHEET, { state: "hidden" });
      ws.addRow([...REGISTRY_HEADER, "我的说明"]);
    });
    const run = await generateMonth(await XlsxWorkbook.fromBuffer(bytes, { now }), { period: "2026-11", generatedAt: AT });
    expect(run.problems.map((p) => p.code)).toContain("register.registry-taken");
  });
});

describe("a registry written by the previous version (three columns, no references)", () => {
  it("is still read: its sheets stay ours and are regenerated, and the registry is rewritten in version 2", async () => {
    const bytes = await asExcelDoes(await generated(), (book) => {
      const old = book.getWorksheet(REGISTRY_SHEET)!;
      const names: string[] = [];
      old.eachRow((row, n) => {
        if (n > 1) names.push(String(row.getCell(1).value));
      });
      book.removeWorksheet(old.id);
      const v1 = book.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
      v1.addRow([...REGISTRY_HEADER]);
      for (const name of names) v1.addRow([name, "", "2026-11-30T04:00:00.000Z"]);
    });
    const book = await XlsxWorkbook.fromBuffer(bytes, { now });
    expect((await book.listSheets()).find((s) => s.name === MONTH)!.ours).toBe(true);
    const run = await generateMonth(book, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(false);
    const registry = (await book.model()).getWorksheet(REGISTRY_SHEET)!;
    expect(registry.getCell("D1").value).toBe("工作表引用");
    expect(registry.getCell("D2").value).toMatchObject({ formula: expect.stringMatching(/!A1$/) });
  });
});
