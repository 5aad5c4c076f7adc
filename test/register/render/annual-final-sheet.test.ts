import { FINAL_COLUMNS, finalSheetName, renderFinalSheet } from "../../../src/register/render/final-sheet";
import { publicityPeriod } from "../../../src/scheme/publicity";
import type { Objection } from "../../../src/scheme/types";
import { AT, finalOf } from "./annual-fixtures";
import { allText, assertWithinBounds, at, effectiveFormat } from "./fixtures";

const objections: Objection[] = [
  { year: "2026", memberId: "P3", received: "2026-12-03", content: "漏记加分", result: "属实", adjustedStars: 1, handler: "赵书记" },
  { year: "2026", memberId: "P2", received: "2026-12-04", content: "有异议", result: "不属实" },
  { year: "2025", memberId: "P1", received: "2025-12-04", content: "去年的", result: "属实", adjustedStars: 2 },
];
const { final, data } = finalOf(objections);
const ctx = { settings: data.settings, generatedAt: AT, publicity: publicityPeriod("2026-12-01", 7), finalizedOn: "2026-12-08", objections };
const C = FINAL_COLUMNS;
const rowOf = (values: (string | number | boolean | null)[][], id: string) => values.find((r) => r[C.id] === id)!;

describe("renderFinalSheet", () => {
  const plan = renderFinalSheet(final, ctx);

  it("is named YYYY 年度星级 and titled as the final results", () => {
    expect(plan.name).toBe("2026 年度星级");
    expect(finalSheetName("2027")).toBe("2027 年度星级");
    expect(at(plan, "A1")).toBe("机关第二党支部 2026年度党员积分评星最终结果");
  });

  it("states the period, the date fixed and the year's objections", () => {
    const text = allText(plan);
    expect(text).toContain("公示时间：2026年12月1日至2026年12月7日");
    expect(text).toContain("确定日期：2026年12月8日");
    expect(text).toContain("异议：收到2件，核查属实1件、不属实1件");
    expect(allText(renderFinalSheet(final, { ...ctx, objections: [] }))).toContain("异议：公示期间未收到异议");
  });

  it.each([
    // id, proposed, ★, final label, 异议核查, feedback
    ["P1", "五星级", "★★★★★", "五星级", "", "张伟同志：您2026年度综合得分98.6分，评定为五星级。"],
    ["P3", "未评星", "★☆☆☆☆", "一星级", "经核查调整", "杨磊同志：您2026年度综合得分73.0分，经异议核查，评定为一星级。"],
    ["P2", "四星级", "★★★★☆", "四星级", "经核查维持", "李娜同志：您2026年度综合得分94.4分，评定为四星级。"],
    ["P4", "不参评", "", "不参评", "", "黄强同志：您2026年度不参评，无综合得分，未评定星级。"],
  ])("shows %s's final star and feedback line", (id, proposed, stars, label, check, feedback) => {
    const row = rowOf(plan.values, id);
    expect([row[C.proposed], row[C.starText], row[C.label], row[C.objection], row[C.feedback]]).toEqual([proposed, stars, label, check, feedback]);
  });

  it("colours the final star and wraps the feedback, on landscape A4 with the header repeated", () => {
    const r = plan.values.findIndex((x) => x[C.id] === "P1") + 1;
    expect(effectiveFormat(plan, `G${r}`).font.color).toBe("#C00000");
    expect(effectiveFormat(plan, `J${r}`)).toMatchObject({ horizontal: "left", wrap: true });
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    expect(plan.freeze?.rows).toBeGreaterThan(0);
    assertWithinBounds(plan);
    assertWithinBounds(renderFinalSheet({ ...final, members: [] }, ctx));
  });
});
