/**
 * The final annual stars `YYYY 年度星级` (确定年度星级): each member's final star after the publicity and
 * the objections, and the line to send them (反馈本人). Landscape A4.
 *
 * Layout (1-based rows; 10 columns A–J):
 *   1      title 「{支部名称} 2026年度党员积分评星最终结果」 (A:J)
 *   2      支部 (A:F) | 年度 (G:J)
 *   3      公示时间：… (A:F) | 确定日期：2026年12月8日 (G:J)
 *   4      异议：收到n件，核查属实a件、不属实b件 (A:F) | 生成时间 (G:J)
 *   5      一、党员
 *   6      header — frozen, repeated on printed pages: 排名, 编号, 姓名, 党小组, 年度得分, 拟评等级, 星级 (★ of
 *          the final star), 最终等级, 异议核查 (经核查调整 / 经核查维持 / blank), 反馈本人 (wrapped)
 *   7…     党员 rows in rank order; blank, 二、党外干部职工, header, 党外 rows.
 */
import type { FinalYear, MemberFinal } from "../../scheme/final";
import { starLabel } from "../../scheme/stars";
import type { Objection } from "../../scheme/types";
import { rangeAddress, type CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { membersOfKind, starRuns, type RenderContext } from "./context";
import { dateTimeText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TAB_COLOR, UNSCORED_STYLE } from "./styles";
import { fittedHeight } from "./text-fit";

/** Zero-based columns of the final tables. */
export const FINAL_COLUMNS = {
  rank: 0,
  id: 1,
  name: 2,
  group: 3,
  score: 4,
  proposed: 5,
  starText: 6,
  label: 7,
  objection: 8,
  feedback: 9,
} as const;

const WIDTH = 10;
const COLUMN_WIDTHS = [6, 9, 10, 10, 9, 10, 12, 10, 11, 62];
const ROW_HEIGHT = 20;

/** What the final sheet shows besides the stars. */
export interface FinalRenderContext extends RenderContext {
  /** The publicity period the stars followed. */
  publicity: { start: string; end: string; text: string };
  /** The date the stars were fixed (ISO). */
  finalizedOn: string;
  /** The year's objections (异议登记). */
  objections: readonly Objection[];
}

/** The name of a year's final stars sheet: "2026 年度星级". */
export function finalSheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.final(year);
}

/** The final annual stars sheet. */
export function renderFinalSheet(final: FinalYear, ctx: FinalRenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const s = ctx.settings;
  const numberFormat = scoreFormat(final.decimals);
  const b = new SheetBuilder(WIDTH);
  const objections = ctx.objections.filter((o) => o.year === final.year);
  const objected = new Set(objections.map((o) => o.memberId));

  b.mergedRow(L.final.title(s.branchName, final.year), { font: FONTS.monthTitle, horizontal: "center", vertical: "center" }, { height: 32 });
  twoHalves(b, L.month.branch(s.branchName), L.year.year(final.year));
  twoHalves(b, ctx.publicity.text, L.final.finalizedOn(ctx.finalizedOn));
  const upheld = objections.filter((o) => o.result === "属实").length;
  const rejected = objections.filter((o) => o.result === "不属实").length;
  twoHalves(b, L.final.objections(objections.length, upheld, rejected), L.month.generatedAt(dateTimeText(ctx.generatedAt)));

  b.mergedRow(L.final.memberSection, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height: 22 });
  const members = table(b, L, membersOfKind(final.members, "党员"), objected, numberFormat);
  b.row();
  b.mergedRow(L.final.nonMemberSection, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { height: 22 });
  table(b, L, membersOfKind(final.members, "党外"), objected, numberFormat);

  return {
    name: L.sheetNames.final(final.year),
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
    tabColor: TAB_COLOR,
  };
}

function twoHalves(b: SheetBuilder, left: string, right: string): void {
  const r = b.row([left, "", "", "", "", "", right]);
  b.merge(r, 0, r, 5);
  b.merge(r, 6, r, WIDTH - 1);
  b.format(r, 0, r, WIDTH - 1, { font: FONTS.info, horizontal: "left" });
}

function table(
  b: SheetBuilder,
  L: RenderLabels,
  rows: readonly MemberFinal[],
  objected: ReadonlySet<string>,
  numberFormat: string,
): { headerRow: number } {
  const C = FINAL_COLUMNS;
  const headerRow = b.row(L.final.columns, 22);
  b.format(headerRow, 0, headerRow, WIDTH - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center", vertical: "center", wrap: true });
  const first = b.nextRow;
  if (rows.length === 0) {
    const r = b.mergedRow(L.final.none, { horizontal: "center" });
    b.format(headerRow, 0, r, WIDTH - 1, { border: "thin" });
    return { headerRow };
  }
  for (const m of rows) {
    const cells = finalCells(m, L, objected.has(m.id));
    b.row(cells, fittedHeight([{ text: m.feedback, width: COLUMN_WIDTHS[C.feedback] }], ROW_HEIGHT));
  }
  const last = b.nextRow - 1;
  b.format(headerRow, 0, last, WIDTH - 1, { border: "thin" });
  b.format(first, 0, last, WIDTH - 1, { horizontal: "center" });
  for (const c of [C.name, C.group]) b.format(first, c, last, c, { horizontal: "left" });
  b.format(first, C.feedback, last, C.feedback, { horizontal: "left", wrap: true });
  b.format(first, C.score, last, C.score, { numberFormat, horizontal: "right" });
  b.format(first, C.rank, last, C.rank, { numberFormat: "0" });
  starRuns(
    rows.map((m) => ({ stars: m.finalStars })),
    (stars, from, to) => {
      const style = stars === null ? UNSCORED_STYLE : STAR_STYLES[stars];
      b.format(first + from, C.starText, first + to, C.label, style ?? {});
    },
  );
  return { headerRow };
}

/** One member's row of the final table. */
export function finalCells(m: MemberFinal, L: RenderLabels, objected: boolean): CellValue[] {
  const check = m.adjusted && m.finalStars !== m.proposedStars ? L.final.adjusted : m.adjusted || objected ? L.final.confirmed : "";
  return [m.rank ?? "", m.id, m.name, m.group ?? "", m.score ?? "", proposedLabel(m), m.starText, m.label, check, m.feedback];
}

/** The label of the proposed stars; without a score, the status (未考核, 不参评, 未评议) the final label carries. */
function proposedLabel(m: MemberFinal): string {
  if (m.proposedStars !== null) return starLabel(m.proposedStars);
  return m.finalStars === null ? m.label : "";
}
