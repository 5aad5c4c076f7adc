import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { langFromLocale, messages } from "../i18n/catalogue";
import { App } from "../taskpane/App";
import { sampleRegister } from "../register/sample";
import { inputSheetPlans } from "../register/template";
import { MemoryWorkbook } from "./memory-workbook";
import { SheetView } from "./SheetView";

/*
 * The browser preview's composition root: the real task pane over an in-memory workbook, with the
 * workbook's sheets shown beside it. Nothing is loaded from outside; no Office is needed.
 */

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "320px 1fr", height: "100vh", background: tokens.colorNeutralBackground2 },
  pane: { borderRight: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto", background: tokens.colorNeutralBackground1 },
  sheets: { display: "flex", flexDirection: "column", minWidth: 0, background: tokens.colorNeutralBackground1 },
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function Preview({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const lang = langFromLocale(params.get("lang") ?? navigator.language);
  const t = messages(lang);
  const [sheets, setSheets] = useState(workbook.snapshot());
  useEffect(() => workbook.subscribe(() => setSheets(workbook.snapshot())), [workbook]);
  return (
    <div className={styles.page}>
      <aside className={styles.pane} aria-label={t.appTitle} data-testid="taskpane">
        <App port={workbook} initialLang={lang} theme={webLightTheme} today={startDay} />
      </aside>
      <FluentProvider theme={webLightTheme} className={styles.sheets}>
        <Text className={styles.banner} size={200}>
          {t.previewNote}
        </Text>
        <SheetView sheets={sheets} t={t} active={workbook.selection?.sheet} selected={workbook.selection?.address} />
      </FluentProvider>
    </div>
  );
}

// The preview opens on the sample branch, as a secretary's register would look; `?start=empty` opens an
// empty workbook instead, for walking through 建立登记簿 as a newcomer would.
const params = new URLSearchParams(location.search);
const startDay = params.get("today") ?? today();
const workbook = new MemoryWorkbook();
const ready =
  params.get("start") === "empty"
    ? Promise.resolve()
    : workbook.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: startDay.slice(0, 7) })) });
void ready.then(() => createRoot(document.getElementById("container")!).render(<Preview workbook={workbook} />));
