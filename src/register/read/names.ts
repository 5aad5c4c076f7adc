import type { Member } from "../../scheme/types";
import { toHalfWidth } from "./values";

/**
 * The one rule for which member a name names, wherever a person is named: a 民主评议 column header, a
 * ballot's 评议人, the 姓名 beside an 编号 (记实考核, 加减分, 承诺记实, 点评记录, 异议登记, 组织生活会), the
 * 准备本月 step's new columns and the ballot import. Spaces inside a name do not count — ASCII, full-width
 * (U+3000) and no-break — since names are often padded to line up with three-character names ("张  伟" is
 * 张伟); full-width letters are folded. A name that then fits two members names neither: the caller
 * reports it naming both. A name that fits no one may be one character off a roster name (刘小红 for
 * 刘晓红): {@link nearMembers} finds those, for the check's hint and the import's picker alike.
 */

/** The roster, indexed for the sheets and the import that name members. */
export interface Roster {
  members: readonly Member[];
  /** By 编号, upper case: IDs match case-insensitively. */
  byId: Map<string, Member>;
  /** By {@link nameKey}. */
  byName: Map<string, Member[]>;
}

/** A name as compared: half-width, without any space (ASCII, U+3000, no-break). */
export function nameKey(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]+/g, "");
}

/** True when two names are one name by {@link nameKey}. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * IDs match case-insensitively (D001 is d001: the roster reports such a pair as a duplicate); when two
 * members share an ID the first keeps it, so rows never silently go to the later one.
 */
export function rosterIndex(members: readonly Member[]): Roster {
  const byId = new Map<string, Member>();
  const byName = new Map<string, Member[]>();
  for (const m of members) {
    if (!byId.has(m.id.toUpperCase())) byId.set(m.id.toUpperCase(), m);
    const key = nameKey(m.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  return { members, byId, byName };
}

/** How a text matched a member. */
export type MatchVia = "id" | "name" | "contains";

export interface MemberMatch {
  /** The one member meant; absent when no one or several people match. */
  member?: Member;
  /** Everyone the text could mean (one when matched, several when ambiguous, none when unknown). */
  candidates: Member[];
  via?: MatchVia;
}

const NO_MATCH: MemberMatch = { candidates: [] };

/** The member a 民主评议 header or a 评议人 cell names: 姓名(编号), 编号, or a name one person has. */
export function matchHeader(text: string, roster: Roster): MemberMatch {
  const t = toHalfWidth(text).trim();
  if (!t) return NO_MATCH;
  const withId = /^(.*?)\(\s*([^()]+?)\s*\)$/.exec(t);
  if (withId) {
    const m = roster.byId.get((withId[2] as string).toUpperCase());
    if (m) return { member: m, candidates: [m], via: "id" };
  }
  const byId = roster.byId.get(t.toUpperCase());
  if (byId) return { member: byId, candidates: [byId], via: "id" };
  const named = roster.byName.get(nameKey(t)) ?? [];
  if (named.length === 1) return { member: named[0], candidates: named, via: "name" };
  return { candidates: named, via: named.length > 0 ? "name" : undefined };
}

/** A member as messages and the import's mapping show them: 张伟（D003）. */
export function memberLabel(member: Member): string {
  return `${member.name}（${member.id}）`;
}

/**
 * Roster members whose name is one character off one of `texts` (刘小红 for 刘晓红): the same number of
 * characters, exactly one different, spaces not counting; for names of three characters or more, also
 * one character off any stretch of `within` of the name's length ("请评价梁晓冬同志的表现"). Names that
 * sound alike but differ in two characters (章玮 for 张伟) would need a pinyin dictionary of every
 * character; one character apart covers the common slip of one homophone character. Roster order; at most five.
 */
export function nearMembers(texts: readonly string[], roster: Roster, within = ""): Member[] {
  const keys = texts.map(nameKey).filter(Boolean);
  const whole = [...nameKey(within)];
  const found = new Set<string>();
  for (const name of roster.byName.keys()) {
    const chars = [...name];
    if (chars.length < 2) continue;
    const near = keys.some((t) => oneApart([...t], chars)) || (chars.length >= 3 && stretches(whole, chars.length).some((t) => oneApart(t, chars)));
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
