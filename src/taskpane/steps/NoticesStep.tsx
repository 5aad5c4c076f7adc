import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback } from "react";
import { generateNotices } from "../../register/notices-workflow";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { RunProblems } from "../components/RunProblems";
import { StepShell } from "../components/StepShell";
import { usePhasedStep } from "../use-step";
import type { WorkbookPort } from "../../register/port";
import { useStepStyles } from "./step-styles";
import type { YearStepProps } from "./YearGenerateStep";
import { RunWarnings } from "../components/Summary";

/**
 * 考核办法和承诺公示 (四公开): the year's `YYYY 考核办法公示` and `YYYY 承诺公示`, generated at any time of the
 * year and regenerated when the settings, the criteria or the commitments change. Self-contained: it needs
 * only the section's year, so that it can sit under any period shell.
 */
export function NoticesStep({ port, t, lang, year, now }: YearStepProps) {
  const styles = useStepStyles();
  const work = useCallback((phased: WorkbookPort) => generateNotices(phased, { year, generatedAt: now() }), [year, now]);
  const { state, run, phase, present } = usePhasedStep(port, work);
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <StepShell
      t={t}
      hint={t.notices.hint}
      state={state}
      action={{ label: t.notices.run(year), onClick: run }}
      progress={<PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      outcome={(result) => (
        <div className={styles.outcome} data-testid="notices-outcome">
          {result.blocked ? (
            <RunProblems run={result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t.notices.done(result.sheetNames[0], result.sheetNames[1])}</MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={result.sheetNames[0]} label={t.notices.openRules} onGo={() => select(result.sheetNames[0], "A1")} />
                <GoToButton t={t} sheet={result.sheetNames[1]} label={t.notices.openCommitments} onGo={() => select(result.sheetNames[1], "A1")} />
              </div>
              <RunWarnings heading={t.generate.warnings(result.problems.length)} problems={result.problems} run={result} t={t} lang={lang} select={select} />
            </>
          )}
        </div>
      )}
    />
  );
}
