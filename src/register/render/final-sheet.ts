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
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { dateTimeText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { kindTables, resultsSheet, resultsTable, resultsTitle, twoHalves } from "./results-sheet";
import { SheetBuilder } from "./sheet-builder";
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

  resultsTitle(b, L.final.title(s.branchName, final.year));
  twoHalves(b, L.month.branch(s.branchName), L.year.year(final.year));
  twoHalves(b, ctx.publicity.text, L.final.finalizedOn(ctx.finalizedOn));
  const upheld = objections.filter((o) => o.result === "属实").length;
  const rejected = objections.filter((o) => o.result === "不属实").length;
  twoHalves(b, L.final.objections(objections.length, upheld, rejected), L.month.generatedAt(dateTimeText(ctx.generatedAt)));

  const C = FINAL_COLUMNS;
  const { members } = kindTables(b, final.members, [L.final.memberSection, L.final.nonMemberSection], (rows) =>
    resultsTable(b, rows, {
      ...C,
      columns: L.final.columns,
      headerHeight: 22,
      none: L.final.none,
      cells: (m) => finalCells(m, L, objected.has(m.id)),
      rowHeight: (m) => fittedHeight([{ text: m.feedback, width: COLUMN_WIDTHS[C.feedback] }], ROW_HEIGHT),
      stars: (m) => m.finalStars,
      format: (first, last) => {
        b.format(first, C.feedback, last, C.feedback, { horizontal: "left", wrap: true });
        b.format(first, C.score, last, C.score, { numberFormat, horizontal: "right" });
        b.format(first, C.rank, last, C.rank, { numberFormat: "0" });
      },
    }),
  );
  return resultsSheet(b, { name: L.sheetNames.final(final.year), columnWidths: COLUMN_WIDTHS, headerRow: members.headerRow, lang: ctx.lang });
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
