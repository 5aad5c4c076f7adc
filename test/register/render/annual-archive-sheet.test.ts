import type { CellValue } from "../../../src/register/cells";
import { archiveSheetName, renderArchiveSheet } from "../../../src/register/render/archive-sheet";
import { fittedHeight, linesFor, textWidth } from "../../../src/register/render/text-fit";
import type { Objection } from "../../../src/scheme/types";
import { AT, finalOf, yearOf } from "./annual-fixtures";
import { allText, assertWithinBounds } from "./fixtures";

const objections: Objection[] = [
  { year: "2026", memberId: "P3", received: "2026-12-03", content: "漏记加分", result: "属实", adjustedStars: 1, handler: "赵书记" },
];
const { result, data, final } = finalOf(objections);
const input = {
  result,
  final,
  finalizedOn: "2026-12-08",
  roster: data.members,
  objections,
  commitments: [
    {
      memberId: "P3",
      year: "2026",
      virtue: "职业道德",
      area: "岗位履职",
      content: "按时参加组织生活",
      plan: "每月参加主题党日",
      due: "2026-12-31",
      status: "未兑现",
      evidence: "缺席两次",
    },
  ],
  comments: [
    { period: "2026-07", memberId: "P3", by: "赵书记", shortcomings: "学习任务落后", causes: "时间安排不当", requirements: "制定学习计划" },
    { period: "2026-03", memberId: "P3", by: "赵书记", shortcomings: "缺席一次" },
  ],
};
const ctx = { settings: data.settings, generatedAt: AT };

/** The rows of one member's section: from its title to the next title. */
function section(values: CellValue[][], id: string): CellValue[][] {
  const starts = values.map((r, i) => (typeof r[0] === "string" && r[0].endsWith("创先争优活动档案") ? i : -1)).filter((i) => i >= 0);
  const at = starts.find((s) => String(values[s + 2][0]).includes(`编号：${id}`))!;
  const end = starts.find((s) => s > at) ?? values.length;
  return values.slice(at, end);
}

describe("renderArchiveSheet", () => {
  const plan = renderArchiveSheet(input, ctx);

  it("has one section per member of the year, in roster order, each after a page break", () => {
    const titles = plan.values.map((r, i) => [r[0], i] as const).filter(([v]) => typeof v === "string" && v.endsWith("创先争优活动档案"));
    expect(titles.map(([v]) => v)).toEqual([...Array(5).fill("党员创先争优活动档案"), "干部职工创先争优活动档案", "干部职工创先争优活动档案"]);
    expect(plan.pageBreaks).toEqual(titles.slice(1).map(([, i]) => i));
    expect(plan.name).toBe("2026 档案");
    expect(plan.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true });
  });

  it("gathers a member's commitments, months, comments (by month), objections and final star", () => {
    const s = section(plan.values, "P3");
    const text = s.flat().filter((v) => v !== "");
    expect(text).toEqual(expect.arrayContaining(["机关第二党支部 2026年度", "职业道德", "按时参加组织生活", "未兑现", "缺席两次"]));
    const months = s.filter((r) => /^\d+月$/.test(String(r[0])));
    expect(months.slice(0, 12).map((r) => r[0])).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]);
    expect(months[0].slice(0, 6)).toEqual(["1月", 70, 80, 73, "☆☆☆☆☆", "未评星"]);
    expect(months.slice(12).map((r) => [r[0], r[1]])).toEqual([
      ["3月", "赵书记"],
      ["7月", "赵书记"],
    ]);
    expect(s.find((r) => r[0] === "全年")!.slice(0, 6)).toEqual(["全年", 70, 80, 73, "☆☆☆☆☆", "未评星"]);
    expect(s.find((r) => r[0] === "2026-12-03")).toEqual(["2026-12-03", "漏记加分", "", "", "", "属实", 1, "赵书记"]);
    expect(text).toEqual(
      expect.arrayContaining([
        "拟评星级：未评星（年度得分73.0分）",
        "最终星级：一星级（经异议核查）",
        "确定日期：2026年12月8日",
        "反馈本人：杨磊同志：您2026年度综合得分73.0分，经异议核查，评定为一星级。",
      ]),
    );
  });

  it("marks the months a member was not on the roster, and says （无） for empty parts", () => {
    const s = section(plan.values, "P2");
    expect(s.filter((r) => r[5] === "不在册").map((r) => r[0])).toEqual(["1月", "2月", "3月", "4月", "5月", "6月"]);
    expect(s.filter((r) => r[0] === "（无）")).toHaveLength(3);
  });

  it("says the final star is not fixed yet before finalisation", () => {
    const draft = renderArchiveSheet({ ...input, final: null, finalizedOn: null }, ctx);
    expect(allText(draft)).toContain("最终星级：尚未确定（公示期满、异议核查完毕后确定）");
    expect(allText(draft).some((t) => t.startsWith("反馈本人"))).toBe(false);
  });

  it("prints one member alone as `YYYY 档案-姓名`, without page breaks", () => {
    const one = renderArchiveSheet(input, ctx, { memberId: "P3" });
    expect(one.name).toBe("2026 档案-杨磊");
    expect(one.pageBreaks).toBeUndefined();
    expect(allText(one).filter((t) => t.endsWith("创先争优活动档案"))).toHaveLength(1);
    expect(() => renderArchiveSheet(input, ctx, { memberId: "X9" })).toThrow(RangeError);
  });

  it("names a member's sheet safely: the 编号 when two share a name, no forbidden characters, at most 31 characters", () => {
    const twins = yearOf().result;
    const shared = { ...twins, members: twins.members.map((m) => (m.id === "N2" ? { ...m, name: "张伟" } : m)) };
    expect(archiveSheetName({ result: shared }, "P1")).toBe("2026 档案-张伟(P1)");
    const odd = { ...twins, members: twins.members.map((m) => (m.id === "P1" ? { ...m, name: "A/B:C*[很长的名字很长的名字很长的名字很长的名字]" } : m)) };
    const name = archiveSheetName({ result: odd }, "P1");
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });

  it("keeps every format, merge and range within the values", () => {
    assertWithinBounds(plan);
    assertWithinBounds(renderArchiveSheet(input, ctx, { memberId: "P4" }));
    assertWithinBounds(renderArchiveSheet({ ...input, result: { ...result, members: [] } }, ctx));
  });
});

describe("text-fit", () => {
  it("counts CJK and full-width characters as two units", () => {
    expect(textWidth("ab")).toBe(2);
    expect(textWidth("张伟，")).toBe(6);
    expect(textWidth("★")).toBe(2);
  });

  it("wraps to more lines as the text outgrows its width", () => {
    expect(linesFor("", 10)).toBe(1);
    expect(linesFor("张".repeat(4), 10)).toBe(1);
    expect(linesFor("张".repeat(10), 10)).toBe(3);
    expect(linesFor("a\nb", 10)).toBe(2);
  });

  it("never gives a row below the minimum", () => {
    expect(fittedHeight([{ text: "", width: 10 }], 20)).toBe(20);
    expect(fittedHeight([{ text: "张".repeat(20), width: 10 }], 20)).toBeGreaterThan(40);
  });
});

describe("renderArchiveSheet and the 组织生活会", () => {
  it("gives each month its meeting attendance and report in 备注", () => {
    const meetings = [
      { period: "2026-03", date: "2026-03-27", kind: "组织生活会", id: "P3", memberId: "P3", name: "", role: "党员", attendance: "缺席", reported: false },
      { period: "2026-04", date: "2026-04-28", kind: "组织生活会", id: "P3", memberId: "P3", name: "", role: "党员", attendance: "出席", reported: true },
      { period: "2026-05", date: "2026-05-27", kind: "组织生活会", id: "P3", memberId: "P3", name: "", role: "党员", attendance: "出席", reported: false },
    ];
    const rows = section(renderArchiveSheet({ ...input, meetings }, ctx).values, "P3");
    const note = (month: string) => String(rows.find((r) => r[0] === month)?.[6] ?? "");
    expect(note("3月")).toMatch(/^组织生活会缺席/);
    expect(note("4月")).toMatch(/^组织生活会出席并汇报/);
    expect(note("5月")).toMatch(/^组织生活会出席、未汇报/);
    expect(note("6月")).not.toContain("组织生活会");
  });
});
