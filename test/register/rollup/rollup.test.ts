import { rollup } from "../../../src/register/rollup/rollup";
import { MONTH_COLUMNS } from "../../../src/register/render";
import { AT, branchWorkbook, MONTH, source } from "./branches";

const TODAY = "2026-11-28";

describe("rollup of a month", () => {
  it("takes each branch's published distribution and members, and sums them", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" }, "approved");
    const b = await branchWorkbook({ name: "二支部", prefix: "B" });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, TODAY);
    expect(r.branches.map((x) => [x.branch, x.state, x.stage, x.assessed])).toEqual([
      ["一支部", "已通过", "month", 25],
      ["二支部", "已生成·拟评", "month", 25],
    ]);
    const sum = r.branches[0].distribution!.党员.map((n, s) => n + r.branches[1].distribution!.党员[s]);
    expect(r.total.distribution.党员).toEqual(sum);
    expect(r.total.assessed).toBe(50);
    expect(r.fiveStars.every((m) => m.stars === 5)).toBe(true);
    expect(r.fiveStars.length).toBe(r.total.distribution.党员[5] + r.total.distribution.党外[5]);
    expect(r.unrated.map((m) => m.branch).sort()).toEqual(r.branches.flatMap((x) => x.members.filter((m) => m.label === "未评星").map(() => x.branch)).sort());
    expect(r.branches[0].month?.approvedOn).toBe("2026-11-27");
    expect(r.warnings).toEqual([]);
  });

  it("shows what the branch published, not a recomputation: a number changed on the sheet is the number rolled up", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const month = a.snapshot().find((s) => s.name === `${MONTH} 评星`)!;
    const r0 = month.values.findIndex((row) => row[MONTH_COLUMNS.id] === "A001");
    a.setCell(`${MONTH} 评星`, `J${r0 + 1}`, "五星级");
    const r = rollup([await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.fiveStars.map((m) => m.id)).toContain("A001");
  });

  it("says a branch has not generated the month and gives it no numbers", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" }, "none");
    const r = rollup([await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.branches[0]).toMatchObject({ state: "可以生成", stage: null, distribution: null, assessed: null, excellent: null, turnout: null });
    expect(r.total.published).toBe(0);
  });

  it("says a branch whose inputs changed since it generated, and keeps what it published", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const record = a.snapshot().find((s) => s.name === "记实考核")!;
    const r0 = record.values.findIndex((row) => row[0] === MONTH && row[1] === "A003");
    a.setCell("记实考核", `D${r0 + 1}`, 0);
    const r = rollup([await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.branches[0]).toMatchObject({ changed: true, stage: "month", turnout: null });
    expect(r.branches[0].distribution).not.toBeNull();
  });

  it("lists a file that is not a register with its reason and rolls up the rest", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const r = rollup([{ file: "x.xlsx", sheets: new Map() }, { file: "y.xlsx", failure: "encrypted" }, await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.skipped).toEqual([
      { file: "x.xlsx", reason: "not-register" },
      { file: "y.xlsx", reason: "encrypted" },
    ]);
    expect(r.branches.map((b) => b.file)).toEqual(["a.xlsx"]);
  });
});

describe("rollup warnings", () => {
  it("warns of two files with the same 支部名称", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const b = await branchWorkbook({ name: "一支部", prefix: "B" });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, TODAY);
    expect(r.warnings).toEqual([{ code: "same-branch-name", files: ["a.xlsx", "b.xlsx"], args: { branch: "一支部" } }]);
  });

  it("warns of one person (same 编号 and 姓名) assessed by two branches in the month", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    // 二支部 numbers its people B…, except one who keeps her 编号 A004 (a transfer recorded twice).
    const b = await branchWorkbook({
      name: "二支部",
      prefix: "B",
      edit: (sheets) => {
        for (const grid of sheets.values()) for (const row of grid) row.forEach((v, c) => v === "B004" && (row[c] = "A004"));
      },
    });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, TODAY);
    expect(r.warnings).toEqual([
      { code: "person-in-two-branches", files: ["a.xlsx", "b.xlsx"], args: { name: "刘芳", id: "A004", branches: ["一支部", "二支部"] } },
    ]);
  });

  it("warns of one person (same 姓名 in the same 党小组) assessed by two branches under different 编号", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    // 二支部 records 刘芳 under its own 编号 B004, in the 党小组 she has in 一支部.
    const b = await branchWorkbook({
      name: "二支部",
      prefix: "B",
      edit: (sheets) => {
        const row = sheets.get("人员名册")!.find((r) => r[0] === "B004")!;
        row.forEach((v, c) => typeof v === "string" && /^B第.党小组$/.test(v) && (row[c] = `A${v.slice(1)}`));
      },
    });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, TODAY);
    expect(r.branches[1].people.find((p) => p.id === "B004")).toMatchObject({ name: "刘芳", group: r.branches[0].people.find((p) => p.id === "A004")!.group });
    expect(r.warnings).toEqual([
      { code: "person-in-two-branches", files: ["a.xlsx", "b.xlsx"], args: { name: "刘芳", id: "A004", branches: ["一支部", "二支部"] } },
    ]);
  });

  it("does not take one 编号 in two branches for one person when the names differ", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "D" });
    const b = await branchWorkbook({
      name: "二支部",
      prefix: "D",
      edit: (sheets) => {
        const names = new Set(
          sheets
            .get("人员名册")!
            .slice(1)
            .map((row) => row[1]),
        );
        for (const grid of sheets.values()) for (const row of grid) row.forEach((v, c) => names.has(v) && (row[c] = `${v}乙`));
      },
    });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b)], MONTH, TODAY);
    expect(r.warnings.filter((w) => w.code === "person-in-two-branches")).toEqual([]);
  });

  it("warns of a branch whose scoring settings differ from the others'", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const b = await branchWorkbook({ name: "二支部", prefix: "B" });
    const c = await branchWorkbook({ name: "三支部", prefix: "C", settings: { 民主评议权重: "40%", 记实考核权重: "60%", 每票优秀上限: "1/3" } });
    const r = rollup([await source("a.xlsx", a), await source("b.xlsx", b), await source("c.xlsx", c)], MONTH, TODAY);
    expect(r.warnings).toEqual([
      { code: "settings-differ", files: ["c.xlsx"], args: { branch: "三支部", settings: ["民主评议权重", "记实考核权重", "每票优秀上限"] } },
    ]);
  });

  it("warns when fewer ballots came in than half the members assessed", async () => {
    const a = await branchWorkbook({
      name: "一支部",
      prefix: "A",
      // Keep three of the month's ballots (25 assessed: 12 would be below half, 13 not).
      edit: (sheets) => {
        const ballots = sheets.get("民主评议")!;
        let kept = 0;
        sheets.set(
          "民主评议",
          ballots.filter((row, i) => i === 0 || row[0] !== MONTH || kept++ < 12),
        );
      },
    });
    const r = rollup([await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.branches[0].turnout).toEqual({ ballots: 12, expected: 25 });
    expect(r.warnings).toEqual([{ code: "turnout-below-quorum", files: ["a.xlsx"], args: { branch: "一支部", ballots: 12, expected: 25 } }]);
  });

  it("warns of a branch where every member has the same star", async () => {
    const a = await branchWorkbook({ name: "一支部", prefix: "A" });
    const month = a.snapshot().find((s) => s.name === `${MONTH} 评星`)!;
    month.values.forEach((row, r) => {
      if (/^A\d{3}$/.test(String(row[MONTH_COLUMNS.id])) && row[MONTH_COLUMNS.composite] !== "") a.setCell(`${MONTH} 评星`, `J${r + 1}`, "三星级");
    });
    const r = rollup([await source("a.xlsx", a)], MONTH, TODAY);
    expect(r.warnings.map((w) => w.code)).toEqual(["all-same-star"]);
    expect(r.warnings[0].args).toMatchObject({ branch: "一支部", stars: 3 });
  });
});

void AT;
