import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { isIsoDate } from "../../scheme/dates";
import { useCallback, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { statusName } from "../../i18n/status";
import type { MonthRun } from "../../register/month-workflow";
import { loadMonthActions } from "../month-loader";
import type { MonthResult } from "../../scheme/results";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { RunProblems } from "../components/RunProblems";
import { StarChart } from "../components/StarChart";
import { NameLines, SummarySection, WarningsSection } from "../components/Summary";
import { StepShell } from "../components/StepShell";
import { Outcome } from "../components/Outcome";
import { usePane } from "../pane-context";
import { usePhasedStep } from "../use-step";
import type { WorkbookPort } from "../../register/port";
import { useStepStyles } from "./step-styles";

/**
 * 生成本月评星: the one-click job for the pane's month — progress while it works, then a summary, or the
 * errors that blocked it. Regenerating an approved month whose data changed first asks: the approval
 * would be dropped (and logged).
 */
export function GenerateStep() {
  const { port, t, lang, month, today, now } = usePane();
  // The monthly publicity's first day (default today); its days come from 设置.
  const [start, setStart] = useState(today);
  const reopen = useRef(false);
  const [declined, setDeclined] = useState(false);
  const work = useCallback(
    async (phased: WorkbookPort) =>
      (await loadMonthActions()).generateMonth(phased, {
        period: month,
        generatedAt: now(),
        reopen: reopen.current,
        ...(isIsoDate(start) && { publicityStart: start }),
      }),
    [month, now, start],
  );
  const { state, run, phase, present } = usePhasedStep(port, work, { wrote: (r) => r.change !== undefined });
  const select = (sheet: string, address: string) => port.select(sheet, address);
  const begin = async (withReopen: boolean) => {
    reopen.current = withReopen;
    setDeclined(false);
    try {
      await run();
    } finally {
      reopen.current = false;
    }
  };
  const question = state.status === "done" && state.result.reopenNeeded && !declined ? state.result.reopenNeeded : null;

  return (
    <StepShell
      t={t}
      hint={t.generate.hint}
      state={state}
      action={{ label: t.generate.run, onClick: () => void begin(false) }}
      progress={<PhaseProgress t={t} phase={phase} />}
      outcome={(result) =>
        question ? (
          <Outcome testId="reopen-question">
            <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.period.reopenTitle}>
              <MessageBarBody>
                <MessageBarTitle>{t.period.reopenTitle}</MessageBarTitle>
                {t.period.reopenQuestion(question)}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={() => void begin(true)}>
                  {t.period.reopenConfirm}
                </Button>
                <Button size="small" onClick={() => setDeclined(true)}>
                  {t.period.reopenCancel}
                </Button>
              </MessageBarActions>
            </MessageBar>
          </Outcome>
        ) : result.reopenNeeded ? null : (
          <Outcome testId="generate-outcome">
            {result.blocked || !result.result ? (
              <RunProblems run={result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
            ) : (
              <MonthSummary run={result} result={result.result} t={t} lang={lang} select={select} />
            )}
          </Outcome>
        )
      }
    >
      <Field label={t.generate.publicityStart} hint={t.generate.publicityStartHint}>
        <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} />
      </Field>
    </StepShell>
  );
}

export interface MonthSummaryProps {
  run: MonthRun;
  result: MonthResult;
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
}

/** What a generation wrote: who was assessed, the stars, who has none and why, and links to the sheets. */
export function MonthSummary({ run, result, t, lang, select }: MonthSummaryProps) {
  const styles = useStepStyles();
  const party = result.members.filter((m) => m.kind === "党员").length;
  const status = run.approvedOn ? t.generate.approved(run.approvedOn) : t.generate.proposed;
  // 无星级: no composite at all (未考核, 不参评, 未评议); 未评星: a composite below the one-star threshold.
  const unscored = new Map<string, string[]>();
  for (const m of result.members) {
    if (m.status === null) continue;
    const why = statusName(m.status, lang);
    unscored.set(why, [...(unscored.get(why) ?? []), m.name]);
  }
  const belowThreshold = result.members.filter((m) => m.composite !== null && m.stars === 0).map((m) => m.name);
  const warnings = run.problems.filter((p) => p.severity === "warning");
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.sentences([t.generate.done(run.sheetNames[0], status), t.generate.assessed(result.members.length, party, result.members.length - party)])}
        </MessageBarBody>
      </MessageBar>
      {result.ballots.excellentCap !== null && (
        <Text size={200} data-testid="void-ballots">
          {t.generate.ballots(result.ballots.counted + result.ballots.void, result.ballots.void, result.ballots.excellentCap)}
        </Text>
      )}
      <div className={styles.actions}>
        <GoToButton t={t} sheet={run.sheetNames[0]} label={t.generate.openMonth} onGo={() => select(run.sheetNames[0], "A1")} />
        <GoToButton t={t} sheet={run.sheetNames[1]} label={t.generate.openPublicity} onGo={() => select(run.sheetNames[1], "A1")} />
        {run.sheetNames[2] && <GoToButton t={t} sheet={run.sheetNames[2]} label={t.generate.openMeetingRecord} onGo={() => select(run.sheetNames[2], "A1")} />}
      </div>
      <SummarySection heading={t.generate.distribution}>
        <StarChart distribution={result.distribution} t={t} />
      </SummarySection>
      {belowThreshold.length > 0 && (
        <Text size={200} className={styles.names} data-testid="below-threshold">
          {t.period.belowThreshold(belowThreshold)}
        </Text>
      )}
      <SummarySection heading={t.period.noStarHeading} testId="unscored">
        <NameLines groups={unscored} none={t.period.noStarNone} line={(why, names) => t.generate.unscoredLine(why, names)} />
      </SummarySection>
      <WarningsSection warnings={warnings} run={run} t={t} lang={lang} select={select} />
      {!run.approvedOn && <Text size={200}>{t.generate.next}</Text>}
    </>
  );
}
