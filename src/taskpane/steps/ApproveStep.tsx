import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { loadMonthActions } from "../month-loader";
import { GoToButton } from "../components/GoToButton";
import { Outcome } from "../components/Outcome";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { StepFailure } from "../components/StepFailure";
import { StepShell, useSubmit } from "../components/StepShell";
import { usePane } from "../pane-context";
import { withPhases, type Phase } from "../phased-port";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";
import { RunProblemList, RunWarnings } from "../components/Summary";
import type { Problem } from "../../scheme/problems";

const warningsOf = (run: { problems: readonly Problem[] }) => run.problems.filter((p) => p.severity === "warning");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 党员大会通过: records the meeting's date for the pane's month — only for a month generated from the data
 * as they are, with a date neither after today nor before the generation (the reason is shown otherwise,
 * and nothing changes); the sheets become 已通过 and the log keeps it. An approval in force can be
 * withdrawn (撤销通过) with a reason, logged too.
 */
export function ApproveStep() {
  const styles = useStepStyles();
  const { port, t, lang, month, today, now, state: periods } = usePane();
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState("");
  const [phase, setPhase] = useState<Phase>("read");
  const validDate = ISO_DATE.test(date) && !Number.isNaN(Date.parse(date));
  const approve = useCallback(async () => {
    return (await loadMonthActions()).approveMonth(withPhases(port, setPhase), { period: month, generatedAt: now(), approvedOn: date });
  }, [port, month, date, now]);
  const withdraw = useCallback(async () => {
    return (await loadMonthActions()).withdrawApproval(withPhases(port, setPhase), { period: month, generatedAt: now(), reason });
  }, [port, month, reason, now]);
  const [state, run] = useStep(approve, { wrote: (r) => r.change !== undefined });
  const [withdrawal, runWithdrawal] = useStep(withdraw, { wrote: (r) => r.change !== undefined });
  const running = state.status === "running" || withdrawal.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);
  const approved = periods?.month?.period === month && periods.month.state === "已通过";
  const { tried, submit } = useSubmit(validDate, run);

  return (
    <StepShell
      t={t}
      hint={t.approve.hint}
      state={state}
      action={{ label: t.approve.run, onClick: submit }}
      busy={running}
      progress={<PhaseProgress t={t} phase={phase} />}
      outcome={(result) => (
        <Outcome testId="approve-outcome">
          {result.blocked || !result.approvedOn ? (
            <>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{t.generate.blocked(result.problems.filter((p) => p.severity === "error").length)}</MessageBarBody>
              </MessageBar>
              <RunProblemList problems={result.problems} run={result} t={t} lang={lang} select={select} />
            </>
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t.sentences([t.approve.done(result.period, result.approvedOn), t.approve.status])}</MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={result.sheetNames[0]} label={t.generate.openMonth} onGo={() => select(result.sheetNames[0], "A1")} />
                <GoToButton t={t} sheet={result.sheetNames[1]} label={t.generate.openPublicity} onGo={() => select(result.sheetNames[1], "A1")} />
              </div>
              <RunWarnings
                heading={t.approve.warnings(warningsOf(result).length)}
                problems={warningsOf(result)}
                run={result}
                t={t}
                lang={lang}
                select={select}
              />
            </>
          )}
        </Outcome>
      )}
      footer={
        <>
          {approved && (
            <section className={styles.outcome} aria-label={t.period.withdraw}>
              <Text weight="semibold">{t.period.withdraw}</Text>
              <Field label={t.period.withdrawReason}>
                <Input value={reason} onChange={(_, d) => setReason(d.value)} />
              </Field>
              <div className={styles.actions}>
                <Button onClick={() => void runWithdrawal()} disabledFocusable={running}>
                  {t.period.withdrawRun}
                </Button>
              </div>
            </section>
          )}
          {withdrawal.status === "failed" && <StepFailure error={withdrawal.error} t={t} />}
          {withdrawal.status === "done" && (
            <Outcome testId="withdraw-outcome">
              {withdrawal.result.blocked ? (
                <ProblemList problems={withdrawal.result.problems} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} />
              ) : (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>{t.period.withdrawn(withdrawal.result.period)}</MessageBarBody>
                </MessageBar>
              )}
            </Outcome>
          )}
        </>
      }
    >
      <Field label={t.approve.date} hint={t.approve.dateHint} validationMessage={tried && !validDate ? t.approve.invalidDate : undefined}>
        <Input type="date" value={date} max={today} onChange={(_, d) => setDate(d.value)} />
      </Field>
    </StepShell>
  );
}
