import type { Member } from "../../scheme/types";
import { toHalfWidth } from "../read/values";

/**
 * Matching what an export writes (a question header, a respondent's name, a 被评议人 cell) to roster
 * members. Strict matching is the register's own rule for a 民主评议 header — 姓名(编号), 编号, or a name
 * that one person has. Question matching first peels what questionnaires add around the name
 * ("3、张三", "第3题(张三)", "请评议—张三", "张三同志", "张三（党员）") and, failing that, looks for a
 * roster name inside the text; the mapping says which way each column matched so it can be checked.
 */

export interface RosterIndex {
  members: readonly Member[];
  /** By 编号, upper case. */
  byId: Map<string, Member>;
  /** By 姓名 without spaces. */
  byName: Map<string, Member[]>;
}

/** How a column or cell matched a member. */
export type MatchVia = "id" | "name" | "contains";

export interface MemberMatch {
  /** The one member meant; absent when no one or several people match. */
  member?: Member;
  /** Everyone the text could mean (one when matched, several when ambiguous, none when unknown). */
  candidates: Member[];
  via?: MatchVia;
}

const NO_MATCH: MemberMatch = { candidates: [] };

/** A name as compared: half-width, without spaces (名册 and 问卷 often pad two-character names: "张  伟"). */
export function nameKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

export function rosterIndex(members: readonly Member[]): RosterIndex {
  const byId = new Map<string, Member>();
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    if (!byId.has(m.id.toUpperCase())) byId.set(m.id.toUpperCase(), m);
    const key = nameKey(m.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  return { members, byId, byName };
}

/** The register's rule for a 民主评议 header or a 评议人 cell: 姓名(编号), 编号, or a name one person has. */
export function matchHeader(text: string, roster: RosterIndex): MemberMatch {
  const t = toHalfWidth(text).trim();
  if (!t) return NO_MATCH;
  const withId = /^(.*?)\(\s*([^()]+?)\s*\)$/.exec(t);
  if (withId) {
    const m = roster.byId.get(withId[2].toUpperCase());
    if (m) return { member: m, candidates: [m], via: "id" };
  }
  const byId = roster.byId.get(t.toUpperCase());
  if (byId) return { member: byId, candidates: [byId], via: "id" };
  const named = roster.byName.get(nameKey(t)) ?? [];
  if (named.length === 1) return { member: named[0], candidates: named, via: "name" };
  return { candidates: named, via: named.length > 0 ? "name" : undefined };
}

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
 * (梁晓冬 typed for 梁晓东): the same number of characters with exactly one different. The texts compared
 * are those {@link matchQuestion} tries (the header without its number, its matrix label, without 同志);
 * for names of three characters or more, also every stretch of the header of the name's length
 * ("请评价梁晓冬同志的表现"). Offered first in the picker, never applied: the column stays unmatched until the
 * secretary chooses. Names that sound alike but differ in two characters (章玮 for 张伟) would need a
 * pinyin dictionary of every character (a new dependency in the import chunk); one character apart already
 * covers the common slip of one homophone character, so that is the rule. Roster order; at most five.
 */
export function nearMatches(header: string, roster: RosterIndex): Member[] {
  const texts = questionTexts(header).map(nameKey).filter(Boolean);
  const whole = nameKey(questionText(header));
  const found = new Set<string>();
  for (const name of roster.byName.keys()) {
    const chars = [...name];
    if (chars.length < 2) continue;
    const near = texts.some((t) => oneApart([...t], chars)) || (chars.length >= 3 && stretches([...whole], chars.length).some((t) => oneApart(t, chars)));
    if (near) found.add(name);
  }
  return roster.members.filter((m) => found.has(nameKey(m.name))).slice(0, 5);
}

/** Same length, exactly one position different. */
function oneApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length && differ < 2; i++) if (a[i] !== b[i]) differ++;
  return differ === 1;
}

function stretches(chars: readonly string[], length: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + length <= chars.length; i++) out.push(chars.slice(i, i + length));
  return out;
}

/** A member as the mapping shows them: 张伟（D003）. */
export function memberLabel(member: Member): string {
  return `${member.name}（${member.id}）`;
}
