/**
 * What the landscape results sheets share — the month's `YYYY-MM 评星`, the year's `YYYY 年度评星` and the
 * final `YYYY 年度星级`: the title and the two-halves info rows, a table per kind (党员, then 党外) under
 * its section heading, the star distribution, and the print setup (A4 landscape, the first table's header
 * frozen and repeated on printed pages).
 */
import type { Distribution } from "../../scheme/results";
import type { Kind } from "../../scheme/types";
import type { CellValue } from "../cells";
import type { SheetPlan } from "../sheet-plan";
import { membersOfKind } from "./context";
import { distributionBlock } from "./distribution";
import type { RenderLabels, RenderLang } from "./labels";
import { printedSheet, type PrintLayoutOptions } from "./print-layout";
import type { SheetBuilder } from "./sheet-builder";
import { FONTS } from "./styles";
import { formatHeader, paintStars, sectionRow, tableBody } from "./tables";

/** Where a kind's table landed: its header and its first and last rows (last < first without a member). */
export interface TableRows {
  headerRow: number;
  first: number;
  last: number;
}

/** The results sheet's title row. */
export function resultsTitle(b: SheetBuilder, text: string): void {
  b.mergedRow(text, { font: FONTS.monthTitle, horizontal: "center", vertical: "center" }, { height: 32 });
}

/** A row split in two merged halves, A:F and G to the last column. */
export function twoHalves(b: SheetBuilder, left: string, right: string): void {
  const r = b.row([left, "", "", "", "", "", right]);
  b.merge(r, 0, r, 5);
  b.merge(r, 6, r, b.width - 1);
  b.format(r, 0, r, b.width - 1, { font: FONTS.info, horizontal: "left" });
}

/** A kind's table of results: the columns the shared formats need and how to fill it. */
export interface ResultsTable<T> {
  columns: readonly string[];
  headerHeight: number;
  none: string;
  cells: (m: T) => CellValue[];
  rowHeight?: (m: T) => number | undefined;
  name: number;
  group: number;
  /** 星级 and 等级, coloured by `stars`. */
  starText: number;
  label: number;
  stars: (m: T) => number | null;
  /** The formats of the rows besides the shared ones (before the star colours). */
  format: (first: number, last: number) => void;
}

/** A bordered table of members under its header: centred, 姓名 and 党小组 left, stars coloured. */
export function resultsTable<T>(b: SheetBuilder, rows: readonly T[], t: ResultsTable<T>): TableRows {
  const headerRow = b.row(t.columns, t.headerHeight);
  formatHeader(b, headerRow);
  const { first, last } = tableBody<T>(b, headerRow, { items: rows, cells: t.cells, height: t.rowHeight, none: t.none });
  if (last < first) return { headerRow, first, last };
  for (const c of [t.name, t.group]) b.format(first, c, last, c, { horizontal: "left" });
  t.format(first, last);
  paintStars(
    b,
    first,
    rows.map((m) => ({ stars: t.stars(m) })),
    t.starText,
    t.label,
  );
  return { headerRow, first, last };
}

/** Both kinds' tables, 党员 then 党外, each under its section heading, a blank row between them. */
export function kindTables<T extends { kind: Kind; rank: number | null }>(
  b: SheetBuilder,
  members: readonly T[],
  sections: readonly [string, string],
  table: (rows: readonly T[]) => TableRows,
): { memberSection: number; members: TableRows; nonMemberSection: number; nonMembers: TableRows } {
  const memberSection = sectionRow(b, sections[0], 22);
  const party = table(membersOfKind(members, "党员"));
  b.row();
  const nonMemberSection = sectionRow(b, sections[1], 22);
  const nonMembers = table(membersOfKind(members, "党外"));
  return { memberSection, members: party, nonMemberSection, nonMembers };
}

/** The print setup of a results sheet whose first table's header is at `headerRow`. */
export function resultsSheet(
  b: SheetBuilder,
  o: { name: string; columnWidths: number[]; headerRow: number; lang?: RenderLang; chart?: SheetPlan["chart"]; pages?: PrintLayoutOptions },
): SheetPlan {
  return printedSheet(b, {
    name: o.name,
    columnWidths: o.columnWidths,
    font: FONTS.body,
    margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 },
    titleRow: o.headerRow,
    freezeRows: o.headerRow + 1,
    chart: o.chart,
    pages: o.pages,
    lang: o.lang,
  });
}

/** Where things landed on a ranked results sheet (zero-based rows), for the adapters and tests. */
export interface RankedSheetLayout {
  memberHeaderRow: number;
  /** First and last data rows of each table; last < first when the kind has nobody. */
  members: { first: number; last: number };
  nonMembers: { first: number; last: number };
  /** The header row of the distribution table; its six star rows (五星级 … 未评星) follow. */
  distributionHeaderRow: number;
}

/**
 * The body of a month's or a year's results sheet after its header block: the two kinds' tables, the star
 * distribution with its chart from column G, and the plan with its page breaks.
 */
export function rankedSheet<T extends { kind: Kind; rank: number | null }>(
  b: SheetBuilder,
  L: RenderLabels,
  o: {
    name: string;
    columnWidths: number[];
    members: readonly T[];
    sections: readonly [string, string, string];
    chartTitle: string;
    distribution: Distribution;
    table: (rows: readonly T[]) => TableRows;
    lang?: RenderLang;
  },
): { plan: SheetPlan; layout: RankedSheetLayout } {
  const { memberSection, members, nonMemberSection, nonMembers } = kindTables(b, o.members, [o.sections[0], o.sections[1]], o.table);
  b.row();
  const distributionSection = b.nextRow;
  const { headerRow: distributionHeaderRow, chart } = distributionBlock(b, L, o.distribution, {
    section: o.sections[2],
    chartTitle: o.chartTitle,
    chartColumn: 6,
  });
  const plan = resultsSheet(b, {
    name: o.name,
    columnWidths: o.columnWidths,
    headerRow: members.headerRow,
    lang: o.lang,
    chart,
    pages: {
      blocks: [
        { from: memberSection, to: members.headerRow + 2 },
        { from: nonMemberSection - 1, to: Math.max(nonMembers.last, nonMembers.headerRow + 1), glue: 2 },
        { from: distributionSection, to: b.values.length - 1, glue: 3 },
      ],
      titleTableEnd: Math.max(members.first, members.last),
    },
  });
  return {
    plan,
    layout: {
      memberHeaderRow: members.headerRow,
      members: { first: members.first, last: members.last },
      nonMembers: { first: nonMembers.first, last: nonMembers.last },
      distributionHeaderRow,
    },
  };
}
