/**
 * The scheme's input types. Every row or mark may carry an opaque `ref` (the register layer sets it
 * to a cell address such as '民主评议!F7'); problems caused by that input copy it into `place.ref`.
 * Dates are ISO 'YYYY-MM-DD', months 'YYYY-MM', years 'YYYY'.
 */

/** 类别: a party member, or a non-party cadre or staff member (党外干部职工). */
export type Kind = "党员" | "党外";

/** The two kinds, in the order they are ranked, listed and publicised. */
export const KINDS: readonly Kind[] = ["党员", "党外"];

/** True for 党员 or 党外. */
export function isKind(value: unknown): value is Kind {
  return value === "党员" || value === "党外";
}

/** A person on the roster (人员名册). */
export interface Member {
  /** 编号, unique. */
  id: string;
  /** 姓名 */
  name: string;
  /** 类别 */
  kind: Kind;
  /** 党小组 */
  group?: string;
  /** 岗位 */
  position?: string;
  /** 转入日期 (ISO date); empty means on the roster from the start. */
  joined?: string;
  /** 转出日期 (ISO date); the member is no longer assessed from the month whose last day is on or after it. */
  left?: string;
  /** 备注 */
  note?: string;
  ref?: string;
}

/** One criterion (考核细则) of the record-based score. */
export interface Criterion {
  /** 编号 */
  code: string;
  /** One of the five leads (五带头), see FIVE_LEADS. */
  category: string;
  /** 名称 */
  name: string;
  /** 满分, > 0; all maxima add up to 100. */
  max: number;
  /** 说明 */
  description?: string;
  ref?: string;
}

/** One member's month in 记实考核. */
export interface RecordRow {
  /** 月份 'YYYY-MM' */
  period: string;
  memberId: string;
  /** Points per criterion code; null or missing = the cell is blank. */
  points: Record<string, number | null>;
  /** 不参评 */
  exempt?: boolean;
  /** The reason for 不参评 (说明). */
  exemptReason?: string;
  ref?: string;
  /** The cell of each criterion's points, by criterion code. */
  pointRefs?: Record<string, string>;
}

/** One row of the adjustments ledger (加减分). */
export interface Adjustment {
  /** 月份 'YYYY-MM' */
  period: string;
  memberId: string;
  /** 分值, positive or negative. */
  points: number;
  /** 事由 */
  reason: string;
  /** 依据 */
  evidence?: string;
  /** 记录人 */
  recorder?: string;
  /** 日期 (ISO date) */
  date?: string;
  ref?: string;
}

/** A mark: a number 0–100 or a grade name (优秀, 合格, 基本合格, 不合格). */
export type Mark = number | string;

/** 身份 of a voter. All roles count equally. */
export type VoterRole = "党员" | "支部书记" | "群众代表" | "行政领导" | "党外";

/** One voter's marks for a period (评议票). */
export interface Ballot {
  /** 评议期: 'YYYY-MM' for a monthly appraisal, 'YYYY' for the year-end appraisal. */
  period: string;
  /** 票号, unique within the period. */
  ballotNo: string;
  /** The voter's member id, when the voter is named and on the roster. */
  voterId?: string;
  /** 评议人, when named. */
  voterName?: string;
  role?: VoterRole;
  marks: { memberId: string; mark: Mark; ref?: string }[];
  ref?: string;
}

/** 核查结果 of an objection. */
export type ObjectionResult = "待核查" | "属实" | "不属实";

/** One row of 异议登记. */
export interface Objection {
  /** 年度 'YYYY' */
  year: string;
  memberId: string;
  /** 收到日期 (ISO date) */
  received: string;
  /** 异议内容 */
  content: string;
  result: ObjectionResult;
  /** 调整星级 0–5, only with 属实. */
  adjustedStars?: number | null;
  /** 处理人 */
  handler?: string;
  ref?: string;
}
