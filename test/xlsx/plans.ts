import type { CellValue, Grid } from "../../src/register/cells";
import type { SheetPlan } from "../../src/register/sheet-plan";

/** A fixed clock for registry times. */
export const NOW = new Date("2026-12-01T08:00:00.000Z");
export const now = () => NOW;

export const MONTH_SHEET = "2026-11 评星";
export const PUBLICITY_SHEET = "2026-11 公示";
/** Zero-based columns of the month table in {@link monthPlan}. */
export const ID_COLUMN = 1;
export const NOTE_COLUMN = 11;
/** Zero-based row of the first member in {@link monthPlan}. */
export const FIRST_MEMBER_ROW = 5;

/** One member row of the month table. */
export interface MemberRow {
  id: string;
  name: string;
  composite: number;
  note?: string;
}

export const MEMBERS: MemberRow[] = [
  { id: "D001", name: "王建国", composite: 96.5 },
  { id: "D002", name: "=1+1", composite: 91.2 },
  { id: "D003", name: "+86 138 0000 0000", composite: 88 },
  { id: "D004", name: "-5", composite: 79.9 },
  { id: "D005", name: "@SUM(A1)", composite: 60 },
];

/**
 * A sheet plan shaped like the renderer's monthly sheet: a title block, a header row, member rows with a
 * 备注 column kept across regeneration, formats, widths, merges, freeze, A4 print setup and a chart.
 */
export function monthPlan(members: MemberRow[] = MEMBERS, name = MONTH_SHEET): SheetPlan {
  const header = ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议", "有效票数", "综合得分", "星级", "等级", "状态", "备注"];
  const values: Grid = [
    ["机关第一党支部 2026年11月党员积分评星结果"],
    ["支部", "机关第一党支部", null, "月份", "2026-11"],
    ["综合得分 = 记实考核 × 70% + 民主评议 × 30%"],
    [],
    header,
    ...members.map((m, i): CellValue[] => [i + 1, m.id, m.name, "第一党小组", 95, 90.5, 12, m.composite, "★★★★★", "五星级", "拟评", m.note ?? null]),
  ];
  const last = FIRST_MEMBER_ROW + members.length - 1;
  return {
    name,
    values,
    formats: [
      { range: "A1:L1", font: { name: "黑体", size: 16, bold: true }, horizontal: "center" },
      {
        range: "A5:L5",
        font: { name: "黑体", size: 11, bold: true, color: "#FFFFFF" },
        fill: "#C00000",
        border: "thin",
        horizontal: "center",
        vertical: "center",
        wrap: true,
      },
      { range: `A6:L${last + 1}`, font: { name: "宋体", size: 11 }, border: "thin" },
      { range: `E6:F${last + 1}`, numberFormat: "0.0" },
      { range: `H6:H${last + 1}`, numberFormat: "0.0", font: { bold: true } },
      { range: `I6:I${last + 1}`, font: { color: "#FF0000" } },
      { range: `A5:A${last + 1}`, border: "medium" },
    ],
    merges: ["A1:L1", "B2:C2", "A3:L3"],
    columnWidths: [6, 10, 10, 12, 10, 10, 9, 10, 12, 9, 8, 24],
    rowHeights: { 0: 28, 4: 30 },
    freeze: { rows: 5 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: "$5:$5",
      fitToWidth: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      footer: "第 &P 页 共 &N 页",
      horizontallyCentered: true,
    },
    chart: {
      type: "column",
      title: "2026年11月星级分布",
      categories: "N6:N10",
      series: [{ name: "人数", values: "O6:O10" }],
      anchor: "Q2",
      width: 360,
      height: 220,
    },
    tabColor: "#C00000",
  };
}

/** A print-ready publicity plan: portrait, a different footer, no freeze. */
export function publicityPlan(): SheetPlan {
  return {
    name: PUBLICITY_SHEET,
    values: [["机关第一党支部 2026年11月党员积分评星结果公示"], [], ["评为优秀", "王建国"], ["公示时间：2026年12月1日至2026年12月7日"]],
    formats: [{ range: "A1:F1", font: { name: "黑体", size: 18, bold: true }, horizontal: "center" }],
    merges: ["A1:F1", "A4:F4"],
    columnWidths: [14, 14, 14, 14, 14, 14],
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, footer: "机关第一党支部　2026年12月1日" },
  };
}

/** An input sheet plan with a drop-down list, as the template writes 民主评议. */
export function ballotsPlan(): SheetPlan {
  return {
    name: "民主评议",
    values: [["评议期", "票号", "评议人", "身份", "王建国", "李秀英"]],
    formats: [{ range: "A1:F1", font: { name: "黑体", size: 11, bold: true, color: "#FFFFFF" }, fill: "#C00000", horizontal: "center" }],
    columnWidths: [10, 8, 10, 10, 10, 10],
    freeze: { rows: 1 },
    validations: [{ range: "E2:F2001", list: ["优秀", "合格", "基本合格", "不合格"], message: "请选择等次，或直接输入0–100的分数" }],
  };
}

/** Pads rows to the same shape readSheets gives: trailing nulls dropped, blank text as null. */
export function normalised(values: readonly (readonly CellValue[])[]): Grid {
  const rows = values.map((row) => {
    const line = row.map((v) => (v === "" ? null : v));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
