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
import { rangeAddress, type CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { approvalDate, membersOfKind, starRuns, type RenderContext } from "./context";
import { distributionBlock } from "./distribution";
import { dateTimeText, percentText, scoreFormat } from "./format";
import { noteText } from "./note";
import { labelsFor, type RenderLabels } from "./labels";
import { paginate } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TAB_COLOR, UNSCORED_STYLE } from "./styles";

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
const CHART_COLUMN = 6; // G

/** Where things landed on a month sheet (zero-based rows), for the adapters and tests. */
export interface MonthSheetLayout {
  memberHeaderRow: number;
  /** First and last data rows of each table; last < first when the kind has no member this month. */
  members: { first: number; last: number };
  nonMembers: { first: number; last: number };
  /** The header row of the distribution table; its six star rows (五星级 … 未评星) follow. */
  distributionHeaderRow: number;
}

/** The name of a month's results sheet: "2026-11 评星". */
export function monthSheetName(period: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.month(period);
}

/** The monthly results sheet of a month. */
export function renderMonthSheet(result: MonthResult, ctx: RenderContext): SheetPlan {
  return renderMonthSheetWithLayout(result, ctx).plan;
}

/** {@link renderMonthSheet} with the rows where each part landed. */
export function renderMonthSheetWithLayout(
  result: MonthResult,
  ctx: RenderContext,
): { plan: SheetPlan; layout: MonthSheetLayout } {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const approved = approvalDate(ctx.approvedOn);
  const status = approvalStatus(approved);
  const numberFormat = scoreFormat(s.decimals);
  const b = new SheetBuilder(WIDTH);

  // Header block.
  b.mergedRow(L.month.title(s.branchName, result.period), { font: FONTS.monthTitle, horizontal: "center", vertical: "center" }, { height: 32 });
  twoHalves(b, L.month.branch(s.branchName), L.month.month(result.period));
  b.mergedRow(L.month.formula(percentText(s.appraisalWeight), percentText(s.recordWeight), s.decimals), { font: FONTS.info, horizontal: "left" });
  b.mergedRow(L.month.thresholds(s.thresholds), { font: FONTS.info, horizontal: "left" });
  const { counted, void: voided, excellentCap } = result.ballots;
  if (excellentCap !== null && s.excellentCap !== null) {
    b.mergedRow(L.month.ballots(counted + voided, voided, excellentCap, shareText(s.excellentCap)), { font: FONTS.info, horizontal: "left" });
  }
  twoHalves(b, L.month.status(approved), L.month.generatedAt(dateTimeText(ctx.generatedAt)));

  // The two member tables.
  const memberSection = b.mergedRow(L.month.memberSection, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height: 22 });
  const members = memberTable(b, L, membersOfKind(result.members, "党员"), status, numberFormat, s.minValidMarks);
  b.row();
  const nonMemberSection = b.mergedRow(L.month.nonMemberSection, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height: 22 });
  const nonMembers = memberTable(b, L, membersOfKind(result.members, "党外"), status, numberFormat, s.minValidMarks);
  b.row();
  const distributionSection = b.nextRow;

  const { headerRow: distributionHeaderRow, chart } = distributionBlock(b, L, result.distribution, {
    section: L.month.distributionSection,
    chartTitle: L.month.chartTitle(result.period),
    chartColumn: CHART_COLUMN,
  });

  const plan: SheetPlan = paginate({
    name: L.sheetNames.month(result.period),
    values: b.values,
    formats: [{ range: rangeAddress(0, 0, b.values.length - 1, WIDTH - 1), font: FONTS.body, vertical: "center" }, ...b.formats],
    merges: b.merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: b.rowHeights,
    freeze: { rows: members.headerRow + 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      titleRows: `$${members.headerRow + 1}:$${members.headerRow + 1}`,
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 },
      footer: L.pageFooter,
      horizontallyCentered: true,
    },
    chart,
    tabColor: TAB_COLOR,
  }, {
    blocks: [
      { from: memberSection, to: members.headerRow + 2 },
      { from: nonMemberSection - 1, to: Math.max(nonMembers.last, nonMembers.headerRow + 1), glue: 2 },
      { from: distributionSection, to: b.values.length - 1, glue: 3 },
    ],
    titleTableEnd: Math.max(members.first, members.last),
  });
  return {
    plan,
    layout: {
      memberHeaderRow: members.headerRow,
      members: { first: members.first, last: members.last },
      nonMembers: { first: nonMembers.first, last: nonMembers.last },
      distributionHeaderRow,
    },
  };
}

/** A row split in two merged halves, A:F and G:M. */
function twoHalves(b: SheetBuilder, left: string, right: string): void {
  const r = b.row([left, "", "", "", "", "", right]);
  b.merge(r, 0, r, 5);
  b.merge(r, 6, r, WIDTH - 1);
  b.format(r, 0, r, WIDTH - 1, { font: FONTS.info, horizontal: "left" });
}

interface TableRows {
  headerRow: number;
  first: number;
  last: number;
}

function memberTable(
  b: SheetBuilder,
  L: RenderLabels,
  rows: readonly MemberMonth[],
  status: string,
  numberFormat: string,
  minValidMarks: number,
): TableRows {
  const C = MONTH_COLUMNS;
  const headerRow = b.row(L.month.columns, 22);
  b.format(headerRow, 0, headerRow, WIDTH - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true });
  const first = b.nextRow;
  if (rows.length === 0) {
    const r = b.mergedRow(L.month.none, { horizontal: "center" });
    b.format(headerRow, 0, r, WIDTH - 1, { border: "thin" });
    return { headerRow, first, last: first - 1 };
  }
  for (const m of rows) b.row(memberCells(m, L, status, minValidMarks));
  const last = b.nextRow - 1;
  b.format(headerRow, 0, last, WIDTH - 1, { border: "thin" });
  b.format(first, 0, last, WIDTH - 1, { horizontal: "center" });
  for (const c of [C.name, C.group]) b.format(first, c, last, c, { horizontal: "left" });
  b.format(first, C.flags, last, C.note, { horizontal: "left", wrap: true, font: FONTS.note });
  for (const c of [C.record, C.appraisal, C.composite]) b.format(first, c, last, c, { numberFormat, horizontal: "right" });
  for (const c of [C.rank, C.validMarks]) b.format(first, c, last, c, { numberFormat: "0" });
  b.format(first, C.composite, last, C.composite, { font: { bold: true } });
  starRuns(rows, (stars, from, to) => {
    const style = stars === null ? UNSCORED_STYLE : STAR_STYLES[stars];
    b.format(first + from, C.starText, first + to, C.label, style ?? {});
  });
  return { headerRow, first, last };
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
