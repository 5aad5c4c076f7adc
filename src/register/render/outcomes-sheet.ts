/**
 * 结果运用 `YYYY 结果运用`: how the final stars are used (docs/rules.md, Using the results). A4 portrait.
 *
 * Layout (1-based rows; 9 columns A–I):
 *   1      title 「{支部名称} 2026年度党员积分评星结果运用」 (A:I)
 *   2      支部 (A:E) | 依据：2026年度星级（…确定） (F:I)
 *   3      生成时间 (A:I)
 *   then four tables, each a section title, a header row and its rows (or 「（无）」):
 *   一、评先评优候选: 党员 with final stars ≥ 评优最低星级, by annual score —
 *          序号, 编号, 姓名, 党小组, 年度得分, 星级, 等级, 备注 (H:I, for the branch)
 *   二、戒勉谈话: 党员 scored but without a star, with a note on the procedure —
 *          序号, 编号, 姓名, 党小组, 年度得分, 等级, 谈话日期, 整改要求 (both for the secretary), 整改期限
 *          (the day the stars were fixed + 整改期限 months)
 *   三、无年度得分的党员: 党员 未考核 / 不参评 / 未评议 all year, with a note that they are not admonished
 *          automatically — 序号, 编号, 姓名, 党小组, 情况, 说明 (F:I, for the branch)
 *   四、党外干部职工年度结果: the basis of the annual personal goal assessment — like the candidates.
 *
 * What a person types in the columns left for the branch (备注, 谈话日期, 整改要求, 说明) survives
 * regeneration: {@link keptOutcomeEntries} reads it from the previous sheet, matched by table and 编号.
 */
import { chineseDate } from "../../scheme/dates";
import type { MemberFinal } from "../../scheme/final";
import type { ResultsUsage } from "../../scheme/outcomes";
import { cellAddress, isBlank, type CellValue, type Grid } from "../cells";
import type { FormatRange, SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { dateTimeText, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { printedSheet } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, STAR_STYLES, UNSCORED_STYLE } from "./styles";
import { formatHeader, paintStars, sectionRow, tableBody } from "./tables";
import { fittedHeight, spanWidth } from "./text-fit";

const WIDTH = 9;
const COLUMN_WIDTHS = [5, 8, 9, 11, 8, 9, 11, 26, 13];
const ROW_HEIGHT = 20;

/** The four tables, in the order they appear. */
export const OUTCOME_TABLES = ["candidates", "admonishments", "unrated", "nonParty"] as const;
export type OutcomeTable = (typeof OUTCOME_TABLES)[number];

/** Zero-based columns a person fills in, per table; kept on regeneration. */
export const OUTCOME_PERSON_COLUMNS: Record<OutcomeTable, readonly number[]> = {
  candidates: [7],
  admonishments: [6, 7],
  unrated: [5],
  nonParty: [7],
};

/** Zero-based columns of the 戒勉谈话 table. */
export const ADMONITION_COLUMNS = { no: 0, id: 1, name: 2, group: 3, score: 4, label: 5, talkDate: 6, requirements: 7, deadline: 8 } as const;

/** What a person typed, by table and then 编号: column index → value. */
export type KeptOutcomes = Map<OutcomeTable, Map<string, Map<number, CellValue>>> & {
  /** The date or time formats of kept cells that showed one, by {@link keptKey}: a date stays a date. */
  formats?: Map<string, string>;
};

function keptKey(table: OutcomeTable, id: string, column: number): string {
  return `${table}\u0000${id}\u0000${column}`;
}

/** What the sheet shows besides the usage itself. */
export interface OutcomesRenderContext extends RenderContext {
  year: string;
  /** The date the final stars were fixed (ISO). */
  finalizedOn: string;
  decimals: number;
  /** The person's entries from the previous sheet (see {@link keptOutcomeEntries}). */
  kept?: KeptOutcomes;
}

/** The name of a year's results-usage sheet: "2026 结果运用". */
export function outcomesSheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.outcomes(year);
}

/** The results-usage sheet. */
export function renderOutcomesSheet(usage: ResultsUsage, ctx: OutcomesRenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const O = L.outcomes;
  const s = ctx.settings;
  const numberFormat = scoreFormat(ctx.decimals);
  const b = new SheetBuilder(WIDTH);
  const kept: KeptOutcomes = ctx.kept ?? new Map();
  const entry = (table: OutcomeTable, id: string, column: number): CellValue => kept.get(table)?.get(id)?.get(column) ?? "";

  b.mergedRow(O.title(s.branchName, ctx.year), { font: FONTS.monthTitle, horizontal: "center", vertical: "center" }, { height: 32 });
  const info = b.row([L.month.branch(s.branchName), "", "", "", "", O.basis(ctx.year, ctx.finalizedOn)]);
  b.merge(info, 0, info, 4);
  b.merge(info, 5, info, WIDTH - 1);
  b.format(info, 0, info, WIDTH - 1, { font: FONTS.info, horizontal: "left" });
  b.mergedRow(L.month.generatedAt(dateTimeText(ctx.generatedAt)), { font: FONTS.info, horizontal: "left" });
  b.row();

  // 一、评先评优候选
  section(b, O.candidatesSection(s.commendationMinStars));
  starTable(b, O, O.candidateColumns, usage.candidates, numberFormat, (m) => entry("candidates", m.id, 7));
  b.row();

  // 二、戒勉谈话
  section(b, O.admonitionSection);
  noteRow(b, O.admonitionNote(s.rectificationMonths));
  const A = ADMONITION_COLUMNS;
  const admonitionHeader = header(b, O.admonitionColumns);
  const rows = usage.admonishments.map((a, i): CellValue[] => [
    i + 1,
    a.member.id,
    a.member.name,
    a.member.group ?? "",
    a.member.score ?? "",
    a.member.label,
    entry("admonishments", a.member.id, A.talkDate),
    entry("admonishments", a.member.id, A.requirements),
    chineseDate(a.deadline),
  ]);
  body(b, O, admonitionHeader, rows, (r, cells) => {
    b.rowHeights[r] = fittedHeight([{ text: String(cells[A.requirements] ?? ""), width: COLUMN_WIDTHS[A.requirements] }], ROW_HEIGHT);
  });
  if (rows.length > 0) {
    const first = admonitionHeader + 1;
    const last = b.nextRow - 1;
    b.format(first, A.score, last, A.score, { numberFormat });
    b.format(first, A.label, last, A.label, STAR_STYLES[0] ?? {});
    // A date a person types becomes a date serial: show it as a date.
    b.format(first, A.talkDate, last, A.talkDate, { numberFormat: "yyyy-mm-dd" });
    b.format(first, A.requirements, last, A.requirements, { horizontal: "left", wrap: true });
  }
  b.row();

  // 三、无年度得分的党员
  section(b, O.unratedSection);
  noteRow(b, O.unratedNote);
  const unratedHeader = header(b, O.unratedColumns, [[5, WIDTH - 1]]);
  const unrated = usage.unrated.map((m, i): CellValue[] => [i + 1, m.id, m.name, m.group ?? "", m.label, entry("unrated", m.id, 5)]);
  body(b, O, unratedHeader, unrated, (r, cells) => {
    b.merge(r, 5, r, WIDTH - 1);
    b.rowHeights[r] = fittedHeight([{ text: String(cells[5] ?? ""), width: spanWidth(COLUMN_WIDTHS, 5, WIDTH - 1) }], ROW_HEIGHT);
  });
  if (unrated.length > 0) {
    b.format(unratedHeader + 1, 4, b.nextRow - 1, 4, UNSCORED_STYLE);
    b.format(unratedHeader + 1, 5, b.nextRow - 1, 5, { horizontal: "left", wrap: true });
  }
  b.row();

  // 四、党外干部职工年度结果
  section(b, O.nonPartySection);
  starTable(b, O, O.nonPartyColumns, usage.nonParty, numberFormat, (m) => entry("nonParty", m.id, 7));

  // A kept date keeps its own format, over the column's (last, so it wins).
  const keptFormats: FormatRange[] = [];
  if (kept.formats?.size) {
    walkOutcomeRows(b.values, O, (table, id, r) => {
      for (const column of OUTCOME_PERSON_COLUMNS[table]) {
        const format = kept.formats!.get(keptKey(table, id, column));
        if (format !== undefined) keptFormats.push({ range: cellAddress(r, column), numberFormat: format });
      }
    });
  }

  return printedSheet(b, {
    name: L.sheetNames.outcomes(ctx.year),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.body,
    margins: { top: 0.7, bottom: 0.7, left: 0.5, right: 0.5 },
    formats: keptFormats,
    lang: ctx.lang,
  });
}

/**
 * The entries a person made on a previous 结果运用 sheet: the four tables are found by their header rows
 * (序号, 编号 …) in order, their rows read down to the first row without a 编号. Blank cells are left out.
 */
export function keptOutcomeEntries(previous: Grid | null | undefined, lang?: RenderContext["lang"], dateFormats?: ReadonlyMap<string, string>): KeptOutcomes {
  const kept: KeptOutcomes = new Map();
  if (!previous) return kept;
  walkOutcomeRows(previous, labelsFor(lang).outcomes, (name, id, r, row) => {
    for (const column of OUTCOME_PERSON_COLUMNS[name]) {
      const value = row[column];
      if (value === undefined || isBlank(value)) continue;
      const byId = kept.get(name) ?? new Map<string, Map<number, CellValue>>();
      kept.set(name, byId);
      const cells = byId.get(id) ?? new Map<number, CellValue>();
      byId.set(id, cells);
      cells.set(column, value);
      const format = typeof value === "number" ? dateFormats?.get(cellAddress(r, column)) : undefined;
      if (format !== undefined) (kept.formats ??= new Map()).set(keptKey(name, id, column), format);
    }
  });
  return kept;
}

/** Each member row of the four tables, found by their header rows (序号, 编号 …) in order. */
function walkOutcomeRows(grid: Grid, O: RenderLabels["outcomes"], visit: (table: OutcomeTable, id: string, r: number, row: CellValue[]) => void): void {
  let table = -1;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (String(row[0] ?? "").trim() === O.candidateColumns[0] && String(row[1] ?? "").trim() === O.candidateColumns[1]) {
      table++;
      continue;
    }
    const name = OUTCOME_TABLES[table];
    const id = String(row[1] ?? "").trim();
    if (!name || !id) continue;
    visit(name, id, r, row);
  }
}

function section(b: SheetBuilder, text: string): void {
  sectionRow(b, text, 24);
}

function noteRow(b: SheetBuilder, text: string): void {
  b.mergedRow(
    text,
    { font: FONTS.note, horizontal: "left", vertical: "top", wrap: true },
    { height: fittedHeight([{ text, width: spanWidth(COLUMN_WIDTHS, 0, WIDTH - 1) }], ROW_HEIGHT, 14) },
  );
}

function header(b: SheetBuilder, columns: readonly string[], merges: [number, number][] = []): number {
  const r = b.row(columns, 22);
  for (const [from, to] of merges) b.merge(r, from, r, to);
  formatHeader(b, r);
  return r;
}

/** The rows under a header (or 「（无）」), bordered and centred; `each` adds per-row merges and heights. */
function body(b: SheetBuilder, O: RenderLabels["outcomes"], headerRow: number, rows: CellValue[][], each?: (r: number, cells: CellValue[]) => void): void {
  const { first, last } = tableBody(b, headerRow, {
    items: rows,
    cells: (cells) => cells,
    height: () => ROW_HEIGHT,
    each,
    none: O.none,
    noneHeight: ROW_HEIGHT,
  });
  if (last < first) return;
  b.format(first, 2, last, 3, { horizontal: "left" });
  b.format(first, 0, last, 0, { numberFormat: "0" });
}

/** A table of members with their score and final star, and a 备注 (H:I) for the branch. */
function starTable(
  b: SheetBuilder,
  O: RenderLabels["outcomes"],
  columns: readonly string[],
  members: readonly MemberFinal[],
  numberFormat: string,
  note: (m: MemberFinal) => CellValue,
): void {
  const h = header(b, columns, [[7, WIDTH - 1]]);
  const rows = members.map((m, i): CellValue[] => [i + 1, m.id, m.name, m.group ?? "", m.score ?? "", m.starText, m.label, note(m)]);
  body(b, O, h, rows, (r, cells) => {
    b.merge(r, 7, r, WIDTH - 1);
    b.rowHeights[r] = fittedHeight([{ text: String(cells[7] ?? ""), width: spanWidth(COLUMN_WIDTHS, 7, WIDTH - 1) }], ROW_HEIGHT);
  });
  if (rows.length === 0) return;
  const first = h + 1;
  const last = b.nextRow - 1;
  b.format(first, 4, last, 4, { numberFormat });
  b.format(first, 7, last, 7, { horizontal: "left", wrap: true });
  paintStars(
    b,
    first,
    members.map((m) => ({ stars: m.finalStars })),
    5,
    6,
  );
}
