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
  type Theme,
} from "@fluentui/react-components";
import { useState } from "react";
import { messages, type Lang } from "../i18n/catalogue";
import type { WorkbookPort } from "../register/port";
import { SetupStep } from "./steps/SetupStep";

export interface AppProps {
  port: WorkbookPort;
  initialLang: Lang;
  theme: Theme;
  /** Today's date, YYYY-MM-DD, from the composition root (the only place that reads the clock). */
  today: string;
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
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
});

/** The task pane: the branch secretary's month, one step per section. */
export function App({ port, initialLang, theme, today }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = messages(lang);
  const month = today.slice(0, 7);
  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Text as="h1" weight="semibold" size={500}>
              {t.appTitle}
            </Text>
            <Text size={200}>{t.appSubtitle}</Text>
          </div>
          <Button
            size="small"
            appearance="subtle"
            aria-label={`${t.language}: ${t.otherLanguage}`}
            onClick={() => setLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
          >
            {t.otherLanguage}
          </Button>
        </header>
        <Accordion collapsible defaultOpenItems={["setup"]}>
          <AccordionItem value="setup">
            <AccordionHeader as="h2">{t.steps.setup}</AccordionHeader>
            <AccordionPanel>
              <SetupStep port={port} t={t} month={month} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
