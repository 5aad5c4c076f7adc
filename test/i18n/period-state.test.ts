import { groupProblems, problemLines } from "../../src/i18n/problem-groups";
import { monthStateLine, yearStateLine } from "../../src/i18n/period-state";
import type { MonthState, YearState } from "../../src/register/period-state";
import type { Problem } from "../../src/scheme/problems";

const month = (over: Partial<MonthState>): MonthState => ({
  period: "2026-11",
  state: "可以生成",
  errors: 0,
  warnings: 0,
  generatedOn: null,
  changedSinceGeneration: false,
  approvedOn: null,
  needsGeneration: false,
  publicity: null,
  inPublicity: false,
  sheetsMissing: false,
  ...over,
});
const year = (over: Partial<YearState>): YearState => ({
  year: "2026",
  state: "未生成",
  generatedOn: null,
  publicity: null,
  noticeOn: null,
  publicityNotStarted: false,
  openObjections: 0,
  finalizedOn: null,
  changedSinceGeneration: false,
  ...over,
});

describe("monthStateLine", () => {
  it.each<[Partial<MonthState>, string]>([
    [{ state: "未准备" }, "2026年11月：未准备 · 请先准备本月"],
    [{ state: "可以生成" }, "2026年11月：可以生成"],
    [{ state: "可以生成", warnings: 2 }, "2026年11月：可以生成（2个提醒）"],
    [{ state: "有错误", errors: 3 }, "2026年11月：有错误（3个）· 改正后才能生成"],
    [{ state: "已生成·拟评", generatedOn: "2026-11-26" }, "2026年11月：已生成 · 待党员大会通过"],
    [{ state: "已生成·拟评", changedSinceGeneration: true }, "2026年11月：已生成 · 之后数据有改动，请重新生成"],
    [{ state: "已通过", approvedOn: "2026-11-28" }, "2026年11月：已通过（11月28日党员大会）"],
    [{ state: "需重新通过", approvedOn: "2026-11-28", needsGeneration: true }, "2026年11月：需重新通过 · 11月28日通过后数据有改动，请重新生成"],
    [{ state: "需重新通过", approvedOn: "2026-11-28" }, "2026年11月：需重新通过 · 已重新生成，待党员大会通过"],
    [
      { state: "已通过", approvedOn: "2026-11-28", inPublicity: true, publicity: { start: "2026-11-28", end: "2026-12-02" } },
      "2026年11月：已通过（11月28日党员大会） · 公示中（至12月2日）",
    ],
  ])("%j", (over, line) => {
    expect(monthStateLine(month(over), "zh-CN")).toBe(line);
  });

  it("speaks English", () => {
    expect(monthStateLine(month({ state: "已生成·拟评" }), "en-US")).toBe("November 2026: generated · awaiting the members' meeting");
  });
});

describe("yearStateLine", () => {
  it.each<[Partial<YearState>, string]>([
    [{ state: "未生成" }, "2026年度：未生成"],
    [{ state: "已生成" }, "2026年度：已生成 · 待年度公示"],
    [{ state: "公示中", publicity: { start: "2026-12-01", end: "2026-12-07" } }, "2026年度：公示中（至12月7日）"],
    [{ state: "公示中", publicityNotStarted: true, publicity: { start: "2026-12-03", end: "2026-12-09" } }, "2026年度：公示中（12月3日起，至12月9日）"],
    [{ state: "公示期满", openObjections: 2 }, "2026年度：公示期满 · 2条异议待核查，核查后才能确定年度星级"],
    [{ state: "公示期满" }, "2026年度：公示期满 · 可确定年度星级"],
    [{ state: "已确定", finalizedOn: "2026-12-08" }, "2026年度：已确定（12月8日）"],
    [{ state: "结果运用已写出", finalizedOn: "2026-12-08" }, "2026年度：已确定（12月8日）· 结果运用已写出"],
    [{ state: "需重新公示" }, "2026年度：需重新公示 · 公示后数据有改动，须重新公示满一个完整期限"],
  ])("%j", (over, line) => {
    expect(yearStateLine(year(over), "zh-CN")).toBe(line);
  });
});

describe("grouped problems", () => {
  const self = (n: number): Problem => ({ severity: "warning", code: "ballot.self-excluded" as Problem["code"], place: { ref: `民主评议!F${n}` }, args: {} });
  const bad: Problem = { severity: "error", code: "ballot.invalid-mark", place: { ref: "民主评议!G2" }, args: {} };

  it("puts errors first and keeps each kind together", () => {
    const groups = groupProblems([self(2), self(3), bad, self(4)]);
    expect(groups.map((g) => [g.code, g.problems.length])).toEqual([
      ["ballot.invalid-mark", 1],
      ["ballot.self-excluded", 3],
    ]);
  });

  it("prints 300 problems of one kind as one line with the count and the first cells", () => {
    const problems = [...Array.from({ length: 300 }, (_, i) => self(i + 2)), bad];
    const lines = problemLines(problems, (p) => p.code, "zh-CN");
    expect(lines).toEqual(["  [错误] ballot.invalid-mark", "  [提醒] ballot.self-excluded（同类共 300 处：民主评议!F2、民主评议!F3、民主评议!F4 等）"]);
    expect(problemLines([self(2), self(3)], (p) => p.code, "en-US")).toHaveLength(2);
  });

  it("tags lines in the run's one language", () => {
    expect(problemLines([bad, self(2)], (p) => p.code, "en-US")).toEqual(["  [error] ballot.invalid-mark", "  [warning] ballot.self-excluded"]);
  });

  it("prints every problem on its own line when verbose", () => {
    const lines = problemLines([...Array.from({ length: 300 }, (_, i) => self(i + 2)), bad], (p) => p.code, "zh-CN", true);
    expect(lines).toHaveLength(301);
    expect(lines[0]).toBe("  [错误] ballot.invalid-mark");
    expect(lines[300]).toBe("  [提醒] ballot.self-excluded");
  });
});
