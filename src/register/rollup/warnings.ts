/**
 * What a committee must know before it compares its branches (docs/rules.md, 党委汇总): two files for one
 * 支部名称, one person assessed by two branches in the same month, a branch whose scoring settings differ
 * from the others', an appraisal with fewer ballots than half the members assessed, and a branch where every
 * member has the same star. Warnings are data (a code, the files concerned and the arguments); the edges
 * put them into words (src/i18n/rollup.ts). Pure.
 */
import { SETTING_TABLE, type SettingDef } from "../../scheme/setting-table";
import type { Settings } from "../../scheme/settings";
import type { BranchPerson, BranchRollup } from "./branch";

export type RollupWarningCode = "same-branch-name" | "person-in-two-branches" | "settings-differ" | "turnout-below-quorum" | "all-same-star";

export interface RollupWarning {
  code: RollupWarningCode;
  /** The files concerned, in the order given. */
  files: string[];
  args: Record<string, string | number | string[]>;
}

/**
 * The settings that make results comparable: weights, star thresholds, decimals, grade points, trimming,
 * the least valid marks, self-marking, the 优秀 cap per ballot, and the stars of 优秀 and of 评先评优.
 */
const COMPARED: readonly SettingDef[] = SETTING_TABLE.filter(
  (row) => ["weights", "thresholds", "grades", "appraisal"].includes(row.group) || ["monthlyExcellentStars", "commendationMinStars"].includes(row.key),
);

/** A table row's value in the settings, as text for comparison. */
export function settingText(settings: Settings, row: SettingDef): string {
  const field = (settings as Record<string, unknown>)[row.key];
  const value =
    row.index !== undefined ? (field as readonly unknown[])[row.index] : row.grade !== undefined ? (field as Record<string, unknown>)[row.grade] : field;
  return JSON.stringify(value ?? null);
}

/** The fewest members scored before "every member at the same star" says anything. */
export const SAME_STAR_MIN = 3;

/** Every warning of a roll-up, in the order of the codes above. */
export function rollupWarnings(branches: readonly BranchRollup[], period: string): RollupWarning[] {
  return [
    ...sameNames(branches),
    ...(period.length === 7 ? twoBranches(branches) : []),
    ...settingsDiffer(branches),
    ...lowTurnout(branches),
    ...sameStar(branches),
  ];
}

function sameNames(branches: readonly BranchRollup[]): RollupWarning[] {
  const byName = new Map<string, BranchRollup[]>();
  for (const b of branches) if (b.branch) byName.set(b.branch, [...(byName.get(b.branch) ?? []), b]);
  return [...byName]
    .filter(([, list]) => list.length > 1)
    .map(([branch, list]) => ({ code: "same-branch-name", files: list.map((b) => b.file), args: { branch } }));
}

/**
 * One person is the same 编号 with the same 姓名 (branches that number their members alone reuse 编号 for
 * different people), or the same 姓名 in the same 党小组.
 */
function twoBranches(branches: readonly BranchRollup[]): RollupWarning[] {
  const seen = new Map<string, { branch: BranchRollup; person: BranchPerson }[]>();
  for (const branch of branches) {
    const keys = new Map<string, BranchPerson>();
    for (const person of branch.people) {
      if (!person.name) continue;
      if (person.id) keys.set(`id\u0000${person.id.toUpperCase()}\u0000${person.name}`, person);
      if (person.group) keys.set(`group\u0000${person.name}\u0000${person.group}`, person);
    }
    for (const [key, person] of keys) seen.set(key, [...(seen.get(key) ?? []), { branch, person }]);
  }
  const out: RollupWarning[] = [];
  const said = new Set<string>();
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const files = list.map((x) => x.branch.file);
    const p = list[0].person;
    const key = `${p.name}\u0000${files.join("\u0000")}`;
    if (said.has(key)) continue;
    said.add(key);
    // Branches are named by 支部名称, and by their file too when two share one.
    const names = list.map((x) => x.branch.branch);
    const named = list.map((x) =>
      x.branch.branch && names.filter((n) => n === x.branch.branch).length === 1 ? x.branch.branch : `${x.branch.branch}（${x.branch.file}）`,
    );
    out.push({ code: "person-in-two-branches", files, args: { name: p.name, id: p.id, branches: named } });
  }
  return out;
}

/** Each branch whose compared settings differ from the value most branches have (the first seen on a tie). */
function settingsDiffer(branches: readonly BranchRollup[]): RollupWarning[] {
  if (branches.length < 2) return [];
  const differing = new Map<BranchRollup, string[]>();
  for (const row of COMPARED) {
    const counts = new Map<string, number>();
    for (const b of branches) counts.set(settingText(b.settings, row), (counts.get(settingText(b.settings, row)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const common = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
    for (const b of branches) if (settingText(b.settings, row) !== common) differing.set(b, [...(differing.get(b) ?? []), row.name]);
  }
  return [...differing].map(([b, settings]) => ({ code: "settings-differ", files: [b.file], args: { branch: b.branch || b.file, settings } }));
}

/** Fewer ballots than half the members assessed (the scheme's meeting rule: fewer than half is a warning). */
function lowTurnout(branches: readonly BranchRollup[]): RollupWarning[] {
  return branches
    .filter((b) => b.turnout !== null && b.turnout.expected > 0 && b.turnout.ballots * 2 < b.turnout.expected)
    .map((b) => ({
      code: "turnout-below-quorum",
      files: [b.file],
      args: { branch: b.branch || b.file, ballots: b.turnout!.ballots, expected: b.turnout!.expected },
    }));
}

function sameStar(branches: readonly BranchRollup[]): RollupWarning[] {
  const out: RollupWarning[] = [];
  for (const b of branches) {
    const scored = b.members.filter((m) => m.stars !== null);
    if (scored.length >= SAME_STAR_MIN && scored.every((m) => m.stars === scored[0].stars)) {
      out.push({ code: "all-same-star", files: [b.file], args: { branch: b.branch || b.file, stars: scored[0].stars!, members: scored.length } });
    }
  }
  return out;
}
