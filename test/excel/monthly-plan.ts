/**
 * A realistic monthly results sheet plan (「YYYY-MM 评星」) for N members, built inline so that the
 * adapter's tests and benchmark do not depend on the renderer: a title block, a header row, 13 columns
 * per member, star colours in runs, borders, number formats, widths, frozen header, A4 print setup, the
 * star distribution with a chart, and 备注 kept across regeneration.
 */
import type { CellValue } from "../../src/register/cells";
import { rangeAddress } from "../../src/register/cells";
import type { FormatRange, SheetPlan } from "../../src/register/sheet-plan";

export const MONTH_HEADER = ["排名", "编号", "姓名", "类别", "党小组", "记实考核", "民主评议", "有效票数", "综合得分", "星级", "等级", "状态", "备注"];
/** Zero-based row of the header; members start below it. */
export const HEADER_ROW = 3;
export const NOTE_COLUMN = 12;
export const ID_COLUMN = 1;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英";
const STAR_FILL = ["#FFFFFF", "#F2F2F2", "#FCE4D6", "#FFF2CC", "#E2EFDA", "#FFD966"];

/** The member id of row i: M0001… */
export function memberId(i: number): string {
  return `M${String(i + 1).padStart(4, "0")}`;
}

/** A plan for `members` members; `names` overrides the first few names (e.g. to test text safety). */
export function monthlyPlan(members: number, options: { month?: string; names?: string[]; notes?: string[] } = {}): SheetPlan {
  const month = options.month ?? "2026-11";
  const last = HEADER_ROW + members;
  const values: CellValue[][] = [
    [`第一党支部 ${month} 党员积分评星结果`],
    [`月份：${month}`, null, null, null, null, "综合得分 = 记实考核 × 70% + 民主评议 × 30%"],
    ["生成时间：2026-12-01 09:30"],
    [...MONTH_HEADER],
  ];
  const starsOf: number[] = [];
  for (let i = 0; i < members; i++) {
    const stars = 5 - Math.min(5, Math.floor((i * 6) / Math.max(members, 1)));
    starsOf.push(stars);
    const record = Math.round((100 - i * (25 / Math.max(members, 1))) * 10) / 10;
    const appraisal = Math.round((98 - (i % 17)) * 10) / 10;
    const composite = Math.round((record * 0.7 + appraisal * 0.3) * 10) / 10;
    const name = options.names?.[i] ?? SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 3 === 0 ? GIVEN[(i * 3) % GIVEN.length] : "");
    values.push([
      i + 1,
      memberId(i),
      name,
      i % 10 === 9 ? "党外" : "党员",
      `第${(i % 4) + 1}党小组`,
      record,
      appraisal,
      12 + (i % 5),
      composite,
      stars > 0 ? "★".repeat(stars) : "",
      stars > 0 ? `${"一二三四五"[stars - 1]}星级` : "未评星",
      "拟评",
      options.notes?.[i] ?? null,
    ]);
  }
  const distributionRow = last + 2;
  values.push([]);
  values.push(["星级", "人数"]);
  for (let s = 5; s >= 0; s--) values.push([s === 0 ? "未评星" : `${s}星`, starsOf.filter((x) => x === s).length]);

  const formats: FormatRange[] = [
    { range: "A1:M1", font: { name: "黑体", size: 18, bold: true }, horizontal: "center", vertical: "center" },
    { range: "A2:M3", font: { name: "宋体", size: 10, color: "#595959" } },
    {
      range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, 12),
      font: { name: "黑体", size: 11, bold: true, color: "#FFFFFF" },
      fill: "#C00000",
      horizontal: "center",
      vertical: "center",
      wrap: true,
      border: "thin",
    },
    { range: rangeAddress(HEADER_ROW + 1, 0, Math.max(last, HEADER_ROW + 1), 12), font: { name: "仿宋", size: 11 }, border: "thin", vertical: "center" },
    { range: rangeAddress(HEADER_ROW + 1, 5, Math.max(last, HEADER_ROW + 1), 6), numberFormat: "0.0", horizontal: "right" },
    { range: rangeAddress(HEADER_ROW + 1, 8, Math.max(last, HEADER_ROW + 1), 8), numberFormat: "0.0", font: { bold: true } },
    { range: rangeAddress(HEADER_ROW + 1, 12, Math.max(last, HEADER_ROW + 1), 12), wrap: true, horizontal: "left" },
  ];
  // Star colours by run of equal stars, as the renderer does.
  let start = 0;
  for (let i = 1; i <= members; i++) {
    if (i === members || starsOf[i] !== starsOf[start]) {
      formats.push({ range: rangeAddress(HEADER_ROW + 1 + start, 9, HEADER_ROW + i, 10), fill: STAR_FILL[starsOf[start]], font: { color: "#C00000" } });
      start = i;
    }
  }
  formats.push({ range: rangeAddress(distributionRow, 0, distributionRow + 6, 1), border: "thin", horizontal: "center" });

  return {
    name: `${month} 评星`,
    values,
    formats,
    merges: ["A1:M1", "F2:M2"],
    columnWidths: [6, 8, 10, 6, 12, 10, 10, 8, 10, 12, 10, 8, 24],
    rowHeights: { 0: 32, [HEADER_ROW]: 30 },
    freeze: { rows: HEADER_ROW + 1, columns: 3 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: `$${HEADER_ROW + 1}:$${HEADER_ROW + 1}`,
      fitToWidth: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      footer: "第 &P 页 共 &N 页",
      horizontallyCentered: true,
    },
    chart: {
      type: "column",
      title: `${month} 星级分布`,
      categories: rangeAddress(distributionRow + 1, 0, distributionRow + 6, 0),
      series: [{ name: "人数", values: rangeAddress(distributionRow + 1, 1, distributionRow + 6, 1) }],
      anchor: `D${distributionRow + 1}`,
      width: 420,
      height: 240,
    },
    tabColor: "#C00000",
  };
}
