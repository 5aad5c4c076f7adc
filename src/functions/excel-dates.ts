/**
 * Excel date serials ↔ ISO dates, in Excel's default 1900 date system.
 *
 * Serial 1 is 1900-01-01. Excel (after Lotus 1-2-3) counts a 1900-02-29 that never existed as serial 60,
 * so serials 1–59 are one day off from a plain day count, and from serial 61 (1900-03-01) on a serial is
 * the number of days since 1899-12-30. Serial 46357 is 2026-12-01. A fractional serial is a date and a
 * time of day; the time is ignored. Workbooks in the 1904 date system (old Mac workbooks) pass serials
 * 1462 days smaller, which a custom function cannot detect.
 */
import { formatIsoDate, isIsoDate, parseIsoDate } from "../scheme/dates";

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel's phantom 1900-02-29. */
export const PHANTOM_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, Excel's last date. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * The ISO date of a serial's day, or undefined where Excel has no real date: below 1, the phantom
 * 1900-02-29 (serial 60), after 9999-12-31, or not a finite number.
 */
export function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === PHANTOM_LEAP_DAY_SERIAL) return undefined;
  const offset = day < PHANTOM_LEAP_DAY_SERIAL ? day + 1 : day;
  const d = new Date(EPOCH + offset * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** The serial of an ISO date from 1900-01-01 to 9999-12-31; undefined outside that span or for a non-date. */
export function isoDateToSerial(date: string): number | undefined {
  if (!isIsoDate(date)) return undefined;
  const p = parseIsoDate(date);
  if (p.year < 1900) return undefined; // also keeps Date.UTC from reading years 0–99 as 1900–1999
  const days = Math.round((Date.UTC(p.year, p.month - 1, p.day) - EPOCH) / MS_PER_DAY);
  const serial = days <= PHANTOM_LEAP_DAY_SERIAL ? days - 1 : days;
  return serial >= 1 && serial <= MAX_EXCEL_SERIAL ? serial : undefined;
}
