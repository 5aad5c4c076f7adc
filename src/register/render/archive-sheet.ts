/**
 * The member archive `YYYY 档案` (党员创先争优活动档案, docs/rules.md: Records kept beside the scores): one
 * print-ready section per member, each starting on a new A4 page (portrait). One member printed alone is
 * the sheet `YYYY 档案-姓名`.
 *
 * A member's section (8 columns A–H):
 *   title 「党员创先争优活动档案」 (「干部职工创先争优活动档案」 for 党外), 「{支部名称} 2026年度」
 *   姓名, 编号, 类别, 党小组, 岗位 on one line
 *   一、承诺记实   四德 | 方面 | 承诺内容 (C:D) | 计划 | 完成时限 | 状态 | 兑现情况   (or 「（无）」)
 *   二、月度考核   月份 | 记实考核 | 民主评议 | 综合得分 | 星级 | 等级 | 备注 (G:H)
 *                 twelve months (不在册 where the member was not on the roster), then 全年: record average,
 *                 annual appraisal, annual score, proposed star, with the year's notes
 *   三、点评记录   月份 | 点评人 | 不足 (C:D) | 原因 (E:F) | 整改要求 (G:H)
 *   四、异议及核查 收到日期 | 异议内容 (B:E) | 核查结果 | 调整星级 | 处理人
 *   五、年度星级   拟评星级 (with the annual score), 最终星级 (or 尚未确定), 确定日期, 反馈本人
 * Sections follow the roster's order; the plan's `pageBreaks` start every section after the first on a
 * new page.
 */
import type { FinalYear } from "../../scheme/final";
import { formatScore } from "../../scheme/decimal";
import { monthsOfYear } from "../../scheme/dates";
import { memberAtMeeting, type MeetingRow } from "../../scheme/meetings";
import type { MemberYear, YearResult } from "../../scheme/year";
import type { Member, Objection } from "../../scheme/types";
import type { CellValue } from "../cells";
import type { CommentRow, CommitmentRow } from "../read/read-register";
import type { SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { datePart, scoreFormat } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { noteText } from "./note";
import { printedSheet } from "./print-layout";
import { SheetBuilder, type Format } from "./sheet-builder";
import { FONTS, STAR_STYLES, UNSCORED_STYLE } from "./styles";
import { formatHeader, sectionRow, tableBody } from "./tables";
import { fittedHeight, spanWidth } from "./text-fit";
import { yearNoteText } from "./year-sheet";

const WIDTH = 8;
const COLUMN_WIDTHS = [10, 10, 12, 12, 12, 10, 10, 18];
const ROW_HEIGHT = 20;
/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

type Span = readonly [number, number];
const COMMITMENT_SPANS: readonly Span[] = [
  [0, 0],
  [1, 1],
  [2, 3],
  [4, 4],
  [5, 5],
  [6, 6],
  [7, 7],
];
const MONTH_SPANS: readonly Span[] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
  [6, 7],
];
const COMMENT_SPANS: readonly Span[] = [
  [0, 0],
  [1, 1],
  [2, 3],
  [4, 5],
  [6, 7],
];
const OBJECTION_SPANS: readonly Span[] = [
  [0, 0],
  [1, 4],
  [5, 5],
  [6, 6],
  [7, 7],
];

/** Everything an archive gathers. */
export interface ArchiveInput {
  result: YearResult;
  /** The final stars, once fixed (null before: the section says 尚未确定). */
  final: FinalYear | null;
  /** The date the final stars were fixed (ISO), when they were. */
  finalizedOn?: string | null;
  /** The roster (order of the sections, 岗位). */
  roster: readonly Member[];
  commitments: readonly CommitmentRow[];
  comments: readonly CommentRow[];
  objections: readonly Objection[];
  /** 组织生活会 rows of the year: each month's attendance and report go into the month's 备注. */
  meetings?: readonly MeetingRow[];
}

/** The name of the archive: "2026 档案", or one member's "2026 档案-张三" (with the 编号 when two share the name). */
export function archiveSheetName(input: Pick<ArchiveInput, "result">, memberId?: string, lang?: RenderContext["lang"]): string {
  const L = labelsFor(lang);
  const { result } = input;
  if (memberId === undefined) return L.sheetNames.archive(result.year);
  const member = result.members.find((m) => m.id === memberId);
  if (!member) throw new RangeError(`member ${memberId} has no assessment in ${result.year}`);
  const shared = result.members.some((m) => m.id !== member.id && m.name === member.name);
  const who = sheetSafe(shared ? `${member.name}(${member.id})` : member.name);
  const name = L.sheetNames.memberArchive(result.year, who);
  return name.length <= MAX_SHEET_NAME ? name : name.slice(0, MAX_SHEET_NAME);
}

/**
 * The archive of every member of the year, or of one (`memberId`, which must be a member of the year's
 * results: a RangeError otherwise).
 */
export function renderArchiveSheet(input: ArchiveInput, ctx: RenderContext, options: { memberId?: string } = {}): SheetPlan {
  const L = labelsFor(ctx.lang);
  const { result } = input;
  const byId = new Map(result.members.map((m) => [m.id, m]));
  const order = [...input.roster.filter((m) => byId.has(m.id)).map((m) => m.id), ...result.members.map((m) => m.id)];
  let ids = [...new Set(order)];
  if (options.memberId !== undefined) {
    if (!byId.has(options.memberId)) throw new RangeError(`member ${options.memberId} has no assessment in ${result.year}`);
    ids = [options.memberId];
  }
  const b = new SheetBuilder(WIDTH);
  const pageBreaks: number[] = [];
  const roster = new Map(input.roster.map((m) => [m.id, m]));
  const finals = new Map((input.final?.members ?? []).map((m) => [m.id, m]));
  ids.forEach((id, i) => {
    if (i > 0) pageBreaks.push(b.nextRow);
    memberSection(b, L, ctx, input, byId.get(id) as MemberYear, roster.get(id), finals.get(id) ?? null);
  });

  return printedSheet(b, {
    name: archiveSheetName(input, options.memberId, ctx.lang),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.body,
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
    pageBreaks,
    lang: ctx.lang,
  });
}

function memberSection(
  b: SheetBuilder,
  L: RenderLabels,
  ctx: RenderContext,
  input: ArchiveInput,
  m: MemberYear,
  person: Member | undefined,
  final: FinalYear["members"][number] | null,
): void {
  const A = L.archive;
  const s = ctx.settings;
  const decimals = input.result.decimals;
  const numberFormat = scoreFormat(decimals);
  const year = input.result.year;

  b.mergedRow(A.title(m.kind), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 36 });
  b.mergedRow(A.subtitle(s.branchName, year), { font: FONTS.section, horizontal: "center", vertical: "center" }, { height: 22 });
  b.mergedRow(
    A.info(m.name, m.id, m.kind, m.group ?? "", person?.position ?? ""),
    { font: FONTS.info, horizontal: "left", vertical: "center" },
    { height: 24 },
  );

  // 一、承诺记实
  section(b, A.commitmentsSection);
  const commitments = input.commitments.filter((c) => c.memberId === m.id && c.year === year);
  table(
    b,
    A,
    COMMITMENT_SPANS,
    A.commitmentColumns,
    commitments.map((c) => [c.virtue, c.area, c.content, c.plan ?? "", c.due ?? "", c.status, c.evidence ?? ""]),
    (first, last) => b.format(first, 2, last, WIDTH - 1, { horizontal: "left", wrap: true }),
  );
  b.row();

  // 二、月度考核
  section(b, A.monthsSection);
  const months = monthsOfYear(year).map((period, i): CellValue[] => {
    const month = m.months[i] ?? null;
    if (!month) return [A.month(period), "", "", "", "", A.notOnRoster, ""];
    const at = memberAtMeeting(period, input.meetings ?? [], m.id);
    const meeting = at ? A.meeting(at.attendance, at.reported) : "";
    const note = [meeting, noteText(month, L, s.minValidMarks)].filter(Boolean).join(L.month.noteSeparator);
    return [A.month(period), month.record ?? "", month.appraisal ?? "", month.composite ?? "", month.starText, month.label, note];
  });
  const yearNote = yearNoteText(m, L, s.minValidMarks, s.annualMinMonths);
  months.push([A.yearRow, m.recordAverage ?? "", m.annualAppraisal ?? "", m.score ?? "", m.starText, m.label, yearNote]);
  table(b, A, MONTH_SPANS, A.monthColumns, months, (first, last) => {
    b.format(first, 1, last, 3, { numberFormat, horizontal: "right" });
    b.format(first, 6, last, WIDTH - 1, { horizontal: "left", wrap: true, font: FONTS.note });
    m.months.forEach((month, i) => {
      const style = month === null || month.stars === null ? UNSCORED_STYLE : STAR_STYLES[month.stars];
      b.format(first + i, 4, first + i, 5, style ?? {});
    });
    b.format(last, 0, last, WIDTH - 1, { font: { bold: true }, fill: "#F2F2F2" });
    b.format(last, 4, last, 5, (m.stars === null ? UNSCORED_STYLE : STAR_STYLES[m.stars]) ?? {});
  });
  b.row();

  // 三、点评记录
  section(b, A.commentsSection);
  const comments = input.comments
    .filter((c) => c.memberId === m.id && c.period.startsWith(`${year}-`))
    .sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
  table(
    b,
    A,
    COMMENT_SPANS,
    A.commentColumns,
    comments.map((c) => [A.month(c.period), c.by, c.shortcomings ?? "", c.causes ?? "", c.requirements ?? ""]),
    (first, last) => b.format(first, 2, last, WIDTH - 1, { horizontal: "left", wrap: true }),
  );
  b.row();

  // 四、异议及核查
  section(b, A.objectionsSection);
  const objections = input.objections
    .filter((o) => o.memberId === m.id && o.year === year)
    .sort((x, y) => (x.received < y.received ? -1 : x.received > y.received ? 1 : 0));
  table(
    b,
    A,
    OBJECTION_SPANS,
    A.objectionColumns,
    objections.map((o) => [o.received, o.content, o.result, o.adjustedStars ?? "", o.handler ?? ""]),
    (first, last) => b.format(first, 1, last, 1, { horizontal: "left", wrap: true }),
  );
  b.row();

  // 五、年度星级
  section(b, A.finalSection);
  const line: Format = { font: FONTS.publicityBody, horizontal: "left", vertical: "center", wrap: true };
  const fullWidth = spanWidth(COLUMN_WIDTHS, 0, WIDTH - 1);
  const lineRow = (text: string) => b.mergedRow(text, line, { height: fittedHeight([{ text, width: fullWidth }], 22, 16) });
  lineRow(A.proposed(m.label, m.score === null ? null : formatScore(m.score, decimals)));
  if (final) {
    lineRow(A.final(final.label, final.adjusted));
    const date = datePart(input.finalizedOn ?? null);
    if (date) lineRow(A.finalizedOn(date));
    lineRow(A.feedback(final.feedback));
  } else {
    lineRow(A.pending);
  }
}

function section(b: SheetBuilder, text: string): void {
  sectionRow(b, text, 24);
}

/**
 * A bordered table whose logical columns span physical ones (merged on every row), with a header and
 * rows (or 「（无）」); row heights fit the wrapped text. `after` formats the data rows.
 */
function table(
  b: SheetBuilder,
  A: RenderLabels["archive"],
  spans: readonly Span[],
  columns: readonly string[],
  rows: readonly CellValue[][],
  after?: (first: number, last: number) => void,
): void {
  const header = b.row(columns, 22);
  for (const [from, to] of spans) b.merge(header, from, header, to);
  formatHeader(b, header);
  const { first, last } = tableBody(b, header, {
    items: rows,
    cells: (logical) => {
      const cells = Array<CellValue>(WIDTH).fill("");
      spans.forEach(([from], i) => {
        cells[from] = logical[i] ?? "";
      });
      return cells;
    },
    height: (logical) =>
      fittedHeight(
        spans.map(([from, to], i) => ({ text: String(logical[i] ?? ""), width: spanWidth(COLUMN_WIDTHS, from, to) })),
        ROW_HEIGHT,
      ),
    each: (r) => spans.forEach(([from, to]) => b.merge(r, from, r, to)),
    none: A.none,
    noneHeight: ROW_HEIGHT,
  });
  if (last >= first) after?.(first, last);
}

/** A name as it may appear in a sheet name: none of : \ / ? * [ ], no quote at either end. */
function sheetSafe(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, "_").replace(/^'+|'+$/g, "");
}
