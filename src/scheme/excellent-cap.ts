/**
 * The cap on 优秀 per ballot (每票优秀上限, docs/rules.md "Cap on 优秀 per ballot"): a ballot that rates more
 * members 优秀 than ⌊share × members assessed⌋ is void. The share is an exact fraction (1/3, 33/100), so
 * that the cap is computed in integers: 1/3 of 24 is 8 (never 7 from 0.333… × 24 in binary floating
 * point), 1/3 of 25 is 8, 33% of 25 is ⌊8.25⌋ = 8, 0.33 of 3 is 0.
 */
import { decimalOf } from "./decimal";

/** A share of the members assessed: numerator / denominator, both integers, reduced. */
export interface Share {
  numerator: number;
  denominator: number;
}

/** True for a share the scheme accepts: integers, denominator > 0, 0 ≤ share ≤ 1. */
export function isValidShare(share: Share): boolean {
  const { numerator: n, denominator: d } = share;
  return Number.isSafeInteger(n) && Number.isSafeInteger(d) && d > 0 && n >= 0 && n <= d;
}

/**
 * The cap for a period: ⌊share × assessed⌋ in exact integer arithmetic, or null when there is no cap
 * (share null). `assessed` counts the members assessed in the period as docs/rules.md defines it — on the
 * roster on the period's last day — 党员 and 党外 together, including those 不参评 or 未考核 that month (for
 * the annual appraisal, those assessed in December).
 */
export function excellentCap(share: Share | null, assessed: number): number | null {
  if (share === null) return null;
  // BigInt: numerator × assessed may pass 2^53 for a share written with many decimals.
  return Number((BigInt(share.numerator) * BigInt(assessed)) / BigInt(share.denominator));
}

/** The reduced fraction n/d (d > 0); null when either is not a safe integer. */
export function shareOf(numerator: number, denominator: number): Share | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) return null;
  const sign = denominator < 0 ? -1 : 1;
  const g = gcd(Math.abs(numerator), Math.abs(denominator)) || 1;
  return { numerator: (sign * numerator) / g, denominator: (sign * denominator) / g };
}

/** Denominators tried when a cell holds the binary result of a formula such as =1/3. */
const MAX_SNAP_DENOMINATOR = 100;

/**
 * The share of a number as a cell holds it: the exact decimal of its shortest text (0.33 → 33/100,
 * 0.25 → 1/4). A number with more than nine decimals is the binary result of a formula (=1/3 gives
 * 0.3333333333333333): it is read as the fraction p/q (q ≤ 100) within 1e-12 of it when there is one,
 * so that =1/3 means exactly one third. Null when the number has no exact safe fraction.
 */
export function shareFromNumber(value: number): Share | null {
  if (!Number.isFinite(value)) return null;
  const exact = decimalOf(value);
  if (exact.scale > 9) {
    for (let q = 1; q <= MAX_SNAP_DENOMINATOR; q++) {
      const p = Math.round(value * q);
      if (Math.abs(value - p / q) < 1e-12) return shareOf(p, q);
    }
  }
  if (exact.scale > 15) return null;
  return shareOf(Number(exact.units), 10 ** exact.scale);
}

/** A share as the sheets print it: 33% when it is a whole or one-decimal percentage, else 1/3. */
export function shareText(share: Share): string {
  const percent = (share.numerator * 1000) / share.denominator;
  if (Number.isInteger(percent)) return `${percent / 10}%`;
  return `${share.numerator}/${share.denominator}`;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
