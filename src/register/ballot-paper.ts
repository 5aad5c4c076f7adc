/**
 * The printable paper ballot `YYYY-MM 评议票` for the month's democratic appraisal: an add-in-owned A4
 * sheet listing every member assessed that month with the four grade boxes to tick. One printed copy per
 * voter; the secretary types the ticked grades into 民主评议 afterwards (one row per 票号). Pure.
 *
 * Layout (1-based rows; 7 columns A–G: 序号, 姓名, 党小组, 优秀, 合格, 基本合格, 不合格):
 *   1      title 「{支部名称} 2026年11月民主评议票」 (A:G merged, 黑体 18)
 *   2      票号 and the voter's role boxes
 *   3      how to fill it in
 *   4      table header — repeated on every printed page
 *   5…     一、党员 caption, the 党员 rows; 二、党外干部职工 caption, the 党外 rows (when there are any)
 *   blank, then 评议人（可不填） and the date line.
 *
 * The words are the branch's document, in zh-CN, like the other generated sheets (render/labels.ts).
 */
import { chineseMonth } from "../scheme/dates";
import type { Member } from "../scheme/types";
import { printedSheet } from "./render/print-layout";
import { SheetBuilder } from "./render/sheet-builder";
import { OUTPUT_SHEETS } from "./output-sheets";
import { FONTS, TOTAL_FILL } from "./render/styles";
import { formatHeader } from "./render/tables";
import type { SheetPlan } from "./sheet-plan";

/** The words of the paper ballot. */
export const BALLOT_PAPER_LABELS = {
  sheetName: OUTPUT_SHEETS.ballotPaper.name,
  title: (branch: string, period: string) => `${branch.trim() ? `${branch.trim()} ` : ""}${chineseMonth(period)}民主评议票`,
  ballotLine: (numbers: readonly string[]) =>
    `票号：____________${numbers.length > 0 ? `（${numbers[0]}至${numbers[numbers.length - 1]}）` : ""}\u3000\u3000评议人身份：□党员\u3000□支部书记\u3000□群众代表\u3000□行政领导\u3000□党外`,
  instructions: "填写说明：请在每位同志对应等次的“□”内打“√”，每人只选一个等次；不了解情况的可以不评。本票可不署名。",
  /** Added to the instructions when 每票优秀上限 is set. */
  cap: (cap: number) => `评为优秀的不超过${cap}人，超过即为废票。`,
  columns: ["序号", "姓名", "党小组", "优秀", "合格", "基本合格", "不合格"],
  box: "□",
  memberSection: "一、党员",
  nonMemberSection: "二、党外干部职工",
  voterLine: "评议人（可不填）：____________",
  dateLine: (period: string) => `日期：${chineseMonth(period)}____日`,
};

const WIDTH = 7;
const COLUMN_WIDTHS = [6, 12, 16, 9, 9, 10, 9];
const ROW_HEIGHT = 22;
const GRADE_FROM = 3; // D

/** The sheet name of a month's paper ballot: "2026-11 评议票". */
export function ballotPaperName(period: string): string {
  return BALLOT_PAPER_LABELS.sheetName(period);
}

/**
 * The paper ballot of a month, for the members assessed in it (roster order, 党员 first), with the range of
 * 票号 prepared for it. With a cap on 优秀 (`excellentCap`, from 每票优秀上限 and the number of members
 * assessed), the instructions print it: "评为优秀的不超过 N 人，超过即为废票".
 */
export function renderBallotPaper(
  period: string,
  members: readonly Member[],
  branchName: string,
  numbers: readonly string[] = [],
  excellentCap: number | null = null,
): SheetPlan {
  const L = BALLOT_PAPER_LABELS;
  const b = new SheetBuilder(WIDTH);
  b.mergedRow(L.title(branchName, period), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 40 });
  b.mergedRow(L.ballotLine(numbers), { font: FONTS.publicityBody, horizontal: "left" }, { height: 26 });
  const instructions = excellentCap === null ? L.instructions : `${L.instructions}${L.cap(excellentCap)}`;
  b.mergedRow(instructions, { font: FONTS.publicityBody, horizontal: "left", vertical: "top", wrap: true }, { height: excellentCap === null ? 40 : 58 });
  const header = b.row(L.columns, ROW_HEIGHT + 2);
  formatHeader(b, header, false);

  const partyMembers = members.filter((m) => m.kind === "党员");
  const others = members.filter((m) => m.kind === "党外");
  let n = 0;
  const section = (caption: string, list: readonly Member[]) => {
    const r = b.mergedRow(caption, { font: FONTS.section, fill: TOTAL_FILL, horizontal: "left" }, { height: ROW_HEIGHT });
    for (const m of list) {
      n += 1;
      b.row([n, m.name, m.group ?? "", L.box, L.box, L.box, L.box], ROW_HEIGHT);
    }
    if (list.length > 0) {
      b.format(r + 1, 0, r + list.length, 0, { horizontal: "center" });
      b.format(r + 1, GRADE_FROM, r + list.length, WIDTH - 1, { horizontal: "center", font: { size: 14 } });
    }
  };
  if (partyMembers.length > 0 || others.length === 0) section(L.memberSection, partyMembers);
  if (others.length > 0) section(L.nonMemberSection, others);
  const last = b.nextRow - 1;
  b.format(header, 0, last, WIDTH - 1, { border: "thin" });

  b.row();
  const voter = b.row([L.voterLine, "", "", "", L.dateLine(period)], ROW_HEIGHT);
  b.merge(voter, 0, voter, 3);
  b.merge(voter, 4, voter, WIDTH - 1);
  b.format(voter, 4, voter, WIDTH - 1, { horizontal: "right" });

  return printedSheet(b, {
    name: ballotPaperName(period),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    titleRow: header,
    freezeRows: header + 1,
  });
}
