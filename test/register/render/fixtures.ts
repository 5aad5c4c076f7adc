/**
 * Hand-built month results for the renderer's tests, and a check that a plan stays within its values.
 */
import { parseAddress, type CellValue } from "../../../src/register/cells";
import type { SheetPlan } from "../../../src/register/sheet-plan";
import { compositeScore } from "../../../src/scheme/composite";
import { rankByComposite } from "../../../src/scheme/ranks";
import { distributionOf, FLAGS, type Flag, type MemberMonth, type MonthResult } from "../../../src/scheme/results";
import { withDefaults, type Settings } from "../../../src/scheme/settings";
import { starLabel, starsFor, starText } from "../../../src/scheme/stars";
import type { Kind } from "../../../src/scheme/types";

export const SETTINGS: Settings = withDefaults({ branchName: "机关第一党支部" });

export interface MemberSpec {
  id: string;
  name: string;
  kind?: Kind;
  group?: string;
  record?: number | null;
  appraisal?: number | null;
  validMarks?: number;
  exempt?: string;
  adjustmentTotal?: number;
}

/** A member's month as the engine would give it (composite, stars and label derived). */
export function member(spec: MemberSpec, settings: Settings = SETTINGS): MemberMonth {
  const exempt = spec.exempt !== undefined;
  const record = exempt ? null : spec.record === undefined ? 90 : spec.record;
  const appraisal = exempt ? null : spec.appraisal === undefined ? 90 : spec.appraisal;
  const validMarks = spec.validMarks ?? (appraisal === null ? 0 : 5);
  const recordStatus = exempt ? "不参评" : record === null ? "未考核" : "scored";
  const appraisalStatus = appraisal === null ? "未评议" : validMarks < settings.minValidMarks ? "票数不足" : "scored";
  const composite = compositeScore(appraisal, record, settings.appraisalWeight, settings.decimals, settings.recordWeight);
  const stars = composite === null ? null : starsFor(composite, settings.thresholds);
  const flags: Flag[] = [];
  if (recordStatus === "不参评") flags.push(FLAGS.exempt);
  if (recordStatus === "未考核") flags.push(FLAGS.noRecord);
  if (appraisalStatus === "未评议") flags.push(FLAGS.noAppraisal);
  if (appraisalStatus === "票数不足") flags.push(FLAGS.quorum);
  const status = recordStatus !== "scored" ? recordStatus : appraisalStatus === "未评议" ? "未评议" : undefined;
  return {
    id: spec.id,
    name: spec.name,
    kind: spec.kind ?? "党员",
    ...(spec.group !== undefined && { group: spec.group }),
    assessed: true,
    record,
    recordStatus,
    ...(exempt && { exemptReason: spec.exempt }),
    adjustmentTotal: spec.adjustmentTotal ?? 0,
    appraisal,
    validMarks,
    appraisalStatus,
    composite,
    stars,
    status: composite === null ? (recordStatus === "不参评" ? "exempt" : recordStatus === "未考核" ? "unassessed" : "unappraised") : null,
    label: starLabel(stars, status),
    starText: starText(stars),
    rank: null,
    flags,
  };
}

/** A month's results from members in any order: ranked and counted like the engine does. */
export function monthResult(members: MemberMonth[], settings: Settings = SETTINGS, period = "2026-11"): MonthResult {
  const ranked = rankByComposite(members, (m) => m.composite).map(({ item, rank }) => ({ ...item, rank }));
  return {
    period,
    members: ranked,
    distribution: distributionOf(ranked),
    excellent: ranked.filter((m) => m.stars !== null && m.stars >= settings.monthlyExcellentStars),
    ballots: { counted: 0, void: 0, excellentCap: null },
    problems: [],
  };
}

/** A branch of nine 党员 and three 党外 covering every star, the unscored states and a tie. */
export function sampleMembers(): MemberMonth[] {
  return [
    member({ id: "D003", name: "王芳", group: "第二党小组", record: 92, appraisal: 86 }), // 90.2 → 4
    member({ id: "D001", name: "张伟", group: "第一党小组", record: 98, appraisal: 96 }), // 97.4 → 5
    member({ id: "D002", name: "李娜", group: "第一党小组", record: 96, appraisal: 94 }), // 95.4 → 5
    member({ id: "D004", name: "刘洋", group: "第二党小组", record: 88, appraisal: 84, validMarks: 2 }), // 86.8 → 3, 票数不足
    member({ id: "D005", name: "陈静", group: "第三党小组", record: 88, appraisal: 84 }), // 86.8 → 3 (tie)
    member({ id: "D006", name: "杨磊", group: "第三党小组", record: 70, appraisal: 70, adjustmentTotal: -2 }), // 70.0 → 0
    member({ id: "D007", name: "赵敏", group: "第一党小组", record: null }), // 未考核
    member({ id: "D008", name: "黄强", group: "第二党小组", exempt: "长期病假" }), // 不参评
    member({ id: "D009", name: "周杰", group: "第三党小组", record: 82, appraisal: 78 }), // 80.8 → 2
    member({ id: "W002", name: "吴刚", kind: "党外", group: "办公室", record: 80, appraisal: 70 }), // 77.0 → 1
    member({ id: "W001", name: "郑红", kind: "党外", group: "财务科", record: 97, appraisal: 95 }), // 96.4 → 5
    member({ id: "W003", name: "孙丽", kind: "党外", group: "办公室", record: 90, appraisal: null }), // 未评议
  ];
}

/** Throws unless the values are rectangular and every format, merge, freeze, keep and chart range lies within them. */
export function assertWithinBounds(plan: SheetPlan): void {
  const rows = plan.values.length;
  const width = plan.values[0]?.length ?? 0;
  const problems: string[] = [];
  plan.values.forEach((row, i) => {
    if (row.length !== width) problems.push(`row ${i + 1} has ${row.length} cells, not ${width}`);
  });
  const inside = (range: string, what: string) => {
    for (const corner of range.replace(/\$/g, "").split(":")) {
      const { row, column } = parseAddress(corner);
      if (row >= rows || column >= width) problems.push(`${what} ${range} outside ${rows}×${width}`);
    }
  };
  for (const f of plan.formats ?? []) inside(f.range, "format");
  for (const m of plan.merges ?? []) inside(m, "merge");
  const boxes = (plan.merges ?? []).map((m) => {
    const [a, b = a] = m.split(":").map(parseAddress);
    return { m, top: a.row, left: a.column, bottom: b.row, right: b.column };
  });
  boxes.forEach((x, i) =>
    boxes.slice(i + 1).forEach((y) => {
      if (x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right) problems.push(`merges ${x.m} and ${y.m} overlap`);
    }),
  );
  for (const f of plan.formats ?? []) {
    for (const colour of [f.fill, f.font?.color]) if (colour !== undefined && !/^#[0-9A-F]{6}$/i.test(colour)) problems.push(`colour ${colour}`);
  }
  if (plan.chart) {
    inside(plan.chart.categories, "chart categories");
    for (const s of plan.chart.series) inside(s.values, "chart series");
    inside(plan.chart.anchor, "chart anchor");
  }
  if (plan.freeze && plan.freeze.rows > rows) problems.push(`freeze ${plan.freeze.rows} rows of ${rows}`);
  if (plan.columnWidths && plan.columnWidths.length > width) problems.push(`${plan.columnWidths.length} column widths for ${width} columns`);
  for (const r of Object.keys(plan.rowHeights ?? {})) if (Number(r) >= rows) problems.push(`row height for row ${r}`);
  const title = plan.print?.titleRows && /^\$(\d+):\$(\d+)$/.exec(plan.print.titleRows);
  if (plan.print?.titleRows && (!title || Number(title[2]) > rows)) problems.push(`title rows ${plan.print.titleRows}`);
  if (plan.name.length > 31 || /[:\\/?*[\]]/.test(plan.name)) problems.push(`sheet name ${plan.name}`);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/** The value at an A1 address. */
export function at(plan: SheetPlan, address: string): CellValue {
  const { row, column } = parseAddress(address);
  return plan.values[row]?.[column] ?? null;
}

/** The values of an A1 range, row-major. */
export function valuesIn(plan: SheetPlan, range: string): CellValue[] {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  const out: CellValue[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) out.push(plan.values[r]?.[c] ?? null);
  return out;
}

/** Every format whose range covers the cell. */
export function formatsAt(plan: SheetPlan, address: string) {
  const { row, column } = parseAddress(address);
  return (plan.formats ?? []).filter((f) => {
    const [a, b = a] = f.range.split(":");
    const from = parseAddress(a);
    const to = parseAddress(b);
    return row >= from.row && row <= to.row && column >= from.column && column <= to.column;
  });
}

/** The effective format of a cell: later formats override earlier ones, field by field. */
export function effectiveFormat(plan: SheetPlan, address: string) {
  const out: Record<string, unknown> = {};
  let font: Record<string, unknown> = {};
  for (const f of formatsAt(plan, address)) {
    const { range: _range, font: fFont, ...rest } = f;
    Object.assign(out, rest);
    if (fFont) font = { ...font, ...fFont };
  }
  return { ...out, font } as {
    numberFormat?: string;
    fill?: string;
    border?: string;
    horizontal?: string;
    font: { name?: string; size?: number; bold?: boolean; color?: string };
  };
}

/** Every text in the plan. */
export function allText(plan: SheetPlan): string[] {
  return plan.values.flat().filter((v): v is string => typeof v === "string" && v !== "");
}

/** The zero-based index of the first row whose first cells equal the given ones. */
export function rowStarting(plan: SheetPlan, ...cells: CellValue[]): number {
  return plan.values.findIndex((row) => cells.every((c, i) => row[i] === c));
}
