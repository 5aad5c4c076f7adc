import type { ProblemCollector } from "./problems";
import { choiceCell, dateCell, knownMember, optionalText, ref, textAt, yearCell } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, type Table } from "./table";
import type { CommitmentRow } from "./types";

// ---- 承诺记实 ----

/** 四德: the four virtues a commitment (承诺) belongs to. */
export const VIRTUES = ["政治品德", "职业道德", "家庭美德", "社会公德"] as const;
/** 方面: the areas of a commitment. */
export const COMMITMENT_AREAS = ["能力提升", "党风民风", "岗位履职", "服务群众"] as const;
/** 状态 of a commitment. */
export const COMMITMENT_STATUSES = ["未开始", "进行中", "已兑现", "未兑现"] as const;

export function readCommitments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): CommitmentRow[] {
  if (!table) return [];
  const out: CommitmentRow[] = [];
  for (const row of table.rows) {
    const year = yearCell(table, row, problems, true);
    if (!year || !periods.has(year)) continue;
    const memberId = knownMember(table, row, roster, problems);
    const content = textAt(table, row, "commitment");
    if (!content) problems.at("register.text-missing", table.sheet, addressOf(table, row, "commitment"), { column: "承诺内容" });
    const virtue = choiceCell(table, row, "virtue", "四德", VIRTUES, problems);
    const area = choiceCell(table, row, "area", "方面", COMMITMENT_AREAS, problems);
    const status = choiceCell(table, row, "status", "状态", COMMITMENT_STATUSES, problems);
    const due = dateCell(table, row, "due", problems);
    if (!memberId || !content) continue;
    out.push({
      memberId,
      year,
      virtue,
      area,
      content,
      plan: optionalText(table, row, "plan"),
      due: due ?? undefined,
      status,
      evidence: optionalText(table, row, "evidence"),
      ref: ref(table, row, "id"),
    });
  }
  return out;
}
