import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { generateNotices } from "../../register/notices-workflow";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { RunProblems, memberNames } from "../components/RunProblems";
import { StepFailure } from "../components/StepFailure";
import { withPhases, type Phase } from "../phased-port";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";
import type { YearStepProps } from "./YearGenerateStep";

/**
 * 考核办法和承诺公示 (四公开): the year's `YYYY 考核办法公示` and `YYYY 承诺公示`, generated at any time of the
 * year and regenerated when the settings, the criteria or the commitments change. Self-contained: it needs
 * only the section's year, so that it can sit under any period shell.
 */
export function NoticesStep({ port, t, lang, year, now }: YearStepProps) {
  const styles = useStepStyles();
  const [phase, setPhase] = useState<Phase>("read");
  const present = useRef<Set<string>>(new Set());
  const action = useCallback(async () => {
    const phased = withPhases(port, setPhase, (names) => (present.current = new Set(names.map((n) => n.toLowerCase()))));
    return generateNotices(phased, { year, generatedAt: now() });
  }, [port, year, now]);
  const [state, run] = useStep(action);
  const running = state.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.notices.hint}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.notices.run(year)}
        </Button>
      </div>
      {running && <PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && (
        <div className={styles.outcome} data-testid="notices-outcome">
          {state.result.blocked ? (
            <RunProblems run={state.result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t.notices.done(state.result.sheetNames[0], state.result.sheetNames[1])}</MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={state.result.sheetNames[0]} label={t.notices.openRules} onGo={() => select(state.result.sheetNames[0], "A1")} />
                <GoToButton t={t} sheet={state.result.sheetNames[1]} label={t.notices.openCommitments} onGo={() => select(state.result.sheetNames[1], "A1")} />
              </div>
              {state.result.problems.length > 0 && (
                <>
                  <Text weight="semibold">{t.generate.warnings(state.result.problems.length)}</Text>
                  <ProblemList problems={state.result.problems} t={t} lang={lang} memberName={memberNames(state.result)} onSelect={({ sheet, address }) => select(sheet, address)} limit={5} />
                </>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
