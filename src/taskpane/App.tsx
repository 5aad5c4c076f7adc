import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  Text,
  makeStyles,
  tokens,
  type AccordionPanelProps,
  type Theme,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { messages, type Lang } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { monthOf } from "./month-options";
import { ApproveStep } from "./steps/ApproveStep";
import { CheckStep } from "./steps/CheckStep";
import { GenerateStep } from "./steps/GenerateStep";
import { PrepareStep } from "./steps/PrepareStep";
import { SettingsStep } from "./steps/SettingsStep";
import { SetupStep } from "./steps/SetupStep";

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
  panel: { paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
});

/** The panel's collapse motion, told not to unmount the step when it closes. */
const KEEP_MOUNTED: AccordionPanelProps["collapseMotion"] = {
  children: (Motion, props) => <Motion {...props} unmountOnExit={false} />,
};

type StepKey = "setup" | "prepare" | "check" | "generate" | "approve" | "settings";
const STEPS: readonly StepKey[] = ["setup", "prepare", "check", "generate", "approve", "settings"];

/** The task pane: the branch secretary's month, one step per section, each section one click. */
export function App({ port, initialLang, theme, today, now }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [openItems, setOpenItems] = useState<StepKey[]>(["setup"]);
  const t = messages(lang);
  const body: Record<StepKey, ReactNode> = {
    setup: <SetupStep port={port} t={t} month={monthOf(today)} />,
    prepare: <PrepareStep port={port} t={t} lang={lang} today={today} />,
    check: <CheckStep port={port} t={t} lang={lang} today={today} now={now} />,
    generate: <GenerateStep port={port} t={t} lang={lang} today={today} now={now} />,
    approve: <ApproveStep port={port} t={t} lang={lang} today={today} now={now} />,
    settings: <SettingsStep port={port} t={t} lang={lang} open={openItems.includes("settings")} />,
  };
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
        <Accordion multiple collapsible openItems={openItems} onToggle={(_, d) => setOpenItems(d.openItems as StepKey[])}>
          {STEPS.map((key, i) => (
            <AccordionItem key={key} value={key}>
              <AccordionHeader as="h2">{t.stepHeading(i + 1, t.steps[key])}</AccordionHeader>
              {/*
                Kept mounted while collapsed, so that a running step and its outcome survive closing the
                section; hidden then, so that neither the keyboard nor a screen reader lands in it.
              */}
              <AccordionPanel className={styles.panel} collapseMotion={KEEP_MOUNTED}>
                <div hidden={!openItems.includes(key)}>{body[key]}</div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </main>
    </FluentProvider>
  );
}
