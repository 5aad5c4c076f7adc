import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { StepAccordion, type StepItem } from "./components/StepAccordion";
import { usePane } from "./pane-context";
import type { YearStepKey } from "./step-status";
import { ArchiveStep } from "./steps/ArchiveStep";
import { FinalizeStep } from "./steps/FinalizeStep";
import { NoticesStep } from "./steps/NoticesStep";
import { ObjectionsStep } from "./steps/ObjectionsStep";
import { YearGenerateStep } from "./steps/YearGenerateStep";
import { YearPublishStep } from "./steps/YearPublishStep";

export interface YearSectionProps {
  /** The number of the section's first step. */
  first: number;
}

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalS },
});

/**
 * The 年度 steps: 年度评星, 年度公示, 异议, 确定年度星级 and one member's archive, all on the year chosen at
 * the top of the pane, so that no step works on another year by mistake. Opens at the year's next step
 * when the month has nothing left to do.
 */
export default function YearSection({ first }: YearSectionProps) {
  const styles = useStyles();
  const { t, lang, state, view } = usePane();
  const [open, setOpen] = useState<YearStepKey[]>([]);
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !state?.year || !state.month || !view) return;
    opened.current = true;
    const monthDone = state.month.state === "已通过";
    const key = view.nextYearStep(state.year);
    if (monthDone && key) setOpen((prev) => (prev.includes(key) ? prev : [...prev, key]));
  }, [state, view]);
  const status = state?.year && view ? view.yearStepStatus(state.year, lang) : {};
  const steps: StepItem<YearStepKey>[] = [
    { key: "yearGenerate", title: t.steps.yearGenerate, body: <YearGenerateStep /> },
    { key: "yearPublish", title: t.steps.yearPublish, body: <YearPublishStep open={open.includes("yearPublish")} /> },
    { key: "objections", title: t.steps.objections, body: <ObjectionsStep /> },
    { key: "finalize", title: t.steps.finalize, body: <FinalizeStep /> },
    { key: "archive", title: t.steps.archive, body: <ArchiveStep open={open.includes("archive")} /> },
    // The year's two notices (四公开), any time of the year; self-contained, movable as one line.
    { key: "notices", title: t.steps.notices, body: <NoticesInPane /> },
  ].map((step) => ({ ...step, status: status[step.key as YearStepKey] })) as StepItem<YearStepKey>[];
  return (
    <>
      <Text size={200} className={styles.intro}>
        {t.yearIntro}
      </Text>
      <StepAccordion t={t} steps={steps} first={first} open={open} onOpenChange={setOpen} />
    </>
  );
}

/** The notices step keeps its own props (a self-contained step); the pane fills them in. */
function NoticesInPane() {
  const { port, t, lang, year, today, now } = usePane();
  return <NoticesStep port={port} t={t} lang={lang} year={year} today={today} now={now} />;
}
