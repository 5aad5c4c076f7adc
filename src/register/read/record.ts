import type { Criterion, RecordRow } from "../../scheme/types";
import { cellAddress } from "../cells";
import { placeRef } from "../place-ref";
import type { ProblemCollector } from "./problems";
import { memberCell, monthCell, numberAt, optionalText, ref, textAt } from "./row-cells";
import type { Roster } from "./names";
import { addressOf, cellOf, normalizeHeader, type Table } from "./table";
import { readYesNo } from "./values";

// ---- 记实考核: a row per member and month, a column per criterion ----

export function readRecords(
  table: Table | null,
  criteria: readonly Criterion[],
  roster: Roster,
  periods: ReadonlySet<string>,
  problems: ProblemCollector,
): RecordRow[] {
  if (!table) return [];
  // Criterion columns: headed by the criterion's 名称 or 编号.
  const criterionColumn = new Map<string, number>();
  const byHeader = new Map<string, Criterion>();
  for (const c of criteria) {
    byHeader.set(normalizeHeader(c.name), c);
    byHeader.set(normalizeHeader(c.code), c);
  }
  for (const { column, header } of table.extra) {
    const c = byHeader.get(normalizeHeader(header));
    if (c && !criterionColumn.has(c.code)) criterionColumn.set(c.code, column);
    else if (c)
      problems.at("register.header-duplicate", table.sheet, cellAddress(table.headerRow, column), {
        header,
        first: cellAddress(table.headerRow, criterionColumn.get(c.code)!),
      });
    else problems.at("register.column-unknown", table.sheet, cellAddress(table.headerRow, column), { header });
  }
  for (const c of criteria) {
    if (!criterionColumn.has(c.code)) {
      problems.at("register.column-criterion-missing", table.sheet, cellAddress(table.headerRow, 0), { criterion: c.name, code: c.code });
    }
  }
  const out: RecordRow[] = [];
  for (const row of table.rows) {
    const period = monthCell(table, row, problems);
    if (!period || !periods.has(period)) continue;
    const memberId = memberCell(table, row, roster, problems);
    if (!memberId) continue;
    const points: Record<string, number | null> = {};
    const pointRefs: Record<string, string> = {};
    let unreadable = false;
    for (const [code, column] of criterionColumn) {
      const raw = row.cells[column] ?? null;
      const n = numberAt(table, row.row, column, raw, "分数", problems);
      pointRefs[code] = placeRef(table.sheet, cellAddress(row.row, column));
      if (n === null) unreadable = true;
      points[code] = n ?? null;
    }
    const exemptCell = cellOf(table, row, "exempt");
    const exempt = readYesNo(exemptCell);
    if (exempt === null) problems.at("register.yes-no-invalid", table.sheet, addressOf(table, row, "exempt"), { value: textAt(table, row, "exempt") });
    if (unreadable) continue;
    out.push({
      period,
      memberId,
      points,
      exempt: exempt === true,
      exemptReason: optionalText(table, row, "note"),
      ref: ref(table, row, "id"),
      pointRefs,
    });
  }
  return out;
}
