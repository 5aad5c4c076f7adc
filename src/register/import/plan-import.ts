import { isIsoMonth, isIsoYear } from "../../scheme/dates";
import type { Problem } from "../../scheme/problems";
import { assessedIn, monthsAssessedIn } from "../../scheme/roster";
import type { Ballot, Mark, Member, VoterRole } from "../../scheme/types";
import { cellAddress, columnIndex, columnLetters, qualifiedAddress, type CellValue, type Grid } from "../cells";
import type { SheetData, WorkbookChange } from "../port";
import { readRegister } from "../read/read-register";
import { ProblemCollector, REGISTER_CODES, type RegisterCode } from "../read/problems";
import { findTable, normalizeHeader } from "../read/table";
import { cellText, readPeriod, toHalfWidth } from "../read/values";
import { inputSheet } from "../schema";
import { findInputSheet, inputSheetNames, isInputSheetName } from "../sheet-names";
import { isUnanswered, looksLikeOptionNumbers, readAnswer, readRole } from "./answers";
import { BALLOT_SOURCES, ballotSource, derivedBallotNo, type BallotSource } from "./ballot-number";
import type { SkipReason } from "./codes";
import { matchHeader, matchQuestion, memberLabel, nameKey, nearMatches, rosterIndex, type MatchVia, type MemberMatch, type RosterIndex } from "./match";
import { recognise, type ColumnRole, type ExportLayout, type ExportShape } from "./shapes";
import { maxOf } from "../../scheme/arrays";
import { fitRunText } from "../cell-text";

/**
 * Importing ballots, pure: an export's grid and the register's 人员名册 and 民主评议 in; the shape, the
 * column-to-member mapping, the ballots, a report, the problems and — only when no error remains — the
 * change that appends the ballots to 民主评议 out. The mapping is meant to be shown before anything is
 * written; a column that matched no one or several people is an error until `overrides` settles it.
 */

/** Where the export came from: its file name (a path is cut to its name) and, for workbooks, the sheet read. */
export interface ImportSource {
  fileName: string;
  sheet?: string;
  /** The export workbook counts dates from 1904 (Mac Excel's option): its date serials are read so. */
  date1904?: boolean;
}

export interface ImportOptions {
  /** The 评议期 the ballots are for: YYYY-MM, or YYYY for the year-end appraisal. */
  period: string;
  source: ImportSource;
  /**
   * The secretary's corrections, by column (its header text or its letter, e.g. "G") — for long lists, by the
   * 被评议人 as written: a roster 编号 (or a name one person has), or "skip" to leave the column out.
   */
  overrides?: Readonly<Record<string, string>>;
  /**
   * Put before every derived 票号 ("群众问卷" → 群众问卷-问卷星-序号12), for a second questionnaire of the
   * same period whose responses are numbered from 1 like the first one's.
   */
  ballotPrefix?: string;
}

/** How one question column (or, in a long list, one 被评议人 as written) maps to the roster. */
export interface ColumnMapping {
  /** Column letters in the export ("G"). */
  column: string;
  /** The header text, or in a long list the 被评议人 as written. */
  header: string;
  /** The member meant; null when no one, several people, or skipped. */
  memberId: string | null;
  /** Everyone the header could mean (several when ambiguous). */
  candidates: string[];
  /**
   * For a column that matched no one: members whose name is one character from it (梁晓冬 → 梁晓东), to
   * offer first; never applied without the secretary's choice.
   */
  suggestions: string[];
  /** How it matched: by 编号, by name, by a name found inside the text, by the secretary, or skipped. */
  via: MatchVia | "override" | "skip" | null;
  /** Non-blank answers in the column (rows, in a long list). */
  answers: number;
}

/** A column that is not a question: read as the ballot's number, voter, role or period, or ignored. */
export interface OtherColumn {
  column: string;
  header: string;
  role: Exclude<ColumnRole, "question">;
}

/** One respondent's ballot as it will be appended. */
export interface ImportedBallot {
  ballotNo: string;
  voterName?: string;
  /** The voter's 编号 when the name matched the roster. */
  voterId?: string;
  role?: VoterRole;
  marks: { memberId: string; mark: Mark; cell: string }[];
  /** The export row (1-based; a long list's first row of the ballot). */
  row: number;
}

export interface SkippedRow {
  /** 1-based row of the export. */
  row: number;
  reason: SkipReason;
  /** The row's first cell, as problems give places. */
  ref: string;
  args: Record<string, string | number>;
}

export interface ImportReport {
  ballots: number;
  /** Every assessed member (and anyone else marked), in roster order, with the marks imported for them. */
  marksPerMember: { memberId: string; name: string; marks: number }[];
  /** Distinct voters (named ones once each, every anonymous ballot) against the members assessed in the period. */
  turnout: { voters: number; roster: number; rate: number | null };
  skippedRows: SkippedRow[];
  /**
   * The ballots 民主评议 already has for the period, by source (read from their 票号): imported ballots are
   * added to them, and both count.
   */
  existing: { ballots: number; sources: Partial<Record<BallotSource, number>> };
}

export interface ImportPlan {
  period: string;
  /** The export as problems name it: '[问卷.xlsx]Sheet1'. */
  exportSheet: string;
  shape: ExportShape | null;
  /** 1-based row of the export's header, null when the shape is unknown. */
  headerRow: number | null;
  mapping: ColumnMapping[];
  otherColumns: OtherColumn[];
  ballots: ImportedBallot[];
  report: ImportReport;
  /** Errors first. */
  problems: Problem[];
  /** True when errors block writing. */
  blocked: boolean;
  /** The roster read, for names in messages. */
  members: Member[];
  /** The change to 民主评议 (absent when blocked). */
  change?: WorkbookChange;
}

/** The sheets an import reads: the roster and 民主评议, by their Chinese and English names. */
export function importSheetsToRead(): string[] {
  return inputSheetNames(["roster", "ballots"]);
}

/** The export as a sheet name in problems: Excel's external-reference form `[file.xlsx]Sheet1`. */
export function exportSheetLabel(source: ImportSource): string {
  const base = source.fileName.split(/[\\/]/).pop() ?? source.fileName;
  return `[${base}]${source.sheet ?? ""}`;
}

const ANONYMOUS = /^(?:anonymous|匿名|匿名用户|-)$/i;
const SKIP_WORDS = new Set(["skip", "跳过", "忽略"]);

/** Plans the import of an export's grid into the register's 民主评议 for one period. Pure. */
export function planImport(exportGrid: Grid, registerSheets: ReadonlyMap<string, SheetData>, options: ImportOptions): ImportPlan {
  const { period } = options;
  if (!isIsoMonth(period) && !isIsoYear(period)) throw new RangeError(`period must be YYYY-MM or YYYY: ${period}`);
  const problems = new ProblemCollector();
  const label = exportSheetLabel(options.source);
  const fileName = options.source.fileName.split(/[\\/]/).pop() ?? options.source.fileName;

  const sheets = new Map([...registerSheets].filter(([, s]) => isInputSheetName(s.name, "roster") || isInputSheetName(s.name, "ballots")));
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: ["roster", "ballots"] });
  problems.addAll(readProblems);
  const roster = rosterIndex(data.members);
  const plan: ImportPlan = {
    period,
    exportSheet: label,
    shape: null,
    headerRow: null,
    mapping: [],
    otherColumns: [],
    ballots: [],
    report: { ballots: 0, marksPerMember: [], turnout: { voters: 0, roster: 0, rate: null }, skippedRows: [], existing: existingOf(data.ballots) },
    problems: [],
    blocked: true,
    members: data.members,
  };
  const finish = (): ImportPlan => {
    plan.problems = problems.finish();
    plan.blocked = plan.problems.some((p) => p.severity === "error");
    if (plan.blocked) delete plan.change;
    return plan;
  };

  const rosterSheet = findInputSheet(sheets, "roster").sheet;
  if (rosterSheet && data.members.length === 0 && !readProblems.some((p) => p.severity === "error")) problems.at("import.roster-empty", rosterSheet.name, "");
  if (exportGrid.every((row) => !row || row.every((v) => cellText(v) === ""))) {
    problems.at("import.file-empty", label, "", { file: fileName });
    return finish();
  }
  if (data.members.length === 0) return finish();

  const layout = recognise(exportGrid, roster);
  if (!layout) {
    problems.at("import.shape-unknown", label, "");
    return finish();
  }
  plan.shape = layout.shape;
  plan.headerRow = layout.headerRow + 1;
  for (const c of layout.columns) {
    if (c.role !== "question") plan.otherColumns.push({ column: columnLetters(c.column), header: c.header, role: c.role });
  }

  const context: RowContext = { grid: exportGrid, layout, label, period, roster, problems, skipped: plan.report.skippedRows, date1904: options.source.date1904 === true };
  const overrides = new Overrides(options.overrides ?? {});
  const built = layout.shape === "long" ? longBallots(context, overrides) : questionBallots(context, overrides);
  const prefix = options.ballotPrefix?.trim();
  if (prefix) for (const b of built.ballots) b.ballotNo = `${prefix}-${b.ballotNo}`;
  plan.mapping = built.mapping;
  plan.ballots = built.ballots;
  overrides.reportUnused(problems, label);

  checkBallots(context, built, data.ballots, fileName);
  plan.report = { ...report(plan.ballots, data.members, period, plan.report.skippedRows), existing: plan.report.existing };
  if (!problems.items.some((p) => p.severity === "error")) plan.change = changeFor(sheets, roster, plan.ballots, period);
  return fitRunText(finish(), [...sheets.values(), { name: label, values: exportGrid }]);
}


interface RowContext {
  grid: Grid;
  layout: ExportLayout;
  label: string;
  period: string;
  roster: RosterIndex;
  problems: ProblemCollector;
  skipped: SkippedRow[];
  /** The export's date system (ImportSource.date1904). */
  date1904: boolean;
}

/** What building the ballots gave, with the cells that the later checks point at. */
interface Built {
  mapping: ColumnMapping[];
  ballots: ImportedBallot[];
  /** Per ballot: the cell of its number and of its voter (export addresses). */
  cells: { number: string; voter?: string }[];
}

/** The secretary's overrides, matched to columns by header text or letter; unused ones are reported. */
class Overrides {
  private readonly byKey = new Map<string, { key: string; value: string }>();
  private readonly used = new Set<string>();

  constructor(overrides: Readonly<Record<string, string>>) {
    for (const [key, value] of Object.entries(overrides)) this.byKey.set(normalizeHeader(key), { key, value: value.trim() });
  }

  /** The override for a column: by its header text, else (question shapes) by its letters. */
  find(header: string, letters?: string): { key: string; value: string } | undefined {
    for (const k of [normalizeHeader(header), letters?.toLowerCase()]) {
      const found = k ? this.byKey.get(k) : undefined;
      if (found) {
        this.used.add(normalizeHeader(found.key));
        return found;
      }
    }
    return undefined;
  }

  reportUnused(problems: ProblemCollector, label: string): void {
    for (const [k, { key }] of this.byKey) if (!this.used.has(k)) problems.at("import.override-column-unknown", label, "", { column: key });
  }
}

/** The mapping of one column from its header, the overrides and the roster; errors for what stays unsettled. */
function mapColumn(ctx: RowContext, overrides: Overrides, header: string, letters: string, cell: string, answers: number, byLetter: boolean): ColumnMapping {
  const entry: ColumnMapping = { column: letters, header, memberId: null, candidates: [], suggestions: [], via: null, answers };
  const override = overrides.find(header, byLetter ? letters : undefined);
  if (override) {
    if (SKIP_WORDS.has(override.value.toLowerCase())) return { ...entry, via: "skip" };
    const m = matchHeader(override.value, ctx.roster);
    if (m.member) return { ...entry, memberId: m.member.id, candidates: [m.member.id], via: "override" };
    ctx.problems.at("import.override-member-unknown", ctx.label, cell, { column: override.key, value: override.value });
    return entry;
  }
  const match: MemberMatch = ctx.layout.shape === "long" ? matchHeader(header, ctx.roster) : matchQuestion(header, ctx.roster);
  entry.candidates = match.candidates.map((m) => m.id);
  if (match.member) return { ...entry, memberId: match.member.id, via: match.via ?? null };
  if (match.candidates.length > 1) {
    ctx.problems.at("import.column-member-ambiguous", ctx.label, cell, { header, candidates: match.candidates.map(memberLabel).join("、") });
  } else if (answers > 0) {
    const near = nearMatches(header, ctx.roster);
    entry.suggestions = near.map((m) => m.id);
    ctx.problems.at("import.column-member-unknown", ctx.label, cell, { header, answers, ...(near.length > 0 && { suggestions: near.map(memberLabel).join("、") }) });
  } else {
    ctx.problems.at("import.column-unused", ctx.label, cell, { header });
  }
  return entry;
}

/** Two columns for one member: an error on the second. */
function checkDuplicateColumns(ctx: RowContext, mapping: readonly ColumnMapping[], cellOf: (m: ColumnMapping) => string): void {
  const first = new Map<string, ColumnMapping>();
  for (const m of mapping) {
    if (!m.memberId) continue;
    const earlier = first.get(m.memberId);
    if (!earlier) first.set(m.memberId, m);
    else {
      const name = ctx.roster.byId.get(m.memberId.toUpperCase())?.name ?? m.memberId;
      ctx.problems.at("import.column-member-duplicate", ctx.label, cellOf(m), { header: m.header, first: earlier.column, name });
    }
  }
}

function dataRows(ctx: RowContext): { r: number; cells: CellValue[] }[] {
  const out: { r: number; cells: CellValue[] }[] = [];
  for (let r = ctx.layout.headerRow + 1; r < ctx.grid.length; r++) {
    const cells = ctx.grid[r] ?? [];
    if (cells.some((v) => cellText(v) !== "")) out.push({ r, cells });
  }
  return out;
}

function columnOf(ctx: RowContext, role: ColumnRole): number | undefined {
  return ctx.layout.columns.find((c) => c.role === role)?.column;
}

function skip(ctx: RowContext, r: number, reason: SkipReason, args: Record<string, string | number> = {}): void {
  ctx.skipped.push({ row: r + 1, reason, ref: qualifiedAddress(ctx.label, cellAddress(r, 0)), args });
}

/** The row's period when it has a 评议期 column: true to go on, false when the row is skipped or unreadable. */
function periodFits(ctx: RowContext, r: number, cells: CellValue[]): boolean {
  const column = columnOf(ctx, "period");
  if (column === undefined) return true;
  const raw = cells[column];
  const found = readPeriod(raw, ctx.date1904);
  if (found === null) {
    ctx.problems.at("register.period-invalid", ctx.label, cellAddress(r, column), { value: cellText(raw) });
    return false;
  }
  if (found && found !== ctx.period) {
    skip(ctx, r, "import.row-other-period", { value: found, period: ctx.period });
    return false;
  }
  return true;
}

function roleCell(ctx: RowContext, r: number, cells: CellValue[]): VoterRole | undefined {
  const column = columnOf(ctx, "role");
  if (column === undefined) return undefined;
  const role = readRole(cells[column]);
  if (role === null) {
    ctx.problems.at("register.role-invalid", ctx.label, cellAddress(r, column), { value: cellText(cells[column]), expected: "党员、支部书记、群众代表、行政领导、党外" });
    return undefined;
  }
  return role;
}

/** The respondent's name: the first voter column with a name (Forms' "anonymous" is none), else the e-mail. */
function voterCell(ctx: RowContext, r: number, cells: CellValue[]): { name: string; cell: string } | undefined {
  const columns = [...ctx.layout.columns.filter((c) => c.role === "voter"), ...ctx.layout.columns.filter((c) => c.role === "email")];
  for (const c of columns) {
    const text = cellText(cells[c.column]);
    if (!isUnanswered(text) && !ANONYMOUS.test(text)) return { name: text, cell: cellAddress(r, c.column) };
  }
  return undefined;
}

/** Invalid answers are errors on their cells; marks go on. */
function answerOf(ctx: RowContext, r: number, column: number, header: string, value: CellValue | undefined): Mark | "invalid" | undefined {
  const answer = readAnswer(value);
  if (answer.kind === "invalid") {
    ctx.problems.at("import.answer-invalid", ctx.label, cellAddress(r, column), { value: answer.text, header });
    return "invalid";
  }
  return answer.kind === "mark" ? answer.mark : undefined;
}

/** 问卷星, Forms and plain sheets: one row per respondent, one column per member. */
function questionBallots(ctx: RowContext, overrides: Overrides): Built {
  const rows = dataRows(ctx);
  const header = ctx.grid[ctx.layout.headerRow] ?? [];
  const questions = ctx.layout.columns.filter((c) => c.role === "question");
  const mapping = questions.map((q) => {
    const answers = rows.filter(({ cells }) => readAnswer(cells[q.column]).kind !== "blank").length;
    return mapColumn(ctx, overrides, q.header, columnLetters(q.column), cellAddress(ctx.layout.headerRow, q.column), answers, true);
  });
  checkDuplicateColumns(ctx, mapping, (m) => cellAddress(ctx.layout.headerRow, columnIndex(m.column)));
  const mapped = mapping.filter((m) => m.memberId).map((m) => ({ column: columnIndex(m.column), header: m.header, memberId: m.memberId! }));
  const idColumn = columnOf(ctx, ctx.layout.shape === "plain" ? "ballot" : "id");

  const built: Built = { mapping, ballots: [], cells: [] };
  for (const { r, cells } of rows) {
    if (!periodFits(ctx, r, cells)) continue;
    const marks: ImportedBallot["marks"] = [];
    let invalid = false;
    for (const q of mapped) {
      const mark = answerOf(ctx, r, q.column, q.header, cells[q.column]);
      if (mark === "invalid") invalid = true;
      else if (mark !== undefined) marks.push({ memberId: q.memberId, mark, cell: cellAddress(r, q.column) });
    }
    if (marks.length === 0) {
      if (!invalid) skip(ctx, r, "import.row-empty");
      continue;
    }
    const voter = voterCell(ctx, r, cells);
    const ballot: ImportedBallot = {
      ballotNo: derivedBallotNo(ctx.layout.shape, idColumn === undefined ? undefined : cells[idColumn], header, r + 1, cells),
      voterName: voter?.name,
      role: roleCell(ctx, r, cells),
      marks,
      row: r + 1,
    };
    built.ballots.push(ballot);
    built.cells.push({ number: cellAddress(r, idColumn ?? 0), voter: voter?.cell });
  }
  return built;
}

/** Long lists: one row per mark, grouped into ballots by 票号, else by 评议人. */
function longBallots(ctx: RowContext, overrides: Overrides): Built {
  const rows = dataRows(ctx);
  const target = columnOf(ctx, "target")!;
  const ballotColumn = columnOf(ctx, "ballot");
  const voterColumn = columnOf(ctx, "voter");
  const gradeColumn = columnOf(ctx, "grade");
  const scoreColumn = columnOf(ctx, "score");
  const letters = columnLetters(target);

  // The mapping: each 被评议人 as written, once, placed at its first cell.
  const firstCell = new Map<string, { text: string; cell: string; rows: number }>();
  for (const { r, cells } of rows) {
    const text = toHalfWidth(cellText(cells[target]));
    if (!text) continue;
    const key = nameKey(text).toUpperCase();
    const seen = firstCell.get(key);
    if (seen) seen.rows += 1;
    else firstCell.set(key, { text, cell: cellAddress(r, target), rows: 1 });
  }
  const byKey = new Map<string, ColumnMapping & { cell: string }>();
  for (const [key, { text, cell, rows: n }] of firstCell) byKey.set(key, { ...mapColumn(ctx, overrides, text, letters, cell, n, false), cell });
  // Two spellings of one member (张三 and D003) are fine here: they are rows, and a ballot marking the
  // member under both is caught as a mark given twice.
  const mapping = [...byKey.values()];

  const built: Built = { mapping: mapping.map(({ cell: _cell, ...m }) => m), ballots: [], cells: [] };
  const groups = new Map<string, { ballot: ImportedBallot; marked: Map<string, string> }>();
  for (const { r, cells } of rows) {
    if (!periodFits(ctx, r, cells)) continue;
    const number = ballotColumn === undefined ? "" : toHalfWidth(cellText(cells[ballotColumn]));
    const voter = voterColumn === undefined ? "" : cellText(cells[voterColumn]);
    const targetText = toHalfWidth(cellText(cells[target]));
    if (!number && !voter) {
      skip(ctx, r, "import.row-no-ballot");
      continue;
    }
    const markColumn = gradeColumn !== undefined && cellText(cells[gradeColumn]) !== "" ? gradeColumn : (scoreColumn ?? gradeColumn)!;
    const mark = answerOf(ctx, r, markColumn, cellText(ctx.grid[ctx.layout.headerRow]?.[markColumn]), cells[markColumn]);
    if (mark === "invalid") continue;
    if (mark === undefined || !targetText) {
      skip(ctx, r, "import.row-empty");
      continue;
    }
    const memberId = byKey.get(nameKey(targetText).toUpperCase())?.memberId;
    if (!memberId) continue; // unknown, ambiguous or skipped: the mapping says which
    const key = number ? `b:${number}` : `v:${nameKey(voter)}`;
    let group = groups.get(key);
    if (!group) {
      group = { ballot: { ballotNo: number || `评议人-${voter}`, voterName: voter || undefined, marks: [], row: r + 1 }, marked: new Map() };
      groups.set(key, group);
      built.ballots.push(group.ballot);
      built.cells.push({ number: cellAddress(r, ballotColumn ?? voterColumn ?? 0), voter: voterColumn === undefined || !voter ? undefined : cellAddress(r, voterColumn) });
    }
    group.ballot.role ??= roleCell(ctx, r, cells);
    const cell = cellAddress(r, markColumn);
    const earlier = group.marked.get(memberId);
    if (earlier) {
      ctx.problems.at("import.mark-twice", ctx.label, cell, { name: ctx.roster.byId.get(memberId.toUpperCase())?.name ?? memberId, first: earlier });
      continue;
    }
    group.marked.set(memberId, cell);
    group.ballot.marks.push({ memberId, mark, cell });
  }
  return built;
}

/** Checks across ballots and against the register: repeated numbers and voters, earlier imports, option numbers. */
function checkBallots(ctx: RowContext, built: Built, existing: readonly Ballot[], fileName: string): void {
  const { problems, label, roster, period } = ctx;
  const hadErrors = problems.items.some((p) => p.severity === "error");
  if (built.ballots.length === 0) {
    if (!hadErrors) problems.at("import.no-ballots", label, "", { file: fileName });
    return;
  }
  const allMarks = built.ballots.flatMap((b) => b.marks);
  if (looksLikeOptionNumbers(allMarks.map((m) => m.mark))) problems.at("import.answers-option-numbers", label, allMarks[0].cell);

  // Voters: matched to the roster (so that the engine's self-mark rule applies), once each.
  const outsiders = new Set<string>();
  const numbers = new Map<string, number>();
  const voters = new Map<string, number>();
  built.ballots.forEach((b, i) => {
    const cells = built.cells[i];
    if (b.voterName) {
      const m = matchHeader(b.voterName, roster);
      if (m.member) b.voterId = m.member.id;
      else if (m.candidates.length > 1) problems.at("register.voter-ambiguous", label, cells.voter ?? cells.number, { name: b.voterName });
      else outsiders.add(b.voterName);
    }
    const first = numbers.get(b.ballotNo);
    if (first !== undefined) problems.at("import.ballot-number-twice", label, cells.number, { ballotNo: b.ballotNo, first });
    else numbers.set(b.ballotNo, b.row);
    const key = voterKey(b);
    if (key) {
      const firstVoter = voters.get(key);
      if (firstVoter !== undefined) problems.at("import.voter-twice", label, cells.voter ?? cells.number, { voter: b.voterName ?? "", first: firstVoter });
      else voters.set(key, b.row);
    }
  });
  if (outsiders.size > 0) {
    const names = [...outsiders];
    problems.at("import.voter-not-on-roster", label, "", { count: names.length, names: names.slice(0, 5).join("、") + (names.length > 5 ? "…" : "") });
  }

  // The register: the same 票号 with the same marks means this export (or part of it) was imported before;
  // the same 票号 with other marks is another export numbered the same way.
  const existingNumbers = new Map(existing.filter((b) => b.ballotNo).map((b) => [b.ballotNo, b]));
  const again = built.ballots.filter((b) => existingNumbers.has(b.ballotNo));
  const taken = again.filter((b) => !sameBallot(existingNumbers.get(b.ballotNo)!, b));
  for (const b of taken) {
    const i = built.ballots.indexOf(b);
    problems.at("import.ballot-number-taken", label, built.cells[i].number, { ballotNo: b.ballotNo, existing: existingNumbers.get(b.ballotNo)!.ref ?? "", period });
  }
  if (again.length > 0 && taken.length === 0) {
    const first = existingNumbers.get(again[0].ballotNo)!;
    problems.items.push(registerProblem("import.already-imported", first.ref, { count: again.length, total: built.ballots.length, first: again[0].ballotNo, period }));
  }
  if (existing.length > 0 && again.length === 0) {
    // Ballots of the period are there already (paper ballots typed in, another questionnaire): say how many,
    // from where, and that the imported ones are added to them — both count.
    const { ballots, sources } = existingOf(existing);
    const args: Record<string, string | number> = { count: ballots, adding: built.ballots.length, period };
    for (const source of BALLOT_SOURCES) if (sources[source]) args[source] = sources[source]!;
    problems.items.push(registerProblem("import.period-has-ballots", existing[0].ref, args));
  }
  const existingVoters = new Map<string, string>();
  for (const b of existing) {
    const key = voterKey(b);
    if (key) existingVoters.set(key, b.ref ?? "");
    if (b.voterName) existingVoters.set(`name:${nameKey(b.voterName)}`, b.ref ?? "");
  }
  built.ballots.forEach((b, i) => {
    if (existingNumbers.has(b.ballotNo) || !b.voterName) return;
    const found = (b.voterId && existingVoters.get(`id:${b.voterId}`)) || existingVoters.get(`name:${nameKey(b.voterName)}`);
    if (found !== undefined) problems.at("import.voter-has-ballot", label, built.cells[i].voter ?? built.cells[i].number, { voter: b.voterName, existing: found, period });
  });
}

/** The same voter (or none) and the same marks: a ballot already in 民主评议 that this one repeats. */
function sameBallot(existing: Ballot, imported: ImportedBallot): boolean {
  if (nameKey(existing.voterName ?? "") !== nameKey(imported.voterName ?? "")) return false;
  const text = (marks: readonly { memberId: string; mark: Mark }[]) =>
    marks
      .map((m) => `${m.memberId}\u0000${String(m.mark).trim()}`)
      .sort()
      .join("\u0001");
  return text(existing.marks) === text(imported.marks);
}

function voterKey(b: { voterId?: string; voterName?: string }): string | undefined {
  if (b.voterId) return `id:${b.voterId}`;
  const name = b.voterName?.trim();
  return name ? `name:${nameKey(name)}` : undefined;
}

/** A problem placed at a register cell that is already qualified (民主评议!B30). */
function registerProblem(code: RegisterCode, ref: string | undefined, args: Record<string, string | number>): Problem {
  const [sheet, cell = ""] = (ref ?? "").split("!");
  return { severity: REGISTER_CODES[code], code, place: { period: String(args.period ?? ""), ref }, args: { sheet, cell, ...args } };
}

/** The ballots 民主评议 has for the period, counted by source. */
function existingOf(ballots: readonly Ballot[]): ImportReport["existing"] {
  const sources: Partial<Record<BallotSource, number>> = {};
  for (const b of ballots) {
    const source = ballotSource(b.ballotNo);
    sources[source] = (sources[source] ?? 0) + 1;
  }
  return { ballots: ballots.length, sources };
}

function report(ballots: readonly ImportedBallot[], members: readonly Member[], period: string, skippedRows: SkippedRow[]): Omit<ImportReport, "existing"> {
  const assessed = members.filter((m) => (period.length === 4 ? monthsAssessedIn(m, period).length > 0 : assessedIn(m, period)));
  const counts = new Map<string, number>();
  for (const b of ballots) for (const m of b.marks) counts.set(m.memberId, (counts.get(m.memberId) ?? 0) + 1);
  const shown = new Set(assessed.map((m) => m.id));
  const marksPerMember = members.filter((m) => shown.has(m.id) || counts.has(m.id)).map((m) => ({ memberId: m.id, name: m.name, marks: counts.get(m.id) ?? 0 }));
  const named = new Set<string>();
  let anonymous = 0;
  for (const b of ballots) {
    const key = voterKey(b);
    if (key) named.add(key);
    else anonymous += 1;
  }
  const voters = named.size + anonymous;
  return {
    ballots: ballots.length,
    marksPerMember,
    turnout: { voters, roster: assessed.length, rate: assessed.length > 0 ? voters / assessed.length : null },
    skippedRows,
  };
}

/**
 * The rows appended to 民主评议, with header cells for what the sheet lacks: a member column (headed by the
 * name, or the 编号 where two people share the name) and the optional 评议人 and 身份 columns. Header cells
 * go in the sheet's own header row, which may be any of its first 10 rows.
 */
function changeFor(sheets: ReadonlyMap<string, SheetData>, roster: RosterIndex, ballots: readonly ImportedBallot[], period: string): WorkbookChange | undefined {
  const sheet = findInputSheet(sheets, "ballots").sheet;
  const table = sheet ? findTable(sheet, inputSheet("ballots"), new ProblemCollector()) : null;
  if (!sheet || !table) return undefined;
  const english = normalizeHeader(cellText(sheet.values[table.headerRow]?.[table.columns.get("period")!])) === "period";
  let next = maxOf(sheet.values.map((row) => lastFilled(row) + 1), 0);
  const cells: NonNullable<WorkbookChange["cells"]> = [];
  const addColumn = (text: string): number => {
    const column = next++;
    cells.push({ sheet: sheet.name, address: cellAddress(table.headerRow, column), value: text });
    return column;
  };

  const memberColumn = new Map<string, number>();
  for (const { column, header } of table.extra) {
    const m = matchHeader(header, roster).member;
    if (m && !memberColumn.has(m.id)) memberColumn.set(m.id, column);
  }
  const columns = {
    period: table.columns.get("period")!,
    ballot: table.columns.get("ballot")!,
    voter: table.columns.get("voter") ?? (ballots.some((b) => b.voterName) ? addColumn(english ? "Voter" : "评议人") : undefined),
    role: table.columns.get("role") ?? (ballots.some((b) => b.role) ? addColumn(english ? "Role" : "身份") : undefined),
  };
  for (const member of roster.members) {
    if (memberColumn.has(member.id) || !ballots.some((b) => b.marks.some((m) => m.memberId === member.id))) continue;
    const shared = (roster.byName.get(nameKey(member.name)) ?? []).length > 1;
    memberColumn.set(member.id, addColumn(shared ? member.id : member.name));
  }

  const rows: Grid = ballots.map((b) => {
    const row: CellValue[] = [];
    const put = (column: number | undefined, value: CellValue | undefined) => {
      if (column === undefined || value === undefined) return;
      while (row.length <= column) row.push(null);
      row[column] = value;
    };
    put(columns.period, period);
    put(columns.ballot, b.ballotNo);
    put(columns.voter, b.voterName);
    put(columns.role, b.role);
    for (const m of b.marks) put(memberColumn.get(m.memberId), m.mark);
    return row;
  });
  return { appendRows: [{ sheet: sheet.name, rows }], ...(cells.length > 0 ? { cells } : {}) };
}

function lastFilled(row: readonly CellValue[] | undefined): number {
  if (!row) return -1;
  for (let c = row.length - 1; c >= 0; c--) if (cellText(row[c]) !== "") return c;
  return -1;
}
