/**
 * Done when: a questionnaire export of a month's appraisal goes into the register in one step with a correct
 * mapping, and the month then generates with the same appraisal scores as the hand-entered ballots gave.
 * The sample branch's November ballots are turned into a 问卷星 export (and a Microsoft Forms one), removed
 * from 民主评议, imported, and the month generated again.
 */
import type { CellValue, Grid } from "../../../src/register/cells";
import { importBallots, previewImport } from "../../../src/register/import";
import { generateMonth, type MonthRun } from "../../../src/register/month-workflow";
import { sampleRegister } from "../../../src/sample/sample-branch";
import { inputSheetPlans } from "../../../src/register/template";
import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import { FORMS_META, WJX_META } from "./helpers";

const MONTH = "2026-11";
const AT = "2026-11-28T10:00:00+08:00";
const LETTER: Record<string, string> = { 优秀: "A", 合格: "B", 基本合格: "C", 不合格: "D" };

const original = sampleRegister({ lastMonth: MONTH });
const ballotSheet = original.get("民主评议")!;
const names = ballotSheet[0].slice(4).map(String);
const monthRows = ballotSheet.filter((row) => row[0] === MONTH);

async function workbook(content: Map<string, Grid>): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(content) });
  return wb;
}

/** The sample with the month's hand-entered ballots taken out. */
function withoutMonthBallots(): Map<string, Grid> {
  const content = new Map(original);
  content.set(
    "民主评议",
    ballotSheet.filter((row) => row[0] !== MONTH),
  );
  return content;
}

/** A mark as a questionnaire gives it: a grade as option text, a score as a number, a blank as (跳过). */
function answer(mark: CellValue): CellValue {
  if (mark === "" || mark === null) return "(跳过)";
  return typeof mark === "string" ? `${LETTER[mark]}. ${mark}` : mark;
}

function wjxExport(): Grid {
  // Half the members as '3、张三' questions, half as matrix rows '第3题(张三)'.
  const questions = names.map((name, i) => (i % 2 === 0 ? `${i + 3}、${name}` : `第${i + 3}题(${name})`));
  return [
    [...WJX_META, "1、您的姓名", "2、您的身份", ...questions],
    ...monthRows.map((row, i) => [i + 1, "2026/11/27 15:00:00", "120秒", "微信", "N/A", "10.1.1.1", row[2] || "(跳过)", row[3], ...row.slice(4).map(answer)]),
  ];
}

function formsExport(): Grid {
  return [
    [...FORMS_META, "身份", ...names.flatMap((n) => [n, `Points - ${n}`, `Feedback - ${n}`])],
    ...monthRows.map((row, i) => [
      i + 1,
      "11/27/26 15:00:00",
      "11/27/26 15:03:00",
      row[2] ? `${i}@example.org` : "anonymous",
      row[2] || "anonymous",
      row[3],
      ...row.slice(4).flatMap((m) => [m === "" ? "" : m, "", ""]),
    ]),
  ];
}

function appraisals(run: MonthRun) {
  return run.result!.members.map((m) => ({ id: m.id, appraisal: m.appraisal, validMarks: m.validMarks, composite: m.composite, stars: m.stars }));
}

let hand: MonthRun;
beforeAll(async () => {
  hand = await generateMonth(await workbook(original), { period: MONTH, generatedAt: AT });
  expect(hand.blocked).toBe(false);
});

describe.each([
  ["问卷星", wjxExport, "问卷星-序号"],
  ["Microsoft Forms", formsExport, "Forms-ID"],
])("a %s export of the month", (_name, exportOf, prefix) => {
  it("maps every question to its member", async () => {
    const plan = await previewImport(await workbook(withoutMonthBallots()), exportOf(), { period: MONTH, source: { fileName: "评议.xlsx", sheet: "Sheet1" } });
    expect(plan.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(plan.mapping.map((m) => m.memberId)).toEqual(names.map((_, i) => `D${String(i + 1).padStart(3, "0")}`));
    expect(plan.report.ballots).toBe(monthRows.length);
  });

  it("goes in in one step and the month generates with the hand-entered ballots' appraisal scores", async () => {
    const wb = await workbook(withoutMonthBallots());
    const before = await generateMonth(await workbook(withoutMonthBallots()), { period: MONTH, generatedAt: AT });
    expect(before.result!.members.every((m) => m.appraisal === null)).toBe(true);

    const plan = await importBallots(wb, exportOf(), { period: MONTH, source: { fileName: "评议.xlsx", sheet: "Sheet1" } });
    expect(plan.blocked).toBe(false);
    const rows = (await wb.readSheets(["民主评议"])).get("民主评议")!.values.filter((r) => r[0] === MONTH);
    expect(rows).toHaveLength(monthRows.length);
    expect(String(rows[0][1])).toMatch(new RegExp(`^${prefix}1$`));

    const imported = await generateMonth(wb, { period: MONTH, generatedAt: AT });
    expect(imported.blocked).toBe(false);
    expect(appraisals(imported)).toEqual(appraisals(hand));
    expect(imported.problems.filter((p) => p.code.startsWith("ballot.") || p.code.startsWith("appraisal.")).map((p) => p.code)).toEqual(
      hand.problems.filter((p) => p.code.startsWith("ballot.") || p.code.startsWith("appraisal.")).map((p) => p.code),
    );
  });
});

it("keeps a named respondent's name, so a mark for oneself is caught when the month generates", async () => {
  const grid = wjxExport();
  const r = grid.findIndex((row, i) => i > 0 && row[6] !== "(跳过)");
  const voter = String(grid[r][6]);
  const own = grid[0].indexOf(grid[0].find((h) => String(h).endsWith(`、${voter}`) || String(h).endsWith(`(${voter})`))!);
  grid[r][own] = "A. 优秀";
  const wb = await workbook(withoutMonthBallots());
  expect((await importBallots(wb, grid, { period: MONTH, source: { fileName: "评议.xlsx" } })).blocked).toBe(false);
  const run = await generateMonth(wb, { period: MONTH, generatedAt: AT });
  const id = run.data.members.find((m) => m.name === voter)!.id;
  expect(run.problems).toContainEqual(expect.objectContaining({ code: "ballot.self-mark", place: expect.objectContaining({ member: id }) }));
  expect(appraisals(run)).toEqual(appraisals(hand));
});

it("refuses the same export the second time and leaves 民主评议 as the first import left it", async () => {
  const wb = await workbook(withoutMonthBallots());
  await importBallots(wb, wjxExport(), { period: MONTH, source: { fileName: "评议.xlsx" } });
  const once = (await wb.readSheets(["民主评议"])).get("民主评议")!.values;
  const again = await importBallots(wb, wjxExport(), { period: MONTH, source: { fileName: "评议.xlsx" } });
  expect(again.blocked).toBe(true);
  expect(again.problems.map((p) => p.code)).toEqual(["import.already-imported"]);
  expect((await wb.readSheets(["民主评议"])).get("民主评议")!.values).toEqual(once);
});
