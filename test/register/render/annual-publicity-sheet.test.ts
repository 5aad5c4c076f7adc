import { renderYearPublicitySheet, YEAR_PUBLICITY_COLUMNS, yearPublicitySheetName } from "../../../src/register/render/year-publicity-sheet";
import { publicityPeriod } from "../../../src/scheme/publicity";
import { withDefaults } from "../../../src/scheme/settings";
import { AT, yearOf } from "./annual-fixtures";
import { allText, assertWithinBounds, at, effectiveFormat, rowStarting } from "./fixtures";

const { result, data } = yearOf();
const period = publicityPeriod("2026-12-01", 7);
const render = (settings = data.settings) => renderYearPublicitySheet(result, { settings, generatedAt: AT, period });

describe("renderYearPublicitySheet", () => {
  const plan = render();

  it("is titled 「{支部} 2026年度党员积分评星结果公示」 and named YYYY 年度公示", () => {
    expect(plan.name).toBe("2026 年度公示");
    expect(yearPublicitySheetName("2027")).toBe("2027 年度公示");
    expect(at(plan, "A1")).toBe("机关第二党支部 2026年度党员积分评星结果公示");
    expect(effectiveFormat(plan, "A1").font).toMatchObject({ name: "黑体", bold: true, size: 18 });
  });

  it("states the period: 公示时间：2026年12月1日至2026年12月7日", () => {
    expect(at(plan, "A3")).toBe("公示时间：2026年12月1日至2026年12月7日");
    expect(allText(plan).find((t) => t.startsWith("根据"))).toContain("年度得分 = 记实考核月均分×70% + 年度民主评议得分×30%");
  });

  it("says how to raise an objection: to the secretary named in the settings, by the last day", () => {
    const text = allText(plan).find((t) => t.startsWith("公示期间"));
    expect(text).toContain("请于2026年12月7日（含当日）前");
    expect(text).toContain("向支部书记赵书记同志反映");
    const unnamed = render(withDefaults({ ...data.settings, secretary: "" }));
    expect(allText(unnamed).find((t) => t.startsWith("公示期间"))).toContain("向支部委员会反映");
  });

  it("lists every member's annual score and proposed star, public fields only", () => {
    const header = rowStarting(plan, "序号", "姓名", "党小组", "记实考核均分");
    const rows = plan.values.slice(header + 1, header + 6);
    expect(rows.map((r) => r[YEAR_PUBLICITY_COLUMNS.name])).toEqual(["张伟", "李娜", "王芳", "杨磊", "黄强"]);
    expect(rows[0]).toEqual([1, "张伟", "", 98, 100, 98.6, "★★★★★", "五星级"]);
    expect(rows[4]).toEqual([5, "黄强", "", "", "", "", "", "不参评"]);
    const text = allText(plan);
    for (const m of result.members) expect(text).not.toContain(m.id);
    for (const word of ["编号", "备注", "考核月数", "有效票数", "按月度评议均值", "在册", "生成时间"]) expect(text.some((t) => t.includes(word))).toBe(false);
  });

  it("publicises 党外 in their own table", () => {
    const section = plan.values.findIndex((r) => r[0] === "二、非党干部职工");
    expect(plan.values.slice(section + 2, section + 4).map((r) => r[1])).toEqual(["郑红", "吴刚"]);
  });

  it("signs with the branch and the first day of the period", () => {
    expect(plan.values[plan.values.length - 2][4]).toBe("机关第二党支部");
    expect(plan.values[plan.values.length - 1][4]).toBe("2026年12月1日");
  });

  it("is print-ready on A4 portrait, one page wide, with the header repeated", () => {
    const header = rowStarting(plan, "序号", "姓名", "党小组", "记实考核均分");
    expect(plan.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true, footer: "第 &P 页 共 &N 页" });
    expect(header).toBeGreaterThan(0);
    assertWithinBounds(plan);
    assertWithinBounds(renderYearPublicitySheet({ ...result, members: [] }, { settings: data.settings, generatedAt: AT, period }));
  });
});
