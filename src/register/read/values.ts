import { shareFromNumber, shareOf, type Share } from "../../scheme/excellent-cap";
import type { SettingKind } from "../../scheme/setting-table";
import type { CellValue } from "../cells";
import { isoToSerial, serialToIso } from "./excel-serial";

export { isoToSerial, serialToIso };

/**
 * Reading what secretaries type: numbers typed as text ("95", "９５", "95分", "95.0"), Excel date serials
 * and date text, months in the spellings docs/workbook.md lists, yes/no, weights as 30%, 0.3 or 30.
 * Each parser returns undefined for a blank cell and null for a value it cannot read.
 */

const EXCEL_ERROR = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** True for an Excel error value as a host reports it ("#N/A", "#VALUE!", …). */
export function isExcelError(value: CellValue): boolean {
  return typeof value === "string" && EXCEL_ERROR.test(value.trim());
}

/**
 * Full-width digits, letters, signs, point and percent (as Chinese input methods type them), the
 * ideographic space and the minus sign U+2212 (as Word and some phones type it) to ASCII.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\u2212/g, "-");
}

/** Cell text, trimmed; "" for blank. Numbers and booleans as their text. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** True for a blank cell: nothing, or text of spaces only. */
export function blank(value: CellValue | undefined): boolean {
  return cellText(value) === "";
}

/** The unit a score or points may carry when typed as text: "95分". */
export const SCORE_UNITS: readonly string[] = ["分"];

/** A decimal number as text: optional sign, digits, optional fraction. No exponent, no separators. */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Folded, trimmed text with one of `units` dropped from its end. */
function numericText(text: string, units: readonly string[]): string {
  let t = toHalfWidth(text).trim();
  for (const unit of units) {
    if (t.endsWith(unit)) {
      t = t.slice(0, -unit.length).trimEnd();
      break;
    }
  }
  return t;
}

/**
 * The number of text typed for one, or undefined: "95", " 95.0 ", "９５", "+2", "－1", "−1.5" (U+2212), and
 * with a unit of `units` after it ("95分", "10 天"). A comma or a space inside the digits ("1,9", "1 9",
 * "1,000") is refused, never guessed: in Chinese offices a comma is a thousands separator to some and a
 * decimal point to others. No exponent, no hexadecimal.
 */
export function numberFromText(text: string, units: readonly string[] = []): number | undefined {
  const t = numericText(text, units);
  // `+ 0` turns "-0" into 0.
  return DECIMAL_TEXT.test(t) ? Number(t) + 0 : undefined;
}

/**
 * A number: a numeric cell, or text as {@link numberFromText} reads it, with `units` (by default 分) allowed
 * after it. A boolean is not a number.
 */
export function readNumber(value: CellValue | undefined, units: readonly string[] = SCORE_UNITS): number | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return null;
  return numberFromText(String(value), units) ?? null;
}

/**
 * True for text that would be a number but for a comma or a space among its digits ("1,9", "1 9",
 * "1,000"): {@link readNumber} refuses it, and the message says why.
 */
export function isAmbiguousNumber(value: CellValue | undefined): boolean {
  if (typeof value !== "string") return false;
  const text = numericText(value, SCORE_UNITS);
  return /\d[\s,]+\d/.test(text) && /^[+-]?[\d\s,.]+$/.test(text);
}

/**
 * The ISO date of date text 2026-11-30, 2026/11/30, 2026.11.30, 2026年11月30日 (spaces allowed between the
 * parts, full-width digits folded), whatever its year; undefined for text that is no calendar date.
 */
export function dateFromText(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(toHalfWidth(text).trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  return `${m[1]}-${pad(mo)}-${pad(d)}`;
}

/**
 * An ISO date from an Excel serial (of the workbook's date system: `date1904`), or date text as
 * {@link dateFromText} reads it; a date Excel cannot show (before 1900, after 9999) is null.
 */
export function readDate(value: CellValue | undefined, date1904 = false): string | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "number") return serialToIso(value, date1904) ?? null;
  if (typeof value === "boolean") return null;
  const date = dateFromText(String(value));
  return date !== undefined && isoToSerial(date) !== undefined ? date : null;
}

/**
 * A month YYYY-MM from 2026-11, 2026/11, 2026.11, 2026年11月, 202611, or a date within the month (a serial of
 * the workbook's date system, or text).
 */
export function readMonth(value: CellValue | undefined, date1904 = false): string | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 190001 && value <= 299912) return monthOf(Math.floor(value / 100), value % 100);
    if (value >= 1900 && value < 3000) {
      // "2026.11" typed into a cell becomes the number 2026.11. "2026.10" becomes 2026.1, which cannot be
      // told from January written "2026.1": only a two-digit fraction is read as a month.
      const m = /^(\d{4})\.(\d{2})$/.exec(String(value));
      return m ? monthOf(Number(m[1]), Number(m[2])) : null;
    }
    const date = serialToIso(value, date1904);
    return date ? date.slice(0, 7) : null;
  }
  if (typeof value === "boolean") return null;
  const text = toHalfWidth(String(value)).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?份?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  const date = readDate(text);
  if (date) return date.slice(0, 7);
  return null;
}

/** A year YYYY from 2026, "2026", 2026年, 2026年度. */
export function readYear(value: CellValue | undefined): string | null | undefined {
  if (blank(value)) return undefined;
  const text = toHalfWidth(String(value)).trim();
  const m = /^(\d{4})\s*(年度?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1900 && year <= 2999 ? m[1] : null;
}

/** A period of 民主评议: a month (YYYY-MM) or a year (YYYY) for the year-end appraisal. */
export function readPeriod(value: CellValue | undefined, date1904 = false): string | null | undefined {
  if (blank(value)) return undefined;
  const text = toHalfWidth(String(value)).trim();
  if (/^\d{4}\s*(年度?)?$/.test(text)) return readYear(text);
  return readMonth(value, date1904);
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "✔", "☑", "有"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "✗", "☐", "无"]);

/** Yes/no from 是/否, Y/N, TRUE/FALSE, a checkbox value (boolean) or √. */
export function readYesNo(value: CellValue | undefined): boolean | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  const text = toHalfWidth(String(value)).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/**
 * A fraction written as a number or a percentage: 0.3, "0.3", a cell formatted as a percentage (30% holds
 * 0.3), "30%", "30 %", "３０％". The number is returned as written: 30 stays 30 ({@link readWeight} and the
 * function arguments decide what a number above 1 means).
 */
export function readPercentage(value: CellValue | undefined): number | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value !== "string" || !toHalfWidth(value).trim().endsWith("%")) return readNumber(value, []);
  const digits = numericText(value, ["%"]);
  // Moving the decimal point in the text keeps "33.3%" the double nearest to 0.333 (33.3 / 100 is not).
  return DECIMAL_TEXT.test(digits) ? Number(`${digits}e-2`) + 0 : null;
}

/** A weight of the 设置 sheet as a fraction: 30%, "30%", 0.3 or 30 (a number above 1 is a percentage there). */
export function readWeight(value: CellValue | undefined): number | null | undefined {
  const n = readPercentage(value);
  if (typeof n !== "number") return n;
  return n > 1 && !(typeof value === "string" && toHalfWidth(value).trim().endsWith("%")) ? percent(n) : n;
}

/** The units that may follow a number of days typed as text: "10天". */
export const DAY_UNITS: readonly string[] = ["天", "日"];

/**
 * The value of a 设置 row of `kind`, as the sheet and the pane's form read it: a number may carry 分, or 天
 * for a row of days (年度公示天数 "10天", as a function's days argument reads it). Text comes back trimmed.
 */
export function readSettingValue(
  kind: SettingKind,
  name: string,
  value: CellValue | undefined,
): string | number | boolean | Share | typeof NO_SHARE | null | undefined {
  if (kind === "text") return cellText(value) || undefined;
  if (kind === "weight") return readWeight(value);
  if (kind === "yesno") return readYesNo(value);
  if (kind === "share") return readShare(value);
  return readNumber(value, name.endsWith("天数") ? DAY_UNITS : SCORE_UNITS);
}

/** Written for "no cap" (每票优秀上限 无). */
export const NO_SHARE = "无";

const NO_SHARE_WORDS = new Set(["无", "不限", "无上限", "不设", "否", "none", "no", "-", "—", "/"]);

/**
 * A share (每票优秀上限) as an exact fraction: 1/3, 33%, 0.33, full-width digits (１/３, ３３％), 三分之一,
 * 百分之三十三; a number cell exactly (0.33 → 33/100; =1/3 → 1/3, see {@link shareFromNumber}).
 * {@link NO_SHARE} for 无 (also 不限, none). A number cell above 1 is not read: it is most often 1/3 that
 * Excel turned into a date (1月3日) when typed into a cell not formatted as text. A share out of range in
 * text (150%, -1/3) is returned as read, for the scheme's validation to report.
 */
export function readShare(value: CellValue | undefined): Share | typeof NO_SHARE | null | undefined {
  if (blank(value)) return undefined;
  if (typeof value === "boolean") return null;
  if (typeof value === "number") return value > 1 ? null : shareFromNumber(value);
  const text = toHalfWidth(String(value)).trim().replace(/\s+/g, "").replace(/[／∕]/g, "/").replace(/．/g, ".");
  if (NO_SHARE_WORDS.has(text.toLowerCase())) return NO_SHARE;
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[+-]/, "");
  let m = /^(\d+)\/(\d+)$/.exec(body);
  if (m) return signed(shareOf(Number(m[1]), Number(m[2])), sign);
  m = /^(\d+(?:\.\d+)?|\.\d+)%$/.exec(body);
  if (m) return signed(decimalShare(m[1], 2), sign);
  m = /^(\d+(?:\.\d+)?|\.\d+)$/.exec(body);
  if (m) return signed(decimalShare(m[1], 0), sign);
  m = /^(.+)分之(.+)$/.exec(body);
  if (m) {
    const denominator = chineseInteger(m[1]);
    const numerator = chineseInteger(m[2]);
    if (denominator !== null && numerator !== null) return signed(shareOf(numerator, denominator), sign);
  }
  return null;
}

/** The exact fraction of decimal text, divided by 10^`shift` (percent: shift 2). */
function decimalShare(text: string, shift: number): Share | null {
  const [whole, fraction = ""] = text.split(".");
  if (fraction.length + shift > 15) return null;
  return shareOf(Number(`${whole}${fraction}`), 10 ** (fraction.length + shift));
}

function signed(share: Share | null, sign: number): Share | null {
  return share && sign < 0 ? { numerator: -share.numerator, denominator: share.denominator } : share;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 0–999 in digits or Chinese numerals (三, 十五, 三十三, 百, 一百零五); null otherwise. */
function chineseInteger(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if ((ch === "零" || ch === "〇") && total > 0 && digit === null) continue; // 一百零五
    if (ch in CHINESE_DIGITS) {
      if (digit !== null) return null;
      digit = CHINESE_DIGITS[ch];
    } else if (ch === "十" || ch === "百") {
      total += (digit ?? 1) * (ch === "十" ? 10 : 100);
      digit = null;
    } else {
      return null;
    }
  }
  return text === "" ? null : total + (digit ?? 0);
}

/** n / 100 without binary noise (30 → 0.3, 33.3 → 0.333). */
function percent(n: number): number {
  return Number((n / 100).toPrecision(12));
}

/** A date or time cell's value as a person sees it, for messages: 2026-12-05, 12:30, 2026-12-05 12:30. */
export function dateCellText(serial: number, date1904 = false): string {
  if (!Number.isFinite(serial)) return String(serial);
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  const time = minutes > 0 && minutes < 1440 ? `${Math.floor(minutes / 60)}:${pad(minutes % 60)}` : "";
  const date = serial >= 1 ? serialToIso(serial, date1904) : null;
  return [date, time].filter(Boolean).join(" ") || String(serial);
}

function monthOf(y: number, m: number): string | null {
  return m >= 1 && m <= 12 && y >= 1900 && y <= 2999 ? `${y}-${pad(m)}` : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const STAR_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

/**
 * A star count 0–5 as secretaries write it (docs/rules.md, Objections): 3, "3", "三星级", "三星", "3星",
 * "3星级", "★★★" or "★★★☆☆" (the ★ are counted), "未评星" or "无星" for none. Null for anything else,
 * including a number outside 0–5 or a fraction.
 */
export function readStars(value: CellValue | undefined): number | null | undefined {
  if (blank(value)) return undefined;
  const n = readNumber(value);
  if (typeof n === "number") return Number.isInteger(n) && n >= 0 && n <= 5 ? n : null;
  const text = toHalfWidth(cellText(value)).replace(/\s+/g, "");
  if (/^(未评星|无星级?|零星级?)$/.test(text)) return 0;
  if (/^[★☆]+$/.test(text)) {
    const stars = [...text].filter((ch) => ch === "★").length;
    return text.length <= 5 ? stars : null;
  }
  const m = /^([0-5]|[零〇一二两三四五])星级?$/.exec(text);
  if (!m) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : STAR_DIGITS[m[1]];
}
