import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { createRoot } from "react-dom/client";
import { messages, type Lang } from "../i18n/catalogue";
import { webMessages, type WebMessages } from "../i18n/web";
import { fileBytes } from "../taskpane/import-loader";
import { downloadXlsx } from "./download";
import { LiveWorkbook, copyName } from "./live-workbook";
import { pageClock } from "./page-clock";
import type { MemorySheet } from "./memory-workbook";
import { Workbench } from "./Workbench";
import { PHONE, usePhoneTargets } from "./phone";

/*
 * 积分评星网页版: the web app's composition root. The real task pane over the secretary's own .xlsx file,
 * opened in the browser through the .xlsx port (src/xlsx, ExcelJS — loaded only when a file is opened), with
 * the sheets beside it; 保存副本 downloads a new .xlsx and her original file is never changed. Nothing is sent
 * anywhere: the page makes no request after it has loaded.
 *   ?today=YYYY-MM-DD   the pane's today
 *   ?month=YYYY-MM      the month the pane opens at (default: the month being closed)
 *   ?lang=en            English
 */

const loadBook = () => import(/* webpackChunkName: "xlsx-book" */ "./web-book");

declare global {
  interface Window {
    /** Test hook: the open workbook (the e2e tests read it). */
    __webWorkbook?: LiveWorkbook;
  }
}

const useStyles = makeStyles({
  page: { height: "100vh", display: "flex", flexDirection: "column", [PHONE]: { height: "auto", minHeight: "100vh" } },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  grow: { flexGrow: 1 },
  work: { flexGrow: 1, minHeight: 0 },
  landing: { maxWidth: "40em", margin: "8vh auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXXL,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", justifyContent: "center" },
  hidden: { display: "none" },
  // The notice never gives up its height to the workbench below it.
  notice: { flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface OpenBook {
  live: LiveWorkbook;
  fileName: string;
}

type Notice = { intent: "error" | "success" | "info"; text: string } | null;

function WebApp({ lang, today, now, month }: { lang: Lang; today: string; now: () => string; month?: string }) {
  const styles = useStyles();
  usePhoneTargets();
  const w = webMessages(lang);
  const t = messages(lang);
  const [open, setOpen] = useState<OpenBook | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [sheets, setSheets] = useState<readonly MemorySheet[]>([]);
  const [selection, setSelection] = useState<{ sheet: string; address: string } | null>(null);
  const [saveState, setSaveState] = useState<"unchanged" | "dirty" | "saved">("unchanged");
  const [lost, setLost] = useState<string[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // The sheet view follows the workbook; a later snapshot never gives way to an older one. Only the sheets
  // on show are read (a year's register has sheets of 20,000 rows): another is read when its tab is opened.
  useEffect(() => {
    if (!open) return;
    let latest = 0;
    const refresh = () => {
      const ticket = ++latest;
      setSaveState(open.live.dirty ? "dirty" : open.live.saved ? "saved" : "unchanged");
      setSelection(open.live.selection);
      void open.live.snapshot({ lazy: true }).then(
        (s) => ticket === latest && setSheets(s),
        (e) => setNotice({ intent: "error", text: w.failed(String(e)) }),
      );
    };
    refresh();
    return open.live.subscribe(refresh);
  }, [open, w]);

  // Leaving the page with unsaved work asks first (the browser shows its own wording).
  useEffect(() => {
    const guard = (e: BeforeUnloadEvent) => {
      if (!open?.live.dirty) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", guard);
    return () => window.removeEventListener("beforeunload", guard);
  }, [open]);

  const start = async (make: () => Promise<{ book: import("../xlsx/xlsx-workbook").XlsxWorkbook | string; name: string }>) => {
    if (open?.live.dirty && !window.confirm(w.discard)) return;
    setBusy(true);
    setNotice(null);
    try {
      const { book, name } = await make();
      if (typeof book === "string") {
        setNotice({ intent: "error", text: book === "not-xlsx" ? w.notXlsx(name) : w.unreadable(name) });
        return;
      }
      const live = new LiveWorkbook(book);
      window.__webWorkbook = live;
      setOpen({ live, fileName: name });
    } catch (error) {
      setNotice({ intent: "error", text: w.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const clock = () => new Date(now());
  const openFile = (file: File) =>
    start(async () => {
      const [{ openBook }, bytes] = await Promise.all([loadBook(), fileBytes(file)]);
      return { book: await openBook(bytes, clock), name: file.name };
    });
  const openSample = () => start(async () => ({ book: await (await loadBook()).sampleBook(today.slice(0, 7), clock), name: w.sampleName }));
  const openBlank = () => start(async () => ({ book: (await loadBook()).newBook(clock), name: w.blankName }));

  const save = async (confirmed: boolean) => {
    if (!open) return;
    setBusy(true);
    setNotice(null);
    try {
      const { saveBook, lostOnSave, NoVisibleSheetError } = await loadBook();
      const book = open.live.book as import("../xlsx/xlsx-workbook").XlsxWorkbook;
      const losses = lostOnSave(book, lang);
      if (!confirmed && losses.length > 0) {
        setLost(losses);
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await saveBook(book);
      } catch (error) {
        if (error instanceof NoVisibleSheetError) {
          setNotice({ intent: "error", text: w.noVisibleSheet });
          return;
        }
        throw error;
      }
      const name = copyName(open.fileName, open.live.lastPeriod, today);
      downloadXlsx(bytes, name);
      open.live.markSaved();
      setNotice({ intent: "success", text: w.saved(name) });
    } catch (error) {
      setNotice({ intent: "error", text: w.failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };
  const fileInput = (
    <input
      ref={picker}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      className={styles.hidden}
      data-testid="open-file"
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) void openFile(file);
      }}
    />
  );
  const message = notice && (
    // Multiline: the notice after 保存副本 names the copy and what to do next; it is shown whole, never cut.
    <MessageBar intent={notice.intent} layout="multiline" className={styles.notice} data-testid="web-notice">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );

  if (!open) {
    return (
      <main
        className={`${styles.landing} phone-targets`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div>
          <Text as="h1" size={800} weight="semibold" block>
            {w.title}
          </Text>
          <Text size={400} block className={styles.muted}>
            {w.subtitle}
          </Text>
        </div>
        <Text block>{w.intro}</Text>
        <div className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}>
          <Button appearance="primary" size="large" disabled={busy} onClick={() => picker.current?.click()}>
            {w.open}
          </Button>
          <Text className={styles.muted}>{w.drop}</Text>
          {fileInput}
        </div>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void openSample()} data-testid="try-sample">
            {w.trySample}
          </Button>
          <Button disabled={busy} onClick={() => void openBlank()}>
            {w.newBlank}
          </Button>
        </div>
        {busy && <Spinner label={w.opening} />}
        {message}
        <Text size={200} className={styles.muted}>
          {w.offline}
        </Text>
      </main>
    );
  }

  return (
    <div className={`${styles.page} phone-targets`} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className={styles.bar}>
        <Text className={styles.fileName} title={open.fileName} data-testid="file-name">
          {w.file(open.fileName)}
        </Text>
        {/* Right after opening, nothing has changed and nothing was saved: the badge says so. */}
        <Badge appearance="tint" color={saveState === "dirty" ? "warning" : saveState === "saved" ? "success" : "informative"} data-testid="save-state">
          {saveState === "dirty" ? w.unsaved : saveState === "saved" ? w.allSaved : w.unchanged}
        </Badge>
        <span className={styles.grow} />
        {busy && <Spinner size="tiny" label={w.saving} />}
        <Button appearance="primary" disabled={busy} onClick={() => void save(false)} data-testid="save-copy">
          {w.save}
        </Button>
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {w.openOther}
        </Button>
        {fileInput}
      </header>
      {message}
      <div className={styles.work}>
        <Workbench
          port={open.live}
          sheets={sheets}
          selection={selection}
          onEdit={(sheet, address, value) =>
            void open.live
              .setCell(sheet, address, value)
              .catch((e) => setNotice({ intent: "error", text: w.failed(e instanceof Error ? e.message : String(e)) }))
          }
          onShow={(sheet) => open.live.show(sheet)}
          lang={lang}
          theme={webLightTheme}
          today={today}
          month={month}
          now={now}
          note={w.sheetsNote}
        />
      </div>
      <LostDialog w={w} lost={lost} onCancel={() => setLost(null)} onContinue={() => (setLost(null), void save(true))} appTitle={t.appTitle} />
    </div>
  );
}

function LostDialog({
  w,
  lost,
  onCancel,
  onContinue,
  appTitle,
}: {
  w: WebMessages;
  lost: string[] | null;
  onCancel: () => void;
  onContinue: () => void;
  appTitle: string;
}) {
  return (
    <Dialog open={lost !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-label={appTitle}>
        <DialogBody>
          <DialogTitle>{w.lostTitle}</DialogTitle>
          <DialogContent>
            <Text block>{w.lostIntro}</Text>
            <ul data-testid="lost-list">
              {(lost ?? []).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onContinue} data-testid="save-anyway">
              {w.lostContinue}
            </Button>
            <Button onClick={onCancel}>{w.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

const { lang, today, now, month } = pageClock(location.search, navigator.language);
document.documentElement.lang = lang;
// Served over http(s), the page keeps its own files for offline use (sw.js, made by the build); opened from a
// folder (file://) there is no service worker and the page works as it always has. A failed registration
// only means no offline copy: the page works on.
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("sw.js").catch((error: unknown) => console.warn("积分评星: no offline copy (service worker not registered)", error));
  });
}
createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} lang={lang} style={{ height: "100%" }}>
    <WebApp lang={lang} today={today} now={now} month={month} />
  </FluentProvider>,
);
