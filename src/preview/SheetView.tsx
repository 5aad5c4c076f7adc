import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Messages } from "../i18n/catalogue";
import { columnLetters, parseAddress } from "../register/cells";
import type { FormatRange } from "../register/sheet-plan";
import type { MemorySheet } from "./memory-workbook";

export interface SheetViewProps {
  sheets: readonly MemorySheet[];
  t: Messages;
  /** The sheet to show, when the task pane selects a cell on it. */
  active?: string;
  selected?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  grid: { overflow: "auto", flexGrow: 1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: "12px" },
  head: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 400, position: "sticky", top: 0 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", whiteSpace: "nowrap", height: "18px" },
  rowNo: { background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  note: { padding: tokens.spacingVerticalS },
});

/** Shows the in-memory workbook's sheets as a read-only grid, with the formats the add-in planned. */
export function SheetView({ sheets, t, active, selected }: SheetViewProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<string>(sheets[0]?.name ?? "");
  useEffect(() => {
    if (active) setTab(active);
  }, [active, selected]);
  const sheet = sheets.find((s) => s.name === tab) ?? sheets[0];
  const styleOf = useMemo(() => cellStyles(sheet?.plan?.formats ?? []), [sheet]);
  if (!sheet) return <Text className={styles.note}>{t.emptySheet}</Text>;
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const sel = selected && active === sheet.name ? parseAddress(selected) : null;
  return (
    <section className={styles.root} aria-label={t.sheets}>
      <TabList selectedValue={sheet.name} onTabSelect={(_, d) => setTab(String(d.value))} size="small">
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name} title={s.ours ? t.ourSheet : undefined}>
            {s.ours ? `★ ${s.name}` : s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.grid} data-testid="sheet-grid" data-sheet={sheet.name}>
        {sheet.values.length === 0 ? (
          <Text className={styles.note}>{t.emptySheet}</Text>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.head}`} />
                {Array.from({ length: width }, (_, c) => (
                  <th key={c} className={`${styles.cell} ${styles.head}`} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.values.map((row, r) => (
                <tr key={r}>
                  <th className={`${styles.cell} ${styles.rowNo}`} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: width }, (_, c) => {
                    const v = row[c];
                    const isSel = sel !== null && sel.row === r && sel.column === c;
                    return (
                      <td key={c} className={`${styles.cell} ${isSel ? styles.selected : ""}`} style={styleOf(r, c)}>
                        {display(v, sheet.plan?.formats, r, c)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

function display(v: unknown, formats: FormatRange[] | undefined, r: number, c: number): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    const f = formats?.filter((x) => x.numberFormat && inRange(x.range, r, c)).pop();
    if (f?.numberFormat === "0.0") return v.toFixed(1);
    if (f?.numberFormat === "0.00") return v.toFixed(2);
  }
  return String(v);
}

function inRange(range: string, r: number, c: number): boolean {
  const [a, b = a] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  return r >= p.row && r <= q.row && c >= p.column && c <= q.column;
}

function cellStyles(formats: FormatRange[]) {
  return (r: number, c: number): React.CSSProperties => {
    const style: React.CSSProperties = {};
    for (const f of formats) {
      if (!inRange(f.range, r, c)) continue;
      if (f.fill) style.background = f.fill;
      if (f.font?.bold) style.fontWeight = 700;
      if (f.font?.color) style.color = f.font.color;
      if (f.font?.size) style.fontSize = `${Math.round(f.font.size * 1.1)}px`;
      if (f.horizontal) style.textAlign = f.horizontal;
    }
    return style;
  };
}
