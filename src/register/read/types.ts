import type { Settings } from "../../scheme/settings";
import type { Adjustment, Ballot, Criterion, Member, Objection, RecordRow } from "../../scheme/types";
import type { MeetingRow } from "../../scheme/meetings";
import type { InputSheetKey } from "../schema";

/** The reader's data types: what the register's input sheets give, and what to read. */

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
