import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { approveMonth } from "../../register/month-workflow";
import type { WorkbookPort } from "../../register/port";
import { MonthPicker } from "../components/MonthPicker";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { RunProblems, memberNames } from "../components/RunProblems";
import { StepFailure } from "../components/StepFailure";
import { GoToButton } from "../components/GoToButton";
import { monthOf } from "../month-options";
import { withPhases, type Phase } from "../phased-port";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface ApproveStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD: the default month and meeting date. */
  today: string;
  /** The time now, ISO with offset (the composition root's clock). */
  now: () => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 党员大会通过: records the meeting's date; the month's sheets become 已通过 and the log keeps it. */
export function ApproveStep({ port, t, lang, today, now }: ApproveStepProps) {
  const styles = useStepStyles();
  const [month, setMonth] = useState(monthOf(today));
  const [date, setDate] = useState(today);
  const [tried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>("read");
  const present = useRef<Set<string>>(new Set());
  const validDate = ISO_DATE.test(date) && !Number.isNaN(Date.parse(date));
  const action = useCallback(async () => {
    const phased = withPhases(port, setPhase, (names) => (present.current = new Set(names.map((n) => n.toLowerCase()))));
    return approveMonth(phased, { period: month, generatedAt: now(), approvedOn: date });
  }, [port, month, date, now]);
  const [state, run] = useStep(action);
  const running = state.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);
  // The approval's own warnings (a date after today, before the month) first, then the data's.
  const warnings =
    state.status === "done"
      ? state.result.problems.filter((p) => p.severity === "warning").sort((a, b) => Number(!a.code.startsWith("approval.")) - Number(!b.code.startsWith("approval.")))
      : [];
  const submit = () => {
    setTried(true);
    if (validDate) void run();
  };

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.approve.hint}</Text>
      <MonthPicker t={t} today={today} value={month} onChange={setMonth} />
      <Field label={t.approve.date} hint={t.approve.dateHint} validationMessage={tried && !validDate ? t.approve.invalidDate : undefined}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={submit} disabledFocusable={running}>
          {t.approve.run}
        </Button>
      </div>
      {running && <PhaseProgress t={t} phase={phase} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && (
        <div className={styles.outcome} data-testid="approve-outcome">
          {state.result.blocked || !state.result.approvedOn ? (
            <RunProblems run={state.result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {t.sentences([t.approve.done(state.result.period, state.result.approvedOn), t.approve.status])}
                </MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={state.result.sheetNames.month} label={t.generate.openMonth} onGo={() => select(state.result.sheetNames.month, "A1")} />
                <GoToButton t={t} sheet={state.result.sheetNames.publicity} label={t.generate.openPublicity} onGo={() => select(state.result.sheetNames.publicity, "A1")} />
              </div>
              {warnings.length > 0 && (
                <>
                  <Text weight="semibold">{t.approve.warnings(warnings.length)}</Text>
                  <ProblemList
                    problems={warnings}
                    t={t}
                    lang={lang}
                    memberName={memberNames(state.result)}
                    onSelect={({ sheet, address }) => select(sheet, address)}
                    limit={5}
                  />
                </>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
