import type { CellValue } from "../register/cells";
import { isDateFormat } from "../register/read/number-format";
import { serialToIso } from "../register/read/values";

/*
 * A cell's value as Excel shows it under the cell's number format, for the sheet view: dates ("yyyy-mm",
 * "yyyy年m月d日", "h:mm"), percentages ("0%", "0.0%"), fixed decimals and thousands separators ("0.00",
 * "#,##0"), literal text ('0"分"'), the sections of a format (positive;negative;zero;text) and General.
 * What is not recognised shows as General does, never as an error. Pure, for the grid and its tests.
 */

/** `value` as Excel shows it under `code` (no code: General); `date1904` when the workbook counts dates from 1904. */
export function formatValue(value: CellValue | undefined, code?: string, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return textSection(value, code);
  if (!Number.isFinite(value)) return String(value);
  const sections = splitSections(code ?? "");
  // Excel's sections: positive;negative;zero;text. A negative value under its own section loses its sign.
  let section = sections[0] ?? "";
  let number = value;
  if (value < 0 && sections.length > 1 && sections[1] !== "") {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length > 2 && sections[2] !== "") section = sections[2];
  const clean = section.replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "");
  if (clean.trim() === "" || /^(general|g\/通用格式)$/i.test(clean.trim())) return general(number);
  if (isDateFormat(clean)) return dateText(number, clean, date1904) ?? general(number);
  return numberText(number, clean);
}

/** A format's sections, split at semicolons outside quotes and escapes. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Text under a format: its fourth section's "@" takes the text; otherwise the text as it is. */
function textSection(text: string, code?: string): string {
  const fourth = code ? splitSections(code)[3] : undefined;
  if (!fourth || !fourth.includes("@")) return text;
  // The "@" is kept out of the literal pass under a mark no format holds, then replaced by the text.
  const mark = "\uE000";
  return literal(fourth.split("@").join(mark)).split(mark).join(text);
}

/** Excel's General: up to 11 significant digits, no float noise ("0.30000000000000004" → "0.3"). */
function general(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return value.toExponential(5).replace(/\.?0+e/, "E");
  return String(Number(value.toPrecision(11)));
}

/** Literal parts of a format: quoted text, escaped characters, padding and fill removed or kept as shown. */
function literal(part: string): string {
  return part
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

/** A number under a numeric format: percent, decimals, grouping, literal text around the digits. */
function numberText(value: number, section: string): string {
  // Split out quoted text and escapes so that their characters are not taken for placeholders.
  const pieces: { text: string; lit: boolean }[] = [];
  const re = /"([^"]*)"|\\(.)|_.|\*.|([^"\\_*]+)/g;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    if (m[1] !== undefined) pieces.push({ text: m[1], lit: true });
    else if (m[2] !== undefined) pieces.push({ text: m[2], lit: true });
    else if (m[3] !== undefined) pieces.push({ text: m[3], lit: false });
    else pieces.push({ text: m[0].startsWith("_") ? " " : "", lit: true });
  }
  const code = pieces
    .filter((p) => !p.lit)
    .map((p) => p.text)
    .join("");
  if (/[eE][+-]/.test(code)) return general(value);
  const percents = (code.match(/%/g) ?? []).length;
  const scaled = value * 100 ** percents;
  const first = code.search(/[0#?]/);
  if (first < 0) return pieces.map((p) => p.text).join("") || general(value);
  const digits = code.slice(first).match(/^[0#?,.]+/)?.[0] ?? "";
  const [whole, fraction = ""] = digits.split(".");
  const places = (fraction.match(/[0#?]/g) ?? []).length;
  const minPlaces = (fraction.match(/0/g) ?? []).length;
  const grouped = whole.includes(",") && /[0#?]/.test(whole.slice(whole.indexOf(",") + 1));
  let text = Math.abs(scaled).toFixed(places);
  // Optional places ("#") drop trailing zeros; the point stays when the format has one ("0.##" shows 3 as "3.").
  if (places > minPlaces) text = text.replace(new RegExp(`(\\.\\d{${minPlaces}}\\d*?)0+$`), "$1");
  if (places === 0 && digits.includes(".")) text += ".";
  const [whole0, fracPart] = text.split(".");
  let intPart = whole0;
  const minWhole = (whole.match(/0/g) ?? []).length;
  if (minWhole === 0 && intPart === "0") intPart = "";
  intPart = intPart.padStart(minWhole, "0");
  if (grouped) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = (scaled < 0 && Number(text) !== 0 ? "-" : "") + intPart + (fracPart !== undefined ? `.${fracPart}` : "");
  // Put the number where the placeholders stand; the rest of the format is shown as written.
  let placed = false;
  return pieces
    .map((p) => {
      if (p.lit) return p.text;
      return p.text.replace(/[0#?,.]*[0#?][0#?,.]*/, (m) => {
        if (placed) return "";
        placed = true;
        return m ? number : "";
      });
    })
    .join("");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A date or time serial under a date format ("yyyy-mm-dd", "yyyy年m月", "h:mm", "[h]:mm"); null when out of range. */
function dateText(serial: number, section: string, date1904: boolean): string | null {
  const day = Math.floor(serial);
  const iso = day >= 1 || date1904 ? serialToIso(day, date1904) : "1900-01-00";
  if (!iso) return null;
  const [y, mo, d] = iso.split("-").map(Number);
  const seconds = Math.round((serial - day) * 86400);
  const h = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const twelve = /am\/pm|a\/p|上午\/下午/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|_.|\*.|\[h+\]|\[m+\]|\[s+\]|am\/pm|a\/p|上午\/下午|y+|m+|d+|h+|s+|./gi) ?? [];
  const isTime = (t: string | undefined) => t !== undefined && /^(h+|s+|\[h+\]|\[s+\])$/i.test(t);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) out.push(token.slice(1, -1));
    else if (token.startsWith("\\")) out.push(token.slice(1));
    else if (token.startsWith("_")) out.push(" ");
    else if (token.startsWith("*")) return;
    else if (/^y+$/.test(lower)) out.push(lower.length <= 2 ? pad(y % 100) : String(y));
    else if (/^d+$/.test(lower)) out.push(lower.length === 1 ? String(d) : lower.length === 2 ? pad(d) : weekday(y, mo, d, lower.length));
    else if (/^\[h+\]$/.test(lower)) out.push(String(day * 24 + h));
    else if (/^h+$/.test(lower)) {
      const hour = twelve ? h % 12 || 12 : h;
      out.push(lower.length === 1 ? String(hour) : pad(hour));
    } else if (/^s+$/.test(lower)) out.push(lower.length === 1 ? String(s) : pad(s));
    else if (/^m+$/.test(lower)) {
      // "m" after an hour or before a second is minutes, else the month.
      const previous = tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z[]/i.test(t) && !/^["\\]/.test(t));
      const next = tokens.slice(i + 1).find((t) => /^[a-z[]/i.test(t) && !/^["\\]/.test(t));
      const minutes = lower.length <= 2 && (isTime(previous) || isTime(next));
      if (minutes) out.push(lower.length === 1 ? String(mi) : pad(mi));
      else if (lower.length === 1) out.push(String(mo));
      else if (lower.length === 2) out.push(pad(mo));
      else out.push(MONTHS[mo - 1].slice(0, lower.length === 3 ? 3 : undefined));
    } else if (/^(am\/pm|a\/p)$/.test(lower)) out.push(h < 12 ? (lower === "a/p" ? "A" : "AM") : lower === "a/p" ? "P" : "PM");
    else if (token === "上午/下午") out.push(h < 12 ? "上午" : "下午");
    else out.push(token);
  });
  return out.join("");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekday(y: number, m: number, d: number, width: number): string {
  const name = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return width === 3 ? name.slice(0, 3) : name;
}
