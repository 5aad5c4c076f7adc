import {
  Button,
  Field,
  FluentProvider,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../i18n/catalogue";
import { branchStateText, rollupMessages } from "../i18n/rollup";
import type { Distribution } from "../scheme/results";
import type { Rollup } from "../register/rollup/rollup";
import { isIsoMonth, isIsoYear } from "../scheme/dates";
import { fileBytes } from "../taskpane/import-loader";
import { downloadXlsx } from "./download";
import { pageClock } from "./page-clock";

/*
 * 党委汇总 (the web app's committee page): the composition root of dist/web/rollup.html. The committee's
 * secretary chooses or drops many branch registers; they are read in the browser (ExcelJS loads with the
 * first file) and rolled up; 保存汇总 downloads the roll-up workbook. Nothing is uploaded.
 *   ?today=YYYY-MM-DD   the day the states are read for
 *   ?lang=en            English
 */

const loadBook = () => import(/* webpackChunkName: "rollup-book" */ "./rollup-book");

const useStyles = makeStyles({
  page: { maxWidth: "1100px", margin: "0 auto", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: { border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingVerticalL, textAlign: "center" },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& td, & th": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "center" },
  },
  left: { textAlign: "left" },
});

const STARS = [5, 4, 3, 2, 1, 0];
const both = (d: Distribution, s: number) => d.党员[s] + d.党外[s];

function RollupPage({ lang, today, now }: { lang: Lang; today: string; now: () => string }) {
  const t = rollupMessages(lang);
  const w = t.page;
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [period, setPeriod] = useState(today.slice(0, 7));
  const [files, setFiles] = useState<{ name: string; bytes: Uint8Array }[]>([]);
  const [result, setResult] = useState<Rollup | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const valid = isIsoMonth(period) || isIsoYear(period);

  const run = async (chosen: typeof files, at: string) => {
    setNotice(null);
    if (chosen.length === 0 || !(isIsoMonth(at) || isIsoYear(at))) return setResult(null);
    setBusy(w.reading(chosen.length));
    try {
      setResult(await (await loadBook()).rollupFiles(chosen, at, today));
    } catch (e) {
      setNotice({ intent: "error", text: w.failed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(null);
    }
  };
  const add = async (list: FileList | null) => {
    const chosen = [...files];
    for (const file of Array.from(list ?? [])) chosen.push({ name: file.name, bytes: await fileBytes(file) });
    setFiles(chosen);
    await run(chosen, period);
  };
  const save = async () => {
    if (!result) return;
    const name = `${result.period} 党委汇总.xlsx`;
    downloadXlsx(await (await loadBook()).rollupBytes(result, now()), name);
    setNotice({ intent: "success", text: w.saved(name) });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void add(e.dataTransfer.files);
  };

  return (
    <main className={styles.page} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <Text as="h1" size={600} weight="semibold">
        {w.title}
      </Text>
      <Text>{w.lead}</Text>
      <Field label={w.period} validationMessage={valid ? undefined : w.badPeriod}>
        <Input data-testid="rollup-period" value={period} onChange={(_, d) => setPeriod(d.value.trim())} onBlur={() => void run(files, period)} />
      </Field>
      <div className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop} data-testid="rollup-drop">
        <Button appearance="primary" onClick={() => picker.current?.click()}>
          {w.choose}
        </Button>{" "}
        <Text>{w.drop}</Text>
        <input
          ref={picker}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          data-testid="rollup-files"
          onChange={(e) => {
            const list = e.target.files;
            void add(list).then(() => (e.target.value = ""));
          }}
        />
      </div>
      {busy && <Spinner label={busy} />}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="rollup-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && <Result result={result} lang={lang} onSave={() => void save()} />}
      <Link href="index.html">{w.back}</Link>
    </main>
  );
}

function Result({ result, lang, onSave }: { result: Rollup; lang: Lang; onSave: () => void }) {
  const t = rollupMessages(lang);
  const w = t.page;
  const styles = useStyles();
  const d = result.total.distribution;
  return (
    <>
      <Text data-testid="rollup-summary">{w.summary(result.branches.length, result.total.published, result.skipped.length)}</Text>
      <table className={styles.table} data-testid="rollup-table">
        <thead>
          <tr>
            {w.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.branches.map((b, i) => (
            <tr key={i}>
              <td className={styles.left}>{b.branch || b.file}</td>
              <td className={styles.left}>{branchStateText(b, lang)}</td>
              <td>{b.assessed ?? ""}</td>
              {STARS.map((s) => (
                <td key={s}>{b.distribution ? both(b.distribution, s) : ""}</td>
              ))}
              <td>{b.distribution ? b.distribution.unscored.党员 + b.distribution.unscored.党外 : ""}</td>
              <td>{b.excellent ?? ""}</td>
            </tr>
          ))}
          <tr>
            <th className={styles.left}>{w.total}</th>
            <td />
            <td>{result.total.assessed}</td>
            {STARS.map((s) => (
              <td key={s}>{both(d, s)}</td>
            ))}
            <td>{d.unscored.党员 + d.unscored.党外}</td>
            <td>{result.total.excellent}</td>
          </tr>
        </tbody>
      </table>
      {result.skipped.length > 0 && (
        <section data-testid="rollup-skipped">
          <Text weight="semibold">{w.skipped}</Text>
          <ul>
            {result.skipped.map((s, i) => (
              <li key={i}>{`${s.file}：${t.skip[s.reason]}`}</li>
            ))}
          </ul>
        </section>
      )}
      {result.warnings.length > 0 && (
        <section data-testid="rollup-warnings">
          <Text weight="semibold">{w.warnings}</Text>
          <ul>
            {result.warnings.map((x, i) => (
              <li key={i}>{t.warning(x)}</li>
            ))}
          </ul>
        </section>
      )}
      <div>
        <Button appearance="primary" data-testid="save-rollup" disabled={result.branches.length === 0} onClick={onSave}>
          {w.save}
        </Button>
      </div>
    </>
  );
}

const { lang, today, now } = pageClock(location.search, navigator.language);
document.documentElement.lang = lang;
createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme} lang={lang}>
    <RollupPage lang={lang} today={today} now={now} />
  </FluentProvider>,
);
