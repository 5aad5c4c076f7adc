/**
 * The annual publicity sheet `YYYY 年度公示` (年度公示), print-ready on A4 portrait. Every member's annual
 * score and proposed star, public fields only (SCHEME.md: name, group, scores, star — no 编号, 岗位,
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
import { rangeAddress, type CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { membersOfKind, starRuns, type RenderContext } from "./context";
import { percentText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { paginate, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TAB_COLOR, UNSCORED_STYLE } from "./styles";
import { fittedHeight, spanWidth } from "./text-fit";

const WIDTH = 8;
const COLUMN_WIDTHS = [6, 11, 16, 12, 10, 10, 13, 9];
const ROW_HEIGHT = 18;
/** Height of the thin spacer rows between blocks. */
const GAP = 8;
const SIGNATURE_FROM = 4; // E

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
  const body = { font: FONTS.publicityBody, horizontal: "left" as const, vertical: "top" as const, wrap: true };

  b.mergedRow(L.yearPublicity.title(s.branchName, result.year), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 36 });
  const formula = L.yearPublicity.formula(percentText(s.appraisalWeight), percentText(s.recordWeight));
  const lead = L.yearPublicity.lead(s.branchName.trim(), result.year, formula);
  b.mergedRow(lead, body, { height: paragraphHeight(lead) });
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

  b.row([], GAP);
  const closing = b.nextRow;
  const objection = L.yearPublicity.objection(s.secretary.trim(), ctx.period.end);
  b.mergedRow(objection, body, { height: paragraphHeight(objection) });
  b.row([], GAP * 2);
  const signature = { from: SIGNATURE_FROM, height: 20 };
  const branch = s.branchName.trim();
  if (branch) b.mergedRow(branch, { font: FONTS.publicityBody, horizontal: "center" }, signature);
  b.mergedRow(L.yearPublicity.date(ctx.period.start), { font: FONTS.publicityBody, horizontal: "center" }, signature);

  blocks.push({ from: closing, to: b.values.length - 1, glue: 2 });
  return paginate({
    name: L.sheetNames.yearPublicity(result.year),
    values: b.values,
    formats: [{ range: rangeAddress(0, 0, b.values.length - 1, WIDTH - 1), font: FONTS.publicityBody, vertical: "center" }, ...b.formats],
    merges: b.merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: b.rowHeights,
    print: {
      orientation: "portrait",
      paper: "A4",
      titleRows: `$${header + 1}:$${header + 1}`,
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
      footer: L.pageFooter,
      horizontallyCentered: true,
    },
    tabColor: TAB_COLOR,
  }, { blocks, titleTableEnd: partyEnd });
}

function section(b: SheetBuilder, text: string): void {
  b.mergedRow(text, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height: 22 });
}

/** A paragraph across the page (12 pt text wraps at about the sheet's width in units). */
function paragraphHeight(text: string): number {
  return fittedHeight([{ text, width: spanWidth(COLUMN_WIDTHS, 0, WIDTH - 1) * 0.9 }], 20, 17);
}

function table(b: SheetBuilder, L: RenderLabels, headerRow: number, rows: readonly MemberYear[], numberFormat: string): void {
  const C = YEAR_PUBLICITY_COLUMNS;
  b.format(headerRow, 0, headerRow, WIDTH - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true });
  const first = b.nextRow;
  if (rows.length === 0) {
    const r = b.mergedRow(L.yearPublicity.none, { horizontal: "center" }, { height: ROW_HEIGHT });
    b.format(headerRow, 0, r, WIDTH - 1, { border: "thin" });
    return;
  }
  rows.forEach((m, i) => b.row(yearPublicityCells(m, i + 1), ROW_HEIGHT));
  const last = b.nextRow - 1;
  b.format(headerRow, 0, last, WIDTH - 1, { border: "thin" });
  b.format(first, 0, last, WIDTH - 1, { horizontal: "center" });
  b.format(first, C.group, last, C.group, { horizontal: "left" });
  b.format(first, C.no, last, C.no, { numberFormat: "0" });
  for (const c of [C.recordAverage, C.annualAppraisal, C.score]) b.format(first, c, last, c, { numberFormat });
  starRuns(rows, (stars, from, to) => {
    const style = stars === null ? UNSCORED_STYLE : STAR_STYLES[stars];
    b.format(first + from, C.starText, first + to, C.label, style ?? {});
  });
}

/** One row of the annual publicity: public fields only. */
export function yearPublicityCells(m: MemberYear, no: number): CellValue[] {
  return [no, m.name, m.group ?? "", m.recordAverage ?? "", m.annualAppraisal ?? "", m.score ?? "", m.starText, m.label];
}
