import { ATTENDANCE, MEETING_KINDS, MEETING_ROLES, type MeetingRow } from "../../scheme/meetings";
import type { ProblemCollector } from "./problems";
import { choiceCell, idText, knownMember, optionalText, ref, textAt } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, cellOf, type Table } from "./table";
import { readDate, readMonth, readYesNo } from "./values";

// ---- 组织生活会 ----

/**
 * One row per person and meeting. 会议日期 may be a date or, as 准备本月 leaves it, only the month (the
 * meeting checks then ask for the day). 编号 is a roster 编号, or the name of a 群众代表 or guest: it is
 * matched to the roster only for 党员 and 党外. 会议类型, 身份 and 出席 outside their lists are kept as
 * written with a warning.
 */
export function readMeetings(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): MeetingRow[] {
  if (!table) return [];
  const out: MeetingRow[] = [];
  for (const row of table.rows) {
    const raw = cellOf(table, row, "date");
    const date = readDate(raw, table.date1904);
    const month = date ? date.slice(0, 7) : readMonth(raw, table.date1904);
    if (!month) {
      problems.at(month === undefined ? "register.text-missing" : "register.date-invalid", table.sheet, addressOf(table, row, "date"), {
        column: "会议日期",
        value: textAt(table, row, "date"),
      });
      continue;
    }
    if (!periods.has(month) && !periods.has(month.slice(0, 4))) continue;
    const id = idText(cellOf(table, row, "id"));
    if (!id) {
      problems.at("register.text-missing", table.sheet, addressOf(table, row, "id"), { column: "编号" });
      continue;
    }
    const kind = choiceCell(table, row, "kind", "会议类型", MEETING_KINDS, problems);
    const role = choiceCell(table, row, "role", "身份", MEETING_ROLES, problems);
    const attendance = choiceCell(table, row, "attendance", "出席", ATTENDANCE, problems);
    const reportedCell = cellOf(table, row, "reported");
    const reported = readYesNo(reportedCell);
    if (reported === null) problems.at("register.yes-no-invalid", table.sheet, addressOf(table, row, "reported"), { value: textAt(table, row, "reported") });
    let memberId: string | undefined;
    let name = textAt(table, row, "name");
    if (role === "党员" || role === "党外") {
      memberId = knownMember(table, row, roster, problems);
      const member = memberId ? roster.byId.get(memberId.toUpperCase()) : undefined;
      if (member) name = member.name;
    }
    out.push({
      period: month,
      date: date ?? undefined,
      kind,
      id,
      memberId,
      name: name || id,
      role,
      attendance,
      reported: reported === true,
      note: optionalText(table, row, "note"),
      ref: ref(table, row, "date"),
      kindRef: ref(table, row, "kind"),
    });
  }
  return out;
}
