import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Messages } from "../../i18n/catalogue";
import type { WorkbookPort } from "../../register/port";
import { sampleRegister } from "../../register/sample";
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
}

/** 建立登记簿: adds the missing input sheets, optionally with the sample branch; never touches an existing sheet. */
export function SetupStep({ port, t, month }: SetupStepProps) {
  const styles = useStepStyles();
  const [withSample, setWithSample] = useState(false);
  const action = useCallback(async () => {
    const existing = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    const plans = inputSheetPlans(withSample ? sampleRegister({ lastMonth: month }) : undefined);
    const missing = plans.filter((p) => !existing.has(p.name.toLowerCase()));
    if (missing.length > 0) await port.write({ inputSheets: missing });
    return { added: missing.length, kept: INPUT_SHEETS.length - missing.length };
  }, [port, withSample, month]);
  const [state, run] = useStep(action);
  const running = state.status === "running";

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.steps.setupHint}</Text>
      <Checkbox checked={withSample} onChange={(_, d) => setWithSample(Boolean(d.checked))} label={t.steps.setupWithSample} />
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
