import type { Member } from "../../scheme/types";
import { matchHeader, memberLabel, nameKey, nearMembers, rosterIndex, type MatchVia, type MemberMatch, type Roster } from "../read/names";
import { toHalfWidth } from "../read/values";

/**
 * Matching what an export writes (a question header, a respondent's name, a 被评议人 cell) to roster
 * members. Strict matching is the register's own rule for a 民主评议 header (read/names.ts) — 姓名(编号),
 * 编号, or a name that one person has, spaces inside it not counting. Question matching first peels what questionnaires add around the name
 * ("3、张三", "第3题(张三)", "请评议—张三", "张三同志", "张三（党员）") and, failing that, looks for a
 * roster name inside the text; the mapping says which way each column matched so it can be checked.
 */

/** The roster as the import matches against it: the register's own index (read/names.ts). */
export type RosterIndex = Roster;

export { matchHeader, memberLabel, nameKey, rosterIndex, type MatchVia, type MemberMatch };

/** A question header's text without the question number, type hints, required marks and trailing colon. */
export function questionText(header: string): string {
  let t = toHalfWidth(header).replace(/\s+/g, " ").trim();
  t = t.replace(/^\*+|\*+$/g, "").trim();
  t = t.replace(/\s*[[【(]\s*(?:矩阵)?(?:单选题?|多选题?|填空题?|打分题?|量表题?|评分题?|必答|必填|required)\s*[\]】)]\s*$/i, "");
  t = t.replace(/[:?]\s*$/, "").trim();
  const numbered = /^(?:第\s*)?\d+\s*题?\s*\((.+)\)$/.exec(t) ?? /^(?:[Qq]\s*)?\d+(?:\.\d+)?\s*[、.:)]\s*(.+)$/.exec(t);
  return (numbered ? numbered[1] : t).trim();
}

/** Texts to try for a question header, most literal first. */
function questionTexts(header: string): string[] {
  const base = questionText(header);
  const out = [base];
  // A matrix row: "请对下列同志进行评议—张三", "评议 - 张三", "评议:张三".
  const parts = base.split(/\s*(?:—+|―|-{2,}|\s-\s|:)\s*/).filter(Boolean);
  if (parts.length > 1) out.push(parts[parts.length - 1]);
  for (const t of [...out]) {
    const bare = t
      .replace(/\s*\([^()]*\)$/, "")
      .replace(/同志$/, "")
      .trim();
    if (bare && bare !== t) out.push(bare);
  }
  return out;
}

/** The member a question column of an export asks about. */
export function matchQuestion(header: string, roster: RosterIndex): MemberMatch {
  let ambiguous: MemberMatch | null = null;
  for (const text of questionTexts(header)) {
    const m = matchHeader(text, roster);
    if (m.member) return m;
    if (m.candidates.length > 0 && !ambiguous) ambiguous = m;
  }
  return ambiguous ?? containsMatch(header, roster);
}

/** Roster names found inside the text ("请评价王建国同志的表现"); a name inside a longer found name does not count. */
function containsMatch(header: string, roster: RosterIndex): MemberMatch {
  const text = nameKey(questionText(header));
  const found = [...roster.byName.keys()].filter((name) => name.length >= 2 && text.includes(name));
  const names = found.filter((name) => !found.some((other) => other !== name && other.includes(name)));
  const candidates = names.flatMap((name) => roster.byName.get(name) ?? []);
  if (candidates.length === 1) return { member: candidates[0], candidates, via: "contains" };
  return { candidates, via: candidates.length > 0 ? "contains" : undefined };
}

/**
 * Roster members whose name is close to what a question column says, for a column that matched no one
 * (梁晓冬 typed for 梁晓东), by the register's near-name rule ({@link nearMembers}: one character apart). The
 * texts compared are those {@link matchQuestion} tries (the header without its number, its matrix label,
 * without 同志) and, for names of three characters or more, every stretch of the header. Offered first in
 * the picker, never applied: the column stays unmatched until the secretary chooses.
 */
export function nearMatches(header: string, roster: RosterIndex): Member[] {
  return nearMembers(questionTexts(header), roster, questionText(header));
}
