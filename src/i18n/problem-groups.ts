/**
 * Problems of one kind, grouped: 300 self-marks excluded are one line with the count and the
 * first cells, not 300 lines; errors first. The pane expands a group; the command line prints its line.
 */
import type { Problem } from "../scheme/problems";
import type { Lang } from "./catalogue";

/** Problems sharing a code and a severity, in the order they were found. */
export interface ProblemGroup {
  code: Problem["code"];
  severity: Problem["severity"];
  problems: Problem[];
}

/** From how many problems of one kind on they are shown as one group. */
export const GROUP_FROM = 4;
/** Cells named in a group's line. */
export const GROUP_CELLS = 3;

/** Groups by severity and code: errors first, each kind where it first appeared. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.code}`;
    const group = groups.get(key) ?? { code: p.code, severity: p.severity, problems: [] };
    group.problems.push(p);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.severity === "error"), ...all.filter((g) => g.severity !== "error")];
}

/** "（同类共 300 处：民主评议!F7、民主评议!G7、民主评议!H7 等）" — the count and the first cells. */
export function groupSuffix(group: ProblemGroup, lang: Lang): string {
  const refs = group.problems.map((p) => p.place.ref).filter((r): r is string => Boolean(r));
  const first = refs.slice(0, GROUP_CELLS);
  const more = refs.length > first.length;
  if (lang === "zh-CN") return `（同类共 ${group.problems.length} 处${first.length ? `：${first.join("、")}${more ? " 等" : ""}` : ""}）`;
  return ` (${group.problems.length} of this kind${first.length ? `: ${first.join(", ")}${more ? " …" : ""}` : ""})`;
}

/**
 * The lines the command line prints: a problem alone, or — from {@link GROUP_FROM} of one kind on — its
 * first problem with the group's count and first cells.
 */
export function problemLines(problems: readonly Problem[], describe: (p: Problem) => string, lang: Lang): string[] {
  const tag = (p: Problem) => `  [${p.severity === "error" ? "错误/error" : "提醒/warning"}] `;
  return groupProblems(problems).flatMap((g) =>
    g.problems.length >= GROUP_FROM
      ? [`${tag(g.problems[0])}${describe(g.problems[0])}${groupSuffix(g, lang)}`]
      : g.problems.map((p) => `${tag(p)}${describe(p)}`),
  );
}
