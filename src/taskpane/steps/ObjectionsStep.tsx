import { Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { parsePlaceRef, problemSheet } from "../../register/place-ref";
import type { WorkbookPort } from "../../register/port";
import { inputSheet } from "../../register/schema";
import { reviewYear, type YearRun } from "../../register/year-workflow";
import { isArea } from "../../scheme/problems";
import { GoToButton, SelectFailed } from "../components/GoToButton";
import { ProblemList } from "../components/ProblemList";
import { memberNames } from "../components/RunProblems";
import { StepShell } from "../components/StepShell";
import { usePane } from "../pane-context";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { minWidth: 0, overflowWrap: "anywhere" },
  place: { marginRight: tokens.spacingHorizontalXS, fontSize: "inherit", lineHeight: "inherit" },
});

/**
 * 异议: the year's objections from 异议登记 as finalisation would see them today (reviewYear: nothing is
 * written) — the open ones (待核查) each with a link to its row, and the register's problems with them.
 */
export function ObjectionsStep() {
  const { port, t, lang, year, today, now } = usePane();
  const action = useCallback(async () => {
    const run = await reviewYear(port, { year, today, generatedAt: now() });
    const present = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    return { run, present };
  }, [port, year, today, now]);
  const [state, run] = useStep(action);
  const sheet = inputSheet("objections").name;

  return (
    <StepShell
      t={t}
      hint={t.objections.hint}
      state={state}
      action={{ label: t.objections.run, onClick: run }}
      moreActions={<GoToButton t={t} sheet={sheet} label={t.objections.openSheet} onGo={() => port.select(sheet, "A1")} />}
      outcome={(result) => <ObjectionsOutcome run={result.run} present={result.present} t={t} lang={lang} port={port} />}
    />
  );
}

interface ObjectionsOutcomeProps {
  run: YearRun;
  present: ReadonlySet<string>;
  t: Messages;
  lang: Lang;
  port: WorkbookPort;
}

function ObjectionsOutcome({ run, present, t, lang, port }: ObjectionsOutcomeProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const [failed, setFailed] = useState<string | null>(null);
  const name = memberNames(run);
  const open = run.openObjections;
  // The problems of the objections themselves, and a missing 异议登记 (finalisation's other reasons are its own step's).
  const problems = run.problems.filter(
    (p) => isArea(p.code, "objection") || (p.code === "register.sheet-missing" && problemSheet(p) === inputSheet("objections").name),
  );
  const go = async (ref: string) => {
    const target = parsePlaceRef(ref);
    if (!target) return;
    setFailed(null);
    try {
      await port.select(target.sheet, target.address);
    } catch {
      setFailed(ref);
    }
  };
  return (
    <div className={styles.outcome} data-testid="objections-outcome">
      <Text size={200}>
        {run.publicity ? t.objections.period(t.yearPublish.periodText(run.publicity.start, run.publicity.end)) : t.objections.noPublicity(run.year)}
      </Text>
      <MessageBar intent={open.length > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>{t.objections.summary(run.objections.length, open.length)}</MessageBarBody>
      </MessageBar>
      {open.length > 0 && (
        <ul className={own.list} aria-label={t.objections.listLabel}>
          {open.map((o, i) => {
            const target = parsePlaceRef(o.ref);
            const selectable = target !== null && present.has(target.sheet.toLowerCase());
            return (
              <li key={i} className={own.item} data-testid="open-objection">
                <Text size={200}>
                  {o.ref &&
                    (selectable ? (
                      <Link as="button" inline className={own.place} onClick={() => void go(o.ref!)} title={t.problems.goTo(o.ref)}>
                        {o.ref}
                      </Link>
                    ) : (
                      <span className={own.place}>{o.ref}</span>
                    ))}
                  {t.objections.item(t.objections.who(name(o.memberId) ?? o.memberId, o.memberId), o.received, o.content)}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {failed && <SelectFailed t={t} place={failed} />}
      {problems.length > 0 && (
        <>
          <Text weight="semibold">{t.objections.problems(problems.length)}</Text>
          <ProblemList
            problems={problems}
            t={t}
            lang={lang}
            memberName={name}
            onSelect={({ sheet, address }) => port.select(sheet, address)}
            canSelect={(sheet) => present.has(sheet.toLowerCase())}
          />
        </>
      )}
      <Text size={200}>{open.length > 0 ? t.objections.nextOpen : t.objections.nextClear}</Text>
    </div>
  );
}
