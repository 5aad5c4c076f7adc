/**
 * The monthly publicity sheet `YYYY-MM 公示` (每月公示), print-ready on A4 portrait. It shows only what
 * is to be public (docs/rules.md, Approval and publicity): name, 党小组, scores and star — no 编号, 岗位,
 * dates, flags, reasons or notes.
 *
 * Layout (1-based rows; 8 columns A–H: 序号, 姓名, 党小组, 记实考核, 民主评议, 综合得分, 星级, 等级):
 *   1      title 「{支部名称} 2026年11月党员积分评星结果公示」 (A:H merged, 黑体 18)
 *   2      lead sentence: how the results were reached, the formula, 拟评 or the approval date
 *   3      公示时间：from the chosen start (default: the day generated) for 月度公示天数 days, inclusive
 *   4      blank
 *   4      一、评为优秀（五星级）: 党员 with stars ≥ 月度优秀星级 from the settings
 *   5…     序号, 姓名, 党小组 (C:E merged, so 综合得分/星级/等级 line up with the board), 综合得分, 星级, 等级
 *   blank, 二、党员积分评星展示台: every assessed 党员, ranked first, then 未考核/不参评/未评议 as such
 *   blank, 三、非党干部职工评比结果: the same columns for 党外 (left out when the month has no 党外)
 *   blank, 如有异议请于公示期内向支部委员会反映（联系人：公示联系人 or 支部书记，联系电话）
 *   blank, then the signature block (E:H): 支部名称, and the date under it.
 *
 * The date is the approval date once the 党员大会 has passed the results; before that it is the day
 * the sheet is generated (the date of `generatedAt`), the day the draft is actually produced — never a
 * date in the future of the document. When `generatedAt` carries no date, the month's last day is used.
 */
import { addDays, lastDayOfMonth } from "../../scheme/dates";
import type { MemberMonth, MonthResult } from "../../scheme/results";
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { approvalDate, membersOfKind, type RenderContext } from "./context";
import { datePart, percentText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { noticeClosing, printedSheet, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS } from "./styles";
import { publicTable, sectionRow, type TableBody } from "./tables";

const WIDTH = 8;
const COLUMN_WIDTHS = [6, 11, 16, 10, 10, 10, 13, 9];
const ROW_HEIGHT = 20;

/** Zero-based columns of the publicity tables. */
export const PUBLICITY_COLUMNS = {
  no: 0,
  name: 1,
  group: 2,
  record: 3,
  appraisal: 4,
  composite: 5,
  starText: 6,
  label: 7,
} as const;

/** The name of a month's publicity sheet: "2026-11 公示". */
export function publicitySheetName(period: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.publicity(period);
}

/** The monthly publicity sheet of a month. */
export function renderPublicitySheet(result: MonthResult, ctx: RenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const approved = approvalDate(ctx.approvedOn);
  const numberFormat = scoreFormat(s.decimals);
  const b = new SheetBuilder(WIDTH);
  const partyMembers = membersOfKind(result.members, "党员");
  const nonMembers = membersOfKind(result.members, "党外");
  const excellent = partyMembers.filter((m) => m.stars !== null && m.stars >= s.monthlyExcellentStars);

  b.mergedRow(L.publicity.title(s.branchName, result.period), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 40 });
  const formula = L.publicity.formula(percentText(s.appraisalWeight), percentText(s.recordWeight));
  b.mergedRow(
    L.publicity.lead(s.branchName.trim(), result.period, approved, formula),
    { font: FONTS.publicityBody, horizontal: "left", vertical: "top", wrap: true },
    { height: 54 },
  );
  const start = ctx.publicityStart ?? datePart(ctx.generatedAt) ?? lastDayOfMonth(result.period);
  b.mergedRow(
    L.publicity.period(start, addDays(start, s.monthlyPublicityDays - 1)),
    { font: { ...FONTS.publicityBody, bold: true }, horizontal: "left" },
    { height: 22 },
  );
  b.row();

  const excellentSection = b.nextRow;
  section(b, L.publicity.excellentSection(s.monthlyExcellentStars));
  const excellentHeader = b.row(L.publicity.excellentColumns, ROW_HEIGHT + 2);
  b.merge(excellentHeader, 2, excellentHeader, 4);
  table(b, L, excellentHeader, excellent, numberFormat, true);
  b.row();

  const boardSection = b.nextRow;
  section(b, L.publicity.boardSection);
  const boardHeader = b.row(L.publicity.boardColumns, ROW_HEIGHT + 2);
  table(b, L, boardHeader, partyMembers, numberFormat, false);
  const boardEnd = b.nextRow - 1;
  const blocks: PrintBlock[] = [
    { from: excellentSection, to: boardSection - 1 },
    { from: boardSection, to: boardHeader + 2 },
  ];

  if (nonMembers.length > 0) {
    b.row();
    const nonMemberSection = b.nextRow;
    section(b, L.publicity.nonMemberSection);
    const header = b.row(L.publicity.boardColumns, ROW_HEIGHT + 2);
    table(b, L, header, nonMembers, numberFormat, false);
    blocks.push({ from: nonMemberSection, to: b.nextRow - 1, glue: 2 });
  }

  const date = approved ?? datePart(ctx.generatedAt) ?? lastDayOfMonth(result.period);
  const closing = noticeClosing(b, COLUMN_WIDTHS, {
    gaps: [undefined, undefined],
    text: L.publicity.contact((s.publicityContact || s.secretary).trim(), s.contactPhone.trim()),
    minHeight: 22,
    branchName: s.branchName,
    date: L.publicity.date(date),
    signatureHeight: 24,
  });
  blocks.push({ ...closing, glue: 2 });
  return printedSheet(b, {
    name: L.sheetNames.publicity(result.period),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.8, bottom: 0.8, left: 0.6, right: 0.6 },
    titleRow: boardHeader,
    pages: { blocks, titleTableEnd: boardEnd },
    lang: ctx.lang,
  });
}

function section(b: SheetBuilder, text: string): void {
  sectionRow(b, text, 24);
}

/** The rows of one publicity table under its header; `compact` merges 党小组 over C:E (评为优秀). */
function table(b: SheetBuilder, L: RenderLabels, headerRow: number, rows: readonly MemberMonth[], numberFormat: string, compact: boolean): void {
  const C = PUBLICITY_COLUMNS;
  const body: TableBody<MemberMonth> = {
    items: rows,
    cells: (m, i) => publicityCells(m, i + 1, compact),
    height: () => ROW_HEIGHT,
    each: compact ? (r) => b.merge(r, C.group, r, C.appraisal) : undefined,
    none: L.publicity.none,
    noneHeight: ROW_HEIGHT,
  };
  publicTable(b, headerRow, body, numberFormat, compact ? [C.composite] : [C.record, C.appraisal, C.composite]);
}

/** One row of a publicity table: public fields only. */
export function publicityCells(m: MemberMonth, no: number, compact: boolean): CellValue[] {
  return [no, m.name, m.group ?? "", compact ? "" : (m.record ?? ""), compact ? "" : (m.appraisal ?? ""), m.composite ?? "", m.starText, m.label];
}
