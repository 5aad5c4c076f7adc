import { Button, Field, Input, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from "react";
import type { Messages } from "../i18n/catalogue";
import { cellAddress, columnLetters, parseAddress, type CellValue } from "../register/cells";
import type { SheetPlan } from "../register/sheet-plan";
import { inputSheetPlans } from "../register/template";
import type { MemorySheet } from "./memory-workbook";
import { chartData, columnPixels, fontStack, lookOf, mergeSpans, rowPixels, shown, type CellLook } from "./sheet-style";
import { maxOf } from "../scheme/arrays";

export interface SheetViewProps {
  sheets: readonly MemorySheet[];
  t: Messages;
  /** The workbook's last selection (a new object per select, so that selecting the same cell again shows it again). */
  selection: { sheet: string; address: string } | null;
  /** Types a value into a cell of a person's sheet, as Excel would. */
  onEdit: (sheet: string, address: string, value: string | number | null) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  // The strip scrolls sideways when the tabs overflow, as Excel's does; the tabs themselves never wrap or shrink.
  tabs: { overflowX: "auto", overflowY: "hidden", flexShrink: 0, maxWidth: "100%" },
  tabList: { flexWrap: "nowrap", width: "max-content" },
  editor: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  cellBox: { width: "6em" },
  valueBox: { flexGrow: 1, minWidth: "12em" },
  grid: { overflow: "auto", flexGrow: 1, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
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
  chart: {
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  note: { padding: tokens.spacingVerticalS },
});

/** Blank rows and columns shown beyond a person's sheet, so that there is room to type as in Excel. */
const SPARE_ROWS = 3;
const SPARE_COLUMNS = 2;
/**
 * Sheets longer than this are drawn a window of rows at a time (a year of a large branch's ballots is
 * thousands of rows of hundreds of columns: drawn whole, the page would stall). Rows then have one height.
 */
const WINDOWED_FROM = 200;
const ROW_PX = 22;
/** Rows drawn above and below the visible ones, so that scrolling shows no gap. */
const ROW_MARGIN = 40;

/** The in-memory workbook's sheets as Excel-like grids, with the formats the add-in planned. */
export function SheetView({ sheets, t, selection, onEdit }: SheetViewProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<string>(sheets[0]?.name ?? "");
  const [cursor, setCursor] = useState<string>("A1");
  const [draft, setDraft] = useState<string>("");
  const [cellText, setCellText] = useState("A1");
  const [badCell, setBadCell] = useState(false);
  const grid = useRef<HTMLDivElement>(null);
  const tabStrip = useRef<HTMLDivElement>(null);
  const valueBox = useRef<HTMLInputElement>(null);
  const listId = useId();
  const latest = useRef(sheets);
  latest.current = sheets;

  const find = (name: string) => latest.current.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const sheet = find(tab) ?? sheets[0];

  /** Puts the cursor on a cell: the editor shows its address and value (set here, never from an effect, so typing is never overwritten). */
  const moveTo = (sheetName: string, address: string) => {
    let at: { row: number; column: number };
    try {
      at = parseAddress(address);
    } catch {
      setBadCell(true);
      return;
    }
    const normal = cellAddress(at.row, at.column);
    setBadCell(false);
    setCursor(normal);
    setCellText(normal);
    setDraft(shown(find(sheetName)?.values[at.row]?.[at.column]));
  };

  /** Moves the cursor by whole cells (arrows, Enter, Tab), never above row 1 or left of column A. */
  const step = (rows: number, columns: number) => {
    const at = cursorCell ?? { row: 0, column: 0 };
    moveTo(sheet?.name ?? "", cellAddress(Math.max(0, at.row + rows), Math.max(0, at.column + columns)));
  };

  // Follow the task pane's select: show the sheet and the cell.
  useEffect(() => {
    if (!selection) return;
    setTab(selection.sheet);
    moveTo(selection.sheet, selection.address);
    // moveTo reads the latest sheets through a ref; only a new selection moves the cursor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  const cursorCell = useMemo(() => {
    try {
      return parseAddress(cursor);
    } catch {
      return null;
    }
  }, [cursor]);

  // Bring the cursor's cell into view (in a windowed sheet its row may not be drawn yet: scroll to it first).
  useEffect(() => {
    let el = grid.current?.querySelector(`[data-cell="${cursor}"]`);
    if (!el && grid.current && cursorCell) {
      grid.current.scrollTop = Math.max(0, (cursorCell.row - 5) * ROW_PX);
      el = grid.current.querySelector(`[data-cell="${cursor}"]`);
    }
    if (el && "scrollIntoView" in el) (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [cursor, tab, cursorCell]);

  // The selected tab stays in sight when the strip scrolls.
  useEffect(() => {
    const el = tabStrip.current?.querySelector('[aria-selected="true"]');
    if (el && "scrollIntoView" in el) (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [tab, sheets.length]);

  const choices = useMemo(() => (sheet && cursorCell ? listAt(sheet, cursorCell.row, cursorCell.column) : undefined), [sheet, cursorCell]);

  if (!sheet) return <Text className={styles.note}>{t.emptySheet}</Text>;

  /** Keys on the grid, as in Excel: arrows and Enter move, typing replaces the cell, Delete clears it. */
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      step(e.shiftKey && (e.key === "Enter" || e.key === "Tab") ? -move[0] : move[0], e.shiftKey && (e.key === "Enter" || e.key === "Tab") ? -move[1] : move[1]);
      return;
    }
    if (sheet.ours) return;
    if ((e.key === "Delete" || e.key === "Backspace") && cursorCell) {
      e.preventDefault();
      onEdit(sheet.name, cursor, null);
      setDraft("");
      return;
    }
    if (e.key === "Process" || e.nativeEvent.isComposing) {
      // A Chinese input method is starting: let its text go to the editor, replacing the cell.
      setDraft("");
      valueBox.current?.focus();
      return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing over a selected cell replaces its content: the editor takes the first character.
      e.preventDefault();
      setDraft(e.key);
      valueBox.current?.focus();
    }
  };

  const apply = () => {
    let address: string;
    try {
      const { row, column } = parseAddress(cellText);
      address = cellAddress(row, column);
    } catch {
      setBadCell(true);
      return;
    }
    const trimmed = draft.trim();
    const value = trimmed === "" ? null : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : draft;
    onEdit(sheet.name, address, value);
    // Enter confirms and moves down, as in Excel; the grid keeps the keyboard.
    const { row, column } = parseAddress(address);
    moveTo(sheet.name, cellAddress(row + 1, column));
    grid.current?.focus();
  };

  return (
    <section className={styles.root} aria-label={t.sheets}>
      <div className={styles.tabs} ref={tabStrip} data-testid="sheet-tabs">
        <TabList className={styles.tabList} selectedValue={sheet.name} onTabSelect={(_, d) => {
            setTab(String(d.value));
            moveTo(String(d.value), cursor);
          }} size="small">
          {sheets.map((s) => (
            <Tab key={s.name} value={s.name} title={s.ours ? t.ourSheet : undefined}>
              {s.ours ? `★ ${s.name}` : s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.editor} role="group" aria-label={t.preview.editor}>
        <Field label={t.preview.cell} size="small" className={styles.cellBox} validationMessage={badCell ? t.preview.badCell : undefined}>
          <Input size="small" value={cellText} onChange={(_, d) => setCellText(d.value.toUpperCase())} onKeyDown={(e) => e.key === "Enter" && moveTo(sheet.name, cellText)} data-testid="cell-address" />
        </Field>
        <Field label={sheet.ours ? t.preview.readOnly : t.preview.value} size="small" className={styles.valueBox}>
          <Input
            size="small"
            value={draft}
            disabled={sheet.ours}
            ref={valueBox}
            input={{ list: choices ? listId : undefined }}
            onChange={(_, d) => setDraft(d.value)}
            onKeyDown={(e) => e.key === "Enter" && apply()}
            data-testid="cell-value"
          />
        </Field>
        {/* The input sheet's drop-down list for this cell (类别, 身份, grades…), offered as Excel offers it. */}
        {choices && (
          <datalist id={listId} data-testid="cell-choices">
            {choices.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        )}
        <Button size="small" disabled={sheet.ours} onClick={apply}>
          {t.preview.apply}
        </Button>
      </div>
      <div className={styles.grid} data-testid="sheet-grid" data-sheet={sheet.name} ref={grid} role="region" aria-label={t.preview.grid(sheet.name)} tabIndex={0} onKeyDown={onGridKey}>
        <Grid sheet={sheet} cursor={cursorCell} onPick={(r, c) => moveTo(sheet.name, cellAddress(r, c))} scroller={grid} />
      </div>
    </section>
  );
}

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

function Grid({ sheet, cursor, onPick, scroller }: GridProps) {
  const styles = useStyles();
  const plan = sheet.plan;
  const look = useMemo(() => lookOf(plan?.formats), [plan]);
  const { span, covered } = useMemo(() => mergeSpans(plan?.merges), [plan]);
  const spare = sheet.ours ? 0 : 1;
  const width = useMemo(() => maxOf(sheet.values.map((r) => r.length), Math.max(1, plan?.columnWidths?.length ?? 0)), [sheet.values, plan]) + spare * SPARE_COLUMNS;
  const height = sheet.values.length + spare * SPARE_ROWS;
  // Windowing needs rows of one height and no merged cell across rows: a person's long sheet, not ours.
  const windowed = height > WINDOWED_FROM && !plan?.rowHeights && !(plan?.merges?.length);
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

/** The plan's column chart, drawn where Excel would place it. */
function Chart({ plan, values }: { plan: SheetPlan; values: readonly (readonly CellValue[])[] }) {
  const styles = useStyles();
  const data = chartData(plan, values);
  const chart = plan.chart!;
  if (!data) return null;
  const w = Math.round((chart.width * 4) / 3);
  const h = Math.round((chart.height * 4) / 3);
  const pad = { top: 28, bottom: 34, left: 28, right: 10 };
  const max = maxOf(data.series.flatMap((s) => s.values), 1);
  const group = (w - pad.left - pad.right) / Math.max(1, data.categories.length);
  const bar = (group * 0.7) / Math.max(1, data.series.length);
  const y = (v: number) => pad.top + (h - pad.top - pad.bottom) * (1 - v / max);
  const fills = [tokens.colorBrandBackground, tokens.colorPaletteMarigoldBorderActive];
  return (
    <svg className={styles.chart} width={w} height={h} role="img" aria-label={chart.title} data-testid="sheet-chart">
      <text x={w / 2} y={18} textAnchor="middle" fontSize="13" fill={tokens.colorNeutralForeground1}>
        {chart.title}
      </text>
      <line x1={pad.left} x2={w - pad.right} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
      {data.categories.map((cat, i) => (
        <g key={cat}>
          {data.series.map((s, k) => (
            <rect key={s.name} x={pad.left + i * group + group * 0.15 + k * bar} y={y(s.values[i] ?? 0)} width={bar - 1} height={y(0) - y(s.values[i] ?? 0)} fill={fills[k % fills.length]} />
          ))}
          <text x={pad.left + i * group + group / 2} y={h - pad.bottom + 14} textAnchor="middle" fontSize="10" fill={tokens.colorNeutralForeground2}>
            {cat}
          </text>
        </g>
      ))}
      {data.series.map((s, k) => (
        <g key={s.name}>
          <rect x={pad.left + k * 60} y={h - 12} width={10} height={10} fill={fills[k % fills.length]} />
          <text x={pad.left + k * 60 + 14} y={h - 3} fontSize="10" fill={tokens.colorNeutralForeground2}>
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * The drop-down list of a cell of an input sheet: the sheet's own plan where the add-in made it in this
 * session, else the lists the template gives that sheet's header row (a file opened from disk carries no plan).
 */
function listAt(sheet: MemorySheet, row: number, column: number): string[] | undefined {
  if (sheet.ours || row === 0) return undefined;
  const plan = sheet.plan ?? inputSheetPlans(new Map([[sheet.name, [sheet.values[0] ?? []]]])).find((p) => p.name === sheet.name);
  const hit = plan?.validations?.find((v) => {
    const [from, to = from] = v.range.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    return row >= a.row && row <= b.row && column >= a.column && column <= b.column;
  });
  return hit?.list;
}
