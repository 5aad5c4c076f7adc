/**
 * 每票优秀上限 through the register: the 设置 row read (Chinese or English 项目, 1/3, 33%, 0.33), an invalid
 * value named by its cell, void ballots on the month and year sheets, the command line's --json, and the
 * cap printed on the paper ballot.
 */
import path from "path";
import { main } from "../../src/cli/main";
import type { CellValue, Grid } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import { planPrepareMonth, prepareSheetsToRead } from "../../src/register/prepare-month";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { inputSheet } from "../../src/register/schema";
import { inputSheetPlans } from "../../src/register/template";
import { captureIo, registerFile, tempFolder } from "../cli/harness";
import { criteriaSheet, recordRow, settingsSheet, smallBranch, type Register } from "./year-sample";

const P = "2026-11";
const AT = "2026-11-30T12:00:00+08:00";
const header = (key: Parameters<typeof inputSheet>[0]) => inputSheet(key).columns.map((c) => c.zh);

/** Four 党员 and two 党外: six assessed, so 1/3 gives a cap of 2. */
const MEMBERS: [string, string, "党员" | "党外"][] = [
  ["A1", "甲", "党员"],
  ["A2", "乙", "党员"],
  ["A3", "丙", "党员"],
  ["A4", "丁", "党员"],
  ["N1", "戊", "党外"],
  ["N2", "己", "党外"],
];

/**
 * Ballots (rows 2–5 of 民主评议): B1 two 优秀 (= the cap), B2 three 优秀 (void), B3 three 100s and one 优秀
 * (numbers never count), B4 all 合格.
 */
const BALLOTS: [string, CellValue[]][] = [
  ["B1", ["优秀", "优秀", "合格", "合格", "合格", "合格"]],
  ["B2", ["优秀", "优秀", "优秀", "合格", "合格", "合格"]],
  ["B3", [100, 100, 100, "优秀", "合格", "合格"]],
  ["B4", ["合格", "合格", "合格", "合格", "合格", "合格"]],
];

function register(cap: CellValue, settings?: Grid): Register {
  return new Map<string, Grid>([
    ["设置", settings ?? settingsSheet({ 每票优秀上限: cap })],
    ["人员名册", [header("roster"), ...MEMBERS.map(([id, name, kind]) => [id, name, kind, "", "", "", "", ""])]],
    ["考核细则", criteriaSheet()],
    [
      "记实考核",
      [
        ["月份", "编号", "姓名", "学习提高", "争创佳绩", "服务群众", "遵纪守法", "弘扬正气", "不参评", "说明"],
        ...MEMBERS.map(([id, name]) => recordRow(P, id, name, [18, 18, 18, 18, 18])),
      ],
    ],
    ["加减分", [header("adjustments")]],
    ["民主评议", [[...header("ballots"), ...MEMBERS.map(([, name]) => name)], ...BALLOTS.map(([no, marks]) => [P, no, "", "党员", ...marks])]],
  ]);
}

async function memory(sheets: Register): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: [...sheets].map(([name, values]) => ({ name, values })) });
  return wb;
}

describe("每票优秀上限 in a register", () => {
  it.each([
    ["1/3", 2],
    ["33%", 1],
    [0.33, 1],
    ["三分之一", 2],
    ["１/３", 2],
    [0.5, 3],
  ])("reads %p: cap %p of six assessed", async (value, cap) => {
    const run = await generateMonth(await memory(register(value)), { period: P, generatedAt: AT });
    expect(run.result?.ballots.excellentCap).toBe(cap);
  });

  it.each(["无", "", "none"])("has no cap for %p", async (value) => {
    const run = await generateMonth(await memory(register(value)), { period: P, generatedAt: AT });
    expect(run.result?.ballots).toEqual({ counted: 4, void: 0, excellentCap: null });
    // Without the cap 甲 has four valid marks: 100, 100, 100, 80 → 95.0.
    expect(run.result?.members.find((m) => m.id === "A1")).toMatchObject({ validMarks: 4, appraisal: 95 });
  });

  it("voids the ballot over the cap: none of its marks count, with a warning naming its row, 票号 and both counts", async () => {
    const wb = await memory(register("1/3"));
    const run = await generateMonth(wb, { period: P, generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect(run.result?.ballots).toEqual({ counted: 3, void: 1, excellentCap: 2 });
    // 甲: B1 优秀 100, B3 100, B4 合格 80 → 93.3 from three valid marks; B2's 优秀 is left out.
    expect(run.result?.members.find((m) => m.id === "A1")).toMatchObject({ validMarks: 3, appraisal: 93.3 });
    // 丙: B1 合格 80, B3 100, B4 合格 80 → 86.7 (B2's 优秀 left out).
    expect(run.result?.members.find((m) => m.id === "A3")).toMatchObject({ validMarks: 3, appraisal: 86.7 });
    const warnings = run.problems.filter((p) => p.code === "ballot.excellent-cap");
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        place: expect.objectContaining({ ref: "民主评议!B3", ballot: "B2" }),
        args: { ballotNo: "B2", excellent: 3, cap: 2 },
      }),
    ]);
    // The month sheet says how many ballots were void, under the cap.
    const sheet = wb.snapshot().find((s) => s.name === `${P} 评星`)!;
    const lines = sheet.values.map((r) => String(r[0] ?? ""));
    expect(lines).toContain("民主评议：收回评议票4张，其中废票1张（每票评为优秀的不超过2人，即应评人数的1/3，超过即为废票）");
  });

  it("writes no ballots line on the month sheet without a cap", async () => {
    const wb = await memory(register("无"));
    await generateMonth(wb, { period: P, generatedAt: AT });
    const sheet = wb.snapshot().find((s) => s.name === `${P} 评星`)!;
    expect(sheet.values.some((r) => String(r[0] ?? "").startsWith("民主评议："))).toBe(false);
  });

  it("reads the English 项目 alternative", async () => {
    const settings: Grid = [
      ["项目", "值"],
      ["Excellent cap per ballot", "1/3"],
    ];
    const run = await generateMonth(await memory(register("", settings)), { period: P, generatedAt: AT });
    expect(run.settings?.excellentCap).toEqual({ numerator: 1, denominator: 3 });
  });

  it.each([
    ["150%", "settings.excellent-cap"],
    ["-1/3", "settings.excellent-cap"],
    ["很多", "register.setting-invalid"],
    [46025, "register.setting-invalid"], // 1/3 that Excel turned into the date 2026-01-03
  ])("refuses %p with an error naming the 设置 cell, writing nothing", async (value, code) => {
    const wb = await memory(register(value));
    const run = await generateMonth(wb, { period: P, generatedAt: AT });
    expect(run.blocked).toBe(true);
    const settings = wb.snapshot().find((s) => s.name === "设置")!;
    const row = settings.values.findIndex((r) => r[0] === "每票优秀上限") + 1;
    expect(run.problems).toContainEqual(expect.objectContaining({ severity: "error", code, place: expect.objectContaining({ ref: `设置!B${row}` }) }));
    expect(wb.snapshot().some((s) => s.name === `${P} 评星`)).toBe(false);
  });

  it("gives the template's 每票优秀上限 row its default 无 in a text cell, so that 1/3 typed there stays 1/3", () => {
    const plan = inputSheetPlans().find((p) => p.name === "设置")!;
    const row = plan.values.findIndex((r) => r[0] === "每票优秀上限");
    expect(plan.values[row][1]).toBe("无");
    expect(plan.formats).toContainEqual({ range: `B${row + 1}:B${row + 1}`, numberFormat: "@" });
  });

  it("prints the cap on the paper ballot", async () => {
    const sheets = await (await memory(register("1/3"))).readSheets(prepareSheetsToRead(P));
    const plan = planPrepareMonth(sheets, { period: P, ballotPaper: true });
    const paper = plan.change?.sheets?.[0];
    expect(paper?.values.map((r) => String(r[0] ?? "")).some((t) => t.includes("评为优秀的不超过2人，超过即为废票。"))).toBe(true);
    const none = planPrepareMonth(await (await memory(register("无"))).readSheets(prepareSheetsToRead(P)), { period: P, ballotPaper: true });
    expect(none.change?.sheets?.[0]?.values.some((r) => String(r[0] ?? "").includes("废票"))).toBe(false);
  });
});

describe("每票优秀上限 on the command line", () => {
  const folder = tempFolder("star-register-cap-");
  const file = (name: string, sheets: Register) => registerFile(folder.path, name, sheets);
  const io = () => captureIo(new Date(2026, 10, 30, 9, 30, 0));

  it("monthly --json counts the void ballot and the written sheet says so", async () => {
    const input = await file("register.xlsx", register("1/3"));
    const t = io();
    expect(await main(["monthly", input, "--month", P, "--json"], t)).toBe(0);
    const json = JSON.parse(t.out.join(""));
    expect(json.ballots).toEqual({ counted: 3, void: 1, excellentCap: 2 });
    expect(json.voidBallots).toBe(1);
    expect(json.members.find((m: { id: string }) => m.id === "A1")).toMatchObject({ validMarks: 3, appraisal: 93.3 });
    expect(json.problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "ballot.excellent-cap",
        sheet: "民主评议",
        cell: "B3",
        message: expect.stringContaining("票号“B2”评为优秀 3 人，超过每票优秀上限 2 人"),
      }),
    );
    const written = await XlsxWorkbook.fromFile(path.join(folder.path, `register-${P}评星.xlsx`));
    const sheet = (await written.readSheets([`${P} 评星`])).get(`${P} 评星`)!;
    expect(sheet.values.map((r) => r[0])).toContain("民主评议：收回评议票4张，其中废票1张（每票评为优秀的不超过2人，即应评人数的1/3，超过即为废票）");
  });

  it("annual --json caps the year-end ballots by those assessed in December", async () => {
    // Three 党员 and one who left in October: three assessed in December, 1/2 → cap ⌊3/2⌋ = 1 (all four would give 2).
    const sheets = smallBranch({
      year: "2026",
      members: [
        ["P1", "甲", "党员"],
        ["P2", "乙", "党员"],
        ["P3", "丙", "党员"],
        ["P4", "丁", "党员"],
      ],
      record: (id, month) => (id === "P4" && month > "2026-09" ? null : [18, 18, 18, 18, 18]),
      monthlyMark: () => "合格",
      annualMarks: [
        { P1: "优秀", P2: "优秀", P3: "合格" },
        { P1: "优秀", P2: "合格", P3: "合格" },
        { P1: "合格", P2: "合格", P3: "合格" },
      ],
    });
    sheets.set("设置", settingsSheet({ 每票优秀上限: "1/2" }));
    const roster = sheets.get("人员名册")!;
    roster[4][6] = "2026-10-15"; // 丁's 转出日期
    const input = await file("year.xlsx", sheets);
    const t = io();
    expect(await main(["annual", input, "--year", "2026", "--json"], t)).toBe(0);
    const json = JSON.parse(t.out.join(""));
    expect(json.annualBallots).toEqual({ counted: 2, void: 1, excellentCap: 1 });
    // 甲: 100 and 80 from the two counted ballots → 90.0; the void ballot's 优秀 is left out.
    expect(json.members.find((m: { id: string }) => m.id === "P1")).toMatchObject({ annualAppraisal: 90 });
    expect(json.problems).toContainEqual(expect.objectContaining({ code: "ballot.excellent-cap", sheet: "民主评议" }));
    const written = await XlsxWorkbook.fromFile(path.join(folder.path, "year-2026年度评星.xlsx"));
    const sheet = (await written.readSheets(["2026 年度评星"])).get("2026 年度评星")!;
    expect(sheet.values.map((r) => r[0])).toContain("年度民主评议：收回评议票3张，其中废票1张（每票评为优秀的不超过1人，即12月应评人数的50%，超过即为废票）");
  });
});
