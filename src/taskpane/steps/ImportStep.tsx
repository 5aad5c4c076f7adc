import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { importBallots, previewImport, type ImportOptions, type ImportPlan } from "../../register/import";
import type { WorkbookPort } from "../../register/port";
import type { ExportFile } from "../../xlsx/read-export";
import { ProblemList } from "../components/ProblemList";
import { StepFailure } from "../components/StepFailure";
import { monthOf, monthOptions } from "../month-options";
import { fileBytes, loadReadExport } from "../import-loader";
import { useStep } from "../use-step";
import { yearOptions } from "../year-options";
import { ImportPreview } from "./ImportPreview";
import { useStepStyles } from "./step-styles";
import { importWords } from "../../i18n/pane-parts";

export interface ImportStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD: the period defaults to its month. */
  today: string;
}

const useStyles = makeStyles({
  picker: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
});

/** The file chosen and what reading it gave; `version` tells one choice from the next (the same file chosen again). */
interface Chosen {
  version: number;
  fileName: string;
  bytes: Uint8Array;
  read: ExportFile;
}

/**
 * 导入评议结果: a questionnaire export or a list goes into 民主评议. Choosing a file reads it with the export
 * reader (a chunk of its own, with ExcelJS, loaded only then) and shows, before anything is written, how
 * each column maps to the roster — a column that matched no one or two people must be settled here, never
 * dropped silently — and what the import would do. 导入 writes only when nothing blocks it; importing the
 * same export twice is refused. The step itself loads just after the pane's first render (see App).
 */
export function ImportStep({ port, t, lang, today }: ImportStepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const [period, setPeriod] = useState(monthOf(today));
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<unknown>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [prefixDraft, setPrefixDraft] = useState("");
  const [prefix, setPrefix] = useState("");
  const [preview, setPreview] = useState<{ version: number; plan: ImportPlan; present: Set<string> } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const versions = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const fileStatus = useId();
  const pickText = useId();

  const read = async (fileName: string, bytes: Uint8Array, sheet?: string) => {
    setReading(true);
    setReadError(null);
    try {
      const { readExport } = await loadReadExport();
      const result = await readExport(bytes, sheet === undefined ? { fileName } : { fileName, sheet });
      setChosen({ version: ++versions.current, fileName, bytes, read: result });
    } catch (error) {
      setChosen(null);
      setReadError(error);
    } finally {
      setReading(false);
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file || reading) return;
    setPreview(null);
    try {
      const bytes = await fileBytes(file);
      // The same export chosen again keeps the columns settled for it (so that importing it twice is seen as
      // such); another file starts afresh.
      if (!chosen || !sameBytes(chosen.bytes, bytes)) setOverrides({});
      await read(file.name, bytes);
    } catch (error) {
      setReadError(error);
    }
    // Choosing the same file again (after importing it, say) must read it again.
    if (input.current) input.current.value = "";
  };

  const options = useMemo((): ImportOptions | null => {
    if (!chosen?.read.grid) return null;
    const source = {
      fileName: chosen.fileName,
      ...(chosen.read.sheet !== undefined && { sheet: chosen.read.sheet }),
      ...(chosen.read.date1904 && { date1904: true }),
    };
    return { period, source, overrides, ...(prefix.trim() && { ballotPrefix: prefix.trim() }) };
  }, [chosen, period, overrides, prefix]);

  useEffect(() => {
    if (!chosen?.read.grid || !options) return;
    let current = true;
    const grid = chosen.read.grid;
    const version = chosen.version;
    setPreviewError(null);
    Promise.all([previewImport(port, grid, options), port.listSheets()]).then(
      ([plan, sheets]) => current && setPreview({ version, plan, present: new Set(sheets.map((s) => s.name.toLowerCase())) }),
      (error) => current && setPreviewError(error),
    );
    return () => {
      current = false;
    };
  }, [port, chosen, options]);

  const importAction = useCallback(async () => {
    if (!chosen?.read.grid || !options) throw new Error(importWords(t).noFile);
    const plan = await importBallots(port, chosen.read.grid, options);
    // Refused now though the preview allowed it (the register changed meanwhile): show why, as a preview.
    if (plan.blocked) setPreview({ version: chosen.version, plan, present: new Set((await port.listSheets()).map((s) => s.name.toLowerCase())) });
    return { version: chosen.version, plan };
  }, [port, chosen, options, t]);
  const [importState, runImport] = useStep(importAction);
  const importing = importState.status === "running";
  const outcome =
    importState.status === "done" && importState.result.version === chosen?.version && !importState.result.plan.blocked ? importState.result.plan : null;
  const plan = outcome ?? (preview && preview.version === chosen?.version ? preview.plan : null);
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{importWords(t).hint}</Text>
      <Field label={importWords(t).period}>
        <Select value={period} onChange={(_, d) => setPeriod(d.value)}>
          <optgroup label={importWords(t).months}>
            {monthOptions(today).map((m) => (
              <option key={m} value={m}>
                {t.monthName(m)}
              </option>
            ))}
          </optgroup>
          <optgroup label={importWords(t).years}>
            {yearOptions(today).map((y) => (
              <option key={y} value={y}>
                {importWords(t).yearPeriod(y)}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Field label={importWords(t).file} hint={importWords(t).fileHint}>
        {(fieldProps) => (
          // The browser's own file control speaks the browser's language and forgets the file once read: a
          // button in the pane's language opens it, and the file read is named beside the button.
          <div className={own.picker}>
            <Button
              {...fieldProps}
              aria-labelledby={`${fieldProps["aria-labelledby"] ?? ""} ${pickText}`.trim()}
              aria-describedby={`${fileStatus} ${fieldProps["aria-describedby"] ?? ""}`.trim()}
              onClick={() => input.current?.click()}
              disabledFocusable={reading || importing}
            >
              <span id={pickText}>{importWords(t).pick}</span>
            </Button>
            <Text id={fileStatus} size={200} className={own.fileName}>
              {chosen ? chosen.fileName : importWords(t).noFileChosen}
            </Text>
            <input
              ref={input}
              type="file"
              hidden
              accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              disabled={reading || importing}
              data-testid="import-file"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </div>
        )}
      </Field>
      {chosen && chosen.read.sheets.length > 1 && (
        <Field label={importWords(t).sheet}>
          <Select
            value={chosen.read.sheet ?? ""}
            disabled={reading || importing}
            onChange={(_, d) => {
              // Another sheet has other columns: the columns settled for this one do not carry over.
              setOverrides({});
              void read(chosen.fileName, chosen.bytes, d.value);
            }}
          >
            {chosen.read.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={importWords(t).prefix} hint={importWords(t).prefixHint}>
        <Input
          value={prefixDraft}
          onChange={(_, d) => setPrefixDraft(d.value)}
          onBlur={() => setPrefix(prefixDraft)}
          onKeyDown={(e) => e.key === "Enter" && setPrefix(prefixDraft)}
        />
      </Field>
      {reading && <Spinner size="tiny" label={importWords(t).reading} />}
      {readError !== null && <StepFailure error={readError} t={t} />}
      {previewError !== null && <StepFailure error={previewError} t={t} />}
      {chosen && !chosen.read.grid && (
        <div className={styles.outcome} data-testid="import-outcome">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{importWords(t).unreadable(chosen.fileName)}</MessageBarBody>
          </MessageBar>
          <ProblemList problems={chosen.read.problems} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} canSelect={() => false} />
        </div>
      )}
      {chosen?.read.grid && !plan && !previewError && <Spinner size="tiny" label={t.working} />}
      {importState.status === "failed" && <StepFailure error={importState.error} t={t} />}
      {chosen && plan && (
        <div className={styles.outcome} data-testid="import-outcome">
          <ImportPreview
            plan={plan}
            imported={outcome !== null}
            fileProblems={chosen.read.problems}
            overrides={overrides}
            onOverride={setOverrides}
            onImport={runImport}
            importing={importing}
            present={preview?.present ?? new Set()}
            t={t}
            lang={lang}
            select={select}
          />
        </div>
      )}
    </div>
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
