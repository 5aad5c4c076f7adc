/**
 * The record-based score (记实考核得分): criterion points plus the adjustments ledger, clamped to 0–100.
 */
import { compareDecimal, decimalToNumber, ExactSum, hundredthsOf, roundDecimal, roundScaledInteger, sumDecimal, type ScaledDecimal } from "./decimal";
import { problem, type Place, type Problem } from "./problems";
import type { Adjustment, Criterion, RecordRow } from "./types";

/** 记实考核 status of a member's month. */
export type RecordStatus = "scored" | "未考核" | "不参评";

const ZERO: ScaledDecimal = { units: 0n, scale: 0 };
const HUNDRED: ScaledDecimal = { units: 100n, scale: 0 };

/**
 * record = clamp(Σ criterion points + Σ adjustments, 0, 100), summed exactly and rounded half-up to
 * `decimals`. The inputs are taken as valid; {@link memberRecord} validates a record row first.
 */
export function recordScore(points: readonly number[], adjustments: readonly number[], decimals: number): number {
  const fast = sumHundredths(points, sumHundredths(adjustments, 0));
  if (fast !== undefined) return roundScaledInteger(Math.min(Math.max(fast, 0), 10_000), 2, decimals);
  const sum = new ExactSum();
  for (const p of points) sum.add(p);
  for (const a of adjustments) sum.add(a);
  let total = sum.total();
  if (compareDecimal(total, ZERO) < 0) total = ZERO;
  else if (compareDecimal(total, HUNDRED) > 0) total = HUNDRED;
  return roundDecimal(total, decimals);
}

/** A member's record for one month. */
export interface RecordOutcome {
  record: number | null;
  status: RecordStatus;
  exemptReason?: string;
  /** Σ adjustments counted (exact, before clamping); 0 when none. */
  adjustmentTotal: number;
  problems: Problem[];
}

/**
 * Evaluates a member's month from their record row (if any) and their adjustments of that month.
 * - No row: 未考核, no score, warning 'record.missing'.
 * - Row marked 不参评: no score and no warning about it; without a reason, a warning.
 * - Points must be numbers within 0–the criterion's max: anything else is an error on that cell and is
 *   never clamped (the out-of-range number is still summed, so the error is visible, not hidden).
 * - A blank criterion is an error on that cell: a member who earned nothing there gets a written 0, so
 *   that a forgotten cell never reaches a 公示 as 0 (docs/rules.md, record-based score).
 * - Points under a code that is not a criterion: error, not counted.
 * - Adjustments for a member without a scored record (未考核 or 不参评) change nothing: warning.
 */
export function memberRecord(
  row: RecordRow | undefined,
  adjustments: readonly Adjustment[],
  criteria: readonly Criterion[],
  decimals: number,
  place: { member: string; period: string },
): RecordOutcome {
  const problems: Problem[] = [];
  const counted: number[] = [];
  for (const a of adjustments) {
    const where = { ...place, ref: a.ref };
    if (!Number.isFinite(a.points)) {
      problems.push(problem("adjustment.points-invalid", where, { points: String(a.points) }));
      continue;
    }
    if (!a.reason || !a.reason.trim()) problems.push(problem("adjustment.reason-missing", where));
    counted.push(a.points);
  }
  const adjustmentTotal = decimalToNumber(sumDecimal(counted));
  if (!row || row.exempt) {
    for (const a of adjustments) {
      problems.push(problem("adjustment.without-record", { ...place, ref: a.ref }, { status: row ? "不参评" : "未考核" }));
    }
    if (!row) return { record: null, status: "未考核", adjustmentTotal, problems: [...problems, problem("record.missing", place)] };
    const reason = row.exemptReason?.trim();
    if (!reason) problems.push(problem("record.exempt-without-reason", { ...place, ref: row.ref }));
    return { record: null, status: "不参评", exemptReason: reason || undefined, adjustmentTotal, problems };
  }
  const points: number[] = [];
  let present = 0;
  for (const c of criteria) {
    const value = row.points[c.code];
    if (value !== undefined) present++;
    if (value === null || value === undefined) {
      problems.push(problem("record.points-blank", cellOf(row, c.code, place), { criterion: c.name }));
    } else if (!Number.isFinite(value)) {
      problems.push(problem("record.points-invalid", cellOf(row, c.code, place), { criterion: c.name, value: String(value) }));
    } else {
      if (value < 0 || value > c.max) {
        problems.push(problem("record.points-out-of-range", cellOf(row, c.code, place), { criterion: c.name, value, max: c.max }));
      }
      points.push(value);
    }
  }
  const keys = Object.keys(row.points);
  if (keys.length > present) {
    // Only when some key is not a criterion code (rare): find which.
    const known = new Set(criteria.map((c) => c.code));
    for (const code of keys) {
      if (!known.has(code)) problems.push(problem("record.unknown-criterion", cellOf(row, code, place), { code }));
    }
  }
  return { record: recordScore(points, counted, decimals), status: "scored", adjustmentTotal, problems };
}

/** Σ values in hundredths added to `start`, exact; undefined when a value has more than two decimals. */
function sumHundredths(values: readonly number[], start: number | undefined): number | undefined {
  let total = start;
  for (const v of values) {
    if (total === undefined) return undefined;
    const h = hundredthsOf(v);
    total = h === undefined ? undefined : total + h;
  }
  return total;
}

/** The place of one criterion's cell in a record row. */
function cellOf(row: RecordRow, code: string, place: { member: string; period: string }): Place {
  return { ...place, criterion: code, ref: row.pointRefs?.[code] ?? row.ref };
}
