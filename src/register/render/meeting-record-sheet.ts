/**
 * The month's meeting record `YYYY-MM 组织生活会记录` (一讲二评, docs/rules.md The organisational life meeting),
 * for the branch's files, print-ready on A4 portrait: each meeting of the month (the 组织生活会, and after a
 * quarter the 支部生活会) with its attendance counts and names, 列席 and 群众代表, who reported and which 党员
 * did not; the month's 点评记录; the month's ballots with the turnout; lines for the 主持人 and 记录人 to sign.
 *
 * Layout (6 columns A–F):
 *   title 「{支部名称} 2026年11月组织生活会记录」
 *   per meeting: 一、组织生活会（2026年11月27日）, then label (A:B) | names (C:F) rows
 *   点评记录: 序号 | 姓名 | 点评人 | 不足 | 原因 | 整改要求
 *   民主评议: ballots, expected voters, turnout
 *   sign lines and the date (the last meeting's date, else the month's last day)
 */
import { lastDayOfMonth } from "../../scheme/dates";
import { meetingsOf, type Meeting, type MeetingRow } from "../../scheme/meetings";
import type { Member } from "../../scheme/types";
import type { CommentRow } from "../read/read-register";
import type { SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { labelsFor } from "./labels";
import { paragraphRow, printedSheet, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, TOTAL_FILL } from "./styles";
import { formatHeader, sectionRow } from "./tables";
import { fittedHeight, spanWidth } from "./text-fit";

const WIDTH = 6;
const COLUMN_WIDTHS = [6, 12, 12, 22, 22, 24];
const ROW_HEIGHT = 20;

export interface MeetingRecordInput {
  period: string;
  /** The roster (names of commented members). */
  members: readonly Member[];
  /** Members assessed in the month: the 应到 of the 组织生活会 and the voters expected. */
  assessed: readonly Member[];
  meetings: readonly MeetingRow[];
  comments: readonly CommentRow[];
  /** Ballots (评议票) of the month. */
  ballots: number;
}

/** "2026-11 组织生活会记录" */
export function meetingRecordSheetName(period: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.meetingRecord(period);
}

/**
 * The voters expected in a month and the turnout: everyone assessed, and the 群众代表 present at the
 * month's meetings; turnout = ballots ÷ expected, as a whole percentage ("92%"), "—" when nobody is expected.
 */
export function ballotTurnout(ballots: number, assessed: number, meetings: readonly Meeting[]): { expected: number; turnout: string } {
  const guests = new Set(meetings.flatMap((m) => m.massRepresentatives.map((r) => r.id)));
  const expected = assessed + guests.size;
  return { expected, turnout: expected > 0 ? `${Math.round((ballots / expected) * 100)}%` : "—" };
}

/** The meeting record of a month. */
export function renderMeetingRecord(input: MeetingRecordInput, ctx: RenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const M = L.meetingRecord;
  const s = ctx.settings;
  const b = new SheetBuilder(WIDTH);
  const blocks: PrintBlock[] = [];
  const meetings = meetingsOf(input.period, input.meetings);

  b.mergedRow(M.title(s.branchName, input.period), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 40 });
  b.row([], 8);

  let n = 0;
  for (const meeting of meetings) {
    const section = sectionRow(b, M.meetingSection(n++, meeting.kind, meeting.date), 24);
    const first = b.nextRow;
    const expected = meeting.kind === "组织生活会" ? Math.max(input.assessed.length, meeting.rows.filter((r) => r.memberId).length) : meeting.rows.length;
    const names = (rows: readonly MeetingRow[]) => M.names(rows.map((r) => r.name));
    const lines: [string, string][] = [
      [M.fields.counts, M.counts(expected, meeting.present.length, meeting.onLeave.length, meeting.absent.length)],
      [M.fields.present, names(meeting.present)],
      [M.fields.onLeave, names(meeting.onLeave)],
      [M.fields.absent, names(meeting.absent)],
      [M.fields.observers, names(meeting.observers)],
      [M.fields.massRepresentatives, names(meeting.massRepresentatives)],
      [M.fields.reported, names(meeting.reported)],
      [M.fields.notReported, names(meeting.notReported)],
    ];
    if (meeting.unrecorded.length > 0) lines.splice(4, 0, [M.fields.unrecorded, names(meeting.unrecorded)]);
    for (const [label, text] of lines) {
      const r = b.row([label, "", text], fittedHeight([{ text, width: spanWidth(COLUMN_WIDTHS, 2, WIDTH - 1) }], ROW_HEIGHT, 16));
      b.merge(r, 0, r, 1);
      b.merge(r, 2, r, WIDTH - 1);
    }
    const last = b.nextRow - 1;
    b.format(first, 0, last, 1, { font: FONTS.header, fill: TOTAL_FILL, horizontal: "center" });
    b.format(first, 2, last, WIDTH - 1, { horizontal: "left", wrap: true });
    b.format(first, 0, last, WIDTH - 1, { border: "thin" });
    blocks.push({ from: section, to: last });
    b.row([], 8);
  }

  // 点评记录
  const commentSection = sectionRow(b, M.commentsSection(n++), 24);
  const header = b.row(M.commentColumns, ROW_HEIGHT + 2);
  formatHeader(b, header, false);
  const commentBlock: PrintBlock = { from: commentSection, to: header + 2 };
  blocks.push(commentBlock);
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const comments = input.comments.filter((c) => c.period === input.period);
  if (comments.length === 0) {
    b.mergedRow(M.noComments, { horizontal: "center" }, { height: ROW_HEIGHT });
  }
  comments.forEach((c, i) => {
    const cells = [c.shortcomings ?? "", c.causes ?? "", c.requirements ?? ""];
    const height = fittedHeight(
      cells.map((text, k) => ({ text, width: COLUMN_WIDTHS[3 + k] })),
      ROW_HEIGHT,
      15,
    );
    b.row([i + 1, names.get(c.memberId) ?? c.memberId, c.by, ...cells], height);
  });
  const commentsEnd = b.nextRow - 1;
  commentBlock.to = commentsEnd;
  b.format(header, 0, commentsEnd, WIDTH - 1, { border: "thin" });
  b.format(header + 1, 0, commentsEnd, WIDTH - 1, { wrap: true, vertical: "center" });
  b.format(header + 1, 0, commentsEnd, 2, { horizontal: "center" });
  b.row([], 8);

  // 民主评议
  const ballotSection = sectionRow(b, M.ballotsSection(n++), 24);
  const { expected, turnout } = ballotTurnout(input.ballots, input.assessed.length, meetings);
  const ballotText = M.ballots(input.ballots, expected, turnout);
  paragraphRow(b, COLUMN_WIDTHS, ballotText);
  b.row([], 24);
  const sign = b.row([M.host, "", "", M.recorder], 28);
  b.merge(sign, 0, sign, 2);
  b.merge(sign, 3, sign, WIDTH - 1);
  const lastDate =
    meetings
      .map((m) => m.date)
      .filter((d): d is string => d !== undefined)
      .sort()
      .pop() ?? lastDayOfMonth(input.period);
  const dated = b.mergedRow(M.date(lastDate), { font: FONTS.publicityBody, horizontal: "right" }, { from: 3, height: 24 });
  blocks.push({ from: ballotSection, to: dated });

  return printedSheet(b, {
    name: L.sheetNames.meetingRecord(input.period),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    pages: { blocks },
    lang: ctx.lang,
  });
}
