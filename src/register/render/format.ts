/**
 * Small text and number-format helpers of the renderer. Pure: times are passed in as ISO text and
 * shown as written (no time-zone conversion, no clock).
 */
import { isIsoDate } from "../../scheme/dates";
import { decimalOf, decimalToNumber, multiplyDecimal } from "../../scheme/decimal";

/** The Excel number format of a score with `decimals` places: 0 → "0", 1 → "0.0", 2 → "0.00". */
export function scoreFormat(decimals: number): string {
  const places = Number.isInteger(decimals) && decimals > 0 ? Math.min(decimals, 20) : 0;
  return places === 0 ? "0" : `0.${"0".repeat(places)}`;
}

/** A weight fraction as an exact percentage: 0.3 → "30%", 0.275 → "27.5%". */
export function percentText(weight: number): string {
  if (!Number.isFinite(weight)) return String(weight);
  return `${decimalToNumber(multiplyDecimal(decimalOf(weight), { units: 100n, scale: 0 }))}%`;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?)?/;

/**
 * An ISO date-time as people read it, in the local time written in the text:
 * "2026-12-01T09:30:15+08:00" → "2026-12-01 09:30:15". Text that is not ISO is shown unchanged.
 * Callers pass the local time with its offset; a "Z" time is shown as UTC and marked so.
 */
export function dateTimeText(iso: string): string {
  const m = DATE_TIME.exec(iso.trim());
  if (!m) return iso;
  const utc = /Z$/i.test(iso.trim()) ? " UTC" : "";
  return m[2] ? `${m[1]} ${m[2]}${m[3] ?? ""}${utc}` : m[1];
}

/** The ISO date an ISO date-time begins with, or null. */
export function datePart(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = DATE_TIME.exec(iso.trim());
  return m && isIsoDate(m[1]) ? m[1] : null;
}

/** A signed number as text: 2 → "+2", -0.5 → "-0.5". */
export function signedText(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
