/**
 * What a secretary's real workbook holds, read the same in every host — the in-memory
 * workbook, an .xlsx file (ExcelJS) and Excel (over the fake Excel context):
 *  3. 备注 typed by a person kept exactly on regeneration (value and type);
 *  4. the 1904 date system (Mac Excel's option) honoured wherever dates are read;
 *  5. input sheets found by trimmed, width-folded name (`设置 `), and a second look-alike is an error;
 *  6. 加减分 out of range (a month or 1e308 in 分值) an error on the cell;
 *  7. a date or a time in a points or mark cell an error, never its serial;
 *  8. IDs differing only in case (D001, d001) one ID;
 *  9. a formula without a stored result named on its cell.
 */
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { describeProblem } from "../../src/i18n/problems";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { columnLetters, parseAddress, type CellValue, type Grid } from "../../src/register/cells";
import { generateMonth, monthSheetsToRead } from "../../src/register/month-workflow";
import type { WorkbookPort } from "../../src/register/port";
import { MONTH_COLUMNS } from "../../src/register/render";
import { MONTH_SHEETS, readRegister } from "../../src/register/read/read-register";
import { isDateFormat } from "../../src/register/read/number-format";
import { sampleRegister } from "../../src/sample/sample-branch";
import { findInputSheet, sheetKey } from "../../src/register/sheet-names";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { FakeExcel } from "../fakes/fake-excel";

const AT = "2026-11-30T12:00:00+08:00";

/** A cell a person typed: its value and, for a date or a time, the number format Excel gave it. */
interface Typed {
  sheet: string;
  address: string;
  value: CellValue;
  numberFormat?: string;
}

interface Setup {
  sheets: Map<string, Grid>;
  typed?: Typed[];
  date1904?: boolean;
  /** .xlsx only: formula cells (address → formula) saved without a result, as openpyxl writes them. */
  formulas?: { sheet: string; address: string; formula: string }[];
}

type Host = "memory" | "xlsx" | "excel";
const HOSTS: Host[] = ["memory", "xlsx", "excel"];

/** The register in a host, with the person's typed cells (dates with their formats). */
async function workbook(host: Host, setup: Setup): Promise<WorkbookPort> {
  const inputSheets = [...setup.sheets].map(([name, values]) => ({ name, values }));
  const typed = setup.typed ?? [];
  if (host === "memory") {
    const wb = new MemoryWorkbook(undefined, { date1904: setup.date1904 });
    await wb.write({ inputSheets });
    for (const t of typed) wb.setCell(t.sheet, t.address, t.value, t.numberFormat ?? "General");
    return wb;
  }
  if (host === "xlsx") {
    const made = XlsxWorkbook.empty();
    await made.write({ inputSheets });
    const book = await made.model();
    if (setup.date1904) book.properties.date1904 = true;
    for (const t of typed) {
      const cell = book.getWorksheet(t.sheet)!.getCell(t.address);
      cell.value = t.value;
      cell.numFmt = t.numberFormat ?? "General";
    }
    for (const f of setup.formulas ?? []) book.getWorksheet(f.sheet)!.getCell(f.address).value = { formula: f.formula } as ExcelJS.CellFormulaValue;
    return XlsxWorkbook.fromBuffer(await made.toBuffer());
  }
  const fake = new FakeExcel({ sheets: { Sheet1: [] }, date1904: setup.date1904 });
  const excel = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-11-30T04:00:00Z") });
  await excel.write({ inputSheets });
  for (const t of typed) {
    const sheet = fake.mustSheet(t.sheet);
    const { row, column } = parseAddress(t.address);
    sheet.setCell(row, column, { value: t.value ?? "" });
    (sheet.numberFormats[row] ??= [])[column] = t.numberFormat ?? "General";
  }
  return excel;
}

/** The 1-based row of the sample's row matching these values (A1 columns). */
function rowOf(grid: Grid, match: Record<number, CellValue>): number {
  const i = grid.findIndex((row) => Object.entries(match).every(([c, v]) => row[Number(c)] === v));
  if (i < 0) throw new Error(`no row ${JSON.stringify(match)}`);
  return i + 1;
}

async function read(port: WorkbookPort) {
  const sheets = await port.readSheets(monthSheetsToRead("2026-11"));
  return { sheets, ...readRegister(sheets, { periods: new Set(["2026-11"]), require: MONTH_SHEETS }) };
}

describe("the 1904 date system", () => {
  // 2026-12-05 is 46361 in the 1900 date system and 44899 in the 1904 one; read as 1900 it was 2022-12-04.
  it.each(HOSTS)("reads a 转入日期 typed in a 1904 workbook as the date it shows (%s)", async (host) => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const r = rowOf(sheets.get("人员名册")!, { 1: "张伟" });
    const port = await workbook(host, { sheets, date1904: true, typed: [{ sheet: "人员名册", address: `F${r}`, value: 44899, numberFormat: "yyyy-mm-dd" }] });
    const { data, sheets: read1 } = await read(port);
    expect(read1.get("人员名册")!.date1904).toBe(true);
    expect(data.members.find((m) => m.name === "张伟")!.joined).toBe("2026-12-05");
  });

  it.each(HOSTS)("keeps the 1900 reading of a 1900 workbook (%s)", async (host) => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const r = rowOf(sheets.get("人员名册")!, { 1: "张伟" });
    const port = await workbook(host, { sheets, typed: [{ sheet: "人员名册", address: `F${r}`, value: 46361, numberFormat: "yyyy-mm-dd" }] });
    const { data, sheets: read1 } = await read(port);
    expect(read1.get("人员名册")!.date1904).toBeUndefined();
    expect(data.members.find((m) => m.name === "张伟")!.joined).toBe("2026-12-05");
  });

  it("reads a date typed into Excel in a 1904 workbook: the member joining in December is not assessed in November", async () => {
    const fake = new FakeExcel({ sheets: { Sheet1: [] }, date1904: true });
    const excel = new ExcelWorkbook((batch) => fake.run(batch));
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    await excel.write({ inputSheets: [...sheets].map(([name, values]) => ({ name, values })) });
    const r = rowOf(sheets.get("人员名册")!, { 1: "张伟" });
    // Typed as a person types it: Excel stores the 1904 serial and gives the cell a date format.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("人员名册").getRange(`F${r}`).values = [["2026-12-05"]];
    });
    expect(fake.cell("人员名册", `F${r}`).value).toBe(44899);
    fake.resetStats();
    const run = await generateMonth(excel, { period: "2026-11", generatedAt: AT });
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(run.data.members.find((m) => m.name === "张伟")!.joined).toBe("2026-12-05");
    expect(run.result?.members.some((m) => m.name === "张伟")).toBe(false);
  });
});

describe("input sheets by folded name", () => {
  function withSettingsNamed(name: string): Map<string, Grid> {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const settings = sheets.get("设置")!.map((row) => [...row]);
    settings[rowOf(settings, { 0: "民主评议权重" }) - 1][1] = "40%";
    settings[rowOf(settings, { 0: "记实考核权重" }) - 1][1] = "60%";
    sheets.delete("设置");
    return new Map([[name, settings], ...sheets]);
  }

  it.each(HOSTS.flatMap((h) => ["设置 ", " 设置", "设置　", "Ｓｅｔｔｉｎｇｓ", "SETTINGS "].map((n) => [h, n] as const)))(
    "uses %s's sheet %j as 设置: a 40%% weight is 40%%",
    async (host, name) => {
      const port = await workbook(host, { sheets: withSettingsNamed(name) });
      const run = await generateMonth(port, { period: "2026-11", generatedAt: AT });
      expect(run.settings.appraisalWeight).toBe(0.4);
      expect(run.problems.filter((p) => p.code.startsWith("register.settings") || p.code === "register.sheet-duplicate")).toEqual([]);
    },
  );

  it.each(HOSTS)("refuses two sheets that both look like 设置, naming the one not used (%s)", async (host) => {
    const sheets = withSettingsNamed("设置 ");
    sheets.set("设置", sampleRegister({ lastMonth: "2026-11" }).get("设置")!);
    const port = await workbook(host, { sheets });
    const run = await generateMonth(port, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems).toContainEqual(
      expect.objectContaining({ code: "register.sheet-duplicate", severity: "error", place: expect.objectContaining({ ref: "设置 " }) }),
    );
    const problem = run.problems.find((p) => p.code === "register.sheet-duplicate")!;
    expect(describeProblem(problem, "zh-CN")).toContain("“设置 ”看起来也是“设置”");
    expect(describeProblem(problem, "en-US")).toContain(`Sheet "设置 " looks like "设置"`);
  });

  it("folds names one way: NFKC, trimmed, case-insensitive", () => {
    expect(sheetKey(" ＳＥＴＴＩＮＧＳ　")).toBe("settings");
    expect(sheetKey("人员名册 ")).toBe(sheetKey("人员名册"));
    const sheet = (name: string) => ({ name, values: [], merges: [], ours: false });
    const found = findInputSheet([sheet("设置 "), sheet("Settings"), sheet("设置")], "settings");
    expect(found.sheet?.name).toBe("设置");
    expect(found.unused.map((s) => s.name)).toEqual(["设置 ", "Settings"]);
  });
});

describe("dates and times in number cells", () => {
  it.each(HOSTS)("refuses a date in a points cell and a time in a mark cell, naming each cell (%s)", async (host) => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const r = rowOf(sheets.get("记实考核")!, { 0: "2026-11", 1: "D001" });
    const b = rowOf(sheets.get("民主评议")!, { 0: "2026-11", 1: "202611-01" });
    const port = await workbook(host, {
      sheets,
      typed: [
        { sheet: "记实考核", address: `D${r}`, value: 46361, numberFormat: "yyyy-mm-dd" },
        { sheet: "民主评议", address: `F${b}`, value: 0.5208333333333334, numberFormat: "h:mm" },
        { sheet: "加减分", address: "C2", value: 46356, numberFormat: "yyyy/m/d" },
      ],
    });
    const run = await generateMonth(port, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const at = (ref: string) => run.problems.find((p) => p.code === "register.number-is-date" && p.place.ref === ref);
    expect(at(`记实考核!D${r}`)).toBeDefined();
    expect(at(`民主评议!F${b}`)).toBeDefined();
    expect(describeProblem(at(`记实考核!D${r}`)!, "zh-CN")).toContain("单元格是日期或时间（2026-12-05）");
    expect(describeProblem(at(`民主评议!F${b}`)!, "en-US")).toContain("(12:30)");
    // 加减分!C2 is in September: rows of other months are not read.
    expect(at("加减分!C2")).toBeUndefined();
  });

  it.each(HOSTS)("reads a plain number in a points cell as before (%s)", async (host) => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const r = rowOf(sheets.get("记实考核")!, { 0: "2026-11", 1: "D001" });
    const port = await workbook(host, { sheets, typed: [{ sheet: "记实考核", address: `D${r}`, value: 18.5, numberFormat: "0.0" }] });
    const { data, problems } = await read(port);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(Object.values(data.records.find((x) => x.memberId === "D001")!.points)[0]).toBe(18.5);
  });

  it("tells date formats from number formats", () => {
    for (const f of [
      "yyyy-mm-dd",
      "yyyy/m/d",
      "m/d/yy",
      "h:mm",
      "[h]:mm:ss",
      "mmm-yy",
      'yyyy"年"m"月"d"日"',
      "[$-804]yyyy年m月d日",
      '[DBNum1][$-804]yyyy"年"m"月"',
      "h:mm AM/PM",
    ])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ["General", "G/通用格式", "0", "0.0", "#,##0.00", "0%", "0.00E+00", "@", '0"分"', "[Red]0.0", "0.0;[Red]-0.0", ""])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});

describe("a formula without a stored result", () => {
  it("names the cell instead of reading a blank", async () => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const r = rowOf(sheets.get("记实考核")!, { 0: "2026-11", 1: "D003" });
    const port = await workbook("xlsx", { sheets, formulas: [{ sheet: "记实考核", address: `E${r}`, formula: "19+1" }] });
    const read1 = await port.readSheets(["记实考核"]);
    expect(read1.get("记实考核")!.formulasWithoutResult).toEqual([`E${r}`]);
    const run = await generateMonth(port, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const problem = run.problems.find((p) => p.code === "register.formula-no-result");
    expect(problem).toEqual(expect.objectContaining({ severity: "error", place: expect.objectContaining({ ref: `记实考核!E${r}` }) }));
    expect(describeProblem(problem!, "zh-CN")).toContain("没有保存它的计算结果");
    expect(describeProblem(problem!, "en-US")).toContain("no stored result");
  });

  it("reads a formula's stored result as its value", async () => {
    const made = XlsxWorkbook.empty();
    await made.write({ inputSheets: [...sampleRegister({ lastMonth: "2026-11" })].map(([name, values]) => ({ name, values })) });
    (await made.model()).getWorksheet("加减分")!.getCell("C2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    const file = await XlsxWorkbook.fromBuffer(await made.toBuffer());
    const sheet = (await file.readSheets(["加减分"])).get("加减分")!;
    expect(sheet.values[1][2]).toBe(2);
    expect(sheet.formulasWithoutResult).toBeUndefined();
  });
});

describe("IDs differing only in case", () => {
  it("keeps D001's record row D001's when d001 appears later on the roster, and reports the pair", () => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const roster = sheets.get("人员名册")!;
    roster.push(["d001", "王小明", "党员", "", "", "", "", ""]);
    const data = new Map([...sheets].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
    const run = readRegister(data, { periods: new Set(["2026-11"]), require: MONTH_SHEETS });
    expect(run.data.records.filter((x) => x.memberId === "D001")).toHaveLength(1);
    expect(run.data.records.some((x) => x.memberId === "d001")).toBe(false);
  });

  it("matches a row's lower-case ID to the roster's member", () => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    const records = sheets.get("记实考核")!;
    records[rowOf(records, { 0: "2026-11", 1: "D002" }) - 1][1] = "d002";
    const data = new Map([...sheets].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
    const run = readRegister(data, { periods: new Set(["2026-11"]), require: MONTH_SHEETS });
    expect(run.data.records.filter((x) => x.memberId === "D002")).toHaveLength(1);
  });
});

describe("备注 typed by a person survives regeneration exactly", () => {
  /** The month sheet's 1-based row of a member and the 备注 cell's address. */
  function noteCell(values: Grid, id: string): { row: number; address: string; flags: string } {
    const r = values.findIndex((row) => row[MONTH_COLUMNS.id] === id);
    if (r < 0) throw new Error(`no row for ${id}`);
    return { row: r, address: `${columnLetters(MONTH_COLUMNS.note)}${r + 1}`, flags: `${columnLetters(MONTH_COLUMNS.flags)}${r + 1}` };
  }

  /** Types into a host's cell as a person would (with the number format Excel gives a typed date). */
  async function type(host: Host, port: WorkbookPort, cells: Typed[]): Promise<WorkbookPort> {
    if (host === "memory") {
      for (const t of cells) (port as MemoryWorkbook).setCell(t.sheet, t.address, t.value, t.numberFormat ?? "General");
      return port;
    }
    if (host === "xlsx") {
      const book = await (port as XlsxWorkbook).model();
      for (const t of cells) {
        const cell = book.getWorksheet(t.sheet)!.getCell(t.address);
        cell.value = t.value;
        cell.numFmt = t.numberFormat ?? "General";
      }
      // As a file saved and opened again.
      return XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer());
    }
    const fake = fakes.get(port)!;
    for (const t of cells) {
      const sheet = fake.mustSheet(t.sheet);
      const { row, column } = parseAddress(t.address);
      sheet.setCell(row, column, { value: t.value ?? "", quote: typeof t.value === "string" });
      (sheet.numberFormats[row] ??= [])[column] = t.numberFormat ?? "General";
    }
    return port;
  }

  const fakes = new Map<WorkbookPort, FakeExcel>();
  async function register(host: Host): Promise<WorkbookPort> {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    if (host !== "excel") return workbook(host, { sheets });
    const fake = new FakeExcel({ sheets: { Sheet1: [] } });
    const excel = new ExcelWorkbook((batch) => fake.run(batch), { now: () => new Date("2026-11-30T04:00:00Z") });
    await excel.write({ inputSheets: [...sheets].map(([name, values]) => ({ name, values })) });
    fakes.set(excel, fake);
    return excel;
  }

  it.each(HOSTS)("keeps a date a date, a number a number, and a person's 不参评（本人申请） (%s)", async (host) => {
    let port = await register(host);
    const first = await generateMonth(port, { period: "2026-11", generatedAt: AT });
    expect(first.blocked).toBe(false);
    const name = first.sheetNames[0];
    const before = (await port.readSheets([name])).get(name)!.values;
    // D013 has a generated flag (含加减分); the others have none.
    const cells = { date: noteCell(before, "D001"), number: noteCell(before, "D002"), words: noteCell(before, "D003"), flagged: noteCell(before, "D013") };
    expect(before[cells.flagged.row][MONTH_COLUMNS.flags]).toMatch(/^含加减分/);
    port = await type(host, port, [
      { sheet: name, address: cells.date.address, value: 46357, numberFormat: "yyyy-mm-dd" },
      { sheet: name, address: cells.number.address, value: 12 },
      { sheet: name, address: cells.words.address, value: "不参评（本人申请）" },
      { sheet: name, address: cells.flagged.address, value: "已谈心谈话" },
    ]);
    const again = await generateMonth(port, { period: "2026-11", generatedAt: "2026-11-30T18:00:00+08:00" });
    expect(again.blocked).toBe(false);
    const reopened = host === "xlsx" ? await XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer()) : port;
    const sheet = (await reopened.readSheets([name])).get(name)!;
    const at = (c: { row: number }) => sheet.values[c.row][MONTH_COLUMNS.note];
    expect(at(cells.date)).toBe(46357);
    expect(sheet.dateFormats?.get(cells.date.address)).toBe("yyyy-mm-dd");
    expect(at(cells.number)).toBe(12);
    expect(sheet.dateFormats?.has(cells.number.address) ?? false).toBe(false);
    expect(at(cells.words)).toBe("不参评（本人申请）");
    expect(at(cells.flagged)).toBe("已谈心谈话");
    expect(sheet.values[cells.flagged.row][MONTH_COLUMNS.flags]).toMatch(/^含加减分/);
  });

  it("takes a sheet made before 说明 existed apart once: its flags go, the person's words stay in 备注", async () => {
    const wb = await register("memory");
    const first = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    const name = first.sheetNames[0];
    // The old layout: no 说明 column, our flags and the person's words together in 备注.
    const old = (await wb.readSheets([name])).get(name)!.values.map((row) => {
      if (row[MONTH_COLUMNS.flags] === "说明") return [...row.slice(0, MONTH_COLUMNS.flags), "备注"];
      if (typeof row[MONTH_COLUMNS.id] !== "string" || !/^D\d+$/.test(String(row[MONTH_COLUMNS.id]))) return row;
      const flags = String(row[MONTH_COLUMNS.flags] ?? "");
      const words = row[MONTH_COLUMNS.id] === "D013" ? "已谈心谈话" : "";
      return [...row.slice(0, MONTH_COLUMNS.flags), [flags, words].filter(Boolean).join("；")];
    });
    await wb.write({ sheets: [{ name, values: old }] });
    await generateMonth(wb, { period: "2026-11", generatedAt: "2026-11-30T18:00:00+08:00" });
    const values = (await wb.readSheets([name])).get(name)!.values;
    const row = values.find((x) => x[MONTH_COLUMNS.id] === "D013")!;
    expect(row[MONTH_COLUMNS.flags]).toMatch(/^含加减分/);
    expect(row[MONTH_COLUMNS.note]).toBe("已谈心谈话");
    expect(values.find((x) => x[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.note]).toBe("");
  });
});
