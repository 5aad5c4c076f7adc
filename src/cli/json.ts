import type { Lang } from "../i18n/catalogue";
import type { MonthRun } from "../register/month-workflow";
import type { YearRun } from "../register/year-workflow";
import { daysInclusive } from "../scheme/dates";
import type { Problem } from "../scheme/problems";
import { publicityPeriod } from "../scheme/publicity";
import { readPlaceRef } from "../register/place-ref";

/** The --json document of `monthly`: numbers as numbers, absent values as null. */
export function monthJson(run: MonthRun, describe: (p: Problem) => string) {
  const status = run.blocked ? null : run.approvedOn ? "已通过" : "拟评";
  return {
    period: run.period,
    members: (run.result?.members ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      record: m.record,
      appraisal: m.appraisal,
      validMarks: m.validMarks,
      composite: m.composite,
      stars: m.stars,
      label: m.label,
      rank: m.rank,
      status,
    })),
    distribution: run.result?.distribution ?? null,
    // 每票优秀上限: the period's ballots counted, those void for too many 优秀, and the cap (null: none).
    ballots: run.result?.ballots ?? null,
    voidBallots: run.result?.ballots.void ?? null,
    approvedOn: run.blocked ? null : run.approvedOn,
    problems: run.problems.map((p) => problemJson(p, describe)),
  };
}

/** The --json document of `annual`: numbers as numbers, absent values as null. */
export function yearJson(run: YearRun, describe: (p: Problem) => string, lang: Lang = "zh-CN") {
  const finals = new Map((run.final?.members ?? []).map((m) => [m.id, m]));
  const period = run.publicity ? publicityPeriod(run.publicity.start, daysInclusive(run.publicity.start, run.publicity.end)) : null;
  const usage = run.blocked ? null : run.usage;
  return {
    year: run.year,
    members: (run.result?.members ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      recordAverage: m.recordAverage,
      monthsAssessed: m.monthsAssessed,
      annualAppraisal: m.annualAppraisal,
      appraisalSource: m.appraisalSource,
      score: m.score,
      stars: m.stars,
      label: m.label,
      finalStars: run.blocked ? null : (finals.get(m.id)?.finalStars ?? null),
    })),
    // The year-end appraisal's ballots (period YYYY): counted, void under 每票优秀上限, and the cap.
    annualBallots: run.result?.annualBallots ?? null,
    // The months the results rest on: from the first month with any input to the last (null: none).
    covers: run.result?.covers ?? null,
    publicity: period ? { start: period.start, end: period.end, text: lang === "en-US" ? period.textEn : period.text } : null,
    finalizedOn: run.blocked ? null : run.finalizedOn,
    candidates: usage ? usage.candidates.map((m) => ({ id: m.id, name: m.name, score: m.score, finalStars: m.finalStars })) : null,
    admonishments: usage ? usage.admonishments.map((a) => ({ id: a.member.id, name: a.member.name, score: a.member.score, deadline: a.deadline })) : null,
    problems: run.problems.map((p) => problemJson(p, describe)),
  };
}

/** One problem in a --json document: its sheet and cell apart. */
function problemJson(p: Problem, describe: (p: Problem) => string) {
  const { sheet, cell } = splitRef(p.place.ref);
  return { severity: p.severity, code: p.code, sheet, cell, message: describe(p) };
}

/** "民主评议!F7" → { sheet: "民主评议", cell: "F7" }; "'2026-11 评星'!A1" unquoted; a bare sheet name → cell null. */
export function splitRef(ref: string | undefined): { sheet: string | null; cell: string | null } {
  if (!ref) return { sheet: null, cell: null };
  const place = readPlaceRef(ref);
  return place ? { sheet: place.sheet, cell: place.address ?? null } : { sheet: ref, cell: null };
}
