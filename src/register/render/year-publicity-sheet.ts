/**
 * The annual publicity sheet `YYYY 年度公示` (年度公示), print-ready on A4 portrait. Every member's annual
 * score and proposed star, public fields only (docs/rules.md: name, group, scores, star — no 编号, 岗位,
 * dates, flags or notes), the period sentence, and how to raise an objection.
 *
 * Layout (1-based rows; 8 columns A–H: 序号, 姓名, 党小组, 记实考核均分, 年度评议, 年度得分, 拟评星级, 等级):
 *   1      title 「{支部名称} 2026年度党员积分评星结果公示」 (A:H merged, 黑体 18)
 *   2      lead sentence: how the results were reached and the formula
 *   3      公示时间：2026年12月1日至2026年12月7日 (bold)
 *   4      a thin gap
 *   5      一、党员; header; every 党员 of the year, ranked first, then 未考核/不参评/未评议 as such
 *   blank, 二、非党干部职工, header, 党外 rows (left out when the year has no 党外)
 *   blank, how to raise an objection: to whom (支部书记 from the settings, else 支部委员会) and by when
 *   two blank rows, then the signature block (E:H): 支部名称, and the first day of the period under it.
 */
import type { MemberYear, YearResult } from "../../scheme/year";
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { membersOfKind, type RenderContext } from "./context";
import { percentText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { noticeClosing, paragraphRow, printedSheet, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS } from "./styles";
import { publicTable, sectionRow, type TableBody } from "./tables";

const WIDTH = 8;
const COLUMN_WIDTHS = [6, 11, 16, 12, 10, 10, 13, 9];
const ROW_HEIGHT = 18;
/** Height of the thin spacer rows between blocks. */
const GAP = 8;

/** Zero-based columns of the annual publicity tables. */
export const YEAR_PUBLICITY_COLUMNS = {
  no: 0,
  name: 1,
  group: 2,
  recordAverage: 3,
  annualAppraisal: 4,
  score: 5,
  starText: 6,
  label: 7,
} as const;

/** The publicity's context: the period (from publicityPeriod) is part of the document. */
export interface YearPublicityContext extends RenderContext {
  period: { start: string; end: string; text: string };
}

/** The name of a year's publicity sheet: "2026 年度公示". */
export function yearPublicitySheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.yearPublicity(year);
}

/** The annual publicity sheet. */
export function renderYearPublicitySheet(result: YearResult, ctx: YearPublicityContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const numberFormat = scoreFormat(s.decimals);
  const b = new SheetBuilder(WIDTH);
  const party = membersOfKind(result.members, "党员");
  const nonParty = membersOfKind(result.members, "党外");

  b.mergedRow(L.yearPublicity.title(s.branchName, result.year), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 36 });
  const formula = L.yearPublicity.formula(percentText(s.appraisalWeight), percentText(s.recordWeight));
  const lead = L.yearPublicity.lead(s.branchName.trim(), result.year, formula);
  paragraphRow(b, COLUMN_WIDTHS, lead);
  b.mergedRow(ctx.period.text, { font: { ...FONTS.publicityBody, bold: true }, horizontal: "left", vertical: "center" }, { height: 22 });
  b.row([], GAP);

  const memberSection = b.nextRow;
  section(b, L.yearPublicity.memberSection);
  const header = b.row(L.yearPublicity.columns, ROW_HEIGHT + 4);
  table(b, L, header, party, numberFormat);
  const partyEnd = b.nextRow - 1;
  const blocks: PrintBlock[] = [{ from: memberSection, to: header + 2 }];

  if (nonParty.length > 0) {
    b.row([], GAP);
    const nonMemberSection = b.nextRow;
    section(b, L.yearPublicity.nonMemberSection);
    const h = b.row(L.yearPublicity.columns, ROW_HEIGHT + 4);
    table(b, L, h, nonParty, numberFormat);
    blocks.push({ from: nonMemberSection, to: b.nextRow - 1, glue: 2 });
  }

  const closing = noticeClosing(b, COLUMN_WIDTHS, {
    gaps: [GAP, GAP * 2],
    text: L.yearPublicity.objection(s.secretary.trim(), ctx.period.end),
    branchName: s.branchName,
    date: L.yearPublicity.date(ctx.period.start),
    signatureHeight: 20,
  });
  blocks.push({ ...closing, glue: 2 });
  return printedSheet(b, {
    name: L.sheetNames.yearPublicity(result.year),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
    titleRow: header,
    pages: { blocks, titleTableEnd: partyEnd },
    lang: ctx.lang,
  });
}

function section(b: SheetBuilder, text: string): void {
  sectionRow(b, text, 22);
}

function table(b: SheetBuilder, L: RenderLabels, headerRow: number, rows: readonly MemberYear[], numberFormat: string): void {
  const C = YEAR_PUBLICITY_COLUMNS;
  const body: TableBody<MemberYear> = {
    items: rows,
    cells: (m, i) => yearPublicityCells(m, i + 1),
    height: () => ROW_HEIGHT,
    none: L.yearPublicity.none,
    noneHeight: ROW_HEIGHT,
  };
  publicTable(b, headerRow, body, numberFormat, [C.recordAverage, C.annualAppraisal, C.score]);
}

/** One row of the annual publicity: public fields only. */
export function yearPublicityCells(m: MemberYear, no: number): CellValue[] {
  return [no, m.name, m.group ?? "", m.recordAverage ?? "", m.annualAppraisal ?? "", m.score ?? "", m.starText, m.label];
}
