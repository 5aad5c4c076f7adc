import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import { rollup, rollupSheetsToRead } from "../../../src/register/rollup/rollup";
import { finalizeYear, generateYear, publishYear } from "../../../src/register/year-workflow";
import { fourMemberBranch, settingsSheet } from "../year-sample";

const Y = "2026";
const AT = "2026-12-28T09:00:00+08:00";

/** 甲 90, 乙 80, 丙 70 every month (党员), 丁 85 (党外); year-end marks 优秀/合格/合格/优秀. */
async function branch(name: string, step: "generated" | "final"): Promise<MemoryWorkbook> {
  const register = fourMemberBranch(Y);
  register.set("设置", settingsSheet({ 支部名称: name }));
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: [...register].map(([sheet, values]) => ({ name: sheet, values })) });
  if (step === "generated") expect((await generateYear(wb, { year: Y, generatedAt: AT })).blocked).toBe(false);
  else {
    expect((await publishYear(wb, { year: Y, start: "2026-12-28", generatedAt: AT })).blocked).toBe(false);
    expect((await finalizeYear(wb, { year: Y, today: "2027-01-10", generatedAt: "2027-01-10T09:00:00+08:00" })).blocked).toBe(false);
  }
  return wb;
}

describe("rollup of a year", () => {
  it("takes the final stars and the 结果运用 lists of a finalised branch, and the proposed stars of one that is not", async () => {
    const final = await branch("一支部", "final");
    const proposed = await branch("二支部", "generated");
    const sources = [
      { file: "a.xlsx", sheets: await final.readSheets(rollupSheetsToRead(Y)) },
      { file: "b.xlsx", sheets: await proposed.readSheets(rollupSheetsToRead(Y)) },
    ];
    const r = rollup(sources, Y, "2027-01-10");
    expect(r.branches.map((b) => [b.branch, b.state, b.stage])).toEqual([
      ["一支部", "结果运用已写出", "final"],
      ["二支部", "已生成", "proposed"],
    ]);
    expect(r.branches[0].year?.finalizedOn).toBe("2027-01-10");
    // 甲 90 × 0.7 + 100 × 0.3 = 93.0, four stars; 乙 80.0, two stars; 丙 70 × 0.7 + 80 × 0.3 = 73.0, none.
    expect(r.candidates.map((m) => [m.branch, m.id, m.score, m.label])).toEqual([["一支部", "P1", 93, "四星级"]]);
    expect(r.admonitions.map((m) => [m.branch, m.id, m.score, m.deadline])).toEqual([["一支部", "P3", 73, "2027-04-10"]]);
    expect(r.unrated.map((m) => [m.branch, m.id])).toEqual([
      ["一支部", "P3"],
      ["二支部", "P3"],
    ]);
    expect(r.branches[1].distribution!.党员).toEqual([1, 0, 1, 0, 1, 0]);
    expect(r.total.distribution.党员).toEqual([2, 0, 2, 0, 2, 0]);
  });
});
