/**
 * The renderers over results computed by the scheme engine (computeMonth), not built by hand.
 */
import { fingerprint } from "../../../src/register/render/fingerprint";
import { monthLogEntry, renderLogRow, renderLogSheet } from "../../../src/register/render/log-sheet";
import { MONTH_COLUMNS, renderMonthSheetWithLayout } from "../../../src/register/render/month-sheet";
import { renderPublicitySheet } from "../../../src/register/render/publicity-sheet";
import { computeMonth } from "../../../src/scheme/month";
import type { Ballot, Criterion, Member, RecordRow } from "../../../src/scheme/types";
import { assertWithinBounds, SETTINGS, valuesIn } from "./fixtures";

const criteria: Criterion[] = ["学习提高", "争创佳绩", "服务群众", "遵纪守法", "弘扬正气"].map((name, i) => ({
  code: `C${i + 1}`,
  category: `带头${name}`,
  name,
  max: 20,
}));

const members: Member[] = [
  { id: "D01", name: "张伟", kind: "党员", group: "一组" },
  { id: "D02", name: "=1+1", kind: "党员", group: "二组" },
  { id: "D03", name: "李娜", kind: "党员", group: "一组" },
  { id: "D04", name: "王芳", kind: "党员", group: "二组" },
  { id: "W01", name: "刘洋", kind: "党外", group: "办公室" },
];

const points = (each: number) => Object.fromEntries(criteria.map((c) => [c.code, each]));
const records: RecordRow[] = [
  { period: "2026-11", memberId: "D01", points: points(20) }, // 100
  { period: "2026-11", memberId: "D02", points: points(18) }, // 90
  { period: "2026-11", memberId: "D03", points: {}, exempt: true, exemptReason: "外出务工" },
  { period: "2026-11", memberId: "W01", points: points(19) }, // 95
];
const ballot = (no: string, marks: Record<string, string | number>): Ballot => ({
  period: "2026-11",
  ballotNo: no,
  marks: Object.entries(marks).map(([memberId, mark]) => ({ memberId, mark })),
});
const ballots: Ballot[] = [
  ballot("1", { D01: "优秀", D02: "合格", W01: "优秀" }),
  ballot("2", { D01: "优秀", D02: "合格", W01: "合格" }),
  ballot("3", { D01: 95, D02: "基本合格", W01: "优秀" }),
];

describe("rendering computed results", () => {
  const result = computeMonth({ period: "2026-11", settings: SETTINGS, members, criteria, records, adjustments: [], ballots });
  const ctx = { settings: SETTINGS, generatedAt: "2026-12-01T09:30:00+08:00" };

  it("renders the month sheet with the engine's ranks and distribution", () => {
    const { plan, layout } = renderMonthSheetWithLayout(result, ctx);
    assertWithinBounds(plan);
    const rows = plan.values.slice(layout.members.first, layout.members.last + 1);
    expect(rows.map((r) => r[MONTH_COLUMNS.id])).toEqual(result.members.filter((m) => m.kind === "党员").map((m) => m.id));
    expect(rows.map((r) => r[MONTH_COLUMNS.name])).toContain("=1+1");
    const counts = valuesIn(plan, plan.chart!.series[0].values);
    expect(counts).toEqual([...result.distribution.党员].reverse());
    expect(valuesIn(plan, plan.chart!.series[1].values)).toEqual([...result.distribution.党外].reverse());
  });

  it("renders the publicity sheet without ids", () => {
    const plan = renderPublicitySheet(result, ctx);
    assertWithinBounds(plan);
    const text = plan.values.flat().filter((v) => typeof v === "string");
    for (const m of members) expect(text).not.toContain(m.id);
    expect(text).not.toContain("外出务工");
  });

  it("logs the generation with the inputs' fingerprint", () => {
    const fp = fingerprint(new Map([["人员名册", members.map((m) => [m.id, m.name, m.kind])]]));
    const plan = renderLogSheet(null, renderLogRow(monthLogEntry(result, ctx.generatedAt, fp)));
    expect(plan.values[1]).toEqual([
      "2026-12-01 09:30:00",
      "月度评星",
      "2026-11",
      5,
      result.problems.filter((p) => p.severity === "error").length,
      result.problems.filter((p) => p.severity === "warning").length,
      fp,
      "",
      "monthly",
      "",
      "",
      "",
    ]);
  });
});
