import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isIsoDate } from "../../scheme/dates";
import { useCallback, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { generateMonth, type MonthRun } from "../../register/month-workflow";
import type { WorkbookPort } from "../../register/port";
import type { MonthResult } from "../../scheme/results";
import { GoToButton } from "../components/GoToButton";
import { MonthPicker } from "../components/MonthPicker";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { RunProblems, memberNames } from "../components/RunProblems";
import { StarChart } from "../components/StarChart";
import { StepFailure } from "../components/StepFailure";
import { monthOf } from "../month-options";
import { withPhases, type Phase } from "../phased-port";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface GenerateStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD: the month defaults to its month. */
  today: string;
  /** The time now, ISO with offset (the composition root's clock). */
  now: () => string;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  names: { overflowWrap: "anywhere" },
});

/** 生成本月评星: the one-click job — progress while it works, then a summary, or the errors that blocked it. */
export function GenerateStep({ port, t, lang, today, now }: GenerateStepProps) {
  const styles = useStepStyles();
  const [month, setMonth] = useState(monthOf(today));
  // Issue 15: the monthly publicity's first day (default today); its days come from 设置.
  const [start, setStart] = useState(today);
  const [phase, setPhase] = useState<Phase>("read");
  const present = useRef<Set<string>>(new Set());
  const action = useCallback(async () => {
    const phased = withPhases(port, setPhase, (names) => (present.current = new Set(names.map((n) => n.toLowerCase()))));
    return generateMonth(phased, { period: month, generatedAt: now(), ...(isIsoDate(start) && { publicityStart: start }) });
  }, [port, month, now, start]);
  const [state, run] = useStep(action);
  const running = state.status === "running";
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.generate.hint}</Text>
      <MonthPicker t={t} today={today} value={month} onChange={setMonth} />
      <Field label={t.generate.publicityStart} hint={t.generate.publicityStartHint}>
        <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t.generate.run}
        </Button>
      </div>
      {running && <PhaseProgress t={t} phase={phase} />}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && (
        <div className={styles.outcome} data-testid="generate-outcome">
          {state.result.blocked || !state.result.result ? (
            <RunProblems run={state.result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <MonthSummary run={state.result} result={state.result.result} t={t} lang={lang} select={select} />
          )}
        </div>
      )}
    </div>
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
  const own = useStyles();
  const party = result.members.filter((m) => m.kind === "党员").length;
  const status = run.approvedOn ? t.generate.approved(run.approvedOn) : t.generate.proposed;
  const unscored = new Map<string, string[]>();
  for (const m of result.members) {
    if (m.composite === null) unscored.set(m.label, [...(unscored.get(m.label) ?? []), m.name]);
  }
  const warnings = run.problems.filter((p) => p.severity === "warning");
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.sentences([t.generate.done(run.sheetNames.month, status), t.generate.assessed(result.members.length, party, result.members.length - party)])}
        </MessageBarBody>
      </MessageBar>
      {result.ballots.excellentCap !== null && (
        <Text size={200} data-testid="void-ballots">
          {t.generate.ballots(result.ballots.counted + result.ballots.void, result.ballots.void, result.ballots.excellentCap)}
        </Text>
      )}
      <div className={styles.actions}>
        <GoToButton t={t} sheet={run.sheetNames.month} label={t.generate.openMonth} onGo={() => select(run.sheetNames.month, "A1")} />
        <GoToButton t={t} sheet={run.sheetNames.publicity} label={t.generate.openPublicity} onGo={() => select(run.sheetNames.publicity, "A1")} />
        {run.sheetNames.meetingRecord && (
          <GoToButton t={t} sheet={run.sheetNames.meetingRecord} label={t.generate.openMeetingRecord} onGo={() => select(run.sheetNames.meetingRecord!, "A1")} />
        )}
      </div>
      <section className={own.section}>
        <Text as="h4" weight="semibold" className={styles.heading}>
          {t.generate.distribution}
        </Text>
        <StarChart distribution={result.distribution} t={t} />
      </section>
      <section className={own.section} data-testid="unscored">
        <Text as="h4" weight="semibold" className={styles.heading}>
          {t.generate.unscored}
        </Text>
        {unscored.size === 0 ? (
          <Text size={200}>{t.generate.everyoneScored}</Text>
        ) : (
          [...unscored].map(([label, names]) => (
            <Text key={label} size={200} className={own.names}>
              {t.generate.unscoredLine(t.generate.statusNames[label] ?? label, names)}
            </Text>
          ))
        )}
      </section>
      {warnings.length > 0 && (
        <section className={own.section}>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {t.generate.warnings(warnings.length)}
          </Text>
          <ProblemList problems={warnings} t={t} lang={lang} memberName={memberNames(run)} onSelect={({ sheet, address }) => select(sheet, address)} limit={5} />
        </section>
      )}
      {!run.approvedOn && <Text size={200}>{t.generate.next}</Text>}
    </>
  );
}
