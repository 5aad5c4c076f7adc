import { renderYearSheet, renderYearSheetWithLayout, YEAR_COLUMNS, yearSheetName } from "../../../src/register/render/year-sheet";
import { withDefaults } from "../../../src/scheme/settings";
import { AT, yearOf } from "./annual-fixtures";
import { allText, assertWithinBounds, at, effectiveFormat } from "./fixtures";

const { result, data } = yearOf();
const ctx = { settings: data.settings, generatedAt: AT };
const C = YEAR_COLUMNS;

function rowOf(values: (string | number | boolean | null)[][], id: string) {
  const row = values.find((r) => r[C.id] === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("renderYearSheet", () => {
  const { plan, layout } = renderYearSheetWithLayout(result, ctx);

  it("names the sheet YYYY 年度评星 and titles it with the branch and year", () => {
    expect(plan.name).toBe("2026 年度评星");
    expect(yearSheetName("2027")).toBe("2027 年度评星");
    expect(at(plan, "A1")).toBe("机关第二党支部 2026年度党员积分评星结果");
    expect(plan.merges).toContain("A1:N1");
  });

  it("states the annual formula with the actual weights, the months rule and the thresholds", () => {
    const text = allText(plan);
    expect(text).toContain(
      "计算公式：年度得分 = 记实考核月均分×70% + 年度民主评议得分×30%（月均分为各考核月记实考核得分的平均；各项得分保留1位小数，四舍五入）",
    );
    expect(text.some((t) => t.startsWith("考核月数：") && t.includes("少于6个月"))).toBe(true);
    expect(text).toContain("星级标准：五星级 ≥ 95，四星级 ≥ 90，三星级 ≥ 85，二星级 ≥ 80，一星级 ≥ 75，75以下未评星");
    expect(text).toContain("状态：拟评（待年度公示）");
    expect(text).toContain("生成时间：2027-01-04 10:00:00");
  });

  it("shows the publicity period in the status once there is one", () => {
    const withPeriod = renderYearSheet(result, { ...ctx, publicity: { start: "2026-12-01", end: "2026-12-07" } });
    expect(allText(withPeriod)).toContain("状态：拟评（公示时间：2026年12月1日至2026年12月7日）");
  });

  it("lists 党员 ranked then unranked, then 党外 in their own table", () => {
    const ids = (first: number, last: number) => plan.values.slice(first, last + 1).map((r) => r[C.id]);
    expect(ids(layout.members.first, layout.members.last)).toEqual(["P1", "P2", "P5", "P3", "P4"]);
    expect(ids(layout.nonMembers.first, layout.nonMembers.last)).toEqual(["N1", "N2"]);
    expect(plan.values[layout.memberHeaderRow]).toEqual([
      "排名",
      "编号",
      "姓名",
      "党小组",
      "考核月数",
      "记实考核均分",
      "年度评议",
      "有效票数",
      "年度得分",
      "星级",
      "等级",
      "状态",
      "说明",
      "备注",
    ]);
  });

  it.each([
    // id, rank, months, record average, appraisal, valid marks, score, ★, label, note
    ["P1", 1, 12, 98, 100, 3, 98.6, "★★★★★", "五星级", ""],
    ["P2", 2, 6, 92, 100, 3, 94.4, "★★★★☆", "四星级", "在册6个月"],
    ["P5", 3, 6, 88, 80, 3, 85.6, "★★★☆☆", "三星级", "不参评6个月"],
    ["P3", 4, 12, 70, 80, 3, 73, "☆☆☆☆☆", "未评星", ""],
    ["P4", "", 0, "", "", "", "", "", "不参评", "不参评"],
    ["N1", 1, 12, 96, 100, "", 97.2, "★★★★★", "五星级", "按月度评议均值"],
  ])("shows %s's year", (id, rank, months, record, appraisal, marks, score, stars, label, note) => {
    const row = rowOf(plan.values, id);
    expect([
      row[C.rank],
      row[C.monthsAssessed],
      row[C.recordAverage],
      row[C.annualAppraisal],
      row[C.validMarks],
      row[C.score],
      row[C.starText],
      row[C.label],
      row[C.status],
      row[C.flags],
      row[C.note],
    ]).toEqual([rank, months, record, appraisal, marks, score, stars, label, "拟评", note, ""]);
  });

  it("formats scores with the settings' decimals, bold annual scores, and star colours", () => {
    const r = plan.values.findIndex((x) => x[C.id] === "P1") + 1;
    expect(effectiveFormat(plan, `F${r}`).numberFormat).toBe("0.0");
    expect(effectiveFormat(plan, `I${r}`)).toMatchObject({ numberFormat: "0.0", font: { bold: true } });
    expect(effectiveFormat(plan, `J${r}`).font.color).toBe("#C00000");
    const two = renderYearSheet(result, { ...ctx, settings: withDefaults({ ...data.settings, decimals: 2 }) });
    expect(effectiveFormat(two, `I${r}`).numberFormat).toBe("0.00");
  });

  it("freezes and repeats the 党员 header, prints landscape A4, and has the star distribution with a chart", () => {
    expect(plan.freeze).toEqual({ rows: layout.memberHeaderRow + 1 });
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(plan.values[layout.distributionHeaderRow].slice(0, 5)).toEqual(["星级", "", "党员", "党外", "合计"]);
    expect(plan.values[layout.distributionHeaderRow + 1].slice(0, 5)).toEqual(["五星级", "", 1, 1, 2]);
    expect(plan.chart).toMatchObject({ type: "column", title: "2026年度星级分布" });
  });

  it("keeps every format, merge and range within the values", () => {
    assertWithinBounds(plan);
    assertWithinBounds(renderYearSheet({ ...result, members: [] }, ctx));
  });
});
