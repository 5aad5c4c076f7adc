/**
 * Sentences for every problem code of the scheme and the register, in zh-CN (./problems-zh.ts) and en-US
 * (./problems-en.ts). Each says what is wrong and what is expected; the place (sheet and cell, or member)
 * is added by {@link describeProblem}. A code without a sentence in either language is a type error.
 */
import type { Problem } from "../scheme/problems";
import type { Lang } from "./catalogue";
import { PROBLEMS_EN } from "./problems-en";
import { PROBLEMS_ZH } from "./problems-zh";
import { month, type Sentence, type Sentences } from "./problem-words";

const SENTENCES: Record<Lang, Sentences> = { "zh-CN": PROBLEMS_ZH, "en-US": PROBLEMS_EN };

/** The sentence of a problem without its place. */
export function problemSentence(problem: Problem, lang: Lang, memberName: (id: string) => string | undefined = () => undefined): string {
  const sentence = SENTENCES[lang][problem.code] as Sentence | undefined;
  const id = problem.place.member;
  const who = id ? (memberName(id) ?? id) : "";
  if (!sentence) return lang === "zh-CN" ? `问题 ${problem.code}` : `Problem ${problem.code}`;
  const text = sentence(problem.args, who);
  // A month's problem in a year's run names its month: in its sentence, or else before it.
  const period = problem.args.month;
  if (typeof period !== "string" || !/^\d{4}-\d{2}$/.test(period)) return text;
  const named = month(period, lang);
  if (text.includes(named)) return text;
  return lang === "zh-CN" ? `${named}：${text}` : `${named}: ${text}`;
}

/** Where a problem lies, as users read it: 民主评议!F7, or the member and period. */
export function problemPlace(problem: Problem, lang: Lang): string {
  if (problem.place.ref) return problem.place.ref;
  const parts = [problem.place.period, problem.place.setting].filter(Boolean);
  return parts.join(lang === "zh-CN" ? "，" : ", ");
}

/** A whole line: "民主评议!F7：……" / "民主评议!F7: …". */
export function describeProblem(problem: Problem, lang: Lang, memberName?: (id: string) => string | undefined): string {
  const place = problemPlace(problem, lang);
  const sentence = problemSentence(problem, lang, memberName);
  if (!place) return sentence;
  return lang === "zh-CN" ? `${place}：${sentence}` : `${place}: ${sentence}`;
}

/** Every code that has a sentence (for tests). */
export const KNOWN_PROBLEM_CODES = Object.keys(PROBLEMS_ZH);
