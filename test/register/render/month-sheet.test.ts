import { renderMonthSheet, renderMonthSheetWithLayout, MONTH_COLUMNS, monthSheetName } from "../../../src/register/render/month-sheet";
import { labelsFor } from "../../../src/register/render/labels";
import { withDefaults } from "../../../src/scheme/settings";
import { allText, assertWithinBounds, at, effectiveFormat, member, monthResult, rowStarting, sampleMembers, SETTINGS, valuesIn } from "./fixtures";

const GENERATED_AT = "2026-12-01T09:30:15+08:00";
const ctx = { settings: SETTINGS, generatedAt: GENERATED_AT };
const C = MONTH_COLUMNS;
const HEADER = ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议", "有效票数", "综合得分", "星级", "等级", "状态", "说明", "备注"];

function render(members = sampleMembers(), settings = SETTINGS, extra: { approvedOn?: string | null } = {}) {
  return renderMonthSheetWithLayout(monthResult(members, settings), { ...ctx, settings, ...extra });
}

describe("renderMonthSheet", () => {
  it("names the sheet YYYY-MM 评星", () => {
    expect(renderMonthSheet(monthResult(sampleMembers()), ctx).name).toBe("2026-11 评星");
    expect(monthSheetName("2027-01")).toBe("2027-01 评星");
  });

  it("titles the sheet with the branch and the month", () => {
    const { plan } = render();
    expect(at(plan, "A1")).toBe("机关第一党支部 2026年11月党员积分评星结果");
    expect(plan.merges).toContain("A1:M1");
    expect(effectiveFormat(plan, "A1").font).toMatchObject({ name: "黑体", bold: true });
  });

  it("leaves out the branch from the title when it has no name yet", () => {
    const { plan } = render(sampleMembers(), withDefaults());
    expect(at(plan, "A1")).toBe("2026年11月党员积分评星结果");
    expect(allText(plan)).toContain("支部：（未设置支部名称）");
  });

  it("writes the header block: branch, month, formula with the weights, thresholds, status, generated at", () => {
    const text = allText(render().plan);
    expect(text).toContain("支部：机关第一党支部");
    expect(text).toContain("月份：2026年11月");
    expect(text).toContain("计算公式：综合得分 = 民主评议得分×30% + 记实考核得分×70%（各项得分保留1位小数，四舍五入）");
    expect(text).toContain("星级标准：五星级 ≥ 95，四星级 ≥ 90，三星级 ≥ 85，二星级 ≥ 80，一星级 ≥ 75，75以下未评星");
    expect(text).toContain("状态：拟评（待党员大会审议通过）");
    expect(text).toContain("生成时间：2026-12-01 09:30:15");
  });

  it.each([
    [0.4, 0.6, 0, "民主评议得分×40% + 记实考核得分×60%（各项得分取整数，四舍五入）"],
    [0.25, 0.75, 2, "民主评议得分×25% + 记实考核得分×75%（各项得分保留2位小数，四舍五入）"],
    [0.275, 0.725, 1, "民主评议得分×27.5% + 记实考核得分×72.5%"],
  ])("writes the formula with the settings' weights %s / %s", (appraisalWeight, recordWeight, decimals, expected) => {
    const settings = withDefaults({ ...SETTINGS, appraisalWeight, recordWeight, decimals });
    const formula = allText(render([], settings).plan).find((t) => t.startsWith("计算公式"));
    expect(formula).toContain(expected);
  });

  it("writes the thresholds of the settings", () => {
    const settings = withDefaults({ ...SETTINGS, thresholds: [96, 91, 86, 81, 70] });
    expect(allText(render([], settings).plan)).toContain("星级标准：五星级 ≥ 96，四星级 ≥ 91，三星级 ≥ 86，二星级 ≥ 81，一星级 ≥ 70，70以下未评星");
  });

  it("puts the columns in the order of docs/workbook.md, in both tables", () => {
    const { plan, layout } = render();
    expect(plan.values[layout.memberHeaderRow]).toEqual(HEADER);
    expect(plan.values[layout.nonMembers.first - 1]).toEqual(HEADER);
    expect(labelsFor().month.columns).toEqual(HEADER);
  });

  it("lists 党员 then 党外 in separate tables, by rank, the unranked after the ranked", () => {
    const { plan, layout } = render();
    const ids = (t: { first: number; last: number }) => plan.values.slice(t.first, t.last + 1).map((r) => r[C.id]);
    const ranks = (t: { first: number; last: number }) => plan.values.slice(t.first, t.last + 1).map((r) => r[C.rank]);
    expect(ids(layout.members)).toEqual(["D001", "D002", "D003", "D004", "D005", "D009", "D006", "D007", "D008"]);
    expect(ranks(layout.members)).toEqual([1, 2, 3, 4, 4, 6, 7, "", ""]);
    expect(ids(layout.nonMembers)).toEqual(["W001", "W002", "W003"]);
    expect(ranks(layout.nonMembers)).toEqual([1, 2, ""]);
    expect(layout.nonMembers.first).toBeGreaterThan(layout.members.last + 1);
    expect(at(plan, `A${layout.memberHeaderRow}`)).toBe("一、党员");
    expect(at(plan, `A${layout.nonMembers.first - 1}`)).toBe("二、党外干部职工");
  });

  it("writes a member's row: scores as numbers, ★ text, label, status and notes", () => {
    const { plan, layout } = render();
    const row = (id: string) => plan.values.find((r) => r[C.id] === id)!;
    expect(row("D001")).toEqual([1, "D001", "张伟", "第一党小组", 98, 96, 5, 97.4, "★★★★★", "五星级", "拟评", "", ""]);
    expect(row("D004")[C.flags]).toBe("票数不足（少于3票）");
    expect(row("D006")[C.flags]).toBe("含加减分-2");
    expect(row("D006").slice(C.starText, C.label + 1)).toEqual(["☆☆☆☆☆", "未评星"]);
    expect(row("D007").slice(C.record, C.flags + 1)).toEqual(["", 90, 5, "", "", "未考核", "拟评", "未考核"]);
    expect(row("D008").slice(C.label)).toEqual(["不参评", "拟评", "不参评（长期病假）", ""]);
    // 备注 is the person's: the add-in writes its flags in 说明 and leaves 备注 empty.
    expect(plan.values.filter((r) => r[C.id] && r[C.id] !== "编号").every((r) => r[C.note] === "")).toBe(true);
    expect(row("W003").slice(C.appraisal, C.label + 1)).toEqual(["", 0, "", "", "未评议"]);
    expect(layout.members.first).toBe(layout.memberHeaderRow + 1);
  });

  it("shows 已通过 with the approval date once the 党员大会 passed the results", () => {
    const { plan, layout } = render(sampleMembers(), SETTINGS, { approvedOn: "2026-11-28" });
    expect(allText(plan)).toContain("状态：已通过（2026年11月28日党员大会通过）");
    const statuses = plan.values.slice(layout.members.first, layout.members.last + 1).map((r) => r[C.status]);
    expect(new Set(statuses)).toEqual(new Set(["已通过"]));
    expect(allText(render(sampleMembers(), SETTINGS, { approvedOn: null }).plan)).toContain("状态：拟评（待党员大会审议通过）");
  });

  it("refuses an approval date that is not an ISO date", () => {
    expect(() => render(sampleMembers(), SETTINGS, { approvedOn: "2026/11/28" })).toThrow(RangeError);
  });

  it.each([
    [0, "0"],
    [1, "0.0"],
    [2, "0.00"],
  ])("formats the score columns with %i decimals as %s", (decimals, format) => {
    const settings = withDefaults({ ...SETTINGS, decimals });
    const { plan, layout } = render(sampleMembers(), settings);
    for (const t of [layout.members, layout.nonMembers]) {
      for (const col of ["E", "F", "H"]) {
        expect(effectiveFormat(plan, `${col}${t.first + 1}`).numberFormat).toBe(format);
        expect(effectiveFormat(plan, `${col}${t.last + 1}`).numberFormat).toBe(format);
      }
      expect(effectiveFormat(plan, `G${t.first + 1}`).numberFormat).toBe("0");
    }
  });

  it("puts 编号, 说明 and 备注 where the month workflow's note carry-over looks for them", () => {
    const { plan, layout } = render();
    expect(plan.values[layout.memberHeaderRow][C.flags]).toBe("说明");
    expect(plan.values[layout.memberHeaderRow][C.note]).toBe("备注");
    expect(plan.values[layout.memberHeaderRow][C.id]).toBe("编号");
    expect(plan.values[layout.members.first][C.id]).toBe("D001");
  });

  it.each(["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", "'quoted"])("writes the name %s as the exact string", (name) => {
    const { plan } = render([member({ id: "001", name, group: name })]);
    const row = plan.values.find((r) => r[C.id] === "001")!;
    expect(row[C.name]).toBe(name);
    expect(row[C.group]).toBe(name);
    expect(typeof row[C.id]).toBe("string");
  });

  it("freezes the rows down to the 党员 table header; prints it once when the 党员 table fits on the first page", () => {
    const { plan, layout } = render();
    expect(plan.freeze).toEqual({ rows: layout.memberHeaderRow + 1 });
    expect(plan.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true, footer: "第 &P 页 共 &N 页" });
    expect(plan.print?.titleRows).toBeUndefined();
  });

  it("formats the table headers bold on a fill, with thin borders over the tables", () => {
    const { plan, layout } = render();
    const header = effectiveFormat(plan, `A${layout.memberHeaderRow + 1}`);
    expect(header.font).toMatchObject({ name: "黑体", bold: true });
    expect(header.fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(header.border).toBe("thin");
    expect(effectiveFormat(plan, `M${layout.nonMembers.last + 1}`).border).toBe("thin");
    expect(effectiveFormat(plan, `C${layout.members.first + 1}`).font.name).toBe("宋体");
    expect(plan.columnWidths).toHaveLength(13);
  });

  it("colours the stars by level, five stars differently from none", () => {
    const { plan, layout } = render();
    const five = effectiveFormat(plan, `I${layout.members.first + 1}`);
    const none = effectiveFormat(plan, `I${rowStarting(plan, 7) + 1}`);
    expect(five.font.color).toBeDefined();
    expect(none.font.color).toBeDefined();
    expect(five.font.color).not.toBe(none.font.color);
  });

  it("shows （本月无） for a kind without members", () => {
    const { plan, layout } = render(sampleMembers().filter((m) => m.kind === "党员"));
    expect(layout.nonMembers.last).toBeLessThan(layout.nonMembers.first);
    expect(plan.values[layout.nonMembers.first][0]).toBe("（本月无）");
    assertWithinBounds(plan);
  });

  it("counts the stars in the distribution table the chart points at", () => {
    const { plan } = render();
    const chart = plan.chart!;
    expect(chart.type).toBe("column");
    expect(valuesIn(plan, chart.categories)).toEqual(["五星级", "四星级", "三星级", "二星级", "一星级", "未评星"]);
    expect(chart.series.map((s) => s.name)).toEqual(["党员", "党外"]);
    expect(valuesIn(plan, chart.series[0].values)).toEqual([2, 1, 2, 1, 0, 1]);
    expect(valuesIn(plan, chart.series[1].values)).toEqual([1, 0, 0, 0, 1, 0]);
    const unscored = rowStarting(plan, "无星级");
    expect(plan.values[unscored].slice(0, 5)).toEqual(["无星级", "", 2, 1, 3]);
    expect(plan.values[unscored + 1].slice(0, 5)).toEqual(["合计", "", 9, 3, 12]);
    const header = rowStarting(plan, "星级", "", "党员");
    expect(plan.values[header].slice(0, 5)).toEqual(["星级", "", "党员", "党外", "合计"]);
    expect(chart.categories).toBe(`A${header + 2}:A${header + 7}`);
  });

  it("anchors the chart beside the distribution table, within the sheet", () => {
    const { plan, layout } = render();
    const chart = plan.chart!;
    expect(chart.anchor).toBe(`G${layout.distributionHeaderRow}`);
    expect(chart.width).toBeGreaterThan(200);
    expect(chart.height).toBeGreaterThan(150);
    expect(chart.title).toBe("2026年11月星级分布");
  });

  it("uses only star labels and counts in the distribution, whatever the results hold", () => {
    const { plan } = render([]);
    expect(valuesIn(plan, plan.chart!.series[0].values)).toEqual([0, 0, 0, 0, 0, 0]);
    assertWithinBounds(plan);
  });

  it.each([
    ["the sample branch", sampleMembers()],
    ["a 党外-only month", sampleMembers().filter((m) => m.kind === "党外")],
    ["a branch of one", [member({ id: "D1", name: "张三" })]],
    ["no members", []],
  ])("keeps every format, merge and range within the values: %s", (_what, members) => {
    for (const decimals of [0, 1, 2]) {
      const { plan } = render(members, withDefaults({ ...SETTINGS, decimals }));
      assertWithinBounds(plan);
    }
  });

  it("has a bounds check that catches a stray range (the check itself works)", () => {
    const { plan } = render();
    const rows = plan.values.length;
    expect(() => assertWithinBounds({ ...plan, formats: [{ range: `A1:N${rows}` }] })).toThrow(/outside/);
    expect(() => assertWithinBounds({ ...plan, merges: [...plan.merges!, `A1:B2`] })).toThrow(/overlap/);
    expect(() => assertWithinBounds({ ...plan, chart: { ...plan.chart!, anchor: `G${rows + 1}` } })).toThrow(/anchor/);
  });

  it("does not change the results it renders", () => {
    const result = monthResult(sampleMembers());
    const copy = JSON.parse(JSON.stringify(result));
    renderMonthSheet(result, ctx);
    expect(result).toEqual(copy);
  });
});
