import { maxOf } from "../../scheme/arrays";
import { cellAddress, type CellValue, type Grid } from "../cells";
import type { SheetData, WorkbookChange } from "../port";
import { ProblemCollector } from "../read/problems";
import { findTable, normalizeHeader } from "../read/table";
import { cellText } from "../read/values";
import { inputSheet } from "../schema";
import { findInputSheet } from "../sheet-names";
import { matchHeader, nameKey, type RosterIndex } from "./match";
import type { ImportedBallot } from "./plan-types";

/**
 * The rows appended to 民主评议, with header cells for what the sheet lacks: a member column (headed by the
 * name, or the 编号 where two people share the name) and the optional 评议人 and 身份 columns. Header cells
 * go in the sheet's own header row, which may be any of its first 10 rows.
 */
export function changeFor(
  sheets: ReadonlyMap<string, SheetData>,
  roster: RosterIndex,
  ballots: readonly ImportedBallot[],
  period: string,
): WorkbookChange | undefined {
  const sheet = findInputSheet(sheets, "ballots").sheet;
  const table = sheet ? findTable(sheet, inputSheet("ballots"), new ProblemCollector()) : null;
  if (!sheet || !table) return undefined;
  const english = normalizeHeader(cellText(sheet.values[table.headerRow]?.[table.columns.get("period")!])) === "period";
  let next = maxOf(
    sheet.values.map((row) => lastFilled(row) + 1),
    0,
  );
  const cells: NonNullable<WorkbookChange["cells"]> = [];
  const addColumn = (text: string): number => {
    const column = next++;
    cells.push({ sheet: sheet.name, address: cellAddress(table.headerRow, column), value: text });
    return column;
  };

  const memberColumn = new Map<string, number>();
  for (const { column, header } of table.extra) {
    const m = matchHeader(header, roster).member;
    if (m && !memberColumn.has(m.id)) memberColumn.set(m.id, column);
  }
  const columns = {
    period: table.columns.get("period")!,
    ballot: table.columns.get("ballot")!,
    voter: table.columns.get("voter") ?? (ballots.some((b) => b.voterName) ? addColumn(english ? "Voter" : "评议人") : undefined),
    role: table.columns.get("role") ?? (ballots.some((b) => b.role) ? addColumn(english ? "Role" : "身份") : undefined),
  };
  for (const member of roster.members) {
    if (memberColumn.has(member.id) || !ballots.some((b) => b.marks.some((m) => m.memberId === member.id))) continue;
    const shared = (roster.byName.get(nameKey(member.name)) ?? []).length > 1;
    memberColumn.set(member.id, addColumn(shared ? member.id : member.name));
  }

  const rows: Grid = ballots.map((b) => {
    const row: CellValue[] = [];
    const put = (column: number | undefined, value: CellValue | undefined) => {
      if (column === undefined || value === undefined) return;
      while (row.length <= column) row.push(null);
      row[column] = value;
    };
    put(columns.period, period);
    put(columns.ballot, b.ballotNo);
    put(columns.voter, b.voterName);
    put(columns.role, b.role);
    for (const m of b.marks) put(memberColumn.get(m.memberId), m.mark);
    return row;
  });
  return { appendRows: [{ sheet: sheet.name, rows }], ...(cells.length > 0 ? { cells } : {}) };
}

function lastFilled(row: readonly CellValue[] | undefined): number {
  if (!row) return -1;
  for (let c = row.length - 1; c >= 0; c--) if (cellText(row[c]) !== "") return c;
  return -1;
}
