import { Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { problemSheet } from "../../register/place-ref";
import { loadMonthActions } from "../month-loader";
import { GoToButton } from "../components/GoToButton";
import { ProblemList } from "../components/ProblemList";
import { StepShell } from "../components/StepShell";
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
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <StepShell
      t={t}
      hint={t.prepare.hint}
      state={state}
      action={{ label: t.prepare.run, onClick: run }}
      outcome={(result) =>
        result.blocked ? (
          <Outcome>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t.prepare.blocked}</MessageBarBody>
            </MessageBar>
            <ProblemList
              problems={result.problems}
              t={t}
              lang={lang}
              onSelect={({ sheet, address }) => select(sheet, address)}
              canSelect={(sheet) => !result.problems.some((p) => p.code === "register.sheet-missing" && problemSheet(p) === sheet)}
            />
          </Outcome>
        ) : (
          <Outcome>
            <MessageBar intent={result.assessed === 0 ? "warning" : "success"} layout="multiline">
              <MessageBarBody>
                {result.assessed === 0
                  ? t.prepare.noMembers
                  : t.sentences([
                      result.appended.length > 0 && t.prepare.appended(result.appended.length),
                      result.appended.length > 0 && result.alreadyThere > 0 && t.prepare.already(result.alreadyThere),
                      result.columnsAdded.length > 0 && t.prepare.columns(result.columnsAdded),
                      result.appended.length === 0 && result.columnsAdded.length === 0 && t.prepare.nothing,
                      result.ballotSheet && t.prepare.ballot(result.ballotSheet),
                    ])}
              </MessageBarBody>
            </MessageBar>
            <div className={styles.actions}>
              {result.firstNewRow && (
                <GoToButton
                  t={t}
                  sheet={result.firstNewRow.sheet}
                  label={t.prepare.openRecord}
                  onGo={() => select(result.firstNewRow!.sheet, result.firstNewRow!.address)}
                />
              )}
              {result.ballotSheet && (
                <GoToButton t={t} sheet={result.ballotSheet} label={t.prepare.openBallot} onGo={() => select(result.ballotSheet!, "A1")} />
              )}
            </div>
            {result.assessed > 0 && <Text size={200}>{t.prepare.next}</Text>}
          </Outcome>
        )
      }
    >
      <Checkbox checked={withBallot} onChange={(_, d) => setWithBallot(Boolean(d.checked))} label={t.prepare.withBallot} />
    </StepShell>
  );
}
