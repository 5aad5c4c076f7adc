import { rollup } from "../../../src/register/rollup/rollup";
import { renderRollupSheet, ROLLUP_COLUMNS as C } from "../../../src/register/rollup/render";
import { branchWorkbook, MONTH, source } from "./branches";

const AT = "2026-11-28T10:00:00+08:00";

describe("the 党委汇总 sheet", () => {
  it("prints one row per branch, the total, the chart by branch and the lists, A4 landscape", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" }, "approved");
    const b = await branchWorkbook({ name: "二支部", prefix: "B" }, "none");
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, "2026-11-28");
    const plan = renderRollupSheet(r, { generatedAt: AT });
    expect(plan.name).toBe("2026-11 党委汇总");
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const rowOf = (text: string) => plan.values.findIndex((row) => row[C.branch] === text || row[0] === text);
    const first = plan.values[rowOf("一支部")];
    expect(first.slice(0, 5)).toEqual([1, "一支部", "王建国", 25, "已通过"]);
    expect(first.slice(C.dates, C.dates + 3)).toEqual(["2026年11月26日", "2026年11月27日", "2026年11月26日至2026年11月30日"]);
    expect(first.slice(C.party, C.party + 6)).toEqual([5, 4, 3, 2, 1, 0].map((s) => r.branches[0].distribution!.党员[s]));
    // A branch not generated: its state, no numbers.
    const second = plan.values[rowOf("二支部")];
    expect(second[C.state]).toBe("可以生成");
    expect(second.slice(C.party, C.excellent + 1).every((v) => v === "")).toBe(true);
    const total = plan.values[rowOf("合计")];
    expect(total[C.assessed]).toBe(25);
    expect(total.slice(C.party, C.party + 6)).toEqual([5, 4, 3, 2, 1, 0].map((s) => r.total.distribution.党员[s]));
    expect(plan.chart?.series.map((s) => s.name)).toEqual(["五星级", "四星级", "三星级", "二星级", "一星级", "未评星"]);
    expect(plan.chart?.categories).toBe(`B${rowOf("一支部") + 1}:B${rowOf("二支部") + 1}`);
    expect(plan.values.some((row) => row[0] === `三、五星级人员（${r.fiveStars.length}人）`)).toBe(true);
    expect(plan.values.some((row) => row[0] === `四、未评星人员（${r.unrated.length}人）`)).toBe(true);
    for (const m of r.fiveStars) expect(plan.values.some((row) => row[2] === m.id && row[1] === "一支部")).toBe(true);
  });

  it("says a branch's inputs changed since it generated", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const record = a.snapshot().find((s) => s.name === "记实考核")!;
    const r0 = record.values.findIndex((row) => row[0] === MONTH && row[1] === "A003");
    a.setCell("记实考核", `D${r0 + 1}`, 0);
    const plan = renderRollupSheet(rollup([await source("a.xlsx", a)], MONTH, "2026-11-28"), { generatedAt: AT });
    expect(plan.values.find((row) => row[C.branch] === "一支部")![C.state]).toBe("已生成·拟评（生成后数据有改动，未重新生成）");
  });
});
