import { Button, FluentProvider, Spinner, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useId, useRef, useState, type ComponentType } from "react";
import type { Lang } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { ChunkBoundary } from "./components/ChunkBoundary";
import { PeriodBar } from "./components/PeriodBar";
import { StepAccordion, type StepItem } from "./components/StepAccordion";
import { PaneProvider, usePane } from "./pane-context";
import type { MonthStepKey } from "./step-status";
import { ApproveStep } from "./steps/ApproveStep";
import { CheckStep } from "./steps/CheckStep";
import { GenerateStep } from "./steps/GenerateStep";
import { PrepareStep } from "./steps/PrepareStep";
import { SetupStep } from "./steps/SetupStep";
import type { ImportStepProps } from "./steps/ImportStep";
import type { SettingsStepProps } from "./steps/SettingsStep";

export interface AppProps {
  port: WorkbookPort;
  initialLang: Lang;
  theme: Theme;
  /** Today's date, YYYY-MM-DD, from the composition root (the only place that reads the clock). */
  today: string;
  /** The time now, ISO with offset ("2026-11-23T10:05:00+08:00"), for the sheets' 生成时间. */
  now: () => string;
  /** The month to open at (a web page's ?month=); by default the month being closed (pane-context.tsx). */
  month?: string;
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
/** 设置 (its form, validation and the 自检) likewise: a secretary opens it rarely, and not first. */
const loadSettingsStep = () => import(/* webpackChunkName: "settings" */ "./steps/SettingsStep").then((m) => ({ default: m.SettingsStep }));

/**
 * The task pane: the month and the year chosen once at the top with where they stand, then the branch
 * secretary's month, one step per section, each section one click; then the year's steps. Steps are
 * numbered through the pane; the pane opens at the step that comes next for the chosen period.
 */
export function App({ port, initialLang, theme, today, now, month }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <PaneProvider port={port} lang={lang} today={today} now={now} month={month}>
        <Pane onLang={setLang} />
      </PaneProvider>
    </FluentProvider>
  );
}

function Pane({ onLang }: { onLang: (lang: Lang) => void }) {
  const styles = useStyles();
  const { t, lang, state, view } = usePane();
  const [open, setOpen] = useState<MonthStepKey[]>([]);
  // A new lazy component on retry: React keeps one whose chunk failed to load failed.
  const [YearSection, setYearSection] = useState(() => lazy(loadYearSection));
  const [ImportStep, setImportStep] = useState(() => lazy(loadImportStep));
  const [SettingsStep, setSettingsStep] = useState(() => lazy(loadSettingsStep));
  const monthHeading = useId();
  const yearHeading = useId();
  // Once a month's state is known, open the step that comes next for it: first when the pane opens, again
  // when another month is chosen (a step finished for the month before is closed then); in between the
  // secretary decides.
  const openedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!state?.month || !view || openedFor.current === state.month.period) return;
    const first = openedFor.current === null;
    openedFor.current = state.month.period;
    const key = view.nextMonthStep(state.month);
    if (first) {
      if (key) setOpen((prev) => (prev.includes(key) ? prev : [...prev, key]));
    } else setOpen(key ? [key] : []);
  }, [state, view]);
  const status = state?.month && view ? view.monthStepStatus(state.month, lang) : {};
  const monthSteps: StepItem<MonthStepKey>[] = [
    { key: "setup", title: t.steps.setup, body: <SetupStep /> },
    { key: "prepare", title: t.steps.prepare, body: <PrepareStep /> },
    {
      key: "import",
      title: t.steps.import,
      body: (
        <ChunkBoundary t={t} onRetry={() => setImportStep(() => lazy(loadImportStep))}>
          <Suspense fallback={<Spinner size="tiny" label={t.working} />}>
            <ImportStepInPane component={ImportStep} />
          </Suspense>
        </ChunkBoundary>
      ),
    },
    { key: "check", title: t.steps.check, body: <CheckStep /> },
    { key: "generate", title: t.steps.generate, body: <GenerateStep /> },
    { key: "approve", title: t.steps.approve, body: <ApproveStep /> },
    {
      key: "settings",
      title: t.steps.settings,
      body: (
        <ChunkBoundary t={t} onRetry={() => setSettingsStep(() => lazy(loadSettingsStep))}>
          <Suspense fallback={<Spinner size="tiny" label={t.working} />}>
            <SettingsInPane component={SettingsStep} open={open.includes("settings")} />
          </Suspense>
        </ChunkBoundary>
      ),
    },
  ].map((step) => ({ ...step, status: status[step.key as MonthStepKey] })) as StepItem<MonthStepKey>[];
  return (
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
          onClick={() => onLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
        >
          {t.otherLanguage}
        </Button>
      </header>
      <Text size={200} className={styles.intro}>
        {t.intro}
      </Text>
      <PeriodBar />
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
            <YearSection first={monthSteps.length + 1} />
          </Suspense>
        </ChunkBoundary>
      </section>
    </main>
  );
}

/** The settings step and the import step keep their own props (other work shapes them); the pane fills them in. */
function SettingsInPane({ component: Settings, open }: { component: ComponentType<SettingsStepProps>; open: boolean }) {
  const { port, t, lang } = usePane();
  return <Settings port={port} t={t} lang={lang} open={open} />;
}

function ImportStepInPane({ component: Import }: { component: ComponentType<ImportStepProps> }) {
  const { port, t, lang, today } = usePane();
  return <Import port={port} t={t} lang={lang} today={today} />;
}
