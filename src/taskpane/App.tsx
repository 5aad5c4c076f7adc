import { Button, FluentProvider, Spinner, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, lazy, useId, useState } from "react";
import { messages, type Lang } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { ChunkBoundary } from "./components/ChunkBoundary";
import { StepAccordion, type StepItem } from "./components/StepAccordion";
import { monthOf } from "./month-options";
import { ApproveStep } from "./steps/ApproveStep";
import { CheckStep } from "./steps/CheckStep";
import { GenerateStep } from "./steps/GenerateStep";
import { PrepareStep } from "./steps/PrepareStep";
import { SettingsStep } from "./steps/SettingsStep";
import { SetupStep } from "./steps/SetupStep";
import { defaultYear } from "./year-options";

export interface AppProps {
  port: WorkbookPort;
  initialLang: Lang;
  theme: Theme;
  /** Today's date, YYYY-MM-DD, from the composition root (the only place that reads the clock). */
  today: string;
  /** The time now, ISO with offset ("2026-11-23T10:05:00+08:00"), for the sheets' 生成时间. */
  now: () => string;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "100%",
    overflowX: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  groupTitle: { margin: 0, paddingTop: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

/**
 * The annual steps are loaded after the first render, in a chunk of their own: with the year's renderers
 * they would push taskpane.js over its 200 KB budget, and the month's steps are what a secretary opens first.
 * A chunk that cannot be fetched is reported in its place (ChunkBoundary), with a retry.
 */
const loadYearSection = () => import(/* webpackChunkName: "year" */ "./YearSection");
/** Ballot import (its mapping and the import core) likewise; the export reader and ExcelJS load only with a file. */
const loadImportStep = () => import(/* webpackChunkName: "import" */ "./steps/ImportStep").then((m) => ({ default: m.ImportStep }));

type MonthKey = "setup" | "prepare" | "import" | "check" | "generate" | "approve" | "settings";

/**
 * The task pane: the branch secretary's month, one step per section, each section one click; then the
 * year's steps under a year picker. Steps are numbered through the pane.
 */
export function App({ port, initialLang, theme, today, now }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [open, setOpen] = useState<MonthKey[]>(["setup"]);
  // A new lazy component on retry: React keeps one whose chunk failed to load failed.
  const [YearSection, setYearSection] = useState(() => lazy(loadYearSection));
  const [ImportStep, setImportStep] = useState(() => lazy(loadImportStep));
  const monthHeading = useId();
  const yearHeading = useId();
  const t = messages(lang);
  const monthSteps: StepItem<MonthKey>[] = [
    { key: "setup", title: t.steps.setup, body: <SetupStep port={port} t={t} month={monthOf(today)} year={defaultYear(today)} /> },
    { key: "prepare", title: t.steps.prepare, body: <PrepareStep port={port} t={t} lang={lang} today={today} /> },
    {
      key: "import",
      title: t.steps.import,
      body: (
        <ChunkBoundary t={t} onRetry={() => setImportStep(() => lazy(loadImportStep))}>
          <Suspense fallback={<Spinner size="tiny" label={t.working} />}>
            <ImportStep port={port} t={t} lang={lang} today={today} />
          </Suspense>
        </ChunkBoundary>
      ),
    },
    { key: "check", title: t.steps.check, body: <CheckStep port={port} t={t} lang={lang} today={today} now={now} /> },
    { key: "generate", title: t.steps.generate, body: <GenerateStep port={port} t={t} lang={lang} today={today} now={now} /> },
    { key: "approve", title: t.steps.approve, body: <ApproveStep port={port} t={t} lang={lang} today={today} now={now} /> },
    { key: "settings", title: t.steps.settings, body: <SettingsStep port={port} t={t} lang={lang} open={open.includes("settings")} /> },
  ];
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Text as="h1" weight="semibold" size={500} className={styles.title}>
              {t.appTitle}
            </Text>
            <Text size={200}>{t.appSubtitle}</Text>
          </div>
          <Button
            size="small"
            appearance="subtle"
            aria-label={`${t.language}: ${t.otherLanguage}`}
            lang={lang === "zh-CN" ? "en-US" : "zh-CN"}
            onClick={() => setLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
          >
            {t.otherLanguage}
          </Button>
        </header>
        <Text size={200} className={styles.intro}>
          {t.intro}
        </Text>
        <section className={styles.group} aria-labelledby={monthHeading}>
          <Text as="h2" id={monthHeading} weight="semibold" size={400} className={styles.groupTitle}>
            {t.groups.month}
          </Text>
          <StepAccordion t={t} steps={monthSteps} first={1} open={open} onOpenChange={setOpen} />
        </section>
        <section className={styles.group} aria-labelledby={yearHeading}>
          <Text as="h2" id={yearHeading} weight="semibold" size={400} className={styles.groupTitle}>
            {t.groups.year}
          </Text>
          <ChunkBoundary t={t} onRetry={() => setYearSection(() => lazy(loadYearSection))}>
            <Suspense fallback={<Spinner size="tiny" label={t.yearLoading} />}>
              <YearSection port={port} t={t} lang={lang} today={today} now={now} first={monthSteps.length + 1} />
            </Suspense>
          </ChunkBoundary>
        </section>
      </main>
    </FluentProvider>
  );
}
