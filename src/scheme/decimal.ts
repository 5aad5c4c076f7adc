/**
 * Exact decimal arithmetic on the numbers the engine publishes.
 *
 * A JavaScript number is read as the decimal of its shortest round-trip representation
 * (`String(92.85)` is "92.85", although the binary value is 92.8499999…). Every sum, product and mean
 * is then done on scaled BigInt integers, so that rounding half-up is decimal-exact: 92.85 → 92.9,
 * 89.95 → 90.0, exactly as a person checking the publicised numbers by hand would round.
 * The tests prove the method against decimal.js.
 */
import { SchemeArgumentError } from "./errors";

/** An exact decimal: `units` × 10^-`scale` (scale ≥ 0). */
export interface ScaledDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;
const MAX_DECIMALS = 20;

/** The exact decimal of a finite number's shortest round-trip representation. */
export function decimalOf(value: number): ScaledDecimal {
  if (!Number.isFinite(value)) throw new SchemeArgumentError(`Expected a finite number, got ${value}`);
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
  // ECMAScript Number::toString yields the shortest digits that round-trip, possibly in e-notation.
  const m = NUMBER_TEXT.exec(String(value)) as RegExpExecArray;
  const fraction = m[3] ?? "";
  let units = BigInt(m[2] + fraction);
  let scale = fraction.length - Number(m[4] ?? 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: m[1] === "-" ? -units : units, scale };
}

/** Brings a decimal to a larger scale without changing its value. */
function rescale(x: ScaledDecimal, scale: number): bigint {
  return scale === x.scale ? x.units : x.units * 10n ** BigInt(scale - x.scale);
}

/** a + b, exactly. */
export function addDecimal(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** a − b, exactly. */
export function subtractDecimal(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return addDecimal(a, { units: -b.units, scale: b.scale });
}

/** a × b, exactly. */
export function multiplyDecimal(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Compares two decimals: negative, zero or positive. */
export function compareDecimal(a: ScaledDecimal, b: ScaledDecimal): number {
  const scale = Math.max(a.scale, b.scale);
  const d = rescale(a, scale) - rescale(b, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** The number nearest to a decimal (parsing its text is correctly rounded). */
export function decimalToNumber(x: ScaledDecimal): number {
  return x.scale === 0 ? Number(x.units) : Number(`${x.units}e-${x.scale}`);
}

/**
 * Rounds the rational `numerator / denominator` half-up (halves away from zero, like Excel's ROUND
 * and 四舍五入) to `decimals` places and returns the nearest number.
 */
export function roundRational(numerator: bigint, denominator: bigint, decimals: number): number {
  checkDecimals(decimals);
  if (denominator <= 0n) throw new SchemeArgumentError("Denominator must be positive");
  const negative = numerator < 0n;
  const scaled = (negative ? -numerator : numerator) * 10n ** BigInt(decimals);
  let quotient = scaled / denominator;
  if (2n * (scaled % denominator) >= denominator) quotient += 1n;
  if (quotient === 0n) return 0;
  return decimalToNumber({ units: negative ? -quotient : quotient, scale: decimals });
}

/** Rounds an exact decimal half-up to `decimals` places. */
export function roundDecimal(x: ScaledDecimal, decimals: number): number {
  if (x.scale <= decimals) {
    checkDecimals(decimals);
    return x.units === 0n ? 0 : decimalToNumber(x);
  }
  return roundRational(x.units, 10n ** BigInt(x.scale), decimals);
}

/** Largest magnitude for the fast hundredths path: keeps every intermediate product a safe integer. */
const FAST_LIMIT = 1e9;

/**
 * Fast exact path: the integer n with n / 100 === value when `value` (read as its shortest decimal)
 * has at most two decimals and |value| ≤ 1e9; otherwise undefined. Two distinct decimals of at most
 * two places differ by ≥ 0.01, far more than a double's spacing below 1e9, so n / 100 === value proves
 * that the shortest decimal of `value` is n hundredths.
 */
export function hundredthsOf(value: number): number | undefined {
  if (!(Math.abs(value) <= FAST_LIMIT)) return undefined; // also rejects NaN
  if (Number.isInteger(value)) return value * 100;
  const n = Math.round(value * 100);
  return n / 100 === value ? n : undefined;
}

/**
 * Rounds the exact value `n` × 10^-`scale` (n a safe integer, |n| < 2^52) half-up to `decimals`
 * places using integer arithmetic on numbers; the twin of {@link roundRational} for the fast path.
 */
export function roundScaledInteger(n: number, scale: number, decimals: number): number {
  if (decimals >= scale) return n === 0 ? 0 : n / 10 ** scale;
  return roundRatio(n, 10 ** scale, decimals);
}

/**
 * Rounds `numerator / denominator` half-up to `decimals` places with integer arithmetic on numbers.
 * Precondition: integers with |numerator| · 10^decimals + denominator < 2^53, denominator > 0.
 * Then Math.floor(a / d) is exact: with a = q·d + r (0 ≤ r < d) the true quotient is at least 1/d
 * below q + 1, while the float division errs by at most (q + 1) · 2^-53 < 1/d because (q + 1)·d ≤ a + d < 2^53.
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number {
  const a = Math.abs(numerator) * 10 ** decimals;
  let q = Math.floor(a / denominator);
  const r = a - q * denominator;
  if (2 * r >= denominator) q += 1;
  if (q === 0) return 0;
  const value = q / 10 ** decimals;
  return numerator < 0 ? -value : value;
}

/**
 * Rounds half-up, decimal-exact, on the shortest decimal representation of `value`:
 * roundHalfUp(92.85, 1) = 92.9, roundHalfUp(89.95, 1) = 90, roundHalfUp(1.005, 2) = 1.01.
 * Negative halves round away from zero (−2.5 → −3), like Excel's ROUND. Throws for a non-finite value
 * or `decimals` outside 0–20 (programmer mistakes).
 */
export function roundHalfUp(value: number, decimals: number): number {
  checkDecimals(decimals);
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const h = hundredthsOf(value);
  if (h !== undefined) return roundScaledInteger(h, 2, decimals);
  return roundDecimal(decimalOf(value), decimals);
}

/** Exact sum of numbers (each read as its shortest decimal). */
export function sumDecimal(values: readonly number[]): ScaledDecimal {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return sum.total();
}

/**
 * The mean of numbers computed exactly and rounded half-up to `decimals` places;
 * null for an empty list.
 */
export function meanHalfUp(values: readonly number[], decimals: number): number | null {
  if (values.length === 0) return null;
  checkDecimals(decimals);
  let hundredths = 0;
  for (const v of values) {
    const h = hundredthsOf(v);
    if (h === undefined) return meanExact(values, decimals);
    hundredths += h;
  }
  // |sum| ≤ 1e11 · count and decimals ≤ 20 could still overflow: only take the fast path when safe.
  if (Math.abs(hundredths) * 10 ** decimals < 2 ** 52) return roundRatio(hundredths, values.length * 100, decimals);
  return meanExact(values, decimals);
}

function meanExact(values: readonly number[], decimals: number): number {
  const total = sumDecimal(values);
  return roundRational(total.units, BigInt(values.length) * 10n ** BigInt(total.scale), decimals);
}

/**
 * An exact running sum. Integers, the common case (grade points, whole scores), are added as
 * plain numbers, exact while the sum stays a safe integer; anything else goes to a BigInt decimal.
 */
export class ExactSum {
  private integers = 0;
  private rest: ScaledDecimal = { units: 0n, scale: 0 };

  /** Adds a finite number. */
  add(value: number): void {
    if (Number.isInteger(value)) {
      const next = this.integers + value;
      if (Number.isSafeInteger(next)) {
        this.integers = next;
        return;
      }
    }
    this.rest = addDecimal(this.rest, decimalOf(value));
  }

  /** The exact total so far. */
  total(): ScaledDecimal {
    return addDecimal(this.rest, { units: BigInt(this.integers), scale: 0 });
  }
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new SchemeArgumentError(`decimals must be an integer 0–${MAX_DECIMALS}, got ${decimals}`);
  }
}

/**
 * Formats an already rounded number with exactly `decimals` places: 90 → "90.0".
 * (toFixed is exact here because the number is the double nearest to a `decimals`-place decimal.)
 */
export function formatScore(value: number, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
