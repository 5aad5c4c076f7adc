/**
 * Per-member tallies of appraisal marks, built in one pass over the ballots and exact at the end.
 *
 * Cost is linear in the number of marks: each mark updates its member's count, integer sum, minimum
 * and maximum in typed arrays (no BigInt, no allocation); a non-integer mark (e.g. 85.5) is kept aside
 * to be summed exactly. The mean is then formed once per member as an exact rational and rounded.
 */
import { GRADES } from "./settings";
import type { Mark } from "./types";
import { addDecimal, decimalOf, roundRatio, roundRational, subtractDecimal, type ScaledDecimal } from "./decimal";

/** Grade name → points, for the four known grades only (unknown names in settings are errors). */
export type GradeTable = ReadonlyMap<string, number>;

/** Builds the grade table from the settings' grade points. */
export function gradeTable(gradePoints: Readonly<Record<string, number>>): GradeTable {
  const table = new Map<string, number>();
  for (const grade of GRADES) {
    const points = gradePoints[grade];
    if (points !== undefined) table.set(grade, points);
  }
  return table;
}

/**
 * The points of a mark, or undefined when it is neither a known grade nor a number within 0–100.
 * Grade names are matched exactly, then trimmed.
 */
export function markPoints(mark: Mark, grades: GradeTable): number | undefined {
  if (typeof mark === "number") return mark >= 0 && mark <= 100 ? mark : undefined; // NaN fails both
  return grades.get(mark) ?? (typeof mark === "string" ? grades.get(mark.trim()) : undefined);
}

/** How an appraisal turned out. */
export type AppraisalStatus = "scored" | "票数不足" | "未评议";

/** The appraisal score of one member from their valid marks. */
export interface AppraisalOutcome {
  /** Rounded mean, null when there is no valid mark. */
  score: number | null;
  /** Valid marks counted (before any trimming). */
  validMarks: number;
  status: AppraisalStatus;
}

/** Options of the appraisal rules. */
export interface AppraisalRules {
  trimExtremes: boolean;
  minValidMarks: number;
  decimals: number;
}

/** Marks of many members, indexed by member position. */
export class MarkTally {
  private readonly count: Int32Array;
  private readonly integerSum: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly fractions = new Map<number, number[]>();

  constructor(size: number) {
    this.count = new Int32Array(size);
    this.integerSum = new Float64Array(size);
    this.min = new Float64Array(size).fill(Infinity);
    this.max = new Float64Array(size).fill(-Infinity);
  }

  /** Adds a valid mark's points (0–100) for the member at `index`. */
  add(index: number, points: number): void {
    this.count[index]++;
    if (Number.isInteger(points)) {
      // Marks are at most 100, so integer sums stay exact far beyond any real ballot count.
      this.integerSum[index] += points;
    } else {
      const list = this.fractions.get(index);
      if (list) list.push(points);
      else this.fractions.set(index, [points]);
    }
    if (points < (this.min[index] as number)) this.min[index] = points;
    if (points > (this.max[index] as number)) this.max[index] = points;
  }

  /** The number of valid marks of the member at `index`. */
  validMarks(index: number): number {
    return this.count[index] as number;
  }

  /**
   * The member's appraisal: mean of valid marks, exact, rounded half-up. With trimming on and at least
   * five valid marks, one highest and one lowest are dropped first. Fewer than `minValidMarks` valid
   * marks: the score stands, status 票数不足. None: 未评议.
   */
  outcome(index: number, rules: AppraisalRules): AppraisalOutcome {
    const n = this.count[index] as number;
    if (n === 0) return { score: null, validMarks: 0, status: "未评议" };
    const status: AppraisalStatus = n < rules.minValidMarks ? "票数不足" : "scored";
    const trim = rules.trimExtremes && n >= 5;
    const divisor = trim ? n - 2 : n;
    if (!this.fractions.has(index)) {
      // Integer marks only, the common case: an exact integer ratio on numbers.
      const total = (this.integerSum[index] as number) - (trim ? (this.min[index] as number) + (this.max[index] as number) : 0);
      if (total * 10 ** rules.decimals < 2 ** 52) {
        return { score: roundRatio(total, divisor, rules.decimals), validMarks: n, status };
      }
    }
    let total: ScaledDecimal = { units: BigInt(this.integerSum[index] as number), scale: 0 };
    for (const v of this.fractions.get(index) ?? []) total = addDecimal(total, decimalOf(v));
    if (trim) {
      total = subtractDecimal(total, addDecimal(decimalOf(this.min[index] as number), decimalOf(this.max[index] as number)));
    }
    const score = roundRational(total.units, BigInt(divisor) * 10n ** BigInt(total.scale), rules.decimals);
    return { score, validMarks: n, status };
  }
}
