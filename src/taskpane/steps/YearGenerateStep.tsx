import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import { yearCoverage } from "../../i18n/words";
import type { Lang, Messages } from "../../i18n/catalogue";
import type { WorkbookPort } from "../../register/port";
import { generateYear, type YearRun } from "../../register/year-workflow";
import type { YearResult } from "../../scheme/year";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { RunProblems } from "../components/RunProblems";
import { StarChart } from "../components/StarChart";
import { NameLines, SummarySection, WarningsSection } from "../components/Summary";
import { StepShell } from "../components/StepShell";
import { usePane } from "../pane-context";
import { usePhasedStep } from "../use-step";
import { useStepStyles } from "./step-styles";

/** The props a year step takes when it is not rendered through the pane's context (the notices step). */
export interface YearStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** The year the annual steps work on, YYYY. */
  year: string;
  /** Today, YYYY-MM-DD, from the composition root. */
  today: string;
  /** The time now, ISO with offset (the composition root's clock). */
  now: () => string;
}

/** 年度评星: the year's scores and proposed stars, written to `YYYY 年度评星`, or the errors that blocked it. */
export function YearGenerateStep() {
  const { port, t, lang, year, now } = usePane();
  const styles = useStepStyles();
  const work = useCallback((phased: WorkbookPort) => generateYear(phased, { year, generatedAt: now() }), [year, now]);
  const { state, run, phase, present } = usePhasedStep(port, work, { wrote: (r) => r.change !== undefined });
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <StepShell
      t={t}
      hint={t.yearGenerate.hint}
      state={state}
      action={{ label: t.yearGenerate.run(year), onClick: run }}
      progress={<PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      outcome={(result) => (
        <div className={styles.outcome} data-testid="year-generate-outcome">
          {result.blocked || !result.result ? (
            <RunProblems run={result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <YearSummary run={result} result={result.result} t={t} lang={lang} select={select} />
          )}
        </div>
      )}
    />
  );
}

interface YearSummaryProps {
  run: YearRun;
  result: YearResult;
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
}

/** What `YYYY 年度评星` holds: who was assessed, the proposed stars, who is flagged and why. */
function YearSummary({ run, result, t, lang, select }: YearSummaryProps) {
  const styles = useStepStyles();
  const sheet = run.sheetNames[0];
  const party = result.members.filter((m) => m.kind === "党员").length;
  const status = run.publicity ? t.yearGenerate.published(run.publicity.start, run.publicity.end) : t.yearGenerate.proposed;
  const flagged = new Map<string, string[]>();
  for (const m of result.members) {
    for (const flag of m.flags) flagged.set(flag, [...(flagged.get(flag) ?? []), m.name]);
  }
  const warnings = run.problems.filter((p) => p.severity === "warning");
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.sentences([t.yearGenerate.done(sheet, status), t.yearGenerate.assessed(result.members.length, party, result.members.length - party)])}
        </MessageBarBody>
      </MessageBar>
      <Text size={200} data-testid="year-covers">
        {yearCoverage(result.covers, lang)}
      </Text>
      {result.annualBallots.excellentCap !== null && (
        <Text size={200} data-testid="void-ballots">
          {t.yearGenerate.ballots(result.annualBallots.counted + result.annualBallots.void, result.annualBallots.void, result.annualBallots.excellentCap)}
        </Text>
      )}
      <div className={styles.actions}>
        <GoToButton t={t} sheet={sheet} label={t.yearGenerate.open} onGo={() => select(sheet, "A1")} />
      </div>
      <SummarySection heading={t.yearGenerate.distribution}>
        <StarChart distribution={result.distribution} t={t} />
      </SummarySection>
      <SummarySection heading={t.yearGenerate.flagged} testId="year-flags">
        <NameLines
          groups={flagged}
          none={t.yearGenerate.noFlags}
          line={(flag, names) => t.yearGenerate.flagLine(t.yearGenerate.flagNames[flag] ?? flag, names)}
        />
      </SummarySection>
      <WarningsSection warnings={warnings} run={run} t={t} lang={lang} select={select} />
      <Text size={200}>{run.publicity ? t.yearGenerate.nextFinalize : t.yearGenerate.next}</Text>
    </>
  );
}
