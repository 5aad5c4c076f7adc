import type { Adjustment } from "../../scheme/types";
import type { ProblemCollector } from "./problems";
import { dateCell, memberCell, monthCell, numberCell, optionalText, ref, textAt } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, type Table } from "./table";

// ---- 加减分 ----

/** The largest plausible adjustment, up or down: a record score is 0–100. */
const ADJUSTMENT_LIMIT = 100;

export function readAdjustments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemCollector): Adjustment[] {
  if (!table) return [];
  const out: Adjustment[] = [];
  for (const row of table.rows) {
    const period = monthCell(table, row, problems);
    if (!period || !periods.has(period)) continue;
    const memberId = memberCell(table, row, roster, problems);
    let points = numberCell(table, row, "points", "分值", problems);
    if (points === undefined) problems.at("register.number-invalid", table.sheet, addressOf(table, row, "points"), { value: "", expected: "分值" });
    else if (typeof points === "number" && !(Math.abs(points) <= ADJUSTMENT_LIMIT)) {
      // 202611 (a month typed into the wrong column), 1e20: no adjustment is that large.
      problems.at("register.points-out-of-range", table.sheet, addressOf(table, row, "points"), {
        value: textAt(table, row, "points"),
        limit: ADJUSTMENT_LIMIT,
      });
      points = null;
    }
    const date = dateCell(table, row, "date", problems);
    if (!memberId || typeof points !== "number") continue;
    out.push({
      period,
      memberId,
      points,
      reason: textAt(table, row, "reason"),
      evidence: optionalText(table, row, "evidence"),
      recorder: optionalText(table, row, "recorder"),
      date: date ?? undefined,
      ref: ref(table, row, "points"),
    });
  }
  return out;
}
