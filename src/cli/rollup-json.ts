import type { Lang } from "../i18n/catalogue";
import { branchStateText, rollupMessages } from "../i18n/rollup";
import type { Rollup } from "../register/rollup/rollup";

/**
 * The --json document of `rollup`: `{period, branches: [{file, branch, state, distribution, …}], total:
 * {distribution}, …}`, each distribution shaped as `monthly --json`'s and absent for a branch that has no
 * generated results for the period. Numbers as numbers, absent values as null.
 */
export function rollupJson(result: Rollup, lang: Lang) {
  const r = rollupMessages(lang);
  const person = (m: Rollup["fiveStars"][number]) => ({
    branch: m.branch,
    file: m.file,
    id: m.id,
    name: m.name,
    group: m.group,
    kind: m.kind,
    score: m.score,
    label: m.label,
  });
  return {
    period: result.period,
    branches: result.branches.map((b) => ({
      file: b.file,
      branch: b.branch,
      secretary: b.secretary,
      state: b.state,
      stateText: branchStateText(b, lang),
      changedSinceGeneration: b.changed,
      stage: b.stage,
      generatedOn: (b.month ?? b.year)!.generatedOn,
      approvedOn: b.month?.approvedOn ?? null,
      publicity: (b.month ?? b.year)!.publicity,
      finalizedOn: b.year?.finalizedOn ?? null,
      assessed: b.assessed,
      ...(b.distribution && { distribution: b.distribution }),
      unscored: b.distribution ? b.distribution.unscored.党员 + b.distribution.unscored.党外 : null,
      unrated: b.distribution ? b.distribution.党员[0] + b.distribution.党外[0] : null,
      excellent: b.excellent,
      turnout: b.turnout && { ...b.turnout, rate: b.turnout.expected > 0 ? b.turnout.ballots / b.turnout.expected : null },
    })),
    total: {
      branches: result.branches.length,
      published: result.total.published,
      assessed: result.total.assessed,
      distribution: result.total.distribution,
      excellent: result.total.excellent,
    },
    fiveStars: result.fiveStars.map(person),
    unrated: result.unrated.map(person),
    candidates: result.candidates.map(person),
    admonitions: result.admonitions.map((a) => ({
      branch: a.branch,
      file: a.file,
      id: a.id,
      name: a.name,
      group: a.group,
      score: a.score,
      label: a.label,
      deadline: a.deadline,
    })),
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason, message: s.reason === "unreadable" && s.detail ? s.detail : r.skip[s.reason] })),
    warnings: result.warnings.map((w) => ({ code: w.code, files: w.files, message: r.warning(w) })),
  };
}
