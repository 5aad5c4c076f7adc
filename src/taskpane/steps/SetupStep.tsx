import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Messages } from "../../i18n/catalogue";
import type { WorkbookPort } from "../../register/port";
import { sampleRegister } from "../../register/sample";
import { INPUT_SHEETS } from "../../register/schema";
import { inputSheetPlans } from "../../register/template";
import { useStep } from "../use-step";

export interface SetupStepProps {
  port: WorkbookPort;
  t: Messages;
  /** The current month (YYYY-MM): the sample's three months end with it. */
  month: string;
}

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** 建立登记簿: adds the missing input sheets, optionally with the sample branch; never touches an existing sheet. */
export function SetupStep({ port, t, month }: SetupStepProps) {
  const styles = useStyles();
  const [withSample, setWithSample] = useState(false);
  const action = useCallback(async () => {
    const existing = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    const plans = inputSheetPlans(withSample ? sampleRegister({ lastMonth: month }) : undefined);
    const missing = plans.filter((p) => !existing.has(p.name.toLowerCase()));
    if (missing.length > 0) await port.write({ inputSheets: missing });
    return { added: missing.length, kept: INPUT_SHEETS.length - missing.length };
  }, [port, withSample, month]);
  const [state, run] = useStep(action);

  return (
    <div className={styles.body}>
      <Text>{t.steps.setupHint}</Text>
      <Checkbox checked={withSample} onChange={(_, d) => setWithSample(Boolean(d.checked))} label={t.steps.setupWithSample} />
      <Button appearance="primary" onClick={run} disabledFocusable={state.status === "running"}>
        {t.steps.setupRun}
      </Button>
      {state.status === "running" && <Spinner size="tiny" label={t.working} />}
      {state.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t.steps.setupDone(state.result.added, state.result.kept)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t.failed(state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
