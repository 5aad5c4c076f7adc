/**
 * No spread of a large array into a call's arguments. Each case is a register size a
 * branch can reach that overflowed the stack ("Maximum call stack size exceeded") when an array was spread
 * into push(...) or Math.max(...). Lint (eslint.config.js, no-restricted-syntax) keeps new spreads out.
 */
import type { Grid } from "../../src/register/cells";
import { planImport } from "../../src/register/import";
import { planMonth } from "../../src/register/month-workflow";
import { renderLogSheet } from "../../src/register/render";
import { maxOf, pushAll, spliceAll } from "../../src/scheme/arrays";
import { sampleSheets } from "../register/import/helpers";

const AT = "2026-11-28T10:00:00+08:00";
/** Comfortably above V8's argument limit (~120,000 on a default stack). */
const HUGE = 300_000;

describe("large arrays never go through a call's arguments", () => {
  it("monthly: 6,000 ballots × 25 marks of an invalid grade are 150,000 problems, not a crash", () => {
    const sheets = sampleSheets("2026-11", (grids) => {
      const ballots = grids.get("民主评议")!;
      const width = ballots[0].length;
      for (let n = 1; n <= 6000; n++) ballots.push(["2026-11", `X-${n}`, "", "党员", ...Array.from({ length: width - 4 }, () => "很好")]);
    });
    const run = planMonth(sheets, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.change).toBeUndefined();
    const invalid = run.problems.filter((p) => p.code === "ballot.invalid-mark");
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0].severity).toBe("error");
  });

  it("import-ballots: a single space below row 130,000 of 民主评议 does not crash the planner", () => {
    const sheets = sampleSheets("2026-11", (grids) => {
      const ballots = grids.get("民主评议")!;
      while (ballots.length < 200_000) ballots.push([]);
      ballots.push([" "]);
    });
    const exportGrid: Grid = [
      ["序号", "王建国", "李秀英"],
      [1, "优秀", "合格"],
    ];
    const plan = planImport(exportGrid, sheets, { period: "2026-12", source: { fileName: "问卷.xlsx", sheet: "Sheet1" } });
    expect(plan.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(plan.change?.appendRows?.[0].rows).toHaveLength(1);
  });

  it("the log sheet keeps 300,000 rows of history", () => {
    const previous: Grid = [["时间"]];
    for (let i = 0; i < HUGE; i++) previous.push([`row ${i}`]);
    const plan = renderLogSheet(previous, ["new"]);
    expect(plan.values.length).toBe(HUGE + 3);
  });

  it("pushAll, maxOf and spliceAll take arrays of any length", () => {
    const big = Array.from({ length: HUGE }, (_, i) => i);
    expect(pushAll([-1], big)).toHaveLength(HUGE + 1);
    expect(maxOf(big)).toBe(HUGE - 1);
    expect(maxOf([], 7)).toBe(7);
    expect(maxOf([3, NaN, 9])).toBeNaN();
    expect(maxOf([])).toBe(-Infinity);
    const target = [1, 2, 3, 4];
    spliceAll(target, 1, 2, big);
    expect(target.length).toBe(HUGE + 2);
    expect([target[0], target[1], target[HUGE], target[HUGE + 1]]).toEqual([1, 0, HUGE - 1, 4]);
    const small = [1, 2, 3];
    spliceAll(small, 5, 0, [9]);
    expect(small).toEqual([1, 2, 3, 9]);
  });
});
