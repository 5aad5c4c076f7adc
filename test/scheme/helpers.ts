/**
 * Builders for scheme tests: small, explicit inputs.
 */
import { DEFAULT_CRITERIA } from "../../src/scheme/criteria";
import { type MonthInput } from "../../src/scheme/month";
import { type Problem } from "../../src/scheme/problems";
import { DEFAULT_SETTINGS, type Settings } from "../../src/scheme/settings";
import { type Adjustment, type Ballot, type Kind, type Mark, type Member, type RecordRow } from "../../src/scheme/types";
import { type YearInput } from "../../src/scheme/year";

export const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

export const member = (id: string, over: Partial<Member> = {}): Member => ({
  id,
  name: `姓名${id}`,
  kind: "党员" as Kind,
  ...over,
});

/** A record row whose five default criteria add up to `total` (spread over C1..C5, max 20 each). */
export const record = (period: string, memberId: string, total: number, over: Partial<RecordRow> = {}): RecordRow => {
  const points: Record<string, number> = {};
  let rest = total;
  for (const c of DEFAULT_CRITERIA) {
    const p = Math.min(20, Math.max(0, rest));
    points[c.code] = Math.round(p * 100) / 100;
    rest = Math.round((rest - p) * 100) / 100;
  }
  return { period, memberId, points, ref: `记实考核!${memberId}`, ...over };
};

export const adjustment = (period: string, memberId: string, points: number, over: Partial<Adjustment> = {}): Adjustment => ({
  period,
  memberId,
  points,
  reason: "事由",
  ...over,
});

let ballotSerial = 0;
/** A ballot with marks given as { memberId: mark }. */
export const ballot = (period: string, marks: Record<string, Mark>, over: Partial<Ballot> = {}): Ballot => ({
  period,
  ballotNo: `B${++ballotSerial}`,
  marks: Object.entries(marks).map(([memberId, mark]) => ({ memberId, mark, ref: `民主评议!${memberId}` })),
  ...over,
});

/** `count` anonymous ballots giving every listed member the same mark. */
export const ballots = (period: string, count: number, marks: Record<string, Mark>, over: Partial<Ballot> = {}): Ballot[] =>
  Array.from({ length: count }, () => ballot(period, marks, over));

export const monthInput = (period: string, over: Partial<MonthInput> = {}): MonthInput => ({
  period,
  settings: DEFAULT_SETTINGS,
  members: [],
  criteria: DEFAULT_CRITERIA,
  records: [],
  adjustments: [],
  ballots: [],
  ...over,
});

export const yearInput = (year: string, over: Partial<YearInput> = {}): YearInput => ({
  year,
  settings: DEFAULT_SETTINGS,
  members: [],
  criteria: DEFAULT_CRITERIA,
  records: [],
  adjustments: [],
  ballots: [],
  ...over,
});

export const codes = (problems: readonly Problem[]): string[] => problems.map((p) => p.code);

export const withCode = (problems: readonly Problem[], code: string): Problem[] => problems.filter((p) => p.code === code);
