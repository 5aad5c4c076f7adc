/**
 * Number formats, as Excel (`Range.numberFormat`), ExcelJS (`cell.numFmt`) and the preview report them: the
 * one place that says whether a format shows a date or a time. Each adapter reports the format of every
 * date or time cell with {@link isDateFormat}, so the reader can refuse a date typed into a points cell
 * (46361 points) and keep a date a person typed into 备注 a date.
 */

/** True when a number format code shows a date, a time or both ("yyyy-mm-dd", "h:mm", "[$-804]yyyy年m月d日"). */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const first = code.split(";")[0];
  if (/^(general|g\/通用格式|@)$/i.test(first.trim())) return false;
  const tokens = first
    .replace(/"[^"]*"/g, "") // literal text
    .replace(/\\./g, "") // escaped characters
    .replace(/_.|\*./g, "") // padding
    .replace(/\[(h+|m+|s+)\]/gi, "h") // elapsed time: a time
    .replace(/\[[^\]]*\]/g, "") // colours, conditions, locales ([$-804], [DBNum1], [Red])
    .replace(/e[+-]/gi, ""); // scientific notation
  return /[ydhms]|am\/pm|a\/p|上午\/下午/i.test(tokens);
}

/** True when the format shows a time of day only (no day, month or year): "h:mm", "[h]:mm:ss". */
export function isTimeOnlyFormat(code: string): boolean {
  if (!isDateFormat(code)) return false;
  const tokens = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return !/[yd]/i.test(tokens) && /[hs]/i.test(tokens);
}
