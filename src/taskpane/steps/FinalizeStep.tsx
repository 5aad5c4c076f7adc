import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { finalizeYear, type YearRun } from "../../register/year-workflow";
import type { FinalYear } from "../../scheme/final";
import type { ResultsUsage } from "../../scheme/outcomes";
import { distributionOf } from "../../scheme/results";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { ProblemList } from "../components/ProblemList";
import { RunProblems, memberNames } from "../components/RunProblems";
import { StarChart } from "../components/StarChart";
import { SummarySection, WarningsSection } from "../components/Summary";
import { StepShell } from "../components/StepShell";
import { usePane } from "../pane-context";
import { usePhasedStep } from "../use-step";
import type { WorkbookPort } from "../../register/port";
import { useStepStyles } from "./step-styles";

/**
 * 确定年度星级: always offered; the workflow decides. Refused — the period has not ended, an objection is
 * 待核查, no publicity — it says exactly why and the workbook is unchanged; otherwise the final stars, the
 * results usage and the archive are written and summed up here.
 */
export function FinalizeStep() {
  const { port, t, lang, year, today, now } = usePane();
  const styles = useStepStyles();
  const work = useCallback((phased: WorkbookPort) => finalizeYear(phased, { year, today, generatedAt: now() }), [year, today, now]);
  const { state, run, phase, present } = usePhasedStep(port, work, { wrote: (r) => r.change !== undefined });
  const select = (sheet: string, address: string) => port.select(sheet, address);

  return (
    <StepShell
      t={t}
      hint={t.finalize.hint}
      state={state}
      action={{ label: t.finalize.run(year), onClick: run }}
      progress={<PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      outcome={(result) => (
        <div className={styles.outcome} data-testid="finalize-outcome">
          {result.reasons.length > 0 ? (
            <Refusal run={result} t={t} lang={lang} select={select} present={present.current} />
          ) : result.blocked || !result.final || !result.usage ? (
            <RunProblems run={result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <FinalSummary run={result} final={result.final} usage={result.usage} t={t} lang={lang} select={select} />
          )}
        </div>
      )}
    >
      <Text size={200}>{t.finalize.today(today)}</Text>
    </StepShell>
  );
}

interface OutcomeProps {
  run: YearRun;
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
}

/** Why the stars cannot be fixed today (and any errors besides); nothing was written. */
function Refusal({ run, t, lang, select, present }: OutcomeProps & { present: ReadonlySet<string> }) {
  const reasons = new Set(run.reasons.map((p) => p.code));
  const errors = run.problems.filter((p) => p.severity === "error" && !reasons.has(p.code));
  const canSelect = (sheet: string) => present.has(sheet.toLowerCase());
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.finalize.refused(run.year)}</MessageBarBody>
      </MessageBar>
      <ProblemList
        problems={run.reasons}
        t={t}
        lang={lang}
        memberName={memberNames(run)}
        onSelect={({ sheet, address }) => select(sheet, address)}
        canSelect={canSelect}
      />
      {errors.length > 0 && (
        <>
          <Text weight="semibold">{t.finalize.otherErrors(errors.length)}</Text>
          <ProblemList
            problems={errors}
            t={t}
            lang={lang}
            memberName={memberNames(run)}
            onSelect={({ sheet, address }) => select(sheet, address)}
            canSelect={canSelect}
            limit={5}
          />
        </>
      )}
    </>
  );
}

/** The final stars, who is a commendation candidate, who has an admonishment talk, and the sheets. */
function FinalSummary({ run, final, usage, t, lang, select }: OutcomeProps & { final: FinalYear; usage: ResultsUsage }) {
  const styles = useStepStyles();
  const [finalSheet, outcomesSheet, archiveSheet] = run.sheetNames;
  const adjusted = final.members.filter((m) => m.adjusted).length;
  const distribution = distributionOf(final.members.map((m) => ({ kind: m.kind, stars: m.finalStars })));
  const warnings = run.problems.filter((p) => p.severity === "warning");
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.sentences([
            t.finalize.done(run.year, run.finalizedOn ?? ""),
            t.finalize.written([finalSheet, outcomesSheet, archiveSheet]),
            adjusted > 0 && t.finalize.adjusted(adjusted),
          ])}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <GoToButton t={t} sheet={finalSheet} label={t.finalize.openFinal} onGo={() => select(finalSheet, "A1")} />
        <GoToButton t={t} sheet={outcomesSheet} label={t.finalize.openOutcomes} onGo={() => select(outcomesSheet, "A1")} />
        <GoToButton t={t} sheet={archiveSheet} label={t.finalize.openArchive} onGo={() => select(archiveSheet, "A1")} />
      </div>
      <SummarySection heading={t.finalize.distribution}>
        <StarChart distribution={distribution} t={t} />
      </SummarySection>
      <SummarySection heading={t.finalize.candidates(usage.candidates.length)} testId="candidates">
        <Text size={200} className={styles.names}>
          {usage.candidates.length === 0
            ? t.finalize.candidatesNone
            : t.list(usage.candidates.map((m) => t.finalize.candidate(m.name, t.starNames[m.finalStars ?? 0])))}
        </Text>
      </SummarySection>
      <SummarySection heading={t.finalize.admonishments(usage.admonishments.length)} testId="admonishments">
        {usage.admonishments.length === 0 ? (
          <Text size={200}>{t.finalize.admonishmentsNone}</Text>
        ) : (
          <ul className={styles.list}>
            {usage.admonishments.map((a) => (
              <li key={a.member.id}>
                <Text size={200}>{t.finalize.admonishment(a.member.name, a.deadline)}</Text>
              </li>
            ))}
          </ul>
        )}
        {usage.unrated.length > 0 && (
          <Text size={200} className={styles.names}>
            {t.finalize.unrated(usage.unrated.map((m) => m.name))}
          </Text>
        )}
      </SummarySection>
      {usage.nonParty.length > 0 && <Text size={200}>{t.finalize.nonParty(usage.nonParty.length)}</Text>}
      <WarningsSection warnings={warnings} run={run} t={t} lang={lang} select={select} />
      <Text size={200}>{t.finalize.next}</Text>
    </>
  );
}
