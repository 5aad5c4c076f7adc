import type { Objection, ObjectionResult } from "../../scheme/types";
import type { ProblemCollector } from "./problems";
import { dateCell, dateInNumberCell, memberCell, optionalText, ref, textAt, yearCell } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, cellOf, type Table } from "./table";
import { readStars } from "./values";

// ---- 异议登记 ----

const RESULTS: readonly ObjectionResult[] = ["待核查", "属实", "不属实"];

export function readObjections(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): Objection[] {
  if (!table) return [];
  const out: Objection[] = [];
  for (const row of table.rows) {
    const year = yearCell(table, row, problems);
    if (!year || !periods.has(year)) continue;
    const memberId = memberCell(table, row, roster, problems);
    const received = dateCell(table, row, "received", problems);
    if (received === undefined) problems.at("register.text-missing", table.sheet, addressOf(table, row, "received"), { column: "收到日期" });
    const resultText = textAt(table, row, "result") || "待核查";
    const result = RESULTS.find((r) => r === resultText);
    if (!result)
      problems.at("register.objection-result-invalid", table.sheet, addressOf(table, row, "result"), {
        name: "核查结果",
        value: resultText,
        expected: RESULTS.join("、"),
      });
    const adjustedRaw = cellOf(table, row, "adjusted");
    const adjustedIsDate = dateInNumberCell(table, row.row, table.columns.get("adjusted"), adjustedRaw, "0–5", problems);
    const adjusted = adjustedIsDate ? null : readStars(adjustedRaw);
    if (adjusted === null && !adjustedIsDate)
      problems.at("register.number-invalid", table.sheet, addressOf(table, row, "adjusted"), {
        value: textAt(table, row, "adjusted"),
        expected: "0–5、三星级、3星或★★★",
      });
    if (!memberId || !received || !result) continue;
    out.push({
      year,
      memberId,
      received,
      content: textAt(table, row, "content"),
      result,
      adjustedStars: adjusted ?? null,
      handler: optionalText(table, row, "handler"),
      ref: ref(table, row, "id"),
    });
  }
  return out;
}
