/**
 * One rule for which member a name names: spaces inside a name (ASCII, U+3000, no-break) do not count,
 * wherever a person is named; a name that then fits two members is an error naming both; a name one
 * character off a roster name gets a hint, by the same near-name rule as the import's.
 */
import { nearMatches, rosterIndex as importRosterIndex } from "../../../src/register/import/match";
import { generateMonth } from "../../../src/register/month-workflow";
import { matchHeader, nameKey, nearMembers, rosterIndex } from "../../../src/register/read/names";
import { sampleRegister } from "../../../src/sample/sample-branch";
import { inputSheetPlans } from "../../../src/register/template";
import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import { problemSentence } from "../../../src/i18n/problems";
import type { Member } from "../../../src/scheme/types";

const AT = "2026-11-28T10:00:00+08:00";
const PERIOD = "2026-11";

function member(id: string, name: string): Member {
  return { id, name, kind: "党员" } as Member;
}

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: PERIOD })) });
  return wb;
}

function values(wb: MemoryWorkbook, name: string) {
  const s = wb.snapshot().find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

/** The A1 address of the 民主评议 header cell holding `name`. */
function headerCell(wb: MemoryWorkbook, name: string): string {
  const header = values(wb, "民主评议")[0] as unknown[];
  const column = header.indexOf(name);
  if (column < 0) throw new Error(`no column ${name}`);
  return `${String.fromCharCode(65 + column)}1`;
}

describe("nameKey and matchHeader", () => {
  const roster = rosterIndex([member("D001", "张伟"), member("D002", "欧阳明华")]);

  it.each(["张伟", "张 伟", "张  伟", "张\u3000伟", "张\u00a0伟", " 张伟 ", "张\t伟"])("%p names 张伟", (text) => {
    expect(nameKey(text)).toBe("张伟");
    expect(matchHeader(text, roster).member?.id).toBe("D001");
  });

  it("a name that fits two members once spaces are dropped names neither, and both are candidates", () => {
    const two = rosterIndex([member("D001", "张伟"), member("D009", "张 伟")]);
    const match = matchHeader("张伟", two);
    expect(match.member).toBeUndefined();
    expect(match.candidates.map((m) => m.id)).toEqual(["D001", "D009"]);
  });

  it("the import matches by the same rule: its roster index is the register's", () => {
    expect(importRosterIndex).toBe(rosterIndex);
  });
});

describe("the near-name rule, for the check and the import alike", () => {
  const roster = rosterIndex([member("DY05", "刘晓红"), member("D001", "张伟"), member("D002", "王建国")]);

  it("finds the roster name one character off", () => {
    expect(nearMembers(["刘小红"], roster).map((m) => m.id)).toEqual(["DY05"]);
    expect(nearMembers(["刘 小 红"], roster).map((m) => m.id)).toEqual(["DY05"]);
  });

  it("finds nothing two characters off, nor for a name of another length", () => {
    expect(nearMembers(["李小红"], roster)).toEqual([]);
    expect(nearMembers(["刘晓红红"], roster)).toEqual([]);
  });

  it("the import suggests the same member for the same header", () => {
    expect(nearMatches("刘小红", roster)).toEqual(nearMembers(["刘小红"], roster));
  });
});

describe("民主评议 headers in the month", () => {
  it.each([
    ["ASCII spaces", "张  伟"],
    ["an ideographic space", "张\u3000伟"],
    ["a no-break space", "张\u00a0伟"],
  ])("a header padded with %s generates the month with 张伟's ballots counted", async (_label, padded) => {
    const plain = await sampleWorkbook();
    const expected = await generateMonth(plain, { period: PERIOD, generatedAt: AT });
    const wb = await sampleWorkbook();
    wb.setCell("民主评议", headerCell(wb, "张伟"), padded);
    const run = await generateMonth(wb, { period: PERIOD, generatedAt: AT });
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(run.blocked).toBe(false);
    const zhang = run.result?.members.find((m) => m.name === "张伟");
    const before = expected.result?.members.find((m) => m.name === "张伟");
    expect(zhang?.appraisal).toBeDefined();
    expect(zhang?.validMarks).toBeGreaterThan(0);
    expect(zhang).toEqual(before);
  });

  it("a header one character off a roster name is an error with the hint 是否为 刘晓红（DY05）？", async () => {
    const wb = await sampleWorkbook();
    const roster = values(wb, "人员名册");
    const zhangRow = roster.findIndex((r) => r[1] === "张伟");
    const zhangId = String(roster[zhangRow]?.[0]);
    // The sample's 张伟 becomes 刘晓红 on the roster, and the ballot column says 刘小红.
    wb.setCell("人员名册", `B${zhangRow + 1}`, "刘晓红");
    const at = headerCell(wb, "张伟");
    wb.setCell("民主评议", at, "刘小红");
    const run = await generateMonth(wb, { period: PERIOD, generatedAt: AT });
    expect(run.blocked).toBe(true);
    const problem = run.problems.find((p) => p.code === "register.column-member-unknown");
    expect(problem).toMatchObject({ severity: "error", place: { ref: `民主评议!${at}` } });
    expect(problemSentence(problem!, "zh-CN")).toContain(`是否为 刘晓红（${zhangId}）？`);
    expect(problemSentence(problem!, "en-US")).toContain(`Did you mean 刘晓红（${zhangId}）?`);
  });

  it("a header no roster name is near gives no hint", async () => {
    const wb = await sampleWorkbook();
    wb.setCell("民主评议", headerCell(wb, "张伟"), "某某某某");
    const run = await generateMonth(wb, { period: PERIOD, generatedAt: AT });
    const problem = run.problems.find((p) => p.code === "register.column-member-unknown");
    expect(problem).toBeDefined();
    expect(problemSentence(problem!, "zh-CN")).not.toContain("是否为");
  });

  it("a header that fits two members once spaces are dropped is an error naming both", async () => {
    const wb = await sampleWorkbook();
    const roster = values(wb, "人员名册");
    const zhang = roster.find((r) => r[1] === "张伟") as unknown[];
    await wb.write({ appendRows: [{ sheet: "人员名册", rows: [["D099", "张 伟", "党员", "第三党小组", "科员"]] }] });
    const run = await generateMonth(wb, { period: PERIOD, generatedAt: AT });
    const problem = run.problems.find((p) => p.code === "register.column-member-ambiguous");
    expect(problem).toMatchObject({ severity: "error", place: { ref: `民主评议!${headerCell(wb, "张伟")}` } });
    const text = problemSentence(problem!, "zh-CN");
    expect(text).toContain(`张伟（${String(zhang[0])}）`);
    expect(text).toContain("张 伟（D099）");
  });
});

describe("a 姓名 beside an 编号", () => {
  it("padded with spaces is the roster's name: no mismatch warning", async () => {
    const wb = await sampleWorkbook();
    const record = values(wb, "记实考核");
    const header = record[0] as unknown[];
    const nameColumn = header.indexOf("姓名");
    const r = record.findIndex((row) => row[0] === PERIOD && row[nameColumn] === "张伟");
    expect(r).toBeGreaterThan(0);
    wb.setCell("记实考核", `${String.fromCharCode(65 + nameColumn)}${r + 1}`, "张\u3000伟");
    const run = await generateMonth(wb, { period: PERIOD, generatedAt: AT });
    expect(run.problems.filter((p) => p.code === "register.name-mismatch")).toEqual([]);
    expect(run.blocked).toBe(false);
  });
});
