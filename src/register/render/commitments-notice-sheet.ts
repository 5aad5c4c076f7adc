/**
 * The commitments notice `YYYY 承诺公示` (四公开 2: 党员承诺事项及兑现情况), print-ready on A4 portrait:
 * per person their commitments of the year with 四德, 方面, the commitment, the due date, the status and the
 * evidence; 党员 first, 党外 in a table of their own. Everyone on the roster in the year is listed: a person
 * without a commitment is listed as such (the scheme expects one from every member).
 *
 * Layout (8 columns A–H: 序号, 姓名, 四德, 方面, 承诺内容, 完成时限, 状态, 兑现情况):
 *   title 「{支部名称} 2026年度党员承诺事项及兑现情况公示」, lead paragraph, a summary line
 *   一、党员: header, one row per commitment (序号 and 姓名 merged down a person's rows), or 「（本年度未作承诺）」
 *   二、党外干部职工: the same (left out when the year has no 党外)
 *   contact line, then the signature block (E:H): 支部名称 and the date.
 */
import { chineseDate } from "../../scheme/dates";
import { monthsAssessedIn } from "../../scheme/roster";
import type { Kind, Member } from "../../scheme/types";
import type { CommitmentRow } from "../read/read-register";
import type { SheetPlan } from "../sheet-plan";
import type { RenderContext } from "./context";
import { datePart } from "./format";
import { labelsFor, type RenderLabels } from "./labels";
import { noticeClosing, paragraphRow, printedSheet, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, UNSCORED_STYLE } from "./styles";
import { formatHeader, sectionRow } from "./tables";
import { fittedHeight } from "./text-fit";

const WIDTH = 8;
const COLUMN_WIDTHS = [5, 8, 9, 9, 26, 11, 8, 20];
const ROW_HEIGHT = 20;

export interface CommitmentsNoticeInput {
  year: string;
  /** The roster: everyone assessed in at least one month of the year is listed. */
  members: readonly Member[];
  commitments: readonly CommitmentRow[];
}

/** "2026 承诺公示" */
export function commitmentsNoticeSheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.commitments(year);
}

/** The people of a kind listed on the notice, in roster order. */
export function commitmentPeople(members: readonly Member[], year: string, kind: Kind): Member[] {
  return members.filter((m) => m.kind === kind && monthsAssessedIn(m, year).length > 0);
}

/** The commitments notice of a year. */
export function renderCommitmentsNotice(input: CommitmentsNoticeInput, ctx: RenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const C = L.commitments;
  const s = ctx.settings;
  const b = new SheetBuilder(WIDTH);
  const date = datePart(ctx.generatedAt) ?? `${input.year}-12-31`;
  const mine = input.commitments.filter((c) => c.year === input.year);
  const party = commitmentPeople(input.members, input.year, "党员");
  const nonParty = commitmentPeople(input.members, input.year, "党外");
  const people = [...party, ...nonParty];
  const byMember = new Map<string, CommitmentRow[]>();
  for (const c of mine) byMember.set(c.memberId, [...(byMember.get(c.memberId) ?? []), c]);
  const listed = mine.filter((c) => people.some((p) => p.id === c.memberId));

  b.mergedRow(C.title(s.branchName, input.year), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 40 });
  const lead = C.lead(s.branchName.trim(), input.year, date);
  paragraphRow(b, COLUMN_WIDTHS, lead);
  const withCommitment = people.filter((p) => byMember.has(p.id)).length;
  b.mergedRow(
    C.summary(people.length, withCommitment, listed.filter((c) => c.status === "已兑现").length, listed.length),
    { font: FONTS.publicityBody, horizontal: "left" },
    { height: 22 },
  );
  b.row([], 8);

  const blocks: PrintBlock[] = [];
  const first = table(b, L, C.memberSection, party, byMember, blocks, 0);
  const titleTableEnd = b.nextRow - 1;
  if (nonParty.length > 0) {
    b.row([], 8);
    table(b, L, C.nonMemberSection, nonParty, byMember, blocks, 2);
  }

  const closing = noticeClosing(b, COLUMN_WIDTHS, {
    gaps: [10, 16],
    text: C.contact((s.publicityContact || s.secretary).trim(), s.contactPhone.trim()),
    branchName: s.branchName,
    date: chineseDate(date),
    signatureHeight: 22,
  });
  blocks.push({ ...closing, glue: 2 });

  return printedSheet(b, {
    name: L.sheetNames.commitments(input.year),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    titleRow: first,
    pages: { blocks, titleTableEnd },
    lang: ctx.lang,
  });
}

/** One kind's table: its section heading, header and rows. Returns the header row. */
function table(
  b: SheetBuilder,
  L: RenderLabels,
  caption: string,
  people: readonly Member[],
  byMember: ReadonlyMap<string, CommitmentRow[]>,
  blocks: PrintBlock[],
  glue: number,
): number {
  const C = L.commitments;
  const section = sectionRow(b, caption, 24);
  const header = b.row(C.columns, ROW_HEIGHT + 2);
  formatHeader(b, header, false);
  const block: PrintBlock = { from: section, to: header + 2, glue };
  blocks.push(block);
  if (people.length === 0) {
    const r = b.mergedRow(C.none, { horizontal: "center" }, { height: ROW_HEIGHT });
    b.format(header, 0, r, WIDTH - 1, { border: "thin" });
    return header;
  }
  people.forEach((p, i) => {
    const rows = byMember.get(p.id) ?? [];
    const top = b.nextRow;
    if (rows.length === 0) {
      const r = b.row([i + 1, p.name, C.noCommitment], ROW_HEIGHT);
      b.merge(r, 2, r, WIDTH - 1);
      b.format(r, 2, r, WIDTH - 1, { ...UNSCORED_STYLE, horizontal: "center" });
      return;
    }
    for (const c of rows) {
      const height = fittedHeight(
        [
          { text: c.content, width: COLUMN_WIDTHS[4] },
          { text: c.evidence ?? "", width: COLUMN_WIDTHS[7] },
        ],
        ROW_HEIGHT,
        15,
      );
      b.row([i + 1, p.name, c.virtue, c.area, c.content, c.due ?? "", c.status, c.evidence ?? ""], height);
    }
    b.merge(top, 0, b.nextRow - 1, 0);
    b.merge(top, 1, b.nextRow - 1, 1);
    if (rows.length > 1) blocks.push({ from: top, to: b.nextRow - 1 });
  });
  const last = b.nextRow - 1;
  // A table after the first is kept whole where it fits a page: the repeated header is the first table's.
  if (glue > 0) block.to = last;
  b.format(header, 0, last, WIDTH - 1, { border: "thin" });
  b.format(header + 1, 0, last, WIDTH - 1, { wrap: true, vertical: "center" });
  b.format(header + 1, 0, last, 3, { horizontal: "center" });
  b.format(header + 1, 5, last, 6, { horizontal: "center" });
  b.format(header + 1, 0, last, 0, { numberFormat: "0" });
  return header;
}
