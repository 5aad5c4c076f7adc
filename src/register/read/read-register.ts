import { DEFAULT_SETTINGS, type Settings } from "../../scheme/settings";
import type { Adjustment, Ballot, Criterion, Kind, Member, Objection, ObjectionResult, RecordRow, VoterRole } from "../../scheme/types";
import type { Problem } from "../../scheme/problems";
import { ATTENDANCE, MEETING_KINDS, MEETING_ROLES, type MeetingRow } from "../../scheme/meetings";
import { cellAddress, qualifiedAddress, type CellValue } from "../cells";
import type { SheetData } from "../port";
import { inputSheet, type InputSheetKey } from "../schema";
import { EXCELLENT_CAP_ALIASES, SETTING_ROWS, settingFields } from "../setting-rows";
import { findInputSheet } from "../sheet-names";
import { ProblemList } from "./problems";
import { addressOf, cellOf, dateFormatAt, findTable, normalizeHeader, type Table, type TableRow } from "./table";
import { cellText, dateCellText, isAmbiguousNumber, readDate, readMonth, readNumber, readPeriod, readShare, readStars, readWeight, readYear, readYesNo, toHalfWidth } from "./values";

/** Everything read from the register's input sheets, ready for the scheme. */
export interface RegisterData {
  settings: Settings;
  members: Member[];
  criteria: Criterion[];
  records: RecordRow[];
  adjustments: Adjustment[];
  ballots: Ballot[];
  objections: Objection[];
  /** 承诺记实 of the years in `periods` (read only when asked for: the member archive). */
  commitments: CommitmentRow[];
  /** 点评记录 of the months in `periods` (read only when asked for: the member archive). */
  comments: CommentRow[];
  /** 组织生活会 rows of the months in `periods` (or of the years in it; read only when asked for). */
  meetings: MeetingRow[];
}

/** 四德: the four virtues a commitment (承诺) belongs to. */
export const VIRTUES = ["政治品德", "职业道德", "家庭美德", "社会公德"] as const;
/** 方面: the areas of a commitment. */
export const COMMITMENT_AREAS = ["能力提升", "党风民风", "岗位履职", "服务群众"] as const;
/** 状态 of a commitment. */
export const COMMITMENT_STATUSES = ["未开始", "进行中", "已兑现", "未兑现"] as const;

/**
 * One row of 承诺记实 (docs/rules.md, Records kept beside the scores). Kept as written: 四德, 方面 and 状态
 * outside their lists are warned about, not changed.
 */
export interface CommitmentRow {
  memberId: string;
  /** 年度 'YYYY' */
  year: string;
  /** 四德 */
  virtue: string;
  /** 方面 */
  area: string;
  /** 承诺内容 */
  content: string;
  /** 计划 */
  plan?: string;
  /** 完成时限 (ISO date) */
  due?: string;
  /** 状态 */
  status: string;
  /** 兑现情况 */
  evidence?: string;
  ref?: string;
}

/** One row of 点评记录: a month's comment on a member (支部书记 for 党员, 行政领导 for 党外). */
export interface CommentRow {
  /** 月份 'YYYY-MM' */
  period: string;
  memberId: string;
  /** 点评人 */
  by: string;
  /** 不足 */
  shortcomings?: string;
  /** 原因 */
  causes?: string;
  /** 整改要求 */
  requirements?: string;
  ref?: string;
}

/** Which rows to read: rows of other periods are skipped unchecked (a junk cell in March never blocks November). */
export interface ReadOptions {
  /** Months (YYYY-MM) whose record, adjustment and ballot rows are read; also years (YYYY) for ballots. */
  periods: ReadonlySet<string>;
  /** Sheets that must exist (an error names each missing one). */
  require: readonly InputSheetKey[];
  /**
   * Sheets read when present; a missing one is a warning (register.sheet-absent), since what they hold
   * (承诺记实, 点评记录) is shown beside the scores and never changes them.
   */
  optional?: readonly InputSheetKey[];
}

/** The sheets a monthly generation reads. */
export const MONTH_SHEETS: readonly InputSheetKey[] = ["settings", "roster", "criteria", "record", "adjustments", "ballots"];

/**
 * Reads and checks the register. Every problem names its sheet and cell; all are returned at once.
 * Values that cannot be read are left out of the data (with an error), never guessed.
 */
export function readRegister(sheets: ReadonlyMap<string, SheetData>, options: ReadOptions): { data: RegisterData; problems: Problem[] } {
  const problems = new ProblemList();
  const get = (key: InputSheetKey): SheetData | undefined => {
    const def = inputSheet(key);
    const { sheet: found, unused } = findInputSheet(sheets, key);
    for (const other of unused) problems.at("register.sheet-duplicate", other.name, "", { used: found!.name, expected: def.name });
    if (!found && options.require.includes(key)) {
      if (key === "settings") problems.at("register.settings-missing", def.name, "");
      else problems.at("register.sheet-missing", def.name, "", { expected: def.columns.filter((c) => c.required).map((c) => c.zh).join("、") });
    } else if (!found && options.optional?.includes(key)) {
      problems.at("register.sheet-absent", def.name, "");
    }
    return found;
  };
  const wanted = (key: InputSheetKey) => options.require.includes(key) || (options.optional?.includes(key) ?? false);
  const table = (key: InputSheetKey): Table | null => {
    const data = get(key);
    return data ? findTable(data, inputSheet(key), problems) : null;
  };

  const settingsTable = table("settings");
  const settings = settingsTable ? readSettings(settingsTable, problems) : { settings: { ...DEFAULT_SETTINGS }, rows: new Map<string, string>() };
  const members = readMembers(table("roster"), problems);
  const criteria = readCriteria(table("criteria"), problems);
  const roster = rosterIndex(members);
  const data: RegisterData = {
    settings: settings.settings,
    members,
    criteria,
    records: readRecords(table("record"), criteria, roster, options.periods, problems),
    adjustments: readAdjustments(table("adjustments"), roster, options.periods, problems),
    ballots: readBallots(table("ballots"), roster, options.periods, problems),
    objections: wanted("objections") ? readObjections(table("objections"), roster, options.periods, problems) : [],
    commitments: wanted("commitments") ? readCommitments(table("commitments"), roster, options.periods, problems) : [],
    comments: wanted("comments") ? readComments(table("comments"), roster, options.periods, problems) : [],
    meetings: wanted("meetings") ? readMeetings(table("meetings"), roster, options.periods, problems) : [],
  };
  return { data, problems: problems.finish() };
}

/** Gives scheme problems without a cell the best cell we know: a setting's value, a member's roster row. */
export function attachRefs(problems: readonly Problem[], sheets: ReadonlyMap<string, SheetData>, data: RegisterData): Problem[] {
  const settingsSheet = findInputSheet(sheets, "settings").sheet;
  const settingRow = new Map<string, string>();
  settingsSheet?.values.forEach((row, r) => {
    const name = normalizeHeader(cellText(row[0] ?? null));
    if (name) settingRow.set(name, qualifiedAddress(settingsSheet.name, cellAddress(r, 1)));
  });
  const memberRef = new Map(data.members.map((m) => [m.id, m.ref]));
  return problems.map((p) => {
    if (p.place.ref) return p;
    const ref =
      (p.place.setting && settingRow.get(normalizeHeader(p.place.setting))) ||
      (p.place.member && memberRef.get(p.place.member)) ||
      (p.code.startsWith("criteria.") ? "考核细则" : undefined);
    return ref ? { ...p, place: { ...p.place, ref } } : p;
  });
}

type Roster = { byId: Map<string, Member>; byName: Map<string, Member[]> };

/**
 * IDs match case-insensitively (D001 is d001: the roster reports such a pair as a duplicate); when two
 * members share an ID the first keeps it, so rows never silently go to the later one.
 */
function rosterIndex(members: readonly Member[]): Roster {
  const byId = new Map<string, Member>();
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    if (!byId.has(m.id.toUpperCase())) byId.set(m.id.toUpperCase(), m);
    byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  }
  return { byId, byName };
}

/** Text of an ID cell: numbers as written (1 → "1"), full-width folded, trimmed. */
function idText(v: ReturnType<typeof cellOf>): string {
  return toHalfWidth(cellText(v ?? null)).trim();
}

function ref(table: Table, row: TableRow, key: string): string {
  return `${table.sheet}!${addressOf(table, row, key)}`;
}

/**
 * A number cell (points, marks, settings): a number, or text that reads as one. A date or time cell is an
 * error (a date typed into 分值 is not 46,356 points), as is text that is not a plain number ("1,9").
 * Undefined for a blank cell; null, with a problem, when the cell cannot be read.
 */
function numberAt(table: Table, rowIndex: number, column: number, raw: CellValue | undefined, expected: string, problems: ProblemList): number | null | undefined {
  const at = cellAddress(rowIndex, column);
  if (typeof raw === "number" && dateFormatAt(table, rowIndex, column) !== undefined) {
    problems.at("register.number-is-date", table.sheet, at, { value: dateCellText(raw, table.date1904), expected });
    return null;
  }
  const n = readNumber(raw);
  if (n === null) problems.at(isAmbiguousNumber(raw) ? "register.number-ambiguous" : "register.number-invalid", table.sheet, at, { value: cellText(raw ?? null), expected });
  return n;
}

/** {@link numberAt} for a row's cell under a column key. */
function numberCell(table: Table, row: TableRow, key: string, expected: string, problems: ProblemList): number | null | undefined {
  const column = table.columns.get(key);
  if (column === undefined) return undefined;
  return numberAt(table, row.row, column, cellOf(table, row, key), expected, problems);
}

// ---- 设置 ----

const SETTING_FIELDS = settingFields();

/** Setting names by normalised Chinese or English 项目. */
const SETTING_ALIASES = new Map<string, string>();
for (const row of SETTING_ROWS) {
  SETTING_ALIASES.set(normalizeHeader(row.name), row.name);
  SETTING_ALIASES.set(normalizeHeader(row.en), row.name);
}
SETTING_ALIASES.set(normalizeHeader("整改期限(月)"), "整改期限（月）");
for (const alias of EXCELLENT_CAP_ALIASES) SETTING_ALIASES.set(normalizeHeader(alias), "每票优秀上限");

function readSettings(table: Table, problems: ProblemList): { settings: Settings; rows: Map<string, string> } {
  const settings: Settings = { ...DEFAULT_SETTINGS, thresholds: [...DEFAULT_SETTINGS.thresholds] as Settings["thresholds"], gradePoints: { ...DEFAULT_SETTINGS.gradePoints } };
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const nameCell = cellOf(table, row, "setting");
    const rawName = cellText(nameCell ?? null);
    if (!rawName) continue;
    const name = SETTING_ALIASES.get(normalizeHeader(rawName));
    const at = addressOf(table, row, "value");
    if (!name) {
      problems.at("register.setting-unknown", table.sheet, addressOf(table, row, "setting"), { name: rawName });
      continue;
    }
    if (seen.has(name)) {
      problems.at("register.setting-duplicate", table.sheet, addressOf(table, row, "setting"), { name, first: seen.get(name)! });
      continue;
    }
    seen.set(name, addressOf(table, row, "setting"));
    const field = SETTING_FIELDS[name];
    const value = cellOf(table, row, "value");
    if (cellText(value ?? null) === "") continue; // blank: the default stands
    const column = table.columns.get("value");
    if (field.kind !== "text" && typeof value === "number" && column !== undefined && dateFormatAt(table, row.row, column) !== undefined) {
      problems.at("register.number-is-date", table.sheet, at, { value: dateCellText(value, table.date1904), expected: name });
      continue;
    }
    const parsed =
      field.kind === "text"
        ? cellText(value ?? null)
        : field.kind === "weight"
          ? readWeight(value)
          : field.kind === "yesno"
            ? readYesNo(value)
            : field.kind === "share"
              ? readShare(value)
              : readNumber(value);
    if (parsed === null || parsed === undefined) {
      problems.at("register.setting-invalid", table.sheet, at, { name, value: cellText(value ?? null), expected: field.kind });
      continue;
    }
    field.apply(settings, parsed);
  }
  return { settings, rows: seen };
}

// ---- 人员名册 ----

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

function readMembers(table: Table | null, problems: ProblemList): Member[] {
  if (!table) return [];
  const members: Member[] = [];
  for (const row of table.rows) {
    const id = idText(cellOf(table, row, "id"));
    const name = cellText(cellOf(table, row, "name") ?? null);
    const kindText = toHalfWidth(cellText(cellOf(table, row, "kind") ?? null)).toLowerCase();
    if (!id) problems.at("register.text-missing", table.sheet, addressOf(table, row, "id"), { column: "编号" });
    if (!name) problems.at("register.text-missing", table.sheet, addressOf(table, row, "name"), { column: "姓名" });
    const kind = KIND_WORDS[kindText];
    if (!kind) problems.at("register.kind-invalid", table.sheet, addressOf(table, row, "kind"), { value: kindText });
    const joined = dateCell(table, row, "joined", problems);
    const left = dateCell(table, row, "left", problems);
    if (!id || !name || !kind) continue;
    const optional = (key: string) => cellText(cellOf(table, row, key) ?? null) || undefined;
    members.push({
      id,
      name,
      kind,
      group: optional("group"),
      position: optional("position"),
      joined: joined ?? undefined,
      left: left ?? undefined,
      note: optional("note"),
      ref: ref(table, row, "id"),
    });
  }
  return members;
}

function dateCell(table: Table, row: TableRow, key: string, problems: ProblemList): string | null | undefined {
  const v = readDate(cellOf(table, row, key), table.date1904);
  if (v === null) problems.at("register.date-invalid", table.sheet, addressOf(table, row, key), { value: cellText(cellOf(table, row, key) ?? null) });
  return v;
}

// ---- 考核细则 ----

function readCriteria(table: Table | null, problems: ProblemList): Criterion[] {
  if (!table) return [];
  const out: Criterion[] = [];
  for (const row of table.rows) {
    const code = idText(cellOf(table, row, "code"));
    const name = cellText(cellOf(table, row, "name") ?? null);
    const category = cellText(cellOf(table, row, "category") ?? null);
    const max = numberCell(table, row, "max", "满分", problems);
    if (!code) problems.at("register.text-missing", table.sheet, addressOf(table, row, "code"), { column: "编号" });
    if (!name) problems.at("register.text-missing", table.sheet, addressOf(table, row, "name"), { column: "名称" });
    if (max === undefined) problems.at("register.number-invalid", table.sheet, addressOf(table, row, "max"), { value: "", expected: "满分" });
    if (!code || !name || typeof max !== "number") continue;
    out.push({ code, name, category, max, description: cellText(cellOf(table, row, "description") ?? null) || undefined, ref: ref(table, row, "code") });
  }
  return out;
}

// ---- 记实考核 ----

function readRecords(table: Table | null, criteria: readonly Criterion[], roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): RecordRow[] {
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
    else if (c) problems.at("register.header-duplicate", table.sheet, cellAddress(table.headerRow, column), { header, first: cellAddress(table.headerRow, criterionColumn.get(c.code)!) });
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
      pointRefs[code] = `${table.sheet}!${cellAddress(row.row, column)}`;
      if (n === null) unreadable = true;
      points[code] = n ?? null;
    }
    const exemptCell = cellOf(table, row, "exempt");
    const exempt = readYesNo(exemptCell);
    if (exempt === null) problems.at("register.yes-no-invalid", table.sheet, addressOf(table, row, "exempt"), { value: cellText(exemptCell ?? null) });
    if (unreadable) continue;
    out.push({
      period,
      memberId,
      points,
      exempt: exempt === true,
      exemptReason: cellText(cellOf(table, row, "note") ?? null) || undefined,
      ref: ref(table, row, "id"),
      pointRefs,
    });
  }
  return out;
}

function monthCell(table: Table, row: TableRow, problems: ProblemList): string | undefined {
  const raw = cellOf(table, row, "month");
  const month = readMonth(raw, table.date1904);
  if (!month) {
    problems.at("register.month-invalid", table.sheet, addressOf(table, row, "month"), { value: cellText(raw ?? null) });
    return undefined;
  }
  return month;
}

/** The roster ID of a row's 编号 (checking 姓名 beside it); undefined, with a problem, when missing. */
function memberCell(table: Table, row: TableRow, roster: Roster, problems: ProblemList): string | undefined {
  const id = idText(cellOf(table, row, "id"));
  if (!id) {
    problems.at("register.text-missing", table.sheet, addressOf(table, row, "id"), { column: "编号" });
    return undefined;
  }
  const member = roster.byId.get(id.toUpperCase());
  const name = cellText(cellOf(table, row, "name") ?? null);
  if (member && name && name !== member.name) {
    problems.at("register.name-mismatch", table.sheet, addressOf(table, row, "name"), { id, name, expected: member.name });
  }
  // Unknown IDs go on to the scheme, which reports them with this row's cell.
  return member?.id ?? id;
}

// ---- 加减分 ----

/** The largest plausible adjustment, up or down: a record score is 0–100. */
const ADJUSTMENT_LIMIT = 100;

function readAdjustments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): Adjustment[] {
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
      problems.at("register.points-out-of-range", table.sheet, addressOf(table, row, "points"), { value: cellText(cellOf(table, row, "points") ?? null), limit: ADJUSTMENT_LIMIT });
      points = null;
    }
    const date = dateCell(table, row, "date", problems);
    if (!memberId || typeof points !== "number") continue;
    const text = (key: string) => cellText(cellOf(table, row, key) ?? null) || undefined;
    out.push({
      period,
      memberId,
      points,
      reason: text("reason") ?? "",
      evidence: text("evidence"),
      recorder: text("recorder"),
      date: date ?? undefined,
      ref: ref(table, row, "points"),
    });
  }
  return out;
}

// ---- 民主评议 ----

const ROLES: readonly VoterRole[] = ["党员", "支部书记", "群众代表", "行政领导", "党外"];

/** The roster member a ballot column's header names: 编号, 姓名, or 姓名(编号); or why not. */
function memberOfHeader(header: string, roster: Roster): { member?: Member; problem?: "unknown" | "ambiguous" } {
  const text = toHalfWidth(header).trim();
  const withId = /^(.*?)[(（]\s*([^()（）]+?)\s*[)）]$/.exec(text);
  if (withId) {
    const m = roster.byId.get(withId[2].toUpperCase());
    if (m) return { member: m };
  }
  const byId = roster.byId.get(text.toUpperCase());
  if (byId) return { member: byId };
  const named = roster.byName.get(text) ?? roster.byName.get(header.trim()) ?? [];
  if (named.length === 1) return { member: named[0] };
  return { problem: named.length > 1 ? "ambiguous" : "unknown" };
}

function readBallots(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): Ballot[] {
  if (!table) return [];
  const columns: { column: number; member: Member }[] = [];
  const seen = new Map<string, number>();
  for (const { column, header } of table.extra) {
    const at = cellAddress(table.headerRow, column);
    const { member, problem } = memberOfHeader(header, roster);
    if (problem === "ambiguous") {
      const ids = (roster.byName.get(header.trim()) ?? []).map((m) => m.id).join("、");
      problems.at("register.column-member-ambiguous", table.sheet, at, { header, ids });
    } else if (!member) {
      problems.at("register.column-member-unknown", table.sheet, at, { header });
    } else if (seen.has(member.id)) {
      problems.at("register.column-member-duplicate", table.sheet, at, { header, first: cellAddress(table.headerRow, seen.get(member.id)!), name: member.name });
    } else {
      seen.set(member.id, column);
      columns.push({ column, member });
    }
  }
  const out: Ballot[] = [];
  for (const row of table.rows) {
    const raw = cellOf(table, row, "period");
    const period = readPeriod(raw, table.date1904);
    if (!period) {
      problems.at("register.period-invalid", table.sheet, addressOf(table, row, "period"), { value: cellText(raw ?? null) });
      continue;
    }
    if (!periods.has(period)) continue;
    const voterName = cellText(cellOf(table, row, "voter") ?? null) || undefined;
    let voterId: string | undefined;
    if (voterName) {
      const { member, problem } = memberOfHeader(voterName, roster);
      if (member) voterId = member.id;
      else if (problem === "ambiguous") problems.at("register.voter-ambiguous", table.sheet, addressOf(table, row, "voter"), { name: voterName });
    }
    const roleText = cellText(cellOf(table, row, "role") ?? null);
    const role = ROLES.find((r) => r === roleText);
    if (roleText && !role) problems.at("register.role-invalid", table.sheet, addressOf(table, row, "role"), { value: roleText, expected: ROLES.join("、") });
    const marks: Ballot["marks"] = [];
    for (const { column, member } of columns) {
      const cell = row.cells[column] ?? null;
      const text = cellText(cell);
      if (!text) continue;
      if (typeof cell === "number" && dateFormatAt(table, row.row, column) !== undefined) {
        problems.at("register.number-is-date", table.sheet, cellAddress(row.row, column), { value: dateCellText(cell, table.date1904), expected: "评议等次或分数" });
        continue;
      }
      if (isAmbiguousNumber(cell)) {
        problems.at("register.number-ambiguous", table.sheet, cellAddress(row.row, column), { value: text, expected: "评议等次或分数" });
        continue;
      }
      const n = readNumber(cell);
      marks.push({ memberId: member.id, mark: typeof n === "number" ? n : text, ref: `${table.sheet}!${cellAddress(row.row, column)}` });
    }
    out.push({
      period,
      ballotNo: idText(cellOf(table, row, "ballot")),
      voterId,
      voterName,
      role,
      marks,
      ref: ref(table, row, "ballot"),
    });
  }
  return out;
}

// ---- 异议登记 ----

const RESULTS: readonly ObjectionResult[] = ["待核查", "属实", "不属实"];

function readObjections(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): Objection[] {
  if (!table) return [];
  const out: Objection[] = [];
  for (const row of table.rows) {
    const rawYear = cellOf(table, row, "year");
    const year = readYear(rawYear);
    if (!year) {
      problems.at("register.year-invalid", table.sheet, addressOf(table, row, "year"), { value: cellText(rawYear ?? null) });
      continue;
    }
    if (!periods.has(year)) continue;
    const memberId = memberCell(table, row, roster, problems);
    const received = dateCell(table, row, "received", problems);
    if (received === undefined) problems.at("register.text-missing", table.sheet, addressOf(table, row, "received"), { column: "收到日期" });
    const resultText = cellText(cellOf(table, row, "result") ?? null) || "待核查";
    const result = RESULTS.find((r) => r === resultText);
    if (!result) problems.at("register.setting-invalid", table.sheet, addressOf(table, row, "result"), { name: "核查结果", value: resultText, expected: RESULTS.join("、") });
    const adjustedRaw = cellOf(table, row, "adjusted");
    const adjustedColumn = table.columns.get("adjusted");
    const adjustedIsDate = typeof adjustedRaw === "number" && adjustedColumn !== undefined && dateFormatAt(table, row.row, adjustedColumn) !== undefined;
    if (adjustedIsDate) problems.at("register.number-is-date", table.sheet, addressOf(table, row, "adjusted"), { value: dateCellText(adjustedRaw, table.date1904), expected: "0–5" });
    const adjusted = adjustedIsDate ? null : readStars(adjustedRaw);
    if (adjusted === null && !adjustedIsDate) problems.at("register.number-invalid", table.sheet, addressOf(table, row, "adjusted"), { value: cellText(adjustedRaw ?? null), expected: "0–5、三星级、3星或★★★" });
    if (!memberId || !received || !result) continue;
    out.push({
      year,
      memberId,
      received,
      content: cellText(cellOf(table, row, "content") ?? null),
      result,
      adjustedStars: adjusted ?? null,
      handler: cellText(cellOf(table, row, "handler") ?? null) || undefined,
      ref: ref(table, row, "id"),
    });
  }
  return out;
}

// ---- 承诺记实 ----

/** A roster member's ID for a row of a sheet the scheme never sees; an unknown ID is an error here. */
function knownMember(table: Table, row: TableRow, roster: Roster, problems: ProblemList): string | undefined {
  const id = memberCell(table, row, roster, problems);
  if (id && !roster.byId.has(id.toUpperCase())) {
    problems.at("register.member-unknown", table.sheet, addressOf(table, row, "id"), { id });
    return undefined;
  }
  return id;
}

/** A cell's text checked against its list: kept as written, with a warning when it is not one of them. */
function choiceCell(table: Table, row: TableRow, key: string, column: string, list: readonly string[], problems: ProblemList): string {
  const text = cellText(cellOf(table, row, key) ?? null);
  if (text && !list.includes(text)) problems.at("register.choice-invalid", table.sheet, addressOf(table, row, key), { column, value: text, expected: list.join("、") });
  return text;
}

function readCommitments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): CommitmentRow[] {
  if (!table) return [];
  const out: CommitmentRow[] = [];
  for (const row of table.rows) {
    const rawYear = cellOf(table, row, "year");
    const year = readYear(rawYear);
    if (!year) {
      problems.at(year === undefined ? "register.text-missing" : "register.year-invalid", table.sheet, addressOf(table, row, "year"), { column: "年度", value: cellText(rawYear ?? null) });
      continue;
    }
    if (!periods.has(year)) continue;
    const memberId = knownMember(table, row, roster, problems);
    const content = cellText(cellOf(table, row, "commitment") ?? null);
    if (!content) problems.at("register.text-missing", table.sheet, addressOf(table, row, "commitment"), { column: "承诺内容" });
    const virtue = choiceCell(table, row, "virtue", "四德", VIRTUES, problems);
    const area = choiceCell(table, row, "area", "方面", COMMITMENT_AREAS, problems);
    const status = choiceCell(table, row, "status", "状态", COMMITMENT_STATUSES, problems);
    const due = dateCell(table, row, "due", problems);
    if (!memberId || !content) continue;
    const text = (key: string) => cellText(cellOf(table, row, key) ?? null) || undefined;
    out.push({
      memberId,
      year,
      virtue,
      area,
      content,
      plan: text("plan"),
      due: due ?? undefined,
      status,
      evidence: text("evidence"),
      ref: ref(table, row, "id"),
    });
  }
  return out;
}

// ---- 点评记录 ----

function readComments(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): CommentRow[] {
  if (!table) return [];
  const out: CommentRow[] = [];
  for (const row of table.rows) {
    const period = monthCell(table, row, problems);
    if (!period || !periods.has(period)) continue;
    const memberId = knownMember(table, row, roster, problems);
    const by = cellText(cellOf(table, row, "by") ?? null);
    if (!by) problems.at("register.text-missing", table.sheet, addressOf(table, row, "by"), { column: "点评人" });
    if (!memberId) continue;
    const text = (key: string) => cellText(cellOf(table, row, key) ?? null) || undefined;
    out.push({
      period,
      memberId,
      by,
      shortcomings: text("shortcomings"),
      causes: text("causes"),
      requirements: text("requirements"),
      ref: ref(table, row, "id"),
    });
  }
  return out;
}

// ---- 组织生活会 ----

/**
 * One row per person and meeting. 会议日期 may be a date or, as 准备本月 leaves it, only the month (the
 * meeting checks then ask for the day). 编号 is a roster 编号, or the name of a 群众代表 or guest: it is
 * matched to the roster only for 党员 and 党外. 会议类型, 身份 and 出席 outside their lists are kept as
 * written with a warning.
 */
function readMeetings(table: Table | null, roster: Roster, periods: ReadonlySet<string>, problems: ProblemList): MeetingRow[] {
  if (!table) return [];
  const out: MeetingRow[] = [];
  for (const row of table.rows) {
    const raw = cellOf(table, row, "date");
    const date = readDate(raw, table.date1904);
    const month = date ? date.slice(0, 7) : readMonth(raw, table.date1904);
    if (!month) {
      problems.at(month === undefined ? "register.text-missing" : "register.date-invalid", table.sheet, addressOf(table, row, "date"), { column: "会议日期", value: cellText(raw ?? null) });
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
    if (reported === null) problems.at("register.yes-no-invalid", table.sheet, addressOf(table, row, "reported"), { value: cellText(reportedCell ?? null) });
    let memberId: string | undefined;
    let name = cellText(cellOf(table, row, "name") ?? null);
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
      note: cellText(cellOf(table, row, "note") ?? null) || undefined,
      ref: ref(table, row, "date"),
      kindRef: ref(table, row, "kind"),
    });
  }
  return out;
}
