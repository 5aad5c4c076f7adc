/** One sheet drawn as an Excel-like grid: column letters, row numbers, the plan's formats, merges and chart. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type CSSProperties, type RefObject } from "react";
import { cellAddress, columnLetters, parseAddress } from "../register/cells";
import { maxOf } from "../scheme/arrays";
import type { MemorySheet } from "./memory-workbook";
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
});

/** Blank rows and columns shown beyond a person's sheet, so that there is room to type as in Excel. */
const SPARE_ROWS = 3;
const SPARE_COLUMNS = 2;
/**
 * Sheets longer than this are drawn a window of rows at a time (a year of a large branch's ballots is
 * thousands of rows of hundreds of columns: drawn whole, the page would stall). Rows then have one height.
 */
const WINDOWED_FROM = 200;
export const ROW_PX = 22;
/** Rows drawn above and below the visible ones, so that scrolling shows no gap. */
const ROW_MARGIN = 40;

interface GridProps {
  sheet: MemorySheet;
  cursor: { row: number; column: number } | null;
  onPick: (row: number, column: number) => void;
  /** The scrolling element around the grid (a long sheet draws only the rows in sight). */
  scroller: RefObject<HTMLDivElement | null>;
}

/** The rows [first, last) in sight in `scroller`, with a margin; all rows when the sheet is short. */
function useRowWindow(scroller: RefObject<HTMLDivElement | null>, rows: number, windowed: boolean): [number, number] {
  const [view, setView] = useState({ top: 0, height: 900 });
  useEffect(() => {
    const el = scroller.current;
    if (!el || !windowed) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setView({ top: el.scrollTop, height: el.clientHeight || 900 }));
    };
    update();
    el.addEventListener("scroll", update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener("scroll", update);
    };
  }, [scroller, windowed]);
  if (!windowed) return [0, rows];
  const first = Math.max(0, Math.floor(view.top / ROW_PX) - ROW_MARGIN);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / ROW_PX) + ROW_MARGIN);
  return [first, last];
}

export function Grid({ sheet, cursor, onPick, scroller }: GridProps) {
  const styles = useStyles();
  const plan = sheet.plan;
  const look = useMemo(() => lookOf(plan?.formats), [plan]);
  const { span, covered } = useMemo(() => mergeSpans(plan?.merges), [plan]);
  const spare = sheet.ours ? 0 : 1;
  const width =
    useMemo(
      () =>
        maxOf(
          sheet.values.map((r) => r.length),
          Math.max(1, plan?.columnWidths?.length ?? 0),
        ),
      [sheet.values, plan],
    ) +
    spare * SPARE_COLUMNS;
  const height = sheet.values.length + spare * SPARE_ROWS;
  // Windowing needs rows of one height and no merged cell across rows: a person's long sheet, not ours.
  const windowed = height > WINDOWED_FROM && !plan?.rowHeights && !plan?.merges?.length;
  const [first, last] = useRowWindow(scroller, height, windowed);
  const anchor = plan?.chart ? parseAddress(plan.chart.anchor) : null;
  return (
    <table className={styles.table}>
      <colgroup>
        <col style={{ width: "36px" }} />
        {Array.from({ length: width }, (_, c) => (
          <col key={c} style={{ width: `${columnPixels(plan?.columnWidths?.[c])}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.cell, styles.head)} />
          {Array.from({ length: width }, (_, c) => (
            <th key={c} className={mergeClasses(styles.cell, styles.head)} scope="col">
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_PX }} />}
        {Array.from({ length: last - first }, (_, i) => first + i).map((r) => (
          <tr key={r} style={{ height: windowed ? ROW_PX : rowPixels(plan?.rowHeights?.[r]) }}>
            <th className={mergeClasses(styles.cell, styles.rowNo)} scope="row">
              {r + 1}
            </th>
            {Array.from({ length: width }, (_, c) => {
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
                  {shown(sheet.values[r]?.[c], l.numberFormat)}
                  {anchor && plan && anchor.row === r && anchor.column === c && <Chart plan={plan} values={sheet.values} />}
                </td>
              );
            })}
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
