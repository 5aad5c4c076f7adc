import { makeStyles, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { langFromLocale, messages } from "../i18n/catalogue";
import { isoDate, isoDateTime } from "../taskpane/clock";
import { openingMonth } from "./page-clock";
import { defaultYear } from "../taskpane/year-options";
import { sampleRegister, sampleYear } from "../sample/sample-branch";
import { inputSheetPlans } from "../register/template";
import { MemoryWorkbook } from "./memory-workbook";
import { Workbench } from "./Workbench";

/*
 * The browser preview's composition root: the real task pane over an in-memory workbook, with the
 * workbook's sheets shown beside it. Nothing is loaded from outside; no Office is needed.
 *   ?start=empty        an empty workbook (walk through 建立登记簿 as a newcomer would)
 *   ?sample=year        the sample branch over a whole year (the twelve months of the annual steps'
 *                       default year, with a year-end appraisal), for trying the annual steps
 *   ?today=YYYY-MM-DD   the pane's today (the month defaults follow it)
 *   ?month=YYYY-MM      the month the pane opens at (default: the month being closed)
 *   ?lang=en            the pane in English
 *   ?theme=dark|contrast the dark or high-contrast theme
 */

const useStyles = makeStyles({
  page: { height: "100vh" },
});

declare global {
  interface Window {
    /** Test hook: the preview's in-memory workbook (the e2e tests read and edit it). */
    __previewWorkbook?: MemoryWorkbook;
    /** When the task pane first rendered, in ms since navigation began (performance.now()). */
    __firstRender?: number;
  }
}

function Preview({ workbook, theme, today, month }: { workbook: MemoryWorkbook; theme: Theme; today: string; month?: string }) {
  const styles = useStyles();
  const lang = langFromLocale(params.get("lang") ?? navigator.language);
  const t = messages(lang);
  const [sheets, setSheets] = useState(workbook.snapshot());
  const [selection, setSelection] = useState(workbook.selection);
  useEffect(
    () =>
      workbook.subscribe(() => {
        setSheets(workbook.snapshot());
        setSelection(workbook.selection);
      }),
    [workbook],
  );
  useEffect(() => {
    window.__firstRender ??= performance.now();
  }, []);
  return (
    <div className={styles.page}>
      <Workbench
        port={workbook}
        sheets={sheets}
        selection={selection}
        onEdit={(sheet, address, value) => workbook.setCell(sheet, address, value)}
        lang={lang}
        theme={theme}
        today={today}
        month={month}
        now={() => isoDateTime(new Date(), today)}
        note={t.previewNote}
      />
    </div>
  );
}

// The preview opens on the sample branch, as a secretary's register would look — its last three months,
// or with `?sample=year` a whole year; `?start=empty` opens an empty workbook instead, for walking through
// 建立登记簿 as a newcomer would.
const params = new URLSearchParams(location.search);
const startDay = params.get("today") ?? isoDate(new Date());
const theme = params.get("theme") === "dark" ? webDarkTheme : params.get("theme") === "contrast" ? teamsHighContrastTheme : webLightTheme;
const workbook = new MemoryWorkbook();
window.__previewWorkbook = workbook;
const ready =
  params.get("start") === "empty"
    ? Promise.resolve()
    : workbook.write({
        inputSheets: inputSheetPlans(params.get("sample") === "year" ? sampleYear(defaultYear(startDay)) : sampleRegister({ lastMonth: startDay.slice(0, 7) })),
      });
void ready.then(() =>
  createRoot(document.getElementById("container")!).render(<Preview workbook={workbook} theme={theme} today={startDay} {...openingMonth(params)} />),
);
