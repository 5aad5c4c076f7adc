/** One sheet drawn as an Excel-like grid: column letters, row numbers, the plan's formats, merges and chart. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type CSSProperties, type RefObject } from "react";
import { cellAddress, columnLetters, parseAddress } from "../register/cells";
import type { MemorySheet } from "./memory-workbook";
import { mergesInWindow, offsetsOf, uniformWindow, windowOf } from "./grid-window";
import { Chart } from "./SheetChart";
import { columnPixels, fontStack, lookOf, mergeSpans, rowPixels, shown, type CellLook } from "./sheet-style";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: "12px", tableLayout: "fixed", color: tokens.colorNeutralForeground1 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    position: "sticky",
    top: 0,
    zIndex: 2,
  },
  rowNo: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "right", position: "sticky", left: 0, zIndex: 1 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    height: "20px",
    overflow: "hidden",
    textOverflow: "clip",
    position: "relative",
  },
  bordered: { border: `1px solid ${tokens.colorNeutralStrokeAccessible}` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  spacer: { padding: 0, border: "none" },
});

/** Blank rows and columns shown beyond a person's sheet, so that there is room to type as in Excel. */
const SPARE_ROWS = 3;
const SPARE_COLUMNS = 2;
/**
 * Sheets longer than this are drawn a window of rows at a time (a year of a large branch's ballots is
 * thousands of rows of hundreds of columns: drawn whole, the page would stall). Rows then have one height.
 */
const WINDOWED_FROM = 200;
/** Sheets wider than this are drawn a window of columns at a time. */
const WINDOWED_COLUMNS_FROM = 40;
/** A sheet with more cells than this is windowed whatever its shape (row heights are then one height). */
const WINDOWED_CELLS = 20_000;
export const ROW_PX = 22;
/** Rows and columns drawn beyond the visible ones, so that scrolling shows no gap. */
const ROW_MARGIN = 40;
const COLUMN_MARGIN = 4;
/** The row-number column's width. */
const HEADER_PX = 36;

interface GridProps {
  sheet: MemorySheet;
  cursor: { row: number; column: number } | null;
  onPick: (row: number, column: number) => void;
  /** The scrolling element around the grid (a large sheet draws only the cells in sight). */
  scroller: RefObject<HTMLDivElement | null>;
}

/** The scrolled position and size of `scroller`, followed while `follow` is true (once per frame). */
function useView(scroller: RefObject<HTMLDivElement | null>, follow: boolean) {
  const [view, setView] = useState({ top: 0, left: 0, height: 900, width: 1600 });
  useEffect(() => {
    const el = scroller.current;
    if (!el || !follow) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight || 900, width: el.clientWidth || 1600 }));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [scroller, follow]);
  return view;
}

/** The sheet's width in columns: the longest row or the planned widths, and spare columns on a person's sheet. */
function columnsOf(sheet: MemorySheet): number {
  let longest = Math.max(1, sheet.plan?.columnWidths?.length ?? 0);
  for (const row of sheet.values) if (row && row.length > longest) longest = row.length;
  return longest + (sheet.ours ? 0 : SPARE_COLUMNS);
}

/** Where column `column` starts, in pixels from the first column (for scrolling a cell into sight). */
export function columnLeft(sheet: MemorySheet, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += columnPixels(sheet.plan?.columnWidths?.[c]);
  return left;
}

export function Grid({ sheet, cursor, onPick, scroller }: GridProps) {
  const styles = useStyles();
  const plan = sheet.plan;
  const look = useMemo(() => lookOf(plan?.formats), [plan]);
  const width = useMemo(() => columnsOf(sheet), [sheet]);
  const height = sheet.values.length + (sheet.ours ? 0 : SPARE_ROWS);
  const huge = height * width > WINDOWED_CELLS;
  // Row windowing needs rows of one height: a person's long sheet, or any sheet too large to draw whole.
  const rowsWindowed = huge || (height > WINDOWED_FROM && !plan?.rowHeights);
  const columnsWindowed = huge || width > WINDOWED_COLUMNS_FROM;
  const view = useView(scroller, rowsWindowed || columnsWindowed);
  const columnOffsets = useMemo(
    () => (columnsWindowed ? offsetsOf(Array.from({ length: width }, (_, c) => columnPixels(plan?.columnWidths?.[c]))) : []),
    [columnsWindowed, width, plan],
  );
  const [first, last] = rowsWindowed ? uniformWindow(height, ROW_PX, view.top - ROW_PX, view.height, ROW_MARGIN) : [0, height];
  const [left, right] = columnsWindowed ? windowOf(columnOffsets, view.left - HEADER_PX, view.width, COLUMN_MARGIN) : [0, width];
  // Merged blocks are cut to the drawn window before anything is expanded.
  const { span, covered } = useMemo(
    () =>
      mergeSpans(rowsWindowed || columnsWindowed ? mergesInWindow(plan?.merges ?? [], { top: first, left, bottom: last - 1, right: right - 1 }) : plan?.merges),
    [plan, rowsWindowed, columnsWindowed, first, last, left, right],
  );
  const anchor = plan?.chart ? parseAddress(plan.chart.anchor) : null;
  const columns = Array.from({ length: right - left }, (_, i) => left + i);
  const before = columnsWindowed ? columnOffsets[left] : 0;
  const after = columnsWindowed ? columnOffsets[width] - columnOffsets[right] : 0;
  const spacer = (where: number) => where > 0 && <td aria-hidden="true" className={styles.spacer} />;
  return (
    <table className={styles.table} data-rows={`${first}-${last}`} data-columns={`${left}-${right}`}>
      <colgroup>
        <col style={{ width: `${HEADER_PX}px` }} />
        {before > 0 && <col style={{ width: `${before}px` }} />}
        {columns.map((c) => (
          <col key={c} style={{ width: `${columnPixels(plan?.columnWidths?.[c])}px` }} />
        ))}
        {after > 0 && <col style={{ width: `${after}px` }} />}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.cell, styles.head)} />
          {before > 0 && <th aria-hidden="true" className={mergeClasses(styles.cell, styles.head)} />}
          {columns.map((c) => (
            <th key={c} className={mergeClasses(styles.cell, styles.head)} scope="col">
              {columnLetters(c)}
            </th>
          ))}
          {after > 0 && <th aria-hidden="true" className={mergeClasses(styles.cell, styles.head)} />}
        </tr>
      </thead>
      <tbody>
        {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_PX }} />}
        {Array.from({ length: last - first }, (_, i) => first + i).map((r) => (
          <tr key={r} style={{ height: rowsWindowed ? ROW_PX : rowPixels(plan?.rowHeights?.[r]) }}>
            <th className={mergeClasses(styles.cell, styles.rowNo)} scope="row">
              {r + 1}
            </th>
            {spacer(before)}
            {columns.map((c) => {
              if (covered.has(`${r},${c}`)) return null;
              const s = span.get(`${r},${c}`);
              const l = look(r, c);
              const isSel = cursor !== null && cursor.row === r && cursor.column === c;
              return (
                <td
                  key={c}
                  rowSpan={s?.rows}
                  colSpan={s?.cols}
                  className={mergeClasses(styles.cell, l.border && styles.bordered, isSel && styles.selected)}
                  style={cellStyle(l)}
                  data-cell={cellAddress(r, c)}
                  onClick={() => onPick(r, c)}
                >
                  {shown(sheet.values[r]?.[c], l.numberFormat ?? sheet.dateFormats?.get(cellAddress(r, c)), sheet.date1904)}
                  {anchor && plan && anchor.row === r && anchor.column === c && <Chart plan={plan} values={sheet.values} />}
                </td>
              );
            })}
            {spacer(after)}
          </tr>
        ))}
        {last < height && <tr aria-hidden="true" style={{ height: (height - last) * ROW_PX }} />}
      </tbody>
    </table>
  );
}

function cellStyle(l: CellLook): CSSProperties {
  return {
    backgroundColor: l.fill,
    fontWeight: l.bold ? 700 : undefined,
    fontStyle: l.italic ? "italic" : undefined,
    color: l.color,
    fontSize: l.size ? `${Math.round((l.size * 4) / 3)}px` : undefined,
    fontFamily: fontStack(l.font),
    textAlign: l.horizontal,
    verticalAlign: l.vertical === "center" ? "middle" : l.vertical,
    whiteSpace: l.wrap ? "normal" : "nowrap",
    overflow: l.wrap ? "hidden" : "visible",
  };
}
