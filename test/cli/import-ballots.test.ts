import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import type { CellValue, Grid } from "../../src/register/cells";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { encodeGbk } from "../register/import/gbk";

// Each test writes and reads real .xlsx files through ExcelJS (the month e2e several): seconds, not milliseconds.
jest.setTimeout(30_000);

let dir: string;
let out: string[];
let err: string[];
const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date(2026, 10, 28, 10) };
const run = (...argv: string[]) => main(argv, io);
const stdout = () => out.join("\n");
const stderr = () => err.join("\n");

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "star-register-import-"));
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"];

async function sampleFile(name = "登记簿.xlsx"): Promise<string> {
  const file = join(dir, name);
  expect(await run("template", file, "--sample", "--today", "2026-11-28")).toBe(0);
  out = [];
  return file;
}

async function xlsxFile(name: string, grid: Grid): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Sheet1");
  grid.forEach((row) => ws.addRow(row));
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** A CSV line per row, quoted where needed. */
function csv(grid: Grid): string {
  const field = (v: CellValue) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

async function ballotsOf(file: string): Promise<Grid> {
  return (await (await XlsxWorkbook.fromFile(file)).readSheets(["民主评议"])).get("民主评议")!.values;
}

const december = [
  [...WJX_META, "1、您的姓名", "3、王建国", "4、李秀英", "第5题(张伟)", "6、意见建议"],
  [1, "2026/12/27 15:00", "60秒", "手机提交", "直接访问", "1.1.1.1", "刘芳", "A. 优秀", "B. 合格", "B. 合格", "无"],
  [2, "2026/12/27 15:01", "75秒", "手机提交", "直接访问", "1.1.1.2", "(跳过)", "B. 合格", "A. 优秀", 90, ""],
];

describe("star-register import-ballots", () => {
  it("prints the mapping, refuses while a column matches no one, and writes nothing", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", december);
    expect(await run("import-ballots", register, exported, "--period", "2026-12")).toBe(1);
    expect(stdout()).toContain("3、王建国");
    expect(stdout()).toMatch(/第5题\(张伟\)\s+→ 张伟（D003）/);
    expect(stdout()).toContain('--skip "6、意见建议"');
    expect(stderr()).toContain("'[问卷.xlsx]Sheet1'!K1：列“6、意见建议”对应不到人员名册中的任何人");
    expect(await readdir(dir)).toEqual(["问卷.xlsx", "登记簿.xlsx"].sort());
  });

  it("writes a new register with the ballots appended once the column is skipped, leaving the input as it was", async () => {
    const register = await sampleFile();
    const before = await readFile(register);
    const exported = await xlsxFile("问卷.xlsx", december);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--skip", "6、意见建议")).toBe(0);
    const written = join(dir, "登记簿-2026-12评议导入.xlsx");
    expect(stdout()).toContain(`已写出 ${written}：民主评议新增 2 张评议票。`);
    expect(await readFile(register)).toEqual(before);
    const rows = (await ballotsOf(written)).filter((r) => r[0] === "2026-12");
    const header = (await ballotsOf(written))[0];
    expect(rows).toHaveLength(2);
    expect(rows[0].slice(0, 4)).toEqual(["2026-12", "问卷星-序号1", "刘芳", null]);
    expect(rows[0][header.indexOf("王建国")]).toBe("优秀");
    expect(rows[1][header.indexOf("张伟")]).toBe(90);
  });

  it("refuses to import the same export into the result a second time", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", december);
    await run("import-ballots", register, exported, "--period", "2026-12", "--skip", "6、意见建议");
    err = [];
    const once = join(dir, "登记簿-2026-12评议导入.xlsx");
    expect(await run("import-ballots", once, exported, "--period", "2026-12", "--skip", "K", "--out", join(dir, "twice.xlsx"))).toBe(1);
    expect(stderr()).toContain("这份结果已经导入过");
    expect(existsSync(join(dir, "twice.xlsx"))).toBe(false);
  });

  it("takes a --prefix for a second questionnaire of the period", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", december);
    await run("import-ballots", register, exported, "--period", "2026-12", "--skip", "6、意见建议");
    const masses = await xlsxFile("群众问卷.xlsx", [
      [...WJX_META, "2、您的身份", "3、王建国"],
      [1, "", "", "", "", "", "群众代表", "合格"],
    ]);
    const once = join(dir, "登记簿-2026-12评议导入.xlsx");
    expect(await run("import-ballots", once, masses, "--period", "2026-12", "--out", join(dir, "a.xlsx"))).toBe(1);
    expect(stderr()).toContain("另一份问卷也从1开始编号");
    expect(await run("import-ballots", once, masses, "--period", "2026-12", "--prefix", "群众", "--out", join(dir, "b.xlsx"))).toBe(0);
    expect((await ballotsOf(join(dir, "b.xlsx"))).map((r) => r[1])).toContain("群众-问卷星-序号1");
  });

  it("maps a column with --map", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", [
      [...WJX_META, "3、老王", "4、李秀英"],
      [1, "", "", "", "", "", "优秀", "合格"],
    ]);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--map", "3、老王=D001", "--json")).toBe(0);
    const doc = JSON.parse(stdout());
    expect(doc.mapping).toEqual([
      { column: "G", header: "3、老王", memberId: "D001", candidates: ["D001"], suggestions: [], via: "override", answers: 1, name: "王建国" },
      { column: "H", header: "4、李秀英", memberId: "D002", candidates: ["D002"], suggestions: [], via: "name", answers: 1, name: "李秀英" },
    ]);
    expect(doc).toMatchObject({
      period: "2026-12",
      shape: "wjx",
      headerRow: 1,
      source: { file: "问卷.xlsx", sheet: "Sheet1" },
      written: join(dir, "登记簿-2026-12评议导入.xlsx"),
    });
    expect(doc.report).toMatchObject({ ballots: 1, turnout: { voters: 1, roster: 25 } });
  });

  it("suggests the roster's close name for a misspelt column, applies it only with --map, and counts the hand mapping apart", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", [
      [...WJX_META, "3、王建国", "4、梁晓冬", "5、李秀英"],
      [1, "", "", "", "", "", "优秀", "合格", "合格"],
      [2, "", "", "", "", "", "合格", "优秀", "合格"],
    ]);
    expect(await run("import-ballots", register, exported, "--period", "2026-12")).toBe(1);
    expect(stdout()).toMatch(/4、梁晓冬\s+→ ？对应不到人员名册中的人；姓名相近的有：梁晓东（D021）（请核对后用 --map 指定，不会自动采用）/);
    expect(stdout()).toContain("已自动对应 2 列，手动指定 0 列，跳过 0 列。");
    expect(stderr()).toContain("姓名相近的有：梁晓东（D021），是否写错了字？");
    out = [];
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--map", "4、梁晓冬=D021")).toBe(0);
    expect(stdout()).toContain("已自动对应 2 列，手动指定 1 列，跳过 0 列。");
  });

  it("says how many ballots the period already has, from which source, and that both count", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", [
      [...WJX_META, "3、王建国", "4、李秀英"],
      [1, "", "", "", "", "", "优秀", "合格"],
    ]);
    // The sample branch has the paper ballots of 2026-11 typed in.
    const paper = (await ballotsOf(register)).filter((r) => r[0] === "2026-11").length;
    expect(paper).toBeGreaterThan(0);
    expect(await run("import-ballots", register, exported, "--period", "2026-11")).toBe(0);
    expect(stderr()).toContain(
      `评议期 2026-11 在民主评议中已有 ${paper} 张评议票（纸质票或手工录入 ${paper} 张）。这次导入的 1 张将添加在后面，两者都计入评议`,
    );
  });

  it("gives the problems as JSON with the export's sheet and cell", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", [
      [...WJX_META, "3、王建国"],
      [1, "", "", "", "", "", "良好"],
    ]);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--json")).toBe(1);
    const doc = JSON.parse(stdout());
    expect(doc.written).toBeNull();
    expect(doc.problems).toEqual([
      {
        severity: "error",
        code: "import.answer-invalid",
        sheet: "[问卷.xlsx]Sheet1",
        cell: "G2",
        message: expect.stringContaining("回答“良好”（列“3、王建国”）不是评议等次或分数"),
      },
    ]);
  });

  it("speaks English with --lang en-US", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", december);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--skip", "6、意见建议", "--lang", "en-US")).toBe(0);
    expect(stdout()).toContain("Importing 问卷.xlsx (sheet Sheet1): a 问卷星 export, header in row 1; period 2026-12");
    expect(stdout()).toContain("2 ballots; 2 voters for 25 members assessed (8%)");
  });
});

describe("the month from an imported questionnaire, through files", () => {
  it("generates with the same appraisal scores as the hand-entered ballots (GBK CSV, as Chinese Excel saves it)", async () => {
    const content = sampleRegister({ lastMonth: "2026-11" });
    const ballots = content.get("民主评议")!;
    const names = ballots[0].slice(4).map(String);
    const november = ballots.filter((r) => r[0] === "2026-11");
    const stripped = new Map(content).set(
      "民主评议",
      ballots.filter((r) => r[0] !== "2026-11"),
    );
    const book = XlsxWorkbook.empty();
    await book.write({ inputSheets: inputSheetPlans(stripped) });
    const register = join(dir, "登记簿.xlsx");
    await book.saveAs(register);
    const handEntered = await sampleFile("原登记簿.xlsx");

    const grid: Grid = [
      [...WJX_META, "1、您的姓名", "2、您的身份", ...names.map((n, i) => `${i + 3}、${n}`)],
      ...november.map((r, i) => [
        i + 1,
        "2026/11/27 15:00",
        "60秒",
        "微信",
        "N/A",
        "1.1.1.1",
        r[2] || "(跳过)",
        r[3],
        ...r.slice(4).map((m) => (m === "" ? "(跳过)" : m)),
      ]),
    ];
    const exported = join(dir, "问卷星导出.csv");
    await writeFile(exported, encodeGbk(csv(grid)));

    expect(await run("import-ballots", register, exported, "--period", "2026-11", "--out", join(dir, "导入后.xlsx"))).toBe(0);
    expect(stdout()).toContain(`评议票 ${november.length} 张`);
    out = [];
    expect(await run("monthly", join(dir, "导入后.xlsx"), "--month", "2026-11", "--json")).toBe(0);
    const imported = JSON.parse(stdout());
    out = [];
    expect(await run("monthly", handEntered, "--month", "2026-11", "--json")).toBe(0);
    const original = JSON.parse(stdout());
    const scores = (doc: { members: { id: string; appraisal: number | null; validMarks: number; composite: number | null; stars: number | null }[] }) =>
      doc.members.map((m) => [m.id, m.appraisal, m.validMarks, m.composite, m.stars]);
    expect(scores(imported)).toEqual(scores(original));
    expect(imported.members.some((m: { appraisal: number | null }) => m.appraisal !== null)).toBe(true);
  });
});

describe("files that cannot be imported", () => {
  it.each([
    ["an empty file", "空.csv", new Uint8Array(0), "是空的"],
    ["an image", "图片.xlsx", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "它不是表格文件"],
    ["an old .xls", "旧.xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "另存为 .xlsx"],
    ["text in another encoding", "乱码.csv", Uint8Array.from([0x61, 0x2c, 0x80, 0x0d, 0x0a, 0x62, 0xff]), "文字编码无法识别"],
  ])("refuses %s with a clear message and writes nothing", async (_what, name, bytes, message) => {
    const register = await sampleFile();
    await writeFile(join(dir, name), bytes);
    expect(await run("import-ballots", register, join(dir, name), "--period", "2026-12")).toBe(1);
    expect(stderr()).toContain("导出文件无法读取");
    expect(stderr()).toContain(message);
    expect((await readdir(dir)).sort()).toEqual([name, "登记簿.xlsx"].sort());
  });
});

describe("usage", () => {
  it.each([
    ["no period", ["x.xlsx", "y.csv"]],
    ["a bad period", ["x.xlsx", "y.csv", "--period", "2026-13"]],
    ["one file", ["x.xlsx", "--period", "2026-11"]],
    ["a --map without =", ["x.xlsx", "y.csv", "--period", "2026-11", "--map", "3、王建国"]],
    ["an unknown option", ["x.xlsx", "y.csv", "--period", "2026-11", "--force"]],
  ])("exits 2 for %s", async (_what, args) => {
    expect(await run("import-ballots", ...args)).toBe(2);
    expect(stderr()).toContain("import-ballots");
  });

  it("never writes over the register or the export", async () => {
    const register = await sampleFile();
    const exported = await xlsxFile("问卷.xlsx", december);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--out", register)).toBe(2);
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--out", exported)).toBe(2);
    const existing = join(dir, "已有.xlsx");
    await writeFile(existing, "mine");
    expect(await run("import-ballots", register, exported, "--period", "2026-12", "--out", existing)).toBe(2);
    expect(stderr()).toContain("不会覆盖");
    expect(await readFile(existing, "utf8")).toBe("mine");
  });

  it("exits 2 when a file cannot be opened", async () => {
    const register = await sampleFile();
    expect(await run("import-ballots", register, join(dir, "没有这个文件.csv"), "--period", "2026-12")).toBe(2);
    expect(stderr()).toContain("没有这个文件.csv");
  });
});
