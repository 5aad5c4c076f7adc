import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import type { WorkbookPort } from "../../register/port";
import { generateYear, type YearRun } from "../../register/year-workflow";
import type { YearResult } from "../../scheme/year";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { RunProblems, memberNames } from "../components/RunProblems";
import { StarChart } from "../components/StarChart";
import { StepFailure } from "../components/StepFailure";
import { withPhases, type Phase } from "../phased-port";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface YearStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** The year the annual steps work on, YYYY (the section's year picker). */
  year: string;
  /** Today, YYYY-MM-DD, from the composition root. */
  today: string;
  /** The time now, ISO with offset (the composition root's clock). */
  now: () => string;
}

export const useSummaryStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  names: { overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** 年度评星: the year's scores and proposed stars, written to `YYYY 年度评星`, or the errors that blocked it. */
export function YearGenerateStep({ port, t, lang, year, now }: YearStepProps) {
  const styles = useStepStyles();
  const [phase, setPhase] = useState<Phase>("read");
  const present = useRef<Set<string>>(new Set());
  const action = useCallback(async () => {
    const phased = withPhases(port, setPhase, (names) => (present.current = new Set(names.map((n) => n.toLowerCase()))));
    return generateYear(phased, { year, generatedAt: now() });
  }, [port, year, now]);
  const [state, run] = useStep(action);
  const running = state.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.yearGenerate.hint}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.yearGenerate.run(year)}
        </Button>
      </div>
      {running && <PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && (
        <div className={styles.outcome} data-testid="year-generate-outcome">
          {state.result.blocked || !state.result.result ? (
            <RunProblems run={state.result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <YearSummary run={state.result} result={state.result.result} t={t} lang={lang} select={select} />
          )}
        </div>
      )}
    </div>
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
  const own = useSummaryStyles();
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
      {result.annualBallots.excellentCap !== null && (
        <Text size={200} data-testid="void-ballots">
          {t.yearGenerate.ballots(result.annualBallots.counted + result.annualBallots.void, result.annualBallots.void, result.annualBallots.excellentCap)}
        </Text>
      )}
      <div className={styles.actions}>
        <GoToButton t={t} sheet={sheet} label={t.yearGenerate.open} onGo={() => select(sheet, "A1")} />
      </div>
      <section className={own.section}>
        <Text as="h4" weight="semibold" className={styles.heading}>
          {t.yearGenerate.distribution}
        </Text>
        <StarChart distribution={result.distribution} t={t} />
      </section>
      <section className={own.section} data-testid="year-flags">
        <Text as="h4" weight="semibold" className={styles.heading}>
          {t.yearGenerate.flagged}
        </Text>
        {flagged.size === 0 ? (
          <Text size={200}>{t.yearGenerate.noFlags}</Text>
        ) : (
          [...flagged].map(([flag, names]) => (
            <Text key={flag} size={200} className={own.names}>
              {t.yearGenerate.flagLine(t.yearGenerate.flagNames[flag] ?? flag, names)}
            </Text>
          ))
        )}
      </section>
      {warnings.length > 0 && (
        <section className={own.section}>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t.generate.warnings(warnings.length)}
          </Text>
          <ProblemList problems={warnings} t={t} lang={lang} memberName={memberNames(run)} onSelect={({ sheet: s, address }) => select(s, address)} limit={5} />
        </section>
      )}
      <Text size={200}>{run.publicity ? t.yearGenerate.nextFinalize : t.yearGenerate.next}</Text>
    </>
  );
}
