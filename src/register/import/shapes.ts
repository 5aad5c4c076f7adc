import type { Grid } from "../cells";
import { normalizeHeader } from "../read/table";
import { cellText } from "../read/values";
import { matchHeader, questionText, type RosterIndex } from "./match";

/**
 * Recognising an export from its header row (docs/workbook.md, "Ballots arrive in other shapes too"):
 * - `wjx`: 问卷星, one row per respondent, metadata 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, then
 *   one column per question ("3、张三", "第3题(张三)");
 * - `tencent`: 腾讯问卷 (wj.qq.com), one row per respondent, metadata 编号, 开始答题时间, 结束答题时间, 答题时长,
 *   IP / 地理位置(国家/省/市), 用户类型, 用户标识, 昵称, 自定义字段, 数据版本 (the names of its Excel export as
 *   observed), then one column per question ("1.张三", "第1题：张三");
 * - `forms`: Microsoft Forms, ID, Start time, Completion time, Email, Name (or the Chinese 开始时间, 完成时间,
 *   电子邮件, 名称), then one column per question; quiz columns (Points - …, Feedback - …) are ignored;
 * - `plain`: one row per ballot with members' names or IDs as headers, optionally 评议期, 票号, 评议人, 身份;
 * - `long`: one row per mark: 票号 and/or 评议人, 被评议人编号 or 被评议人姓名, 等次 or 分数, optionally 评议期, 身份.
 * The header row is the first of the first 10 rows that one of these fits, tried in that order.
 */
export type ExportShape = "wjx" | "tencent" | "forms" | "plain" | "long";

/** What a column of the export holds. */
export type ColumnRole =
  /** Questionnaire metadata or a quiz column: shown as ignored, never read. */
  | "metadata"
  | "quiz"
  /** 序号 (问卷星), 编号 (腾讯问卷) or ID (Forms): the respondent's number, from which the 票号 is derived. */
  | "id"
  | "ballot"
  | "voter"
  | "email"
  | "role"
  | "period"
  /** Long lists: the member appraised, and the mark. */
  | "target"
  | "grade"
  | "score"
  /** A question (or plain member column): mapped to a member. */
  | "question";

export interface ExportLayout {
  shape: ExportShape;
  /** Zero-based. */
  headerRow: number;
  /** Every column with a header or an answer, left to right. */
  columns: { column: number; header: string; role: ColumnRole }[];
}

const HEADER_SEARCH_ROWS = 10;

const WJX_META = new Set(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自ip", "总分", "用户id", "微信昵称", "答题时间", "开始时间", "结束时间"]);
const WJX_SIGNS = ["提交答卷时间", "所用时间", "来源", "来源详情", "来自ip"];
/** 腾讯问卷: 编号 is the respondent's number; these are its other metadata columns (地理位置… by prefix). */
const TENCENT_META = new Set([
  "开始答题时间",
  "结束答题时间",
  "答题时长",
  "答题时长(秒)",
  "ip",
  "ip地址",
  "来源",
  "来源渠道",
  "渠道",
  "用户类型",
  "用户标识",
  "用户id",
  "openid",
  "昵称",
  "微信昵称",
  "自定义字段",
  "数据版本",
  "答题状态",
  "总分",
  "提交时间",
]);
const TENCENT_SIGNS = ["开始答题时间", "结束答题时间", "答题时长"];
const FORMS_META = new Set(["starttime", "completiontime", "email", "name", "lastmodifiedtime", "开始时间", "完成时间", "电子邮件", "名称", "上次修改时间"]);
const FORMS_QUIZ = /^(?:points|feedback|积分|分数|得分|反馈)-/;
const FORMS_QUIZ_TOTALS = new Set(["totalpoints", "quizfeedback", "总分", "总积分", "测验反馈"]);

const VOTER_QUESTION = new Set(["姓名", "您的姓名", "你的姓名", "名字", "您的名字", "评议人", "评议人姓名", "填表人", "填写人", "答卷人", "yourname"]);
const ROLE_QUESTION = new Set(["身份", "您的身份", "你的身份", "评议人身份", "身份类别", "yourrole"]);

const LONG_COLUMNS: Record<string, ColumnRole> = {
  票号: "ballot",
  评议票号: "ballot",
  ballot: "ballot",
  评议人: "voter",
  评议人姓名: "voter",
  voter: "voter",
  身份: "role",
  评议人身份: "role",
  role: "role",
  评议期: "period",
  period: "period",
  被评议人: "target",
  被评议人编号: "target",
  被评议人姓名: "target",
  被评议人员: "target",
  member: "target",
  memberid: "target",
  membername: "target",
  等次: "grade",
  评议等次: "grade",
  评价等次: "grade",
  grade: "grade",
  分数: "score",
  得分: "score",
  评分: "score",
  score: "score",
};

const PLAIN_COLUMNS: Record<string, ColumnRole> = {
  票号: "ballot",
  ballot: "ballot",
  评议人: "voter",
  评议人姓名: "voter",
  voter: "voter",
  身份: "role",
  role: "role",
  评议期: "period",
  period: "period",
  序号: "metadata",
  备注: "metadata",
  说明: "metadata",
};

/** Recognises the export's shape and the role of each column; null when no shape fits. */
export function recognise(grid: Grid, roster: RosterIndex): ExportLayout | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.length); r++) {
    const headers = (grid[r] ?? []).map((v) => cellText(v));
    if (headers.every((h) => !h)) continue;
    const keys = headers.map((h) => normalizeHeader(h));
    const has = (k: string) => keys.includes(k);
    let shape: ExportShape | null = null;
    if (has("序号") && WJX_SIGNS.some(has)) shape = "wjx";
    else if (has("编号") && TENCENT_SIGNS.some(has)) shape = "tencent";
    else if (has("id") && (has("starttime") || has("开始时间")) && (has("completiontime") || has("完成时间"))) shape = "forms";
    else if (keys.some((k) => LONG_COLUMNS[k] === "target") && keys.some((k) => LONG_COLUMNS[k] === "grade" || LONG_COLUMNS[k] === "score")) shape = "long";
    else if (headers.some((h) => h && !PLAIN_COLUMNS[normalizeHeader(h)] && matchHeader(h, roster).member)) shape = "plain";
    if (shape) return { shape, headerRow: r, columns: columnsOf(grid, r, shape) };
  }
  return null;
}

function columnsOf(grid: Grid, headerRow: number, shape: ExportShape): ExportLayout["columns"] {
  const header = grid[headerRow] ?? [];
  let width = header.length;
  for (let r = headerRow + 1; r < grid.length; r++) width = Math.max(width, grid[r]?.length ?? 0);
  const out: ExportLayout["columns"] = [];
  const taken = new Set<ColumnRole>();
  for (let column = 0; column < width; column++) {
    const text = cellText(header[column]);
    const hasAnswers = grid.slice(headerRow + 1).some((row) => cellText(row?.[column]) !== "");
    if (!text && !hasAnswers) continue;
    let role = roleOf(text, shape);
    // The first column of a kind is the one read, but for the voter: Forms' Name may be "anonymous" and a
    // 您的姓名 question then names the respondent, so every voter column is read, first non-blank first.
    if (role !== "question" && role !== "metadata" && role !== "quiz" && role !== "voter") {
      if (taken.has(role)) role = shape === "long" ? "metadata" : "question";
      else taken.add(role);
    }
    out.push({ column, header: text, role });
  }
  return out;
}

function roleOf(header: string, shape: ExportShape): ColumnRole {
  const key = normalizeHeader(header);
  if (!key) return shape === "long" ? "metadata" : "question";
  switch (shape) {
    case "wjx":
      if (key === "序号") return "id";
      if (WJX_META.has(key)) return "metadata";
      return questionRole(header);
    case "tencent":
      if (key === "编号") return "id";
      if (TENCENT_META.has(key) || key.startsWith("地理位置") || key.startsWith("答题时长")) return "metadata";
      return questionRole(header);
    case "forms":
      if (key === "id") return "id";
      if (key === "name" || key === "名称") return "voter";
      if (key === "email" || key === "电子邮件") return "email";
      if (FORMS_META.has(key)) return "metadata";
      if (FORMS_QUIZ.test(key) || FORMS_QUIZ_TOTALS.has(key)) return "quiz";
      return questionRole(header);
    case "long":
      return LONG_COLUMNS[key] ?? "metadata";
    case "plain":
      return PLAIN_COLUMNS[key] ?? "question";
  }
}

/** A questionnaire's own questions about the respondent (您的姓名, 您的身份) are not about a member. */
function questionRole(header: string): ColumnRole {
  const key = normalizeHeader(questionText(header));
  if (VOTER_QUESTION.has(key)) return "voter";
  if (ROLE_QUESTION.has(key)) return "role";
  return "question";
}
