import { publicitySheetName, renderPublicitySheet } from "../../../src/register/render/publicity-sheet";
import { withDefaults, type Settings } from "../../../src/scheme/settings";
import type { MemberMonth } from "../../../src/scheme/results";
import { allText, assertWithinBounds, at, effectiveFormat, member, monthResult, rowStarting, sampleMembers, SETTINGS } from "./fixtures";

const ctx = { settings: SETTINGS, generatedAt: "2026-12-01T09:30:15+08:00" };

function render(members: MemberMonth[] = sampleMembers(), settings: Settings = SETTINGS, extra: { approvedOn?: string | null; generatedAt?: string } = {}) {
  return renderPublicitySheet(monthResult(members, settings), { ...ctx, settings, ...extra });
}

/** The rows of the table under the header that follows the section whose caption starts with `caption`. */
function tableAfter(plan: ReturnType<typeof render>, caption: string): (string | number | boolean | null)[][] {
  const section = plan.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(caption));
  if (section < 0) throw new Error(`no section ${caption}`);
  const rows = [];
  for (let r = section + 2; r < plan.values.length && plan.values[r][0] !== ""; r++) rows.push(plan.values[r]);
  return rows;
}

describe("renderPublicitySheet", () => {
  it("names the sheet YYYY-MM 公示 and titles it with the branch and month", () => {
    const plan = render();
    expect(plan.name).toBe("2026-11 公示");
    expect(publicitySheetName("2026-01")).toBe("2026-01 公示");
    expect(at(plan, "A1")).toBe("机关第一党支部 2026年11月党员积分评星结果公示");
    expect(plan.merges).toContain("A1:H1");
    const title = effectiveFormat(plan, "A1");
    expect(title.font).toMatchObject({ name: "黑体", bold: true });
    expect(title.font.size).toBeGreaterThanOrEqual(16);
    expect(title.font.size).toBeLessThanOrEqual(18);
    expect(title.horizontal).toBe("center");
  });

  it("is print-ready on A4 portrait, one page wide, with repeated header rows and page numbers", () => {
    const plan = render();
    const boardHeader = rowStarting(plan, "序号", "姓名", "党小组", "记实考核");
    expect(plan.print).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      footer: "第 &P 页 共 &N 页",
    });
    // The board fits on the first page: no header to repeat (print-layout.test.ts has a branch of 50).
    expect(plan.print?.titleRows).toBeUndefined();
    const body = effectiveFormat(plan, `B${boardHeader + 2}`);
    expect(body.font.name).toBe("宋体");
    expect(body.font.size).toBeGreaterThanOrEqual(11);
    expect(body.border).toBe("thin");
  });

  it("shows no 编号, position, dates, reasons or notes", () => {
    const members = sampleMembers();
    const text = allText(render(members));
    for (const m of members) expect(text).not.toContain(m.id);
    for (const word of ["编号", "岗位", "备注", "长期病假", "票数不足", "有效票数", "生成时间", "排名", "拟评"]) {
      expect(text.some((t) => t.includes(word) && !t.startsWith("根据"))).toBe(false);
    }
  });

  it("lists as 评为优秀 the 党员 with at least 月度优秀星级 stars (five by default)", () => {
    const rows = tableAfter(render(), "一、评为优秀");
    expect(rows).toEqual([
      [1, "张伟", "第一党小组", "", "", 97.4, "★★★★★", "五星级"],
      [2, "李娜", "第一党小组", "", "", 95.4, "★★★★★", "五星级"],
    ]);
  });

  it("takes the 评为优秀 threshold from the settings", () => {
    const settings = withDefaults({ ...SETTINGS, monthlyExcellentStars: 4 });
    const plan = render(sampleMembers(), settings);
    expect(allText(plan)).toContain("一、评为优秀（四星级及以上）");
    expect(tableAfter(plan, "一、评为优秀").map((r) => r[1])).toEqual(["张伟", "李娜", "王芳"]);
  });

  it("leaves 党外 out of the 评为优秀 list", () => {
    const rows = tableAfter(render(), "一、评为优秀");
    expect(rows.map((r) => r[1])).not.toContain("郑红");
  });

  it("says （本月无） when nobody is 评为优秀", () => {
    const plan = render([member({ id: "D1", name: "张三", record: 80, appraisal: 80 })]);
    expect(tableAfter(plan, "一、评为优秀")).toEqual([["（本月无）", "", "", "", "", "", "", ""]]);
  });

  it("shows every assessed 党员 on the display board, the unscored as such", () => {
    const rows = tableAfter(render(), "二、党员积分评星展示台");
    expect(rows.map((r) => r[1])).toEqual(["张伟", "李娜", "王芳", "刘洋", "陈静", "周杰", "杨磊", "赵敏", "黄强"]);
    expect(rows[0]).toEqual([1, "张伟", "第一党小组", 98, 96, 97.4, "★★★★★", "五星级"]);
    expect(rows[7].slice(3)).toEqual(["", 90, "", "", "未考核"]);
    expect(rows[8].slice(3)).toEqual(["", "", "", "", "不参评"]);
  });

  it("publicises the 党外 results in their own table", () => {
    const rows = tableAfter(render(), "三、非党干部职工评比结果");
    expect(rows.map((r) => r[1])).toEqual(["郑红", "吴刚", "孙丽"]);
    expect(rows[2].slice(3)).toEqual([90, "", "", "", "未评议"]);
  });

  it("leaves the 党外 table out in a month without 党外", () => {
    const plan = render(sampleMembers().filter((m) => m.kind === "党员"));
    expect(allText(plan).some((t) => t.startsWith("三、"))).toBe(false);
  });

  it.each([
    [0, "0"],
    [1, "0.0"],
    [2, "0.00"],
  ])("formats scores with %i decimals as %s", (decimals, format) => {
    const plan = render(sampleMembers(), withDefaults({ ...SETTINGS, decimals }));
    const first = rowStarting(plan, 1, "张伟", "第一党小组", 98);
    for (const col of ["D", "E", "F"]) expect(effectiveFormat(plan, `${col}${first + 1}`).numberFormat).toBe(format);
  });

  it("dates a draft with the day it is generated and says it is 拟评", () => {
    const plan = render();
    const text = allText(plan);
    expect(plan.values[plan.values.length - 1]).toContain("2026年12月1日");
    expect(plan.values[plan.values.length - 2]).toContain("机关第一党支部");
    expect(text.find((t) => t.startsWith("根据"))).toContain("现将机关第一党支部2026年11月党员积分评星拟评结果公示如下");
    expect(text.find((t) => t.startsWith("根据"))).toContain("综合得分 = 民主评议得分×30% + 记实考核得分×70%");
  });

  it("dates approved results with the approval date", () => {
    const plan = render(sampleMembers(), SETTINGS, { approvedOn: "2026-11-28" });
    expect(plan.values[plan.values.length - 1]).toContain("2026年11月28日");
    const lead = allText(plan).find((t) => t.startsWith("根据"))!;
    expect(lead).toContain("2026年11月28日党员大会审议通过");
    expect(lead).not.toContain("拟评");
  });

  it("falls back to the month's last day when the generation time has no date", () => {
    const plan = render(sampleMembers(), SETTINGS, { generatedAt: "later" });
    expect(plan.values[plan.values.length - 1]).toContain("2026年11月30日");
  });

  it.each(["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)"])("writes the name %s as the exact string", (name) => {
    const plan = render([member({ id: "D1", name, group: name, record: 100, appraisal: 100 })]);
    expect(plan.values.filter((r) => r[1] === name)).toHaveLength(2);
    expect(plan.values.filter((r) => r[2] === name)).toHaveLength(2);
  });

  it.each([
    ["the sample branch", sampleMembers()],
    ["a 党外-only month", sampleMembers().filter((m) => m.kind === "党外")],
    ["a branch of one", [member({ id: "D1", name: "张三", record: 100, appraisal: 100 })]],
    ["no members", []],
    ["no branch name", sampleMembers()],
  ])("keeps every format, merge and range within the values: %s", (what, members) => {
    const settings = what === "no branch name" ? withDefaults() : SETTINGS;
    assertWithinBounds(render(members, settings));
    assertWithinBounds(render(members, settings, { approvedOn: "2026-11-28" }));
  });
});
