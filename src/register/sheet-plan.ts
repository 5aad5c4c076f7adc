import type { CellValue } from "./cells";

/**
 * A sheet plan describes one sheet completely — values, formats, layout, print setup, chart — so that
 * each host adapter (Excel, .xlsx, the in-memory preview) can build it in one batch. Plans are pure data:
 * register/ renders them, the adapters apply them.
 */
export interface SheetPlan {
  /** Sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Cell values from A1, row-major. Strings are always written as text, never as formulas. */
  values: CellValue[][];
  /** Formats applied in order; later ones override earlier ones where they overlap. */
  formats?: FormatRange[];
  /** Merged ranges ("A1:L1"). */
  merges?: string[];
  /** Column widths in characters (Excel's default width is 8.43), from column A. */
  columnWidths?: number[];
  /** Row heights in points, by zero-based row index. */
  rowHeights?: Record<number, number>;
  /** Rows (and columns) kept in view while scrolling. */
  freeze?: { rows: number; columns?: number };
  print?: PrintSetup;
  /** Drop-down lists on input sheets. */
  validations?: ListValidation[];
  chart?: ChartPlan;
  tabColor?: string;
  /**
   * Manual page breaks: zero-based row indices before which a printed page breaks (row 12 starts a new
   * page). Ascending, each > 0 and < values.length. Used by the member archive (one member per page).
   */
  pageBreaks?: number[];
}

export interface FormatRange {
  /** A1 range on the same sheet, e.g. "A4:L4" or "E5:E40". */
  range: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  /** Background colour, "#RRGGBB". */
  fill?: string;
  /** Thin borders on every edge of every cell. */
  border?: "thin" | "medium";
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Rows repeated at the top of every printed page, e.g. "$4:$5". */
  titleRows?: string;
  /** Scale the sheet to one page wide. */
  fitToWidth?: boolean;
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Centre footer text, e.g. "第 &P 页 共 &N 页". */
  footer?: string;
  horizontallyCentered?: boolean;
}

export interface ListValidation {
  range: string;
  /** The allowed values; shown as a drop-down list. */
  list: string[];
  /** Shown when a person types something else, in the user's language. */
  message?: string;
  /**
   * False: the list is a suggestion and other entries are accepted after an information message (a ballot
   * column offers the grades but takes a score 0–100 too). Default true: other entries are refused.
   */
  strict?: boolean;
}

export interface ChartPlan {
  type: "column";
  title: string;
  /** Category labels and values, as A1 ranges on this sheet. */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left cell the chart is placed at, and its size in points. */
  anchor: string;
  width: number;
  height: number;
}
