import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import type { Problem } from "../../scheme/problems";
import { useStepStyles } from "../steps/step-styles";
import { ProblemList } from "./ProblemList";
import { memberNames } from "./RunProblems";

/** One headed part of a step's summary (the distribution, the names without a star, the warnings…). */
export function SummarySection({ heading, testId, children }: { heading: ReactNode; testId?: string; children: ReactNode }) {
  const styles = useStepStyles();
  return (
    <section className={styles.section} data-testid={testId}>
      <Text as="h4" weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {children}
    </section>
  );
}

/** A line of names per group (a status, a flag), or one sentence when there is none. */
export function NameLines({
  groups,
  none,
  line,
}: {
  groups: ReadonlyMap<string, readonly string[]>;
  none: string;
  line: (group: string, names: string[]) => string;
}) {
  const styles = useStepStyles();
  if (groups.size === 0) return <Text size={200}>{none}</Text>;
  return (
    <>
      {[...groups].map(([group, names]) => (
        <Text key={group} size={200} className={styles.names}>
          {line(group, [...names])}
        </Text>
      ))}
    </>
  );
}

interface RunProblemsProps {
  problems: readonly Problem[];
  run: Parameters<typeof memberNames>[0];
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
  /** How many to show before "show all" (20 unless given). */
  limit?: number;
}

/** A run's problems, each naming its member and linking to its cell. */
export function RunProblemList({ problems, run, t, lang, select, limit }: RunProblemsProps) {
  return (
    <ProblemList problems={problems} t={t} lang={lang} memberName={memberNames(run)} onSelect={({ sheet, address }) => select(sheet, address)} limit={limit} />
  );
}

/** The warnings of a run that went through under a plain heading, the first five shown. */
export function RunWarnings({ heading, ...props }: Omit<RunProblemsProps, "limit"> & { heading: string }) {
  if (props.problems.length === 0) return null;
  return (
    <>
      <Text weight="semibold">{heading}</Text>
      <RunProblemList {...props} limit={5} />
    </>
  );
}

/** The warnings of a run that went through, in a section of the summary, the first five shown. */
export function WarningsSection({ warnings, ...props }: Omit<RunProblemsProps, "limit" | "problems"> & { warnings: readonly Problem[] }) {
  if (warnings.length === 0) return null;
  return (
    <SummarySection heading={props.t.generate.warnings(warnings.length)}>
      <RunProblemList problems={warnings} {...props} limit={5} />
    </SummarySection>
  );
}
