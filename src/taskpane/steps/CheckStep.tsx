import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { monthSheetsToRead, planMonth } from "../../register/month-workflow";
import type { WorkbookPort } from "../../register/port";
import { ProblemList, problemCounts } from "../components/ProblemList";
import { memberNames } from "../components/RunProblems";
import { StepFailure } from "../components/StepFailure";
import { monthOf } from "../month-options";
import { MonthPicker } from "../components/MonthPicker";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface CheckStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD: the month defaults to its month. */
  today: string;
  /** The time now, ISO with offset (the composition root's clock). */
  now: () => string;
}

/** 检查数据: reads the month and lists every problem; writes nothing. A problem's place selects its cell. */
export function CheckStep({ port, t, lang, today, now }: CheckStepProps) {
  const styles = useStepStyles();
  const [month, setMonth] = useState(monthOf(today));
  const action = useCallback(async () => {
    const sheets = await port.readSheets(monthSheetsToRead(month));
    const run = planMonth(sheets, { period: month, generatedAt: now() });
    return { run, present: new Set([...sheets.keys()].map((n) => n.toLowerCase())) };
  }, [port, month, now]);
  const [state, run] = useStep(action);
  const running = state.status === "running";

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.check.hint}</Text>
      <MonthPicker t={t} today={today} value={month} onChange={setMonth} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.check.run}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t.working} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && <CheckOutcome {...state.result} t={t} lang={lang} port={port} />}
    </div>
  );
}

function CheckOutcome({ run, present, t, lang, port }: { run: ReturnType<typeof planMonth>; present: Set<string>; t: Messages; lang: Lang; port: WorkbookPort }) {
  const styles = useStepStyles();
  const { errors, warnings } = problemCounts(run.problems);
  const clean = run.problems.length === 0;
  return (
    <div className={styles.outcome} data-testid="check-outcome">
      <MessageBar intent={clean ? "success" : errors > 0 ? "error" : "warning"} layout="multiline">
        <MessageBarBody>
          {clean ? t.check.clean : t.sentences([t.check.found(errors, warnings), errors > 0 ? t.check.hasErrors : t.check.onlyWarnings])}
        </MessageBarBody>
      </MessageBar>
      {!clean && (
        <ProblemList
          problems={run.problems}
          t={t}
          lang={lang}
          memberName={memberNames(run)}
          onSelect={({ sheet, address }) => port.select(sheet, address)}
          canSelect={(sheet) => present.has(sheet.toLowerCase())}
        />
      )}
    </div>
  );
}
