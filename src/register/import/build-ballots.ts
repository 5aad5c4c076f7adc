import type { Mark, VoterRole } from "../../scheme/types";
import { cellAddress, columnIndex, columnLetters, type CellValue, type Grid } from "../cells";
import { placeRef } from "../place-ref";
import type { ProblemCollector } from "../read/problems";
import { normalizeHeader } from "../read/table";
import { cellText, readPeriod, toHalfWidth } from "../read/values";
import { isUnanswered, readAnswer, readRole } from "./answers";
import { derivedBallotNo } from "./ballot-number";
import type { SkipReason } from "./codes";
import { matchHeader, matchQuestion, memberLabel, nameKey, nearMatches, type MemberMatch, type RosterIndex } from "./match";
import type { ColumnMapping, ImportedBallot, SkippedRow } from "./plan-types";
import type { ColumnRole, ExportLayout } from "./shapes";

/**
 * Building the ballots from an export's rows: the mapping of its columns (or, in a long list, of each
 * 被评议人 as written) to the roster, then one ballot per respondent (or per 票号 / 评议人 in a long list).
 */

const ANONYMOUS = /^(?:anonymous|匿名|匿名用户|-)$/i;
const SKIP_WORDS = new Set(["skip", "跳过", "忽略"]);

/** The export being read and where its problems and skipped rows go. */
export interface RowContext {
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
export interface Built {
  mapping: ColumnMapping[];
  ballots: ImportedBallot[];
  /** Per ballot: the cell of its number and of its voter (export addresses). */
  cells: { number: string; voter?: string }[];
}

/** The secretary's overrides, matched to columns by header text or letter; unused ones are reported. */
export class Overrides {
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
    ctx.problems.at("import.column-member-unknown", ctx.label, cell, {
      header,
      answers,
      ...(near.length > 0 && { suggestions: near.map(memberLabel).join("、") }),
    });
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
  ctx.skipped.push({ row: r + 1, reason, ref: placeRef(ctx.label, cellAddress(r, 0)), args });
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
    ctx.problems.at("register.role-invalid", ctx.label, cellAddress(r, column), {
      value: cellText(cells[column]),
      expected: "党员、支部书记、群众代表、行政领导、党外",
    });
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
export function questionBallots(ctx: RowContext, overrides: Overrides): Built {
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
export function longBallots(ctx: RowContext, overrides: Overrides): Built {
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
      built.cells.push({
        number: cellAddress(r, ballotColumn ?? voterColumn ?? 0),
        voter: voterColumn === undefined || !voter ? undefined : cellAddress(r, voterColumn),
      });
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
