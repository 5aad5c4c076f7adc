import { GRADES } from "../../scheme/settings";
import type { Mark, VoterRole } from "../../scheme/types";
import type { CellValue } from "../cells";
import { cellText, readNumber, toHalfWidth } from "../read/values";

/**
 * Reading one answer of an export: a grade (优秀, 合格, 基本合格, 不合格 — also as option text such as
 * "A. 优秀" or "优秀（100分）"), or a score 0–100. Questionnaires mark a skipped question "(跳过)" or "(空)":
 * that is no mark, like a blank cell.
 */
export type Answer = { kind: "blank" } | { kind: "mark"; mark: Mark } | { kind: "invalid"; text: string };

const SKIPPED = new Set(["(跳过)", "(空)", "跳过", "(未填)", "(未作答)"]);

/** True for a blank cell or a questionnaire's mark of a skipped question. */
export function isUnanswered(value: CellValue | undefined): boolean {
  const raw = cellText(value);
  return !raw || SKIPPED.has(toHalfWidth(raw).replace(/\s+/g, ""));
}

/** Option text without its letter: "A. 优秀", "A、优秀", "(A)优秀", "A)优秀" → "优秀". */
export function optionText(text: string): string {
  const t = toHalfWidth(text).trim();
  return t.replace(/^(?:[A-Za-z]\s*[.、:)\]]|[([][A-Za-z][)\]])\s*/, "").trim();
}

export function readAnswer(value: CellValue | undefined): Answer {
  const raw = cellText(value);
  if (isUnanswered(value)) return { kind: "blank" };
  if (typeof value === "number") return value >= 0 && value <= 100 ? { kind: "mark", mark: value } : { kind: "invalid", text: raw };
  const option = optionText(raw);
  const grade = gradeOf(option) ?? gradeOf(option.replace(/\s*\([^()]*\)$/, ""));
  if (grade) return { kind: "mark", mark: grade };
  const n = readNumber(option);
  if (typeof n === "number" && n >= 0 && n <= 100) return { kind: "mark", mark: n };
  return { kind: "invalid", text: raw };
}

function gradeOf(text: string): string | undefined {
  const t = text.replace(/\s+/g, "");
  return GRADES.find((g) => g === t);
}

/**
 * True when every mark is a whole number 1–5: the export was downloaded by option number (按序号), where
 * 1, 2, 3, 4 stand for options. Read as scores they would be silently wrong, so this is refused.
 */
export function looksLikeOptionNumbers(marks: readonly Mark[]): boolean {
  return marks.length > 0 && marks.every((m) => typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 5);
}

const ROLE_WORDS: Record<string, VoterRole> = {
  党员: "党员",
  中共党员: "党员",
  正式党员: "党员",
  预备党员: "党员",
  支部书记: "支部书记",
  群众代表: "群众代表",
  行政领导: "行政领导",
  党外: "党外",
  党外干部: "党外",
  党外干部职工: "党外",
};

/** A voter's 身份 from a cell or an option ("B. 群众代表"); null when it is none of the roles, undefined when blank. */
export function readRole(value: CellValue | undefined): VoterRole | null | undefined {
  if (isUnanswered(value)) return undefined;
  const raw = cellText(value);
  return ROLE_WORDS[optionText(raw).replace(/\s+/g, "")] ?? null;
}
