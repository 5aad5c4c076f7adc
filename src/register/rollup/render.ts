/**
 * The committee's roll-up sheet `YYYY-MM 党委汇总` or `YYYY 党委汇总`: print-ready A4 landscape through the
 * printed-sheet helper. Pure: the roll-up in, a sheet plan out. The words are the register's (Chinese).
 *
 * Layout (1-based rows; 23 columns A–W):
 *   1      title 「2026年11月各支部党员积分评星汇总」 (A:W)
 *   2      汇总支部 n 个，已生成 m 个 (A:H) | 生成时间 (I:W)
 *   3      where the numbers come from (A:W)
 *   4      一、各支部情况
 *   5–6    header: 序号, 支部名称, 支部书记, 考核人数, 状态, three dates (month: 生成日期, 通过日期, 公示时间;
 *          year: 生成日期, 公示时间, 确定日期), then 党员 and 党外 star counts (五星级 … 未评星, six each,
 *          under a merged group heading), 无星级, 参评率, 评为优秀
 *   7…     one row per branch in the order given; a branch without published results shows its state only
 *   then   合计 (the sum of the published branches)
 *   then   二、各支部党员星级分布 with a column chart over the rows left for it
 *   then   三、五星级人员 and 四、未评星人员 across branches (序号, 支部名称, 编号, 姓名, 党小组, 类别, 得分, 等级);
 *          for a year 五、评先评优候选 and 六、戒勉谈话 with the 整改期限.
 */
import { chineseDate, chineseMonth, isIsoMonth } from "../../scheme/dates";
import { STAR_LABELS } from "../../scheme/stars";
import type { CellValue } from "../cells";
import { OUTPUT_SHEETS } from "../output-sheets";
import { cellAddress, rangeAddress } from "../cells";
import { dateTimeText } from "../render/format";
import { printedSheet, type PrintBlock } from "../render/print-layout";
import { SheetBuilder } from "../render/sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TOTAL_FILL } from "../render/styles";
import { formatHeader, sectionRow, tableBody } from "../render/tables";
import type { BranchRollup } from "./branch";
import type { PublishedAdmonition, PublishedMember } from "./published";
import type { Listed, Rollup } from "./rollup";

const WIDTH = 23;
const COLUMN_WIDTHS = [4, 16, 8, 6, 20, 10, 10, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 6];
/** Zero-based columns of the branch table. */
export const ROLLUP_COLUMNS = {
  no: 0,
  branch: 1,
  secretary: 2,
  assessed: 3,
  state: 4,
  dates: 5,
  party: 8,
  nonParty: 14,
  unscored: 20,
  turnout: 21,
  excellent: 22,
} as const;
const C = ROLLUP_COLUMNS;
/** Rows left blank under the chart's heading for the chart to sit on. */
const CHART_ROWS = 16;
const ROW_HEIGHT = 20;

/** The roll-up sheet's name: "2026-11 党委汇总", "2026 党委汇总". */
export function rollupSheetName(period: string): string {
  return (isIsoMonth(period) ? OUTPUT_SHEETS.rollupMonth : OUTPUT_SHEETS.rollupYear).name(period);
}

/** A branch's state as the sheet writes it: the period state, and when the inputs changed since, that too. */
export function stateCell(b: BranchRollup): string {
  const changed = b.changed && b.state !== "需重新通过" && b.state !== "需重新公示" ? "（生成后数据有改动，未重新生成）" : "";
  const stage = b.stage === "proposed" ? "（拟评）" : "";
  return `${b.state}${stage}${changed}`;
}

/** The three date cells of a branch. */
function dateCells(b: BranchRollup): CellValue[] {
  const day = (iso: string | null | undefined) => (iso ? chineseDate(iso) : "");
  const span = (p: { start: string; end: string } | null) => (p ? `${day(p.start)}至${day(p.end)}` : "");
  if (b.month) return [day(b.month.generatedOn), day(b.month.approvedOn), span(b.month.publicity)];
  return [day(b.year!.generatedOn), span(b.year!.publicity), day(b.year!.finalizedOn)];
}

function branchCells(b: BranchRollup, i: number): CellValue[] {
  const d = b.distribution;
  const stars = (kind: "党员" | "党外") => (d ? [5, 4, 3, 2, 1, 0].map((s) => d[kind][s]) : Array<CellValue>(6).fill(""));
  const turnout = b.turnout && b.turnout.expected > 0 ? b.turnout.ballots / b.turnout.expected : "";
  return [
    i + 1,
    b.branch || b.file,
    b.secretary,
    b.assessed ?? "",
    stateCell(b),
    ...dateCells(b),
    ...stars("党员"),
    ...stars("党外"),
    d ? d.unscored.党员 + d.unscored.党外 : "",
    turnout,
    b.excellent ?? "",
  ];
}

/** The roll-up sheet. `generatedAt`: ISO date-time with offset, from the entry's clock. */
export function renderRollupSheet(r: Rollup, ctx: { generatedAt: string }) {
  const monthly = r.period.length === 7;
  const b = new SheetBuilder(WIDTH);
  const periodText = monthly ? chineseMonth(r.period) : `${r.period}年度`;
  b.mergedRow(`${periodText}各支部党员积分评星汇总`, { font: FONTS.monthTitle, horizontal: "center", vertical: "center" }, { height: 32 });
  const summary = `汇总支部${r.branches.length}个，其中已生成${monthly ? "本月" : "本年度"}结果${r.total.published}个`;
  const info = b.row([summary, "", "", "", "", "", "", "", `生成时间：${dateTimeText(ctx.generatedAt)}`]);
  b.merge(info, 0, info, 7);
  b.merge(info, 8, info, WIDTH - 1);
  b.format(info, 0, info, WIDTH - 1, { font: FONTS.info, horizontal: "left" });
  b.mergedRow(
    `说明：各支部的数字取自其登记簿中已生成的${monthly ? "月度评星表" : "年度评星表（已确定的取年度星级表）"}，不重新计算；未生成的支部只显示状态。` +
      (r.skipped.length > 0 ? `另有${r.skipped.length}个文件未能汇总。` : ""),
    { font: FONTS.info, horizontal: "left", wrap: true },
    { height: 30 },
  );
  const first = sectionRow(b, "一、各支部情况", 22);

  // Two header rows: the star counts under their group headings, every other column merged over both.
  const dates = monthly ? ["生成日期", "通过日期", "公示时间"] : ["生成日期", "公示时间", "确定日期"];
  const singles = ["序号", "支部名称", "支部书记", "考核人数", "状态", ...dates];
  const starLabels = [5, 4, 3, 2, 1, 0].map((s) => STAR_LABELS[s]);
  const top = b.row([...singles, "党员星级分布", "", "", "", "", "", "党外星级分布", "", "", "", "", "", "无星级", "参评率", "评为优秀"], 20);
  const header = b.row([...Array<CellValue>(singles.length).fill(""), ...starLabels, ...starLabels], 30);
  for (let c = 0; c < WIDTH; c++) if (c < C.party || c >= C.unscored) b.merge(top, c, header, c);
  b.merge(top, C.party, top, C.party + 5);
  b.merge(top, C.nonParty, top, C.nonParty + 5);
  formatHeader(b, top);
  formatHeader(b, header);

  const body = tableBody(b, header, { items: r.branches, cells: branchCells, none: "（无）" });
  if (body.last >= body.first) {
    b.format(body.first, C.branch, body.last, C.state, { horizontal: "left", wrap: true });
    b.format(body.first, C.turnout, body.last, C.turnout, { numberFormat: "0%" });
    for (let s = 0; s < 6; s++) {
      for (const base of [C.party, C.nonParty]) b.format(body.first, base + 5 - s, body.last, base + 5 - s, { font: STAR_STYLES[s]?.font ?? {} });
    }
  }
  const t = r.total;
  const sums = (kind: "党员" | "党外") => [5, 4, 3, 2, 1, 0].map((s) => t.distribution[kind][s]);
  const totalRow = b.row(
    [
      "合计",
      "",
      "",
      t.assessed,
      `已生成${t.published}个`,
      "",
      "",
      "",
      ...sums("党员"),
      ...sums("党外"),
      t.distribution.unscored.党员 + t.distribution.unscored.党外,
      t.expected > 0 ? t.ballots / t.expected : "",
      t.excellent,
    ],
    ROW_HEIGHT,
  );
  b.merge(totalRow, 0, totalRow, 2);
  b.format(totalRow, 0, totalRow, WIDTH - 1, { fill: TOTAL_FILL, font: { bold: true }, border: "thin", horizontal: "center" });
  b.format(totalRow, C.turnout, totalRow, C.turnout, { numberFormat: "0%" });
  const tableEnd = totalRow;

  b.row();
  const chartSection = sectionRow(b, "二、各支部党员星级分布", 22);
  for (let i = 0; i < CHART_ROWS; i++) b.row([], ROW_HEIGHT);
  const blocks: PrintBlock[] = [
    { from: first, to: header + 2 },
    { from: chartSection, to: b.nextRow - 1 },
  ];

  const lists: [string, Listed<PublishedMember>[]][] = [
    ["三、五星级人员", r.fiveStars],
    ["四、未评星人员", r.unrated],
  ];
  if (!monthly) lists.push([`五、评先评优候选（各支部结果运用）`, r.candidates]);
  for (const [title, items] of lists) blocks.push(memberList(b, title, items));
  if (!monthly) blocks.push(admonitionList(b, r.admonitions));

  const chart =
    body.last >= body.first
      ? {
          type: "column" as const,
          title: `${periodText}各支部党员星级分布`,
          categories: rangeAddress(body.first, C.branch, body.last, C.branch),
          series: starLabels.map((name, k) => ({ name, values: rangeAddress(body.first, C.party + k, body.last, C.party + k) })),
          anchor: cellAddress(chartSection + 1, 0),
          width: 900,
          height: CHART_ROWS * ROW_HEIGHT,
        }
      : undefined;
  return printedSheet(b, {
    name: rollupSheetName(r.period),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.body,
    margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 },
    titleRow: header,
    freezeRows: header + 1,
    chart,
    pages: { blocks, titleTableEnd: tableEnd },
  });
}

/** The list's columns: 序号 A, 支部名称 B, 编号 C, 姓名 D:E, 党小组 F, 类别 G, 得分 H, 等级 I:L. */
const LIST_HEADER: CellValue[] = ["序号", "支部名称", "编号", "姓名", "", "党小组", "类别", "得分", "等级", "", "", ""];

function listRow(m: Listed<Omit<PublishedMember, "kind" | "stars">> & { kind?: string }, i: number): CellValue[] {
  return [i + 1, m.branch || m.file, m.id, m.name, "", m.group, m.kind ?? "党员", m.score ?? "", m.label, "", "", ""];
}

function listTable<T>(b: SheetBuilder, title: string, header: CellValue[], items: readonly T[], cells: (m: T, i: number) => CellValue[]): PrintBlock {
  b.row();
  const from = sectionRow(b, `${title}（${items.length}人）`, 22);
  const h = b.row(header, ROW_HEIGHT);
  b.format(h, 0, h, header.length - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center", vertical: "center" });
  const merge = (r: number) => {
    b.merge(r, 3, r, 4);
    b.merge(r, 8, r, 11);
    if (header.length > 12) b.merge(r, 12, r, 15);
  };
  merge(h);
  const right = header.length - 1;
  if (items.length === 0) {
    const none = b.mergedRow("（无）", { horizontal: "center" }, { to: right });
    b.format(h, 0, none, right, { border: "thin" });
    return { from, to: none };
  }
  const first = b.nextRow;
  items.forEach((m, i) => merge(b.row(cells(m, i))));
  const last = b.nextRow - 1;
  b.format(h, 0, last, right, { border: "thin" });
  b.format(first, 0, last, right, { horizontal: "center" });
  b.format(first, 1, last, 1, { horizontal: "left" });
  return { from, to: Math.min(h + 2, last) };
}

function memberList(b: SheetBuilder, title: string, items: readonly Listed<PublishedMember>[]): PrintBlock {
  return listTable(b, title, LIST_HEADER, items, listRow);
}

function admonitionList(b: SheetBuilder, items: readonly Listed<PublishedAdmonition>[]): PrintBlock {
  const header = [...LIST_HEADER, "整改期限", "", "", ""];
  const deadline = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? chineseDate(d) : d);
  return listTable(b, "六、戒勉谈话（各支部结果运用）", header, items, (m, i) => [...listRow(m, i), deadline(m.deadline), "", "", ""]);
}
