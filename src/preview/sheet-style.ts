import type { CellValue } from "../register/cells";
import type { FormatRange, SheetPlan } from "../register/sheet-plan";
import { formatValue } from "./format-value";
import { box, type Box } from "./grid-window";

/**
 * How the preview draws a sheet plan's cells as Excel would: the formats applied in order (later ones
 * win), merged blocks as spans, widths in characters and heights in points turned into pixels, and
 * numbers shown in their number format. Pure, for the grid and its tests.
 */

/** One cell's resolved look. */
export interface CellLook {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  font?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  border?: boolean;
  numberFormat?: string;
}

const inBox = (b: Box, r: number, c: number) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;

/** The look of every cell, from the plan's formats. */
export function lookOf(formats: readonly FormatRange[] = []): (r: number, c: number) => CellLook {
  const boxes = formats.map((f) => ({ f, b: box(f.range) }));
  return (r, c) => {
    const look: CellLook = {};
    for (const { f, b } of boxes) {
      if (!inBox(b, r, c)) continue;
      if (f.fill) look.fill = f.fill;
      if (f.font?.bold !== undefined) look.bold = f.font.bold;
      if (f.font?.italic !== undefined) look.italic = f.font.italic;
      if (f.font?.color) look.color = f.font.color;
      if (f.font?.size) look.size = f.font.size;
      if (f.font?.name) look.font = f.font.name;
      if (f.horizontal) look.horizontal = f.horizontal;
      if (f.vertical) look.vertical = f.vertical;
      if (f.wrap !== undefined) look.wrap = f.wrap;
      if (f.border) look.border = true;
      if (f.numberFormat) look.numberFormat = f.numberFormat;
    }
    return look;
  };
}

/** Merged blocks: the span at each block's top-left cell, and the cells it covers. */
export function mergeSpans(merges: readonly string[] = []): { span: Map<string, { rows: number; cols: number }>; covered: Set<string> } {
  const span = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    const b = box(m);
    span.set(`${b.top},${b.left}`, { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 });
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) covered.add(`${r},${c}`);
  }
  return { span, covered };
}

/** A value as Excel shows it under a number format (General without one); see format-value.ts. */
export function shown(value: CellValue | undefined, numberFormat?: string, date1904 = false): string {
  return formatValue(value, numberFormat, date1904);
}

/** Column width in pixels from Excel's characters (8.43 by default, about 64 px). */
export function columnPixels(chars: number | undefined): number {
  return Math.round((chars ?? 8.43) * 7 + 5);
}

/** Row height in pixels from points. */
export function rowPixels(points: number | undefined): number | undefined {
  return points === undefined ? undefined : Math.round((points * 4) / 3);
}

/** CSS font stacks for the fonts the sheets name, with the free CJK fonts as fall-backs. */
export function fontStack(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (name === "黑体") return '"SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif';
  if (name === "宋体") return '"SimSun", "Songti SC", "Noto Serif CJK SC", serif';
  return `"${name}", sans-serif`;
}

/** The chart's data, read from the sheet's values by its ranges. */
export function chartData(
  plan: SheetPlan,
  values: readonly (readonly CellValue[])[],
): { categories: string[]; series: { name: string; values: number[] }[] } | null {
  const chart = plan.chart;
  if (!chart) return null;
  const column = (range: string) => {
    const b = box(range);
    const out: CellValue[] = [];
    for (let r = b.top; r <= b.bottom; r++) out.push(values[r]?.[b.left] ?? null);
    return out;
  };
  return {
    categories: column(chart.categories).map((v) => shown(v)),
    series: chart.series.map((s) => ({ name: s.name, values: column(s.values).map((v) => (typeof v === "number" ? v : Number(v) || 0)) })),
  };
}
