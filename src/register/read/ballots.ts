import type { Ballot, Member, VoterRole } from "../../scheme/types";
import { matchHeader, memberLabel, nearMembers } from "./names";
import { cellAddress } from "../cells";
import { placeRef } from "../place-ref";
import type { ProblemCollector } from "./problems";
import { dateInNumberCell, idText, optionalText, ref, textAt } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, cellOf, type Table } from "./table";
import { cellText, isAmbiguousNumber, readNumber, readPeriod } from "./values";

// ---- 民主评议: a row per ballot, a column per member ----

const ROLES: readonly VoterRole[] = ["党员", "支部书记", "群众代表", "行政领导", "党外"];

export function readBallots(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): Ballot[] {
  if (!table) return [];
  const columns: { column: number; member: Member }[] = [];
  const seen = new Map<string, number>();
  for (const { column, header } of table.extra) {
    const at = cellAddress(table.headerRow, column);
    const { member, candidates } = matchHeader(header, roster);
    if (!member && candidates.length > 1) {
      problems.at("register.column-member-ambiguous", table.sheet, at, { header, members: candidates.map(memberLabel).join("、") });
    } else if (!member) {
      const near = nearMembers([header], roster);
      problems.at("register.column-member-unknown", table.sheet, at, { header, ...(near.length > 0 && { hint: near.map(memberLabel).join("、") }) });
    } else if (seen.has(member.id)) {
      problems.at("register.column-member-duplicate", table.sheet, at, {
        header,
        first: cellAddress(table.headerRow, seen.get(member.id)!),
        name: member.name,
      });
    } else {
      seen.set(member.id, column);
      columns.push({ column, member });
    }
  }
  const out: Ballot[] = [];
  for (const row of table.rows) {
    const raw = cellOf(table, row, "period");
    const period = readPeriod(raw, table.date1904);
    if (!period) {
      problems.at("register.period-invalid", table.sheet, addressOf(table, row, "period"), { value: textAt(table, row, "period") });
      continue;
    }
    if (!periods.has(period)) continue;
    const voterName = optionalText(table, row, "voter");
    let voterId: string | undefined;
    if (voterName) {
      const { member, candidates } = matchHeader(voterName, roster);
      if (member) voterId = member.id;
      else if (candidates.length > 1)
        problems.at("register.voter-ambiguous", table.sheet, addressOf(table, row, "voter"), {
          name: voterName,
          members: candidates.map(memberLabel).join("、"),
        });
    }
    const roleText = textAt(table, row, "role");
    const role = ROLES.find((r) => r === roleText);
    if (roleText && !role) problems.at("register.role-invalid", table.sheet, addressOf(table, row, "role"), { value: roleText, expected: ROLES.join("、") });
    const marks: Ballot["marks"] = [];
    for (const { column, member } of columns) {
      const cell = row.cells[column] ?? null;
      const text = cellText(cell);
      if (!text) continue;
      if (dateInNumberCell(table, row.row, column, cell, "评议等次或分数", problems)) continue;
      if (isAmbiguousNumber(cell)) {
        problems.at("register.number-ambiguous", table.sheet, cellAddress(row.row, column), { value: text, expected: "评议等次或分数" });
        continue;
      }
      const n = readNumber(cell);
      marks.push({ memberId: member.id, mark: typeof n === "number" ? n : text, ref: placeRef(table.sheet, cellAddress(row.row, column)) });
    }
    out.push({
      period,
      ballotNo: idText(cellOf(table, row, "ballot")),
      voterId,
      voterName,
      role,
      marks,
      ref: ref(table, row, "ballot"),
    });
  }
  return out;
}
