/**
 * Pure date helpers over ISO strings: dates 'YYYY-MM-DD', months 'YYYY-MM', years 'YYYY'.
 * No clock: "today" is always a parameter. Date.UTC is used only for day arithmetic.
 * ISO strings of one kind compare correctly as strings, which the engine relies on.
 */
import { InvalidDateError } from "./errors";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const YEAR_PATTERN = /^\d{4}$/;
const MS_PER_DAY = 86_400_000;

/** A calendar date split into numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Days in a month of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** True for a month written 'YYYY-MM'. */
export function isIsoMonth(value: string): boolean {
  const m = MONTH_PATTERN.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** True for a year written 'YYYY'. */
export function isIsoYear(value: string): boolean {
  return YEAR_PATTERN.test(value);
}

/** Splits an ISO date; throws {@link InvalidDateError} for anything else. */
export function parseIsoDate(value: string): DateParts {
  if (!isIsoDate(value)) throw new InvalidDateError(value, "YYYY-MM-DD");
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
}

/** Formats date parts as 'YYYY-MM-DD'. */
export function formatIsoDate(parts: DateParts): string {
  return `${String(parts.year).padStart(4, "0")}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

/** Throws {@link InvalidDateError} unless the value is a 'YYYY-MM' month. */
export function assertIsoMonth(value: string): void {
  if (!isIsoMonth(value)) throw new InvalidDateError(value, "YYYY-MM");
}

/** Throws {@link InvalidDateError} unless the value is a 'YYYY' year. */
export function assertIsoYear(value: string): void {
  if (!isIsoYear(value)) throw new InvalidDateError(value, "YYYY");
}

/** The date `days` days after (or before, if negative) an ISO date. */
export function addDays(date: string, days: number): string {
  const p = parseIsoDate(date);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day) + days * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * The same day `months` months later, clamped to the month's end: 2026-11-30 + 3 → 2027-02-28,
 * 2027-01-31 + 1 → 2027-02-28 (the convention of Excel's EDATE).
 */
export function addMonths(date: string, months: number): string {
  const p = parseIsoDate(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/** The last day of a 'YYYY-MM' month as an ISO date. */
export function lastDayOfMonth(month: string): string {
  assertIsoMonth(month);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${pad2(daysInMonth(year, m))}`;
}

/** The first day of a 'YYYY-MM' month as an ISO date. */
export function firstDayOfMonth(month: string): string {
  assertIsoMonth(month);
  return `${month}-01`;
}

/** The 'YYYY-MM' month of an ISO date. */
export function monthOf(date: string): string {
  parseIsoDate(date);
  return date.slice(0, 7);
}

/** The twelve months of a year, '2026-01' … '2026-12'. */
export function monthsOfYear(year: string): string[] {
  assertIsoYear(year);
  return Array.from({ length: 12 }, (_, i) => `${year}-${pad2(i + 1)}`);
}

/** Calendar days from `start` to `end`, both included (start = end gives 1). */
export function daysInclusive(start: string, end: string): number {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / MS_PER_DAY) + 1;
}

/** '2026-12-01' → '2026年12月1日'. */
export function chineseDate(date: string): string {
  const p = parseIsoDate(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** '2026-11' → '2026年11月'. */
export function chineseMonth(month: string): string {
  assertIsoMonth(month);
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
}

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** '2026-12-01' → 'December 1, 2026' (en-US). */
export function englishDate(date: string): string {
  const p = parseIsoDate(date);
  return `${ENGLISH_MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
