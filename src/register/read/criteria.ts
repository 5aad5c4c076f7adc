import type { Criterion } from "../../scheme/types";
import type { ProblemCollector } from "./problems";
import { idText, numberCell, optionalText, ref, textAt } from "./row-cells";
import { addressOf, cellOf, type Table } from "./table";

// ---- 考核细则 ----

export function readCriteria(table: Table | null, problems: ProblemCollector): Criterion[] {
  if (!table) return [];
  const out: Criterion[] = [];
  for (const row of table.rows) {
    const code = idText(cellOf(table, row, "code"));
    const name = textAt(table, row, "name");
    const category = textAt(table, row, "category");
    const max = numberCell(table, row, "max", "满分", problems);
    if (!code) problems.at("register.text-missing", table.sheet, addressOf(table, row, "code"), { column: "编号" });
    if (!name) problems.at("register.text-missing", table.sheet, addressOf(table, row, "name"), { column: "名称" });
    if (max === undefined) problems.at("register.number-invalid", table.sheet, addressOf(table, row, "max"), { value: "", expected: "满分" });
    if (!code || !name || typeof max !== "number") continue;
    out.push({ code, name, category, max, description: optionalText(table, row, "description"), ref: ref(table, row, "code") });
  }
  return out;
}
