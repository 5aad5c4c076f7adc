import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, Messages } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { StepAccordion, type StepItem } from "./components/StepAccordion";
import { YearPicker } from "./components/YearPicker";
import { ArchiveStep } from "./steps/ArchiveStep";
import { FinalizeStep } from "./steps/FinalizeStep";
import { NoticesStep } from "./steps/NoticesStep";
import { ObjectionsStep } from "./steps/ObjectionsStep";
import { YearGenerateStep } from "./steps/YearGenerateStep";
import { YearPublishStep } from "./steps/YearPublishStep";
import { defaultYear } from "./year-options";

export interface YearSectionProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD: the default year, the publicity's default start and the day finalisation is judged on. */
  today: string;
  now: () => string;
  /** The number of the section's first step. */
  first: number;
}

type YearKey = "yearGenerate" | "yearPublish" | "objections" | "finalize" | "archive" | "notices";

const useStyles = makeStyles({
  picker: { paddingBottom: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * The 年度 steps under one year picker: 年度评星, 年度公示, 异议, 确定年度星级 and one member's archive.
 * The year is the section's, so that no step works on another year by mistake.
 */
export default function YearSection({ port, t, lang, today, now, first }: YearSectionProps) {
  const styles = useStyles();
  const [year, setYear] = useState(defaultYear(today));
  const [open, setOpen] = useState<YearKey[]>([]);
  const props = { port, t, lang, year, today, now };
  const steps: StepItem<YearKey>[] = [
    { key: "yearGenerate", title: t.steps.yearGenerate, body: <YearGenerateStep {...props} /> },
    { key: "yearPublish", title: t.steps.yearPublish, body: <YearPublishStep {...props} open={open.includes("yearPublish")} /> },
    { key: "objections", title: t.steps.objections, body: <ObjectionsStep {...props} /> },
    { key: "finalize", title: t.steps.finalize, body: <FinalizeStep {...props} /> },
    { key: "archive", title: t.steps.archive, body: <ArchiveStep {...props} open={open.includes("archive")} /> },
    // Issue 15: the year's two notices (四公开), any time of the year; self-contained, movable as one line.
    { key: "notices", title: t.steps.notices, body: <NoticesStep {...props} /> },
  ];
  return (
    <>
      <Text size={200} className={styles.intro}>
        {t.yearIntro}
      </Text>
      <div className={styles.picker}>
        <YearPicker t={t} today={today} value={year} onChange={setYear} />
      </div>
      <StepAccordion t={t} steps={steps} first={first} open={open} onOpenChange={setOpen} />
    </>
  );
}
