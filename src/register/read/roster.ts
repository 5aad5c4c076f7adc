import type { Kind, Member } from "../../scheme/types";
import type { ProblemCollector } from "./problems";
import { dateCell, idText, optionalText, ref, textAt } from "./row-cells";
import { addressOf, cellOf, type Table } from "./table";
import { toHalfWidth } from "./values";

// ---- 人员名册 ----

/** 类别 as people write it: every word for 党员 and for 党外. */
const KIND_WORDS: Record<string, Kind> = {
  党员: "党员",
  中共党员: "党员",
  正式党员: "党员",
  预备党员: "党员",
  "party member": "党员",
  member: "党员",
  党外: "党外",
  非党员: "党外",
  非党: "党外",
  群众: "党外",
  党外干部: "党外",
  党外干部职工: "党外",
  职工: "党外",
  "non-party": "党外",
};

export function readMembers(table: Table | null, problems: ProblemCollector): Member[] {
  if (!table) return [];
  const members: Member[] = [];
  for (const row of table.rows) {
    const id = idText(cellOf(table, row, "id"));
    const name = textAt(table, row, "name");
    const kindText = toHalfWidth(textAt(table, row, "kind")).toLowerCase();
    if (!id) problems.at("register.text-missing", table.sheet, addressOf(table, row, "id"), { column: "编号" });
    if (!name) problems.at("register.text-missing", table.sheet, addressOf(table, row, "name"), { column: "姓名" });
    const kind = KIND_WORDS[kindText];
    if (!kind) problems.at("register.kind-invalid", table.sheet, addressOf(table, row, "kind"), { value: kindText });
    const joined = dateCell(table, row, "joined", problems);
    const left = dateCell(table, row, "left", problems);
    if (!id || !name || !kind) continue;
    members.push({
      id,
      name,
      kind,
      group: optionalText(table, row, "group"),
      position: optionalText(table, row, "position"),
      joined: joined ?? undefined,
      left: left ?? undefined,
      note: optionalText(table, row, "note"),
      ref: ref(table, row, "id"),
    });
  }
  return members;
}
