/**
 * The annual results sheet `YYYY 年度评星`: a header block, the 党员 table, the 党外 table and the star
 * distribution with a column chart, formatted like the monthly sheet. Pure: results in, a sheet plan out.
 *
 * Layout (1-based rows; 14 columns A–N):
 *   1      title 「{支部名称} 2026年度党员积分评星结果」 (A:N merged)
 *   2      支部 (A:F) | 年度 (G:N)
 *   3      计算公式, with the actual weights and decimals (A:N)
 *   4      考核月数 and the 按月度评议均值 fallback explained (A:N)
 *   5      星级标准, the actual thresholds (A:N)
 *   (5a)   only with 每票优秀上限: the year-end appraisal's ballots, how many void, and the cap (A:N)
 *   6      状态 拟评, with the publicity period once there is one (A:F) | 生成时间 (G:N)
 *   7      一、党员
 *   8      table header — frozen with everything above it, repeated on every printed page
 *   9…     党员 rows: 排名, 编号, 姓名, 党小组, 考核月数, 记实考核均分, 年度评议, 有效票数 (of the year-end
 *          appraisal; blank for the monthly mean), 年度得分, 星级, 等级, 状态 (拟评), 说明 (the flags the
 *          add-in writes), 备注 (the person's alone, carried over exactly like the monthly 备注)
 *   blank, 二、党外干部职工, header, 党外 rows
 *   blank, 三、年度星级分布 with the chart beside it from column G.
 */
import { shareText } from "../../scheme/excellent-cap";
import type { MemberYear, YearResult } from "../../scheme/year";
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { dateTimeText, percentText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { rankedSheet, resultsTable, resultsTitle, twoHalves, type RankedSheetLayout } from "./results-sheet";
import { SheetBuilder } from "./sheet-builder";
import { FONTS } from "./styles";

/** Zero-based columns of the member tables. */
export const YEAR_COLUMNS = {
  rank: 0,
  id: 1,
  name: 2,
  group: 3,
  monthsAssessed: 4,
  recordAverage: 5,
  annualAppraisal: 6,
  validMarks: 7,
  score: 8,
  starText: 9,
  label: 10,
  status: 11,
  /** 说明: the flags the add-in writes. */
  flags: 12,
  /** 备注: the person's words, never written by the add-in. */
  note: 13,
} as const;

const WIDTH = 14;
const COLUMN_WIDTHS = [6, 10, 10, 12, 8, 11, 9, 8, 9, 12, 9, 8, 24, 16];

/** The annual sheet's context: the publicity period, once the year has been publicised. */
export interface YearRenderContext extends RenderContext {
  publicity?: { start: string; end: string } | null;
}

/** Where things landed on the annual sheet (zero-based rows). */
export type YearSheetLayout = RankedSheetLayout;

/** The name of a year's results sheet: "2026 年度评星". */
export function yearSheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.year(year);
}

/** The annual results sheet. */
export function renderYearSheet(result: YearResult, ctx: YearRenderContext): SheetPlan {
  return renderYearSheetWithLayout(result, ctx).plan;
}

/** {@link renderYearSheet} with the rows where each part landed. */
export function renderYearSheetWithLayout(result: YearResult, ctx: YearRenderContext): { plan: SheetPlan; layout: YearSheetLayout } {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const numberFormat = scoreFormat(s.decimals);
  const b = new SheetBuilder(WIDTH);

  resultsTitle(b, L.year.title(s.branchName, result.year));
  twoHalves(b, L.month.branch(s.branchName), L.year.year(result.year));
  b.mergedRow(L.year.formula(percentText(s.appraisalWeight), percentText(s.recordWeight), s.decimals), { font: FONTS.info, horizontal: "left" });
  b.mergedRow(L.year.months(s.annualMinMonths), { font: FONTS.info, horizontal: "left", wrap: true }, { height: 30 });
  b.mergedRow(L.month.thresholds(s.thresholds), { font: FONTS.info, horizontal: "left" });
  const { counted, void: voided, excellentCap } = result.annualBallots;
  if (excellentCap !== null && s.excellentCap !== null) {
    b.mergedRow(L.year.ballots(counted + voided, voided, excellentCap, shareText(s.excellentCap)), { font: FONTS.info, horizontal: "left" });
  }
  twoHalves(b, L.year.status(ctx.publicity ?? null), L.month.generatedAt(dateTimeText(ctx.generatedAt)));

  const C = YEAR_COLUMNS;
  return rankedSheet(b, L, {
    name: L.sheetNames.year(result.year),
    columnWidths: COLUMN_WIDTHS,
    members: result.members,
    sections: [L.year.memberSection, L.year.nonMemberSection, L.year.distributionSection],
    chartTitle: L.year.chartTitle(result.year),
    distribution: result.distribution,
    lang: ctx.lang,
    table: (rows) =>
      resultsTable(b, rows, {
        ...C,
        columns: L.year.columns,
        headerHeight: 30,
        none: L.year.none,
        cells: (m) => yearMemberCells(m, L, s.minValidMarks, s.annualMinMonths),
        stars: (m) => m.stars,
        format: (first, last) => {
          b.format(first, C.flags, last, C.note, { horizontal: "left", wrap: true, font: FONTS.note });
          for (const c of [C.recordAverage, C.annualAppraisal, C.score]) b.format(first, c, last, c, { numberFormat, horizontal: "right" });
          for (const c of [C.rank, C.monthsAssessed, C.validMarks]) b.format(first, c, last, c, { numberFormat: "0" });
          b.format(first, C.score, last, C.score, { font: { bold: true } });
        },
      }),
  });
}

/** One member's row of the annual table. */
export function yearMemberCells(m: MemberYear, L: RenderLabels, minValidMarks: number, minMonths: number): CellValue[] {
  return [
    m.rank ?? "",
    m.id,
    m.name,
    m.group ?? "",
    m.monthsAssessed,
    m.recordAverage ?? "",
    m.annualAppraisal ?? "",
    m.appraisalSource === "annual" ? m.annualValidMarks : "",
    m.score ?? "",
    m.starText,
    m.label,
    L.year.proposed,
    yearNoteText(m, L, minValidMarks, minMonths),
    "",
  ];
}

/**
 * 备注 of a member's year: the flags in words (按月度评议均值, 考核月数不足, 票数不足, …), then how the
 * months went when not all twelve were scored: months on the roster (joined or left during the year),
 * 不参评 months and 未考核 months.
 */
export function yearNoteText(m: MemberYear, L: RenderLabels, minValidMarks: number, minMonths: number): string {
  const notes: string[] = [];
  for (const flag of m.flags) {
    if (flag === "票数不足") notes.push(L.month.quorumNote(minValidMarks));
    else if (flag === "考核月数不足") notes.push(L.year.fewMonthsNote(minMonths));
    else notes.push(flag);
  }
  const present = m.months.filter((x) => x !== null);
  const exempt = present.filter((x) => x.recordStatus === "不参评").length;
  const unrecorded = present.filter((x) => x.recordStatus === "未考核").length;
  if (m.monthsOnRoster < 12) notes.push(L.year.onRosterNote(m.monthsOnRoster));
  // A whole year of one state is already said by the flag (不参评, 未考核).
  if (exempt > 0 && exempt < present.length) notes.push(L.year.exemptMonthsNote(exempt));
  if (unrecorded > 0 && unrecorded < present.length) notes.push(L.year.unrecordedMonthsNote(unrecorded));
  return notes.join(L.month.noteSeparator);
}
