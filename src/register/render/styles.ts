/**
 * The look of the generated sheets: fonts a Chinese office expects (黑体 titles and headers, 宋体 body),
 * light fills and dark text so that a black-and-white print stays readable, and star colours.
 */
import type { FormatRange } from "../sheet-plan";

type Font = NonNullable<FormatRange["font"]>;

/** 黑体 is installed with every Chinese Windows, macOS and WPS; 宋体 likewise. */
export const TITLE_FONT = "黑体";
export const BODY_FONT = "宋体";

export const FONTS = {
  monthTitle: { name: TITLE_FONT, size: 16, bold: true },
  publicityTitle: { name: TITLE_FONT, size: 18, bold: true },
  info: { name: BODY_FONT, size: 11 },
  section: { name: TITLE_FONT, size: 12, bold: true },
  header: { name: TITLE_FONT, size: 11, bold: true, color: "#000000" },
  body: { name: BODY_FONT, size: 11 },
  publicityBody: { name: BODY_FONT, size: 12 },
  note: { name: BODY_FONT, size: 10, italic: false, color: "#404040" },
} satisfies Record<string, Font>;

/** A light red that prints as a pale grey. */
export const HEADER_FILL = "#F2DCDB";
/** The 合计 row. */
export const TOTAL_FILL = "#F2F2F2";
export const TAB_COLOR = "#C00000";
export const LOG_TAB_COLOR = "#7F7F7F";

/**
 * Per-star styles of the 星级 (★) and 等级 cells, index = stars 0..5. Dark red and dark gold text on
 * very light fills: on screen the levels are told apart by colour, in black and white by the ★ glyphs
 * and the label, which never depend on colour.
 */
export const STAR_STYLES: readonly { font: Font; fill?: string }[] = [
  { font: { color: "#7F7F7F" } },
  { font: { color: "#7F6000" } },
  { font: { color: "#7F6000" } },
  { font: { color: "#9C5700" }, fill: "#FFF9E6" },
  { font: { color: "#C00000" }, fill: "#FFF2CC" },
  { font: { color: "#C00000", bold: true }, fill: "#FCE4D6" },
];

/** The 等级 cell of a member without a score (未考核, 不参评, 未评议). */
export const UNSCORED_STYLE: { font: Font } = { font: { color: "#595959", italic: true } };
