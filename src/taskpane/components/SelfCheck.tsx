import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useContext, useState } from "react";
import type { SelfCheckReport } from "../../excel/self-check";
import type { Messages } from "../../i18n/catalogue";
import { useStep } from "../use-step";
import { SelfCheckContext } from "./self-check-host";
import { StepFailure } from "./StepFailure";
import { selfCheckWords } from "../../i18n/pane-parts";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  report: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: "14em",
    width: "100%",
    boxSizing: "border-box",
    resize: "vertical",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The report as text to copy: the host's facts, then each operation's outcome and error code. */
export function reportText(report: SelfCheckReport, t: Messages, time: string): string {
  const m = selfCheckWords(t);
  const { host } = report;
  const api = host.excelApi.length ? `${host.excelApi[0]}–${host.excelApi[host.excelApi.length - 1]}` : m.unknown;
  const lines = [
    m.reportTitle,
    `${m.time}: ${time}`,
    `${m.platform}: ${host.platform || m.unknown}`,
    `${m.version}: ${host.version || m.unknown}`,
    `${m.excelApi}: ${api}`,
    `${m.sharedRuntime}: ${host.sharedRuntime ? m.yes : m.no}`,
    "",
  ];
  for (const o of report.outcomes) {
    const detail =
      o.status === "skipped"
        ? o.needs
          ? m.needs(o.needs)
          : (o.code ?? "")
        : o.status === "failed"
          ? `${o.code ?? ""}${o.message ? ` — ${o.message}` : ""}`
          : (o.message ?? "");
    lines.push(`${m.status[o.status]} · ${m.ops[o.op] ?? o.op} (${o.op})${detail ? `: ${detail}` : ""}`);
  }
  const failed = report.outcomes.filter((o) => o.status === "failed").length;
  const skipped = report.outcomes.filter((o) => o.status === "skipped").length;
  lines.push("", m.summary(failed, skipped));
  return lines.join("\n");
}

/**
 * 自检 in the settings area: runs the self-check and shows a report that can be copied. Loaded on demand
 * (the default export, for React.lazy), as most runs of the pane never need it.
 */
export default function SelfCheck({ t }: { t: Messages }) {
  const host = useContext(SelfCheckContext);
  const styles = useStyles();
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  const check = useCallback(async () => {
    setCopy(null);
    if (!host) throw new Error("no self-check host");
    const report = await host.run();
    return reportText(report, t, host.now());
  }, [host, t]);
  const [state, run] = useStep(check);
  if (!host) return null;
  const text = state.status === "done" ? state.result : "";
  const copyReport = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };
  return (
    <fieldset className={styles.box} data-self-check>
      <legend>
        <Text weight="semibold">{selfCheckWords(t).title}</Text>
      </legend>
      <Text size={200}>{selfCheckWords(t).hint}</Text>
      {host.missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {selfCheckWords(t).leftOut(host.missing.map((f) => selfCheckWords(t).features[f] ?? f).join(selfCheckWords(t).separator))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={run} disabledFocusable={state.status === "running"}>
          {selfCheckWords(t).run}
        </Button>
        {text && <Button onClick={copyReport}>{selfCheckWords(t).copy}</Button>}
      </div>
      {state.status === "running" && <Spinner size="tiny" label={selfCheckWords(t).running} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {text && <textarea className={styles.report} readOnly value={text} aria-label={selfCheckWords(t).reportTitle} />}
      {copy && (
        <MessageBar intent={copy === "copied" ? "success" : "warning"} layout="multiline">
          <MessageBarBody>{copy === "copied" ? selfCheckWords(t).copied : selfCheckWords(t).copyFailed}</MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}
