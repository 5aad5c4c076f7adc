import { cellAddress, type Grid } from "../../../src/register/cells";
import { ADMONITION_COLUMNS, keptOutcomeEntries, outcomesSheetName, renderOutcomesSheet } from "../../../src/register/render/outcomes-sheet";
import { withDefaults } from "../../../src/scheme/settings";
import { resultsUsage } from "../../../src/scheme/outcomes";
import { AT, finalOf } from "./annual-fixtures";
import { allText, assertWithinBounds, at, effectiveFormat } from "./fixtures";

const { final, usage, data } = finalOf();
const ctx = { settings: data.settings, generatedAt: AT, year: "2026", finalizedOn: "2027-01-04", decimals: 1 };
const A = ADMONITION_COLUMNS;

/** The data rows under the header that follows the section starting with `caption`. */
function tableAfter(values: Grid, caption: string): Grid {
  const section = values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(caption));
  const header = values.findIndex((r, i) => i > section && r[0] === "序号");
  const rows: Grid = [];
  for (let r = header + 1; r < values.length && values[r][0] !== "" && !String(values[r][0]).match(/^[一二三四]、/); r++) rows.push(values[r]);
  return rows;
}

describe("renderOutcomesSheet", () => {
  const plan = renderOutcomesSheet(usage, ctx);

  it("is named YYYY 结果运用 and says which final stars it rests on", () => {
    expect(plan.name).toBe("2026 结果运用");
    expect(outcomesSheetName("2027")).toBe("2027 结果运用");
    expect(at(plan, "A1")).toBe("机关第二党支部 2026年度党员积分评星结果运用");
    expect(allText(plan)).toContain("依据：2026年度星级（2027年1月4日确定）");
  });

  it("lists the 党员 from 评优最低星级 up as candidates, by annual score", () => {
    expect(allText(plan)).toContain("一、评先评优候选（三星级及以上党员，按年度得分排列）");
    expect(tableAfter(plan.values, "一、").map((r) => r.slice(0, 7))).toEqual([
      [1, "P1", "张伟", "", 98.6, "★★★★★", "五星级"],
      [2, "P2", "李娜", "", 94.4, "★★★★☆", "四星级"],
      [3, "P5", "王芳", "", 85.6, "★★★☆☆", "三星级"],
    ]);
    const four = renderOutcomesSheet(resultsUsage(final, withDefaults({ ...data.settings, commendationMinStars: 4 }), "2027-01-04"), {
      ...ctx,
      settings: withDefaults({ ...data.settings, commendationMinStars: 4 }),
    });
    expect(tableAfter(four.values, "一、").map((r) => r[1])).toEqual(["P1", "P2"]);
    expect(allText(four)).toContain("一、评先评优候选（四星级及以上党员，按年度得分排列）");
  });

  it("lists 党员 without a star for an admonishment talk, with blank talk date and requirements and the deadline", () => {
    expect(tableAfter(plan.values, "二、")).toEqual([[1, "P3", "杨磊", "", 73, "未评星", "", "", "2027年4月4日"]]);
    expect(allText(plan).some((t) => t.includes("整改期限为确定星级之日起3个月"))).toBe(true);
    const r = plan.values.findIndex((x) => x[A.id] === "P3");
    expect(effectiveFormat(plan, cellAddress(r, A.talkDate)).numberFormat).toBe("yyyy-mm-dd");
  });

  it("lists the unrated 党员 apart, with a note that they are not admonished automatically", () => {
    expect(tableAfter(plan.values, "三、").map((r) => r.slice(0, 5))).toEqual([[1, "P4", "黄强", "", "不参评"]]);
    expect(allText(plan).some((t) => t.includes("不自动列入戒勉谈话"))).toBe(true);
  });

  it("lists the 党外 results for the annual goal assessment, never as candidates or talks", () => {
    expect(allText(plan)).toContain("四、党外干部职工年度结果（作为年度个人目标考核依据）");
    expect(tableAfter(plan.values, "四、").map((r) => r[1])).toEqual(["N1", "N2"]);
    expect(tableAfter(plan.values, "二、").map((r) => r[1])).not.toContain("N2");
  });

  it("says （无） for an empty table", () => {
    const empty = renderOutcomesSheet({ candidates: [], admonishments: [], unrated: [], nonParty: [] }, ctx);
    expect(empty.values.filter((r) => r[0] === "（无）")).toHaveLength(4);
    assertWithinBounds(empty);
  });

  it("carries what a person typed back in, by table and 编号", () => {
    const typed = plan.values.map((r) => [...r]);
    const talk = typed.findIndex((r) => r[A.id] === "P3");
    typed[talk][A.talkDate] = "2027-01-10";
    typed[talk][A.requirements] = "每月汇报思想和工作";
    const candidate = typed.findIndex((r) => r[1] === "P1");
    typed[candidate][7] = "推荐为优秀共产党员";
    const kept = keptOutcomeEntries(typed);
    expect(kept.get("admonishments")?.get("P3")).toEqual(
      new Map<number, unknown>([
        [A.talkDate, "2027-01-10"],
        [A.requirements, "每月汇报思想和工作"],
      ]),
    );
    const again = renderOutcomesSheet(usage, { ...ctx, kept });
    expect(again.values.find((r) => r[A.id] === "P3")!.slice(A.talkDate)).toEqual(["2027-01-10", "每月汇报思想和工作", "2027年4月4日"]);
    expect(tableAfter(again.values, "一、")[0][7]).toBe("推荐为优秀共产党员");
    expect(keptOutcomeEntries(null).size).toBe(0);
  });

  it("is print-ready on A4 portrait", () => {
    expect(plan.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true });
    assertWithinBounds(plan);
  });
});
