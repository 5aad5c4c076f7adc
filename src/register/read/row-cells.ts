import { cellAddress, type CellValue } from "../cells";
import { placeRef } from "../place-ref";
import { sameName, type Roster } from "./names";
import type { ProblemCollector } from "./problems";
import { addressOf, cellOf, dateFormatAt, type Table, type TableRow } from "./table";
import { cellText, dateCellText, isAmbiguousNumber, readDate, readMonth, readNumber, readYear, toHalfWidth } from "./values";

/**
 * The cells every input sheet reads the same way: IDs, text, numbers, dates, months, years, roster members
 * and choices. Each reports what it cannot read at the cell and leaves the value out.
 */

/** Text of an ID cell: numbers as written (1 → "1"), full-width folded, trimmed. */
export function idText(v: ReturnType<typeof cellOf>): string {
  return toHalfWidth(cellText(v ?? null)).trim();
}

/** The text of a row's cell under a column key ("" when blank or absent). */
export function textAt(table: Table, row: TableRow, key: string): string {
  return cellText(cellOf(table, row, key) ?? null);
}

/** {@link textAt}, undefined when blank. */
export function optionalText(table: Table, row: TableRow, key: string): string | undefined {
  return textAt(table, row, key) || undefined;
}

/** The sheet-qualified address of a row's cell under a column key (the `ref` of what the row gives). */
export function ref(table: Table, row: TableRow, key: string): string {
  return placeRef(table.sheet, addressOf(table, row, key));
}

/**
 * True, with a problem, when a number cell is formatted as a date or time: a date typed into 分值 is not
 * 46,356 points.
 */
export function dateInNumberCell(
  table: Table,
  rowIndex: number,
  column: number | undefined,
  raw: CellValue | undefined,
  expected: string,
  problems: ProblemCollector,
): boolean {
  if (typeof raw !== "number" || column === undefined || dateFormatAt(table, rowIndex, column) === undefined) return false;
  problems.at("register.number-is-date", table.sheet, cellAddress(rowIndex, column), { value: dateCellText(raw, table.date1904), expected });
  return true;
}

/**
 * A number cell (points, marks, settings): a number, or text that reads as one. A date or time cell is an
 * error (see {@link dateInNumberCell}), as is text that is not a plain number ("1,9").
 * Undefined for a blank cell; null, with a problem, when the cell cannot be read.
 */
export function numberAt(
  table: Table,
  rowIndex: number,
  column: number,
  raw: CellValue | undefined,
  expected: string,
  problems: ProblemCollector,
): number | null | undefined {
  if (dateInNumberCell(table, rowIndex, column, raw, expected, problems)) return null;
  const n = readNumber(raw);
  if (n === null)
    problems.at(isAmbiguousNumber(raw) ? "register.number-ambiguous" : "register.number-invalid", table.sheet, cellAddress(rowIndex, column), {
      value: cellText(raw ?? null),
      expected,
    });
  return n;
}

/** {@link numberAt} for a row's cell under a column key. */
export function numberCell(table: Table, row: TableRow, key: string, expected: string, problems: ProblemCollector): number | null | undefined {
  const column = table.columns.get(key);
  if (column === undefined) return undefined;
  return numberAt(table, row.row, column, cellOf(table, row, key), expected, problems);
}

/** A date cell as an ISO date; null, with a problem, when it cannot be read; undefined when blank. */
export function dateCell(table: Table, row: TableRow, key: string, problems: ProblemCollector): string | null | undefined {
  const v = readDate(cellOf(table, row, key), table.date1904);
  if (v === null) problems.at("register.date-invalid", table.sheet, addressOf(table, row, key), { value: textAt(table, row, key) });
  return v;
}

/** A row's 月份 (YYYY-MM); undefined, with a problem, when it cannot be read. */
export function monthCell(table: Table, row: TableRow, problems: ProblemCollector): string | undefined {
  const month = readMonth(cellOf(table, row, "month"), table.date1904);
  if (!month) {
    problems.at("register.month-invalid", table.sheet, addressOf(table, row, "month"), { value: textAt(table, row, "month") });
    return undefined;
  }
  return month;
}

/**
 * A row's 年度 (YYYY); undefined, with a problem, when it cannot be read. `blankMissing`: a blank cell is
 * reported as missing text (register.text-missing) rather than as an invalid year.
 */
export function yearCell(table: Table, row: TableRow, problems: ProblemCollector, blankMissing = false): string | undefined {
  const year = readYear(cellOf(table, row, "year"));
  if (!year) {
    const value = textAt(table, row, "year");
    const at = addressOf(table, row, "year");
    if (blankMissing) problems.at(year === undefined ? "register.text-missing" : "register.year-invalid", table.sheet, at, { column: "年度", value });
    else problems.at("register.year-invalid", table.sheet, at, { value });
    return undefined;
  }
  return year;
}

/** The roster ID of a row's 编号 (checking 姓名 beside it); undefined, with a problem, when missing. */
export function memberCell(table: Table, row: TableRow, roster: Roster, problems: ProblemCollector): string | undefined {
  const id = idText(cellOf(table, row, "id"));
  if (!id) {
    problems.at("register.text-missing", table.sheet, addressOf(table, row, "id"), { column: "编号" });
    return undefined;
  }
  const member = roster.byId.get(id.toUpperCase());
  const name = textAt(table, row, "name");
  if (member && name && !sameName(name, member.name)) {
    problems.at("register.name-mismatch", table.sheet, addressOf(table, row, "name"), { id, name, expected: member.name });
  }
  // Unknown IDs go on to the scheme, which reports them with this row's cell.
  return member?.id ?? id;
}

/** A roster member's ID for a row of a sheet the scheme never sees; an unknown ID is an error here. */
export function knownMember(table: Table, row: TableRow, roster: Roster, problems: ProblemCollector): string | undefined {
  const id = memberCell(table, row, roster, problems);
  if (id && !roster.byId.has(id.toUpperCase())) {
    problems.at("register.member-unknown", table.sheet, addressOf(table, row, "id"), { id });
    return undefined;
  }
  return id;
}

/** A cell's text checked against its list: kept as written, with a warning when it is not one of them. */
export function choiceCell(table: Table, row: TableRow, key: string, column: string, list: readonly string[], problems: ProblemCollector): string {
  const text = textAt(table, row, key);
  if (text && !list.includes(text))
    problems.at("register.choice-invalid", table.sheet, addressOf(table, row, key), { column, value: text, expected: list.join("、") });
  return text;
}
