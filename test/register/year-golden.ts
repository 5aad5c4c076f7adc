/**
 * The annual golden fixtures (test/fixtures/golden-year): their shape, how a step runs through a port,
 * and the summary of a run that a fixture expects. Shared by year-golden.test.ts and the fixtures'
 * builder (test/fixtures/golden-year/build.ts).
 */
import { parseAddress, type CellValue, type Grid } from "../../src/register/cells";
import type { WorkbookPort } from "../../src/register/port";
import { finalizeYear, generateYear, publishYear, type YearRun } from "../../src/register/year-workflow";

/** One step of the annual cycle, with the cells a person changes before it. */
export interface YearStep {
  action: "generate" | "publish" | "finalize";
  generatedAt: string;
  /** publish: the first day of the period. */
  start?: string;
  /** finalize: today. */
  today?: string;
  /** Cells typed by a person before the step ("异议登记", "E2", "不属实"). */
  edits?: { sheet: string; address: string; value: CellValue }[];
  expected: YearSummary;
}

export interface YearFixture {
  description: string;
  year: string;
  sheets: Record<string, Grid>;
  steps: YearStep[];
}

/** What a fixture expects of a run. `members` only where the fixture lists them (the first step). */
export interface YearSummary {
  blocked: boolean;
  written: string[];
  members?: Record<string, unknown>[];
  publicity: { start: string; end: string; text: string } | null;
  reasons: string[];
  openObjections: { id: string; received: string }[];
  finalizedOn: string | null;
  final: { id: string; proposedStars: number | null; finalStars: number | null; adjusted: boolean; label: string; feedback: string }[] | null;
  usage: { candidates: string[]; admonishments: { id: string; deadline: string }[]; unrated: string[]; nonParty: string[] } | null;
  problems: { severity: string; code: string; ref: string | null }[];
}

/** Runs one step through a port (after the person's edits, which the caller applies). */
export async function runStep(port: WorkbookPort, year: string, step: YearStep): Promise<YearRun> {
  const base = { year, generatedAt: step.generatedAt };
  if (step.action === "generate") return generateYear(port, base);
  if (step.action === "publish") return publishYear(port, { ...base, start: step.start as string });
  return finalizeYear(port, { ...base, today: step.today as string });
}

/** The summary a fixture compares. */
export function summarize(run: YearRun, withMembers: boolean): YearSummary {
  return {
    blocked: run.blocked,
    written: run.change ? run.sheetNames : [],
    ...(withMembers && {
      members: (run.result?.members ?? []).map((m) => ({
        id: m.id,
        name: m.name,
        kind: m.kind,
        monthsOnRoster: m.monthsOnRoster,
        monthsAssessed: m.monthsAssessed,
        recordAverage: m.recordAverage,
        annualAppraisal: m.annualAppraisal,
        annualValidMarks: m.annualValidMarks,
        appraisalSource: m.appraisalSource,
        score: m.score,
        stars: m.stars,
        label: m.label,
        rank: m.rank,
        flags: m.flags,
      })),
    }),
    publicity: run.publicity,
    reasons: run.reasons.map((p) => p.code),
    openObjections: run.openObjections.map((o) => ({ id: o.memberId, received: o.received })),
    finalizedOn: run.finalizedOn,
    final: run.final
      ? run.final.members.map((m) => ({
          id: m.id,
          proposedStars: m.proposedStars,
          finalStars: m.finalStars,
          adjusted: m.adjusted,
          label: m.label,
          feedback: m.feedback,
        }))
      : null,
    usage: run.usage
      ? {
          candidates: run.usage.candidates.map((m) => m.id),
          admonishments: run.usage.admonishments.map((a) => ({ id: a.member.id, deadline: a.deadline })),
          unrated: run.usage.unrated.map((m) => m.id),
          nonParty: run.usage.nonParty.map((m) => m.id),
        }
      : null,
    problems: run.problems.map((p) => ({ severity: p.severity, code: p.code, ref: p.place.ref ?? null })),
  };
}

/** Applies a step's edits to a grid map (for ports that take whole sheets). */
export function setCell(grid: Grid, address: string, value: CellValue): void {
  const { row, column } = parseAddress(address);
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length <= column) line.push(null);
  line[column] = value;
}
