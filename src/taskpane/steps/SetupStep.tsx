import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Messages } from "../../i18n/catalogue";
import type { WorkbookPort } from "../../register/port";
import { INPUT_SHEETS } from "../../register/schema";
import { inputSheetPlans } from "../../register/template";
import { StepFailure } from "../components/StepFailure";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface SetupStepProps {
  port: WorkbookPort;
  t: Messages;
  /** The current month (YYYY-MM): the sample's three months end with it. */
  month: string;
  /** The year the annual steps default to (YYYY): the whole-year sample is that year's twelve months. */
  year: string;
}

type Sample = "none" | "months" | "year";

/** 建立登记簿: adds the missing input sheets, optionally with the sample branch; never touches an existing sheet. */
export function SetupStep({ port, t, month, year }: SetupStepProps) {
  const styles = useStepStyles();
  const [sample, setSample] = useState<Sample>("none");
  const action = useCallback(async () => {
    const existing = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    // The sample branch is wanted once, if ever: it loads on demand rather than with the pane.
    const samples = sample === "none" ? null : await import(/* webpackChunkName: "sample" */ "../../register/sample");
    const content = !samples ? undefined : sample === "months" ? samples.sampleRegister({ lastMonth: month }) : samples.sampleYear(year);
    const plans = inputSheetPlans(content);
    const missing = plans.filter((p) => !existing.has(p.name.toLowerCase()));
    if (missing.length > 0) await port.write({ inputSheets: missing });
    return { added: missing.length, kept: INPUT_SHEETS.length - missing.length };
  }, [port, sample, month, year]);
  const [state, run] = useStep(action);
  const running = state.status === "running";

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.steps.setupHint}</Text>
      <Field label={t.steps.setupSample}>
        <Select value={sample} onChange={(_, d) => setSample(d.value as Sample)}>
          <option value="none">{t.steps.setupNoSample}</option>
          <option value="months">{t.steps.setupWithSample}</option>
          <option value="year">{t.steps.setupWithYear(year)}</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.steps.setupRun}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t.working} />}
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t.sentences([t.steps.setupDone(state.result.added, state.result.kept), t.steps.setupNext])}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
    </div>
  );
}
