import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { problemSheet } from "../../register/place-ref";
import { loadMonthActions } from "../month-loader";
import { GoToButton } from "../components/GoToButton";
import { ProblemList } from "../components/ProblemList";
import { StepFailure } from "../components/StepFailure";
import { Outcome } from "../components/Outcome";
import { usePane } from "../pane-context";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

/** 准备本月: record rows and ballot columns for the pane's month, and on request the paper ballot. */
export function PrepareStep() {
  const styles = useStepStyles();
  const { port, t, lang, month } = usePane();
  const [withBallot, setWithBallot] = useState(false);
  const action = useCallback(async () => (await loadMonthActions()).prepareMonth(port, { period: month, ballotPaper: withBallot }), [port, month, withBallot]);
  const [state, run] = useStep(action, { wrote: (r) => !r.blocked && (r.appended.length > 0 || r.columnsAdded.length > 0 || Boolean(r.ballotSheet)) });
  const running = state.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);
  const firstNewRow = state.status === "done" ? state.result.firstNewRow : null;
  const ballotSheet = state.status === "done" ? state.result.ballotSheet : null;

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.prepare.hint}</Text>
      <Checkbox checked={withBallot} onChange={(_, d) => setWithBallot(Boolean(d.checked))} label={t.prepare.withBallot} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.prepare.run}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t.working} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && state.result.blocked && (
        <Outcome>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.prepare.blocked}</MessageBarBody>
          </MessageBar>
          <ProblemList
            problems={state.result.problems}
            t={t}
            lang={lang}
            onSelect={({ sheet, address }) => select(sheet, address)}
            canSelect={(sheet) => !state.result.problems.some((p) => p.code === "register.sheet-missing" && problemSheet(p) === sheet)}
          />
        </Outcome>
      )}
      {state.status === "done" && !state.result.blocked && (
        <Outcome>
          <MessageBar intent={state.result.assessed === 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {state.result.assessed === 0
                ? t.prepare.noMembers
                : t.sentences([
                    state.result.appended.length > 0 && t.prepare.appended(state.result.appended.length),
                    state.result.appended.length > 0 && state.result.alreadyThere > 0 && t.prepare.already(state.result.alreadyThere),
                    state.result.columnsAdded.length > 0 && t.prepare.columns(state.result.columnsAdded),
                    state.result.appended.length === 0 && state.result.columnsAdded.length === 0 && t.prepare.nothing,
                    state.result.ballotSheet && t.prepare.ballot(state.result.ballotSheet),
                  ])}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            {firstNewRow && (
              <GoToButton t={t} sheet={firstNewRow.sheet} label={t.prepare.openRecord} onGo={() => select(firstNewRow.sheet, firstNewRow.address)} />
            )}
            {ballotSheet && <GoToButton t={t} sheet={ballotSheet} label={t.prepare.openBallot} onGo={() => select(ballotSheet, "A1")} />}
          </div>
          {state.result.assessed > 0 && <Text size={200}>{t.prepare.next}</Text>}
        </Outcome>
      )}
    </div>
  );
}
