/**
 * 准备本月: gets the input sheets ready for a month's assessment, without touching anything a person
 * typed. For every member assessed in the month (on the roster on its last day) it appends one 记实考核
 * row with 月份, 编号 and 姓名 filled — unless the member already has a row that month — and gives
 * 民主评议 a column for every assessed member who has none (a new header cell to the right of the
 * last one). On request it also writes the printable paper ballot `YYYY-MM 评议票`. Pure: sheets in,
 * one change out; the task pane reads, calls {@link planPrepareMonth} and writes.
 */
import { assessedIn } from "../scheme/roster";
import type { Problem } from "../scheme/problems";
import type { Member } from "../scheme/types";
import { excellentCap, isValidShare } from "../scheme/excellent-cap";
import { fitRunText } from "./cell-text";
import { ballotPaperName, renderBallotPaper } from "./ballot-paper";
import { cellAddress, type CellValue, type Grid } from "./cells";
import type { SheetData, WorkbookChange, WorkbookPort } from "./port";
import { ProblemCollector, registerProblem } from "./read/problems";
import { readRegister } from "./read/read-register";
import { matchHeader, nameKey, rosterIndex } from "./read/names";
import { findTable, type Table } from "./read/table";
import { cellText, readDate, readMonth, readPeriod, toHalfWidth } from "./read/values";
import { isMonthAfterQuarter } from "../scheme/meetings";
import { inputSheet, type InputSheetKey } from "./schema";
import { findInputSheet, isInputSheetName } from "./sheet-names";

export interface PrepareOptions {
  /** YYYY-MM */
  period: string;
  /** Also write the printable paper ballot sheet `YYYY-MM 评议票`. */
  ballotPaper: boolean;
}

export interface PreparePlan {
  period: string;
  /** Members assessed in the month. */
  assessed: number;
  /** Members given a new 记实考核 row, in roster order. */
  appended: { id: string; name: string }[];
  /** Assessed members who already had a row for the month (left as they were). */
  alreadyThere: number;
  /** Header texts of the new 民主评议 columns. */
  columnsAdded: string[];
  /** Where the first new 记实考核 row lands (its sheet and first cell), for the pane's "open" button. */
  firstNewRow: { sheet: string; address: string } | null;
  /** The paper ballot sheet the change writes, or null. */
  ballotSheet: string | null;
  /** 组织生活会 rows appended (the month's meeting, and the 支部生活会 in a month after a quarter). */
  meetingRowsAdded: number;
  /** 票号 of the 民主评议 rows appended for the paper ballots printed (评议期 and 票号 filled). */
  ballotNumbersAdded: string[];
  /** Why the month cannot be prepared (a missing sheet or header, a person's sheet in the way). */
  problems: Problem[];
  blocked: boolean;
  /** The change to write; absent when blocked or when there is nothing to do. */
  change?: WorkbookChange;
}

const SHEETS: readonly InputSheetKey[] = ["settings", "roster", "record", "ballots", "meetings"];
const BLOCKING = new Set(["register.sheet-missing", "register.columns-missing", "register.sheet-duplicate"]);

/** The sheets {@link planPrepareMonth} needs: settings, roster, record, ballots, and the paper ballot's name. */
export function prepareSheetsToRead(period: string): string[] {
  return [...SHEETS.map((k) => inputSheet(k).name), ...SHEETS.map((k) => inputSheet(k).en), ballotPaperName(period)];
}

/** Plans the month's preparation from sheets already read. Never changes or reorders an existing row. */
export function planPrepareMonth(sheets: ReadonlyMap<string, SheetData>, options: PrepareOptions): PreparePlan {
  const { period } = options;
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: ["roster", "record", "ballots"] });
  const find = (key: InputSheetKey) => findInputSheet(sheets, key).sheet;
  const problems = readProblems.filter((p) => BLOCKING.has(p.code) && touches(p, ["roster", "record", "ballots"]));
  const paperName = ballotPaperName(period);
  const paper = sheets.get(paperName);
  if (options.ballotPaper && paper && !paper.ours) {
    problems.push(registerProblem("register.sheet-not-ours", paperName));
  }
  const members = data.members.filter((m) => assessedIn(m, period));
  const plan: PreparePlan = {
    period,
    assessed: members.length,
    appended: [],
    alreadyThere: 0,
    columnsAdded: [],
    firstNewRow: null,
    ballotSheet: null,
    meetingRowsAdded: 0,
    ballotNumbersAdded: [],
    problems,
    blocked: problems.length > 0,
  };
  const recordSheet = find("record");
  const ballotSheet = find("ballots");
  const scratch = new ProblemCollector();
  const record = recordSheet ? findTable(recordSheet, inputSheet("record"), scratch) : null;
  const ballots = ballotSheet ? findTable(ballotSheet, inputSheet("ballots"), scratch) : null;
  if (plan.blocked || !record || !ballots || !recordSheet || !ballotSheet) return { ...plan, blocked: true };

  const change: WorkbookChange = {};
  const rows = newRecordRows(record, recordSheet, members, period);
  plan.appended = rows.members;
  plan.alreadyThere = members.length - rows.members.length;
  if (rows.grid.length > 0) {
    change.appendRows = [{ sheet: record.sheet, rows: rows.grid }];
    // Appended rows go below the sheet's last value (WorkbookPort.write).
    let bottom = recordSheet.values.length;
    while (bottom > 0 && recordSheet.values[bottom - 1].every((v) => cellText(v ?? null) === "")) bottom--;
    plan.firstNewRow = { sheet: record.sheet, address: cellAddress(bottom, 0) };
  }

  const columns = newBallotColumns(ballots, ballotSheet, members, data.members);
  plan.columnsAdded = columns.map((c) => String(c.value));
  if (columns.length > 0) change.cells = columns;

  const meetingSheet = find("meetings");
  const meetings = meetingSheet ? findTable(meetingSheet, inputSheet("meetings"), scratch) : null;
  if (meetings && meetingSheet) {
    const grid = newMeetingRows(meetings, meetingSheet, members, period);
    if (grid.length > 0) (change.appendRows ??= []).push({ sheet: meetings.sheet, rows: grid });
    plan.meetingRowsAdded = grid.length;
  }

  if (options.ballotPaper) {
    const paperBallots = newBallotRows(ballots, ballotSheet, members.length, period);
    if (paperBallots.grid.length > 0) (change.appendRows ??= []).push({ sheet: ballots.sheet, rows: paperBallots.grid });
    plan.ballotNumbersAdded = paperBallots.numbers;
    // The cap as the month will apply it: a share of the members assessed (an invalid share is an error of
    // the settings, and no cap is printed for it).
    const share = data.settings.excellentCap;
    const cap = share !== null && isValidShare(share) ? excellentCap(share, members.length) : null;
    change.sheets = [renderBallotPaper(period, members, data.settings.branchName, paperBallots.all, cap)];
    plan.ballotSheet = paperName;
  }
  if (change.appendRows || change.cells || change.sheets) plan.change = change;
  return fitRunText(plan, sheets.values());
}

function touches(problem: Problem, keys: readonly InputSheetKey[]): boolean {
  const sheet = String(problem.args.sheet ?? "");
  return keys.some((k) => isInputSheetName(sheet, k));
}

/** One row per assessed member without a row that month: 月份, 编号, 姓名 under their headers. */
function newRecordRows(table: Table, sheet: SheetData, members: readonly Member[], period: string): { grid: Grid; members: { id: string; name: string }[] } {
  const month = table.columns.get("month")!;
  const id = table.columns.get("id")!;
  const name = table.columns.get("name");
  const hasIds = new Set<string>();
  const hasNames = new Set<string>();
  for (const row of table.rows) {
    if (readMonth(row.cells[month] ?? null, table.date1904) !== period) continue;
    const rowId = idText(row.cells[id]);
    if (rowId) hasIds.add(rowId.toUpperCase());
    // A row with a name but no 编号 still counts as the member's row: adding another would make two.
    else if (name !== undefined && cellText(row.cells[name] ?? null)) hasNames.add(cellText(row.cells[name] ?? null));
  }
  const width = headerWidth(sheet.values[table.headerRow] ?? []);
  const grid: Grid = [];
  const added: { id: string; name: string }[] = [];
  for (const m of members) {
    if (hasIds.has(m.id.toUpperCase()) || hasNames.has(m.name)) continue;
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    row[month] = period;
    row[id] = m.id;
    if (name !== undefined) row[name] = m.name;
    grid.push(row);
    added.push({ id: m.id, name: m.name });
  }
  return { grid, members: added };
}

/**
 * 组织生活会 rows for the month: one per assessed member for the 组织生活会 (身份 from the roster) and, in a
 * month after a quarter, one per assessed 党员 for the 支部生活会 — unless the member already has a row
 * of that kind in the month. 会议日期 is the date the month's meeting of that kind already has, else the
 * month only: the secretary writes the day (the checks ask for it); 出席 and 讲述汇报 are left for the meeting.
 */
function newMeetingRows(table: Table, sheet: SheetData, members: readonly Member[], period: string): Grid {
  const col = (key: string) => table.columns.get(key);
  const has = new Set<string>();
  /** The date a meeting of the month already has (a newcomer's row joins that meeting). */
  const dates = new Map<string, string>();
  for (const row of table.rows) {
    const raw = row.cells[col("date") ?? -1] ?? null;
    const date = readDate(raw, table.date1904);
    const month = date?.slice(0, 7) ?? readMonth(raw, table.date1904);
    if (month !== period) continue;
    const kind = cellText(row.cells[col("kind") ?? -1] ?? null);
    has.add(`${kind}\u0000${idText(row.cells[col("id") ?? -1]).toUpperCase()}`);
    if (date && !dates.has(kind)) dates.set(kind, date);
  }
  const width = headerWidth(sheet.values[table.headerRow] ?? []);
  const grid: Grid = [];
  const add = (kind: string, m: Member) => {
    if (has.has(`${kind}\u0000${m.id.toUpperCase()}`)) return;
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    const set = (key: string, value: CellValue) => {
      const c = col(key);
      if (c !== undefined) row[c] = value;
    };
    set("date", dates.get(kind) ?? period);
    set("kind", kind);
    set("id", m.id);
    set("name", m.name);
    set("role", m.kind);
    grid.push(row);
  };
  for (const m of members) add("组织生活会", m);
  if (isMonthAfterQuarter(period)) for (const m of members.filter((x) => x.kind === "党员")) add("支部生活会", m);
  return grid;
}

/**
 * 民主评议 rows for the paper ballots printed: one per assessed member (each a voter), 评议期 and 票号
 * filled (202611-01, 202611-02, …), marks left blank for the secretary — only while the month has no
 * ballot rows yet, so preparing twice adds none and a month already being typed in is left as it is.
 */
function newBallotRows(table: Table, sheet: SheetData, voters: number, period: string): { grid: Grid; numbers: string[]; all: string[] } {
  const periodCol = table.columns.get("period")!;
  const ballotCol = table.columns.get("ballot")!;
  const used = new Set<string>();
  for (const row of table.rows) {
    if (readPeriod(row.cells[periodCol] ?? null, table.date1904) !== period) continue;
    used.add(idText(row.cells[ballotCol]));
  }
  const width = headerWidth(sheet.values[table.headerRow] ?? []);
  const prefix = period.replace("-", "");
  const grid: Grid = [];
  const numbers: string[] = [];
  // A month whose ballots are already being typed in keeps its own numbering.
  if (used.size > 0) return { grid, numbers, all: [] };
  for (let n = 1; numbers.length < voters; n++) {
    const number = `${prefix}-${String(n).padStart(2, "0")}`;
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    row[periodCol] = period;
    row[ballotCol] = number;
    grid.push(row);
    numbers.push(number);
  }
  return { grid, numbers, all: numbers };
}

/** Header cells for the assessed members that have no 民主评议 column, right of the last header cell. */
function newBallotColumns(
  table: Table,
  sheet: SheetData,
  assessed: readonly Member[],
  roster: readonly Member[],
): { sheet: string; address: string; value: string }[] {
  const index = rosterIndex(roster);
  const covered = new Set<string>();
  for (const { header } of table.extra) {
    // A column headed by a name two people share may hold either one's marks: until a person heads it
    // with the 编号 (the check step asks for that), neither gets a new column.
    for (const m of matchHeader(header, index).candidates) covered.add(m.id);
  }
  let next = headerWidth(sheet.values[table.headerRow] ?? []);
  const out: { sheet: string; address: string; value: string }[] = [];
  for (const m of assessed) {
    if (covered.has(m.id)) continue;
    // A shared name would make the column ambiguous: such columns are headed 姓名(编号).
    const header = (index.byName.get(nameKey(m.name)) ?? []).length > 1 ? `${m.name}(${m.id})` : m.name;
    out.push({ sheet: table.sheet, address: cellAddress(table.headerRow, next), value: header });
    next += 1;
  }
  return out;
}

/** Columns up to the last non-blank header cell. */
function headerWidth(header: readonly CellValue[]): number {
  let w = header.length;
  while (w > 0 && cellText(header[w - 1] ?? null) === "") w--;
  return w;
}

function idText(v: CellValue | undefined): string {
  return toHalfWidth(cellText(v ?? null)).trim();
}

/** Prepares the month through a register port: one read, one write (nothing written when blocked or complete). */
export async function prepareMonth(port: WorkbookPort, options: PrepareOptions): Promise<PreparePlan> {
  const plan = planPrepareMonth(await port.readSheets(prepareSheetsToRead(options.period)), options);
  if (plan.change) await port.write(plan.change);
  return plan;
}
