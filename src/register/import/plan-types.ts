import type { Problem } from "../../scheme/problems";
import type { Mark, Member, VoterRole } from "../../scheme/types";
import type { WorkbookChange } from "../port";
import type { BallotSource } from "./ballot-number";
import type { SkipReason } from "./codes";
import type { MatchVia } from "./match";
import type { ColumnRole, ExportShape } from "./shapes";

/** What an import is asked for and what its plan gives (register/import/plan-import.ts). */

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
