/**
 * The star distribution block (星级分布) shared by the monthly and annual results sheets: a small table
 * 星级 (A:B) | 党员 C | 党外 D | 合计 E with 五星级…未评星, 无星级 and 合计, a note, and a native column
 * chart beside it, as tall as the block.
 */
import type { Distribution, StarCounts } from "../../scheme/results";
import { STAR_LABELS } from "../../scheme/stars";
import type { Kind } from "../../scheme/types";
import { cellAddress, rangeAddress } from "../cells";
import type { ChartPlan } from "../sheet-plan";
import type { RenderLabels } from "./labels";
import type { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TOTAL_FILL } from "./styles";

/** Row height of the distribution block, so the chart beside it can be sized to the block. */
const DISTRIBUTION_ROW_HEIGHT = 20;
const CHART_WIDTH = 360;

/**
 * Adds the block at the builder's next row (the builder must be at least 6 columns wide, and wider than
 * `chartColumn`). Returns the table's header row; its six star rows (五星级 … 未评星) follow.
 */
export function distributionBlock(
  b: SheetBuilder,
  L: RenderLabels,
  d: Distribution,
  options: { section: string; chartTitle: string; chartColumn: number },
): { headerRow: number; chart: ChartPlan } {
  const h = DISTRIBUTION_ROW_HEIGHT;
  const section = b.mergedRow(options.section, { font: FONTS.section, horizontal: "left", vertical: "bottom" }, { to: 4, height: h });
  const [label, member, nonMember, total] = L.month.distributionColumns;
  const headerRow = b.row([label, "", member, nonMember, total], h);
  b.merge(headerRow, 0, headerRow, 1);
  b.format(headerRow, 0, headerRow, 4, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center" });
  const count = (counts: StarCounts, stars: number) => counts[stars] ?? 0;
  for (let stars = 5; stars >= 0; stars--) {
    const p = count(d.党员, stars);
    const n = count(d.党外, stars);
    const r = b.row([STAR_LABELS[stars], "", p, n, p + n], h);
    b.merge(r, 0, r, 1);
    b.format(r, 0, r, 1, STAR_STYLES[stars] ?? {});
  }
  const unscored = b.row([L.month.unscoredRow, "", d.unscored.党员, d.unscored.党外, d.unscored.党员 + d.unscored.党外], h);
  b.merge(unscored, 0, unscored, 1);
  const sum = (kind: Kind) => d[kind].reduce((a, c) => a + c, 0) + d.unscored[kind];
  const totalRow = b.row([L.month.totalRow, "", sum("党员"), sum("党外"), sum("党员") + sum("党外")], h);
  b.merge(totalRow, 0, totalRow, 1);
  b.format(totalRow, 0, totalRow, 4, { fill: TOTAL_FILL, font: { bold: true } });
  b.format(headerRow, 0, totalRow, 4, { border: "thin" });
  b.format(headerRow + 1, 0, totalRow, 4, { horizontal: "center" });
  b.format(headerRow + 1, 2, totalRow, 4, { numberFormat: "0" });
  const note = b.mergedRow(L.month.distributionNote, { font: FONTS.note, horizontal: "left" }, { to: 5, height: h });

  const firstStar = headerRow + 1;
  const lastStar = headerRow + 6;
  const chart: ChartPlan = {
    type: "column",
    title: options.chartTitle,
    categories: rangeAddress(firstStar, 0, lastStar, 0),
    series: [
      { name: member, values: rangeAddress(firstStar, 2, lastStar, 2) },
      { name: nonMember, values: rangeAddress(firstStar, 3, lastStar, 3) },
    ],
    anchor: cellAddress(section, options.chartColumn),
    width: CHART_WIDTH,
    height: (note - section + 1) * h,
  };
  return { headerRow, chart };
}
