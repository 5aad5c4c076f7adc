import { maxOf } from "../../scheme/arrays";
/**
 * Row heights for wrapped text. Excel does not grow a row to fit wrapped text in merged cells (and the
 * .xlsx writer cannot ask it to), so the renderer estimates: a CJK or full-width character takes about
 * two units of column width, any other character one.
 */

/** Column-width units the text needs on one line. */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    units += isWide(cp) ? 2 : 1;
  }
  return units;
}

/** Lines the text takes in a cell (or merged block) `width` units wide, counting its own line breaks. */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(1, width - 1); // cell padding
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((textWidth(line) * 1.05) / usable)), 0);
}

/**
 * The height (points) of a row whose cells hold `cells` (text and the width it wraps in): the tallest
 * cell's lines × `lineHeight` plus padding, and never below `min`.
 */
export function fittedHeight(cells: readonly { text: string; width: number }[], min: number, lineHeight = 15): number {
  const lines = maxOf(
    cells.map((c) => (c.text ? linesFor(c.text, c.width) : 1)),
    1,
  );
  return Math.min(409, Math.max(min, lines * lineHeight + 5));
}

/** Sum of the widths of columns `from`..`to` (a merged block). */
export function spanWidth(widths: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let c = from; c <= to; c++) sum += widths[c] ?? 8.43;
  return sum;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2605 && cp <= 0x2606) || // ★ ☆
    cp >= 0x20000
  );
}
