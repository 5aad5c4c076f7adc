/**
 * The monthly results sheet `YYYY-MM 评星`: a header block, the 党员 table, the 党外 table and the star
 * distribution with a column chart. Pure: results in, a sheet plan out.
 *
 * Layout (1-based rows as Excel shows them; 13 columns A–M):
 *   1      title 「{支部名称} 2026年11月党员积分评星结果」 (A:M merged)
 *   2      支部 (A:F) | 月份 (G:M)
 *   3      计算公式, with the actual weights and decimals (A:M)
 *   4      星级标准, the actual thresholds (A:M)
 *   (4a)   only with 每票优秀上限: 民主评议 ballots received, how many void, and the cap (A:M)
 *   5      状态 拟评 / 已通过 with the date (A:F) | 生成时间 (G:M)
 *   6      一、党员
 *   7      table header — frozen with everything above it, repeated on every printed page
 *   8…     党员 rows, ranked first then unranked (or one row 「（本月无）」); 说明 (L) holds the flags the
 *          add-in writes (票数不足, 不参评（病假）, 含加减分+2), 备注 (M) is the person's alone
 *          (register/person-notes.ts carries it over on regeneration, exactly)
 *   blank, 二、党外干部职工, header, 党外 rows
 *   blank, 三、星级分布: 星级 (A:B) | 党员 C | 党外 D | 合计 E; 五星级…未评星, 无星级, 合计; a note;
 *          the chart sits beside it from column G, as tall as the block.
 */
import { approvalStatus } from "../../scheme/approval";
import { shareText } from "../../scheme/excellent-cap";
import type { MemberMonth, MonthResult } from "../../scheme/results";
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { approvalDate, type RenderContext } from "./context";
import { dateTimeText, percentText, scoreFormat } from "./format";
import { noteText } from "./note";
import { labelsFor, type RenderLabels } from "./labels";
import { rankedSheet, resultsTable, resultsTitle, twoHalves, type RankedSheetLayout } from "./results-sheet";
import { SheetBuilder } from "./sheet-builder";
import { FONTS } from "./styles";

/** Zero-based columns of the member tables. */
export const MONTH_COLUMNS = {
  rank: 0,
  id: 1,
  name: 2,
  group: 3,
  record: 4,
  appraisal: 5,
  validMarks: 6,
  composite: 7,
  starText: 8,
  label: 9,
  status: 10,
  /** 说明: the flags the add-in writes. */
  flags: 11,
  /** 备注: the person's words, never written by the add-in. */
  note: 12,
} as const;

const WIDTH = 13;
const COLUMN_WIDTHS = [6, 10, 10, 12, 9, 9, 8, 9, 12, 9, 8, 22, 16];

/** Where things landed on a month sheet (zero-based rows), for the adapters and tests. */
export type MonthSheetLayout = RankedSheetLayout;

/** The name of a month's results sheet: "2026-11 评星". */
export function monthSheetName(period: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.month(period);
}

/** The monthly results sheet of a month. */
export function renderMonthSheet(result: MonthResult, ctx: RenderContext): SheetPlan {
  return renderMonthSheetWithLayout(result, ctx).plan;
}

/** {@link renderMonthSheet} with the rows where each part landed. */
export function renderMonthSheetWithLayout(result: MonthResult, ctx: RenderContext): { plan: SheetPlan; layout: MonthSheetLayout } {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const approved = approvalDate(ctx.approvedOn);
  const status = approvalStatus(approved);
  const numberFormat = scoreFormat(s.decimals);
  const b = new SheetBuilder(WIDTH);

  // Header block.
  resultsTitle(b, L.month.title(s.branchName, result.period));
  twoHalves(b, L.month.branch(s.branchName), L.month.month(result.period));
  b.mergedRow(L.month.formula(percentText(s.appraisalWeight), percentText(s.recordWeight), s.decimals), { font: FONTS.info, horizontal: "left" });
  b.mergedRow(L.month.thresholds(s.thresholds), { font: FONTS.info, horizontal: "left" });
  const { counted, void: voided, excellentCap } = result.ballots;
  if (excellentCap !== null && s.excellentCap !== null) {
    b.mergedRow(L.month.ballots(counted + voided, voided, excellentCap, shareText(s.excellentCap)), { font: FONTS.info, horizontal: "left" });
  }
  twoHalves(b, L.month.status(approved), L.month.generatedAt(dateTimeText(ctx.generatedAt)));

  const C = MONTH_COLUMNS;
  return rankedSheet(b, L, {
    name: L.sheetNames.month(result.period),
    columnWidths: COLUMN_WIDTHS,
    members: result.members,
    sections: [L.month.memberSection, L.month.nonMemberSection, L.month.distributionSection],
    chartTitle: L.month.chartTitle(result.period),
    distribution: result.distribution,
    lang: ctx.lang,
    table: (rows) =>
      resultsTable(b, rows, {
        ...C,
        columns: L.month.columns,
        headerHeight: 22,
        none: L.month.none,
        cells: (m) => memberCells(m, L, status, s.minValidMarks),
        stars: (m) => m.stars,
        format: (first, last) => {
          b.format(first, C.flags, last, C.note, { horizontal: "left", wrap: true, font: FONTS.note });
          for (const c of [C.record, C.appraisal, C.composite]) b.format(first, c, last, c, { numberFormat, horizontal: "right" });
          for (const c of [C.rank, C.validMarks]) b.format(first, c, last, c, { numberFormat: "0" });
          b.format(first, C.composite, last, C.composite, { font: { bold: true } });
        },
      }),
  });
}

/** One member's row of the monthly table. Names and other typed text are plain strings. */
export function memberCells(m: MemberMonth, L: RenderLabels, status: string, minValidMarks: number): CellValue[] {
  return [
    m.rank ?? "",
    m.id,
    m.name,
    m.group ?? "",
    m.record ?? "",
    m.appraisal ?? "",
    m.validMarks,
    m.composite ?? "",
    m.starText,
    m.label,
    status,
    noteText(m, L, minValidMarks),
    "",
  ];
}
