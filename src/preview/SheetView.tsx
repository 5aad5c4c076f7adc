import { Button, Field, Input, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Messages } from "../i18n/catalogue";
import { cellAddress, parseAddress } from "../register/cells";
import { inputSheetPlans } from "../register/template";
import type { MemorySheet } from "./memory-workbook";
import { Grid, ROW_PX, columnLeft } from "./SheetGrid";
import { shown } from "./sheet-style";

export interface SheetViewProps {
  sheets: readonly MemorySheet[];
  t: Messages;
  /** The workbook's last selection (a new object per select, so that selecting the same cell again shows it again). */
  selection: { sheet: string; address: string } | null;
  /** Types a value into a cell of a person's sheet, as Excel would. */
  onEdit: (sheet: string, address: string, value: string | number | null) => void;
  /** A sheet listed unread was put on show: its host reads it (the web app reads a sheet when its tab is opened). */
  onShow?: (sheet: string) => void;
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
  note: { padding: tokens.spacingVerticalS },
});

/** The in-memory workbook's sheets as Excel-like grids, with the formats the add-in planned. */
export function SheetView({ sheets, t, selection, onEdit, onShow }: SheetViewProps) {
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
  const shownName = sheet?.name;

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

  // Bring the cursor's cell into view (in a windowed sheet it may not be drawn yet: scroll to it first).
  useEffect(() => {
    let el = grid.current?.querySelector(`[data-cell="${cursor}"]`);
    if (!el && grid.current && cursorCell && sheet) {
      grid.current.scrollTop = Math.max(0, (cursorCell.row - 5) * ROW_PX);
      grid.current.scrollLeft = Math.max(0, columnLeft(sheet, cursorCell.column) - grid.current.clientWidth / 2);
      el = grid.current.querySelector(`[data-cell="${cursor}"]`);
    }
    if (el && "scrollIntoView" in el) (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
    // The sheet is read through a ref-free closure here: only a new cursor or tab scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor, shownName, cursorCell]);

  // The selected tab stays in sight when the strip scrolls. It follows the sheet on show, not the tab asked
  // for: a sheet just written (the year's, after a long write) may be selected before the list that holds it
  // arrives, and its tab must come into sight when it does.
  useEffect(() => {
    // Found by name, not by aria-selected: Fluent's tabs take the new selection a render later.
    const el = [...(tabStrip.current?.querySelectorAll("[data-tab]") ?? [])].find((e) => e.getAttribute("data-tab") === shownName);
    if (el && "scrollIntoView" in el) (el as HTMLElement).scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [shownName, sheets.length]);

  // A sheet not read yet is read when its tab is on show.
  const unread = sheet?.unread === true;
  useEffect(() => {
    if (unread && shownName !== undefined) onShow?.(shownName);
  }, [unread, shownName, onShow]);

  const choices = useMemo(() => (sheet && cursorCell ? listAt(sheet, cursorCell.row, cursorCell.column) : undefined), [sheet, cursorCell]);

  if (!sheet) return <Text className={styles.note}>{t.emptySheet}</Text>;

  /** Keys on the grid, as in Excel: arrows and Enter move, typing replaces the cell, Delete clears it. */
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      step(
        e.shiftKey && (e.key === "Enter" || e.key === "Tab") ? -move[0] : move[0],
        e.shiftKey && (e.key === "Enter" || e.key === "Tab") ? -move[1] : move[1],
      );
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
        <TabList
          className={styles.tabList}
          selectedValue={sheet.name}
          onTabSelect={(_, d) => {
            setTab(String(d.value));
            moveTo(String(d.value), cursor);
          }}
          size="small"
        >
          {sheets.map((s) => (
            <Tab key={s.name} value={s.name} title={s.ours ? t.ourSheet : undefined} data-tab={s.name}>
              {s.ours ? `★ ${s.name}` : s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.editor} role="group" aria-label={t.preview.editor}>
        <Field label={t.preview.cell} size="small" className={styles.cellBox} validationMessage={badCell ? t.preview.badCell : undefined}>
          <Input
            size="small"
            value={cellText}
            onChange={(_, d) => setCellText(d.value.toUpperCase())}
            onKeyDown={(e) => e.key === "Enter" && moveTo(sheet.name, cellText)}
            data-testid="cell-address"
          />
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
      <div
        className={styles.grid}
        data-testid="sheet-grid"
        data-sheet={sheet.name}
        ref={grid}
        role="region"
        aria-label={t.preview.grid(sheet.name)}
        tabIndex={0}
        onKeyDown={onGridKey}
      >
        <Grid sheet={sheet} cursor={cursorCell} onPick={(r, c) => moveTo(sheet.name, cellAddress(r, c))} scroller={grid} />
      </div>
    </section>
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
