import { FluentProvider, Text, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../i18n/catalogue";
import { messages } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { App } from "../taskpane/App";
import type { MemorySheet } from "./memory-workbook";
import { SheetView } from "./SheetView";
import { PHONE, usePhoneTargets } from "./phone";

export interface WorkbenchProps {
  /** The workbook the task pane works on. */
  port: WorkbookPort;
  /** The same workbook's sheets, for the sheet view. */
  sheets: readonly MemorySheet[];
  selection: { sheet: string; address: string } | null;
  onEdit: (sheet: string, address: string, value: string | number | null) => void;
  /** A sheet listed unread is on show (see SheetView). */
  onShow?: (sheet: string) => void;
  lang: Lang;
  theme: Theme;
  today: string;
  /** The month the pane opens at (?month=); by default the month being closed. */
  month?: string;
  now: () => string;
  /** The line above the sheets (what this host is). */
  note: ReactNode;
}

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "320px minmax(0, 1fr)",
    height: "100%",
    minHeight: 0,
    // On a phone the steps stand above the sheet and the page scrolls; the sheet view scrolls within itself.
    [PHONE]: { display: "flex", flexDirection: "column", height: "auto" },
  },
  pane: {
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    overflowX: "hidden",
    [PHONE]: { borderRight: "none", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "visible", flexShrink: 0 },
  },
  sheets: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    [PHONE]: { height: "85vh", flexShrink: 0 },
  },
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

/**
 * The task pane beside the workbook's sheets, as in Excel: the preview's and the web app's main view. The
 * pane is the real task pane; the sheet view lets a person type into input sheets.
 */
export function Workbench({ port, sheets, selection, onEdit, onShow, lang, theme, today, month, now, note }: WorkbenchProps) {
  const styles = useStyles();
  usePhoneTargets();
  const t = messages(lang);
  return (
    <div className={`${styles.page} phone-targets`}>
      <aside className={styles.pane} aria-label={t.appTitle} data-testid="taskpane">
        <App port={port} initialLang={lang} theme={theme} today={today} now={now} month={month} />
      </aside>
      {/* The workbook stays white in every theme, as Excel's grid does: its colours are the sheets' own. */}
      <FluentProvider theme={webLightTheme} className={styles.sheets} lang={lang}>
        <Text className={styles.banner} size={200}>
          {note}
        </Text>
        <SheetView sheets={sheets} t={t} selection={selection} onEdit={onEdit} onShow={onShow} />
      </FluentProvider>
    </div>
  );
}
