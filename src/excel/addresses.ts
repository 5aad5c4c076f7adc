/**
 * A1 addresses as the Excel adapter needs them: ranges of a plan ("A4:L4", "E:E", "4:5"), addresses
 * Office.js returns ("'2026-11 评星'!A1:L40", "Sheet1!A1:B4, Sheet1!D1:D4"), and column widths.
 */
import { columnIndex, columnLetters } from "../register/cells";

/** Zero-based, inclusive rectangle of cells. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^([A-Za-z]{1,3})(\d+)$/;
const COLUMN = /^([A-Za-z]{1,3})$/;
const ROW = /^(\d+)$/;

/** Parses "A1", "A1:C3", "B:D" (whole columns) or "4:5" (whole rows), with or without $; throws RangeError. */
export function parseRange(address: string): Rect {
  const parts = address.replace(/\$/g, "").trim().split(":");
  const [a, b = parts[0]] = parts;
  let rect: Rect | undefined;
  if (parts.length <= 2 && CELL.test(a) && CELL.test(b)) {
    const [, ca, ra] = CELL.exec(a)!;
    const [, cb, rb] = CELL.exec(b)!;
    rect = { top: Number(ra) - 1, left: columnIndex(ca), bottom: Number(rb) - 1, right: columnIndex(cb) };
  } else if (parts.length === 2 && COLUMN.test(a) && COLUMN.test(b)) {
    rect = { top: 0, left: columnIndex(a), bottom: MAX_ROWS - 1, right: columnIndex(b) };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    rect = { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: MAX_COLUMNS - 1 };
  }
  if (!rect) throw new RangeError(`not an A1 range address: ${address}`);
  const norm = {
    top: Math.min(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    bottom: Math.max(rect.top, rect.bottom),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom >= MAX_ROWS || norm.right >= MAX_COLUMNS) {
    throw new RangeError(`range outside the sheet: ${address}`);
  }
  return norm;
}

/** The A1 address of a rectangle: "A1", "A1:C3", "B:D" or "4:5". */
export function rectAddress(rect: Rect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  const start = `${columnLetters(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/** True when the rectangle spans whole columns or whole rows (open-ended in one direction). */
export function isOpenEnded(rect: Rect): boolean {
  return (rect.top === 0 && rect.bottom === MAX_ROWS - 1) || (rect.left === 0 && rect.right === MAX_COLUMNS - 1);
}

/** An address without its sheet and without $: "'2026-11 评星'!$A$1:$L$40" → "A1:L40". */
export function withoutSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

const AREA = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*(?=,|$)/g;

/**
 * The areas of a `RangeAreas.address` ("Sheet1!A1:B4, Sheet1!D1:D4"), without sheet and $. Sheet names
 * may themselves hold commas when quoted, so areas are found by what follows each "!".
 */
export function areaAddresses(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(AREA)) out.push(m[1].replace(/\$/g, ""));
  return out;
}

/** Width of Excel's widest digit in the default font (Calibri 11), in pixels at 96 dpi. */
const DIGIT_PX = 7;
/** Excel adds this padding (pixels) to every column: the default 8.43 characters is 64 px = 48 pt. */
const PADDING_PX = 5;

/**
 * Converts a width in characters (as Excel shows it and sheet plans give it) to points, as
 * `Range.format.columnWidth` takes it: (characters × 7 px + 5 px) × 0.75 pt/px, so 8.43 → 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  const px = Math.round(characters * DIGIT_PX + PADDING_PX);
  return px * 0.75;
}
