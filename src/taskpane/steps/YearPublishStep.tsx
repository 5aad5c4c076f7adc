import { Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookPort } from "../../register/port";
import { readRegister } from "../../register/read/read-register";
import { inputSheet } from "../../register/schema";
import { publishYear } from "../../register/year-workflow";
import { addDays, isIsoDate } from "../../scheme/dates";
import { publicityPeriod } from "../../scheme/publicity";
import { GoToButton } from "../components/GoToButton";
import { PhaseProgress } from "../components/PhaseProgress";
import { RunProblems } from "../components/RunProblems";
import { StepShell, useSubmit } from "../components/StepShell";
import { usePane } from "../pane-context";
import { usePhasedStep } from "../use-step";
import { useStepStyles } from "./step-styles";
import { RunWarnings } from "../components/Summary";

export interface YearPublishStepProps {
  /** True while the section is open: the publicity days are read from 设置 each time it opens. */
  open: boolean;
}

/** The 设置 sheet's 年度公示天数 as the annual steps read it (the default when the sheet or the row is missing). */
async function publicityDays(port: WorkbookPort): Promise<number> {
  const def = inputSheet("settings");
  const sheets = await port.readSheets([def.name, def.en]);
  return readRegister(sheets, { periods: new Set(), require: [] }).data.settings.annualPublicityDays;
}

/**
 * 年度公示: the secretary picks the first day; the days come from 设置 (never below 7). Writes `YYYY 年度评星`
 * and the print-ready `YYYY 年度公示`, and records the period, which finalisation reads back.
 */
export function YearPublishStep({ open }: YearPublishStepProps) {
  const { port, t, lang, year, today, now } = usePane();
  const styles = useStepStyles();
  const [start, setStart] = useState(today);
  const [days, setDays] = useState<number | null>(null);
  const validStart = isIsoDate(start);

  useEffect(() => {
    if (!open) return;
    let current = true;
    // Only a hint: a failure here shows no days, and the step itself says what is wrong.
    publicityDays(port).then(
      (d) => current && setDays(d),
      () => current && setDays(null),
    );
    return () => {
      current = false;
    };
  }, [open, port]);

  const work = useCallback((phased: WorkbookPort) => publishYear(phased, { year, start, generatedAt: now() }), [year, start, now]);
  const { state, run, phase, present } = usePhasedStep(port, work, { wrote: (r) => r.change !== undefined });
  const select = (sheet: string, address: string) => port.select(sheet, address);
  const planned = validStart && days !== null && Number.isFinite(days) ? publicityPeriod(start, days) : null;
  const { tried, submit } = useSubmit(validStart, run);

  return (
    <StepShell
      t={t}
      hint={t.yearPublish.hint}
      state={state}
      action={{ label: t.yearPublish.run(year), onClick: submit }}
      progress={<PhaseProgress t={t} phase={phase} labels={t.yearGenerate.phases} />}
      outcome={(result) => (
        <div className={styles.outcome} data-testid="year-publish-outcome">
          {result.blocked || !result.publicity ? (
            <RunProblems run={result} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {t.sentences([
                    t.yearPublish.done(result.sheetNames[1]),
                    t.yearPublish.period(t.yearPublish.periodText(result.publicity.start, result.publicity.end), result.settings.annualPublicityDays),
                    t.yearPublish.earliest(result.publicity.end, addDays(result.publicity.end, 1)),
                  ])}
                </MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={result.sheetNames[1]} label={t.yearPublish.open} onGo={() => select(result.sheetNames[1], "A1")} />
                <GoToButton t={t} sheet={result.sheetNames[0]} label={t.yearGenerate.open} onGo={() => select(result.sheetNames[0], "A1")} />
              </div>
              <RunWarnings heading={t.generate.warnings(result.problems.length)} problems={result.problems} run={result} t={t} lang={lang} select={select} />
              <Text size={200}>{t.yearPublish.next}</Text>
            </>
          )}
        </div>
      )}
    >
      <Field
        label={t.yearPublish.start}
        hint={
          planned
            ? planned.problems.length > 0
              ? t.yearPublish.daysTooFew(String(days))
              : t.yearPublish.planned(t.yearPublish.periodText(planned.start, planned.end), planned.days)
            : undefined
        }
        validationMessage={tried && !validStart ? t.yearPublish.invalidDate : undefined}
      >
        <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} />
      </Field>
    </StepShell>
  );
}
