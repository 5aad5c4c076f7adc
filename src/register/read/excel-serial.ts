import { formatIsoDate, isIsoDate, parseIsoDate } from "../../scheme/dates";

/**
 * Excel date serials ↔ ISO dates: the one conversion of the register's reader, the custom functions, the
 * 设置 form, the import and the .xlsx adapter.
 *
 * In the 1900 date system (Windows Excel's default) serial 1 is 1900-01-01. Excel (after Lotus 1-2-3) counts
 * a 1900-02-29 that never existed as serial 60, so serials 1–59 are one day off from a plain day count, and
 * from serial 61 (1900-03-01) on a serial is the number of days since 1899-12-30. In the 1904 date system
 * (Mac Excel's option, `date1904`) serial 0 is 1904-01-01 and a serial is 1,462 days smaller than the same
 * day's 1900 serial. A fractional serial is a date and a time of day; the time is dropped.
 * The two systems' first days: the Date1904 record of [MS-XLS],
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b
 */

const MS_PER_DAY = 86_400_000;
/** Day 0 of the plain day count behind the 1900 system (serial 61 on is days since this day). */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 system. */
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
/** Excel's phantom 1900-02-29 (1900 system). */
export const PHANTOM_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, Excel's last date (1900 system). */
export const MAX_EXCEL_SERIAL = 2_958_465;
/** Days between the two systems' serials of one day: 1904-01-01 is 1462 in the 1900 system and 0 in the 1904 one. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * The ISO date of a serial's day, or undefined where Excel has no real date: before 1900-01-01 (1904-01-01
 * in the 1904 system), the phantom 1900-02-29, after 9999-12-31, or not a finite number.
 */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  let day = Math.floor(serial);
  if (date1904) {
    if (day < 0) return undefined;
    day += DAYS_1900_TO_1904;
  }
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === PHANTOM_LEAP_DAY_SERIAL) return undefined;
  const offset = day < PHANTOM_LEAP_DAY_SERIAL ? day + 1 : day;
  const d = new Date(EPOCH_1900_MS + offset * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** The serial of an ISO date Excel can show (1900-01-01 to 9999-12-31; from 1904-01-01 in the 1904 system); else undefined. */
export function isoToSerial(date: string, date1904 = false): number | undefined {
  if (!isIsoDate(date)) return undefined;
  const p = parseIsoDate(date);
  if (p.year < 1900) return undefined; // also keeps Date.UTC from reading years 0–99 as 1900–1999
  const days = Math.round((Date.UTC(p.year, p.month - 1, p.day) - EPOCH_1900_MS) / MS_PER_DAY);
  const serial = days <= PHANTOM_LEAP_DAY_SERIAL ? days - 1 : days;
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) return undefined;
  if (!date1904) return serial;
  return serial >= DAYS_1900_TO_1904 ? serial - DAYS_1900_TO_1904 : undefined;
}

/**
 * The serial of a point in time counted as a straight line of days from day 0 of the date system
 * (1899-12-30, or 1904-01-01), as ExcelJS turns serials into JavaScript Dates: inverting that line gives
 * the stored number back, the phantom 1900-02-29 (serial 60) included.
 */
export function linearSerial(utcMs: number, date1904 = false): number {
  return (utcMs - (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS)) / MS_PER_DAY;
}
