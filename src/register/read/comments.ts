import type { ProblemCollector } from "./problems";
import { knownMember, monthCell, optionalText, ref, textAt } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, type Table } from "./table";
import type { CommentRow } from "./types";

// ---- 点评记录 ----

export function readComments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): CommentRow[] {
  if (!table) return [];
  const out: CommentRow[] = [];
  for (const row of table.rows) {
    const period = monthCell(table, row, problems);
    if (!period || !periods.has(period)) continue;
    const memberId = knownMember(table, row, roster, problems);
    const by = textAt(table, row, "by");
    if (!by) problems.at("register.text-missing", table.sheet, addressOf(table, row, "by"), { column: "点评人" });
    if (!memberId) continue;
    out.push({
      period,
      memberId,
      by,
      shortcomings: optionalText(table, row, "shortcomings"),
      causes: optionalText(table, row, "causes"),
      requirements: optionalText(table, row, "requirements"),
      ref: ref(table, row, "id"),
    });
  }
  return out;
}
