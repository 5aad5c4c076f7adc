import { Button, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { GROUP_FROM, groupProblems, groupSuffix, type ProblemGroup } from "../../i18n/problem-groups";
import { problemPlace, problemSentence } from "../../i18n/problems";
import { parsePlaceRef, type CellTarget } from "../../register/place-ref";
import type { Problem } from "../../scheme/problems";
import { SelectFailed } from "./GoToButton";

export interface ProblemListProps {
  problems: readonly Problem[];
  t: Messages;
  lang: Lang;
  /** A member's name by 编号, so that sentences name people. */
  memberName?: (id: string) => string | undefined;
  /** Selects a problem's cell in the workbook. */
  onSelect: (target: CellTarget) => Promise<void>;
  /** Whether a sheet exists (a problem about a missing sheet has no cell to go to). */
  canSelect?: (sheet: string) => boolean;
  /** Problems shown before "show all". */
  limit?: number;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, minWidth: 0 },
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  place: { marginRight: tokens.spacingHorizontalXS, fontSize: "inherit", lineHeight: "inherit" },
  group: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, minWidth: 0 },
  nested: { paddingLeft: tokens.spacingHorizontalL },
});

type Entry = { problem: Problem } | { group: ProblemGroup };

/**
 * Problems with their severity, place and sentence; a place with a cell is a link that selects it. Errors
 * come first; problems of one kind (from GROUP_FROM on) are one line with the count and the first cells,
 * expandable to the whole list.
 */
export function ProblemList({ problems, t, lang, memberName, onSelect, canSelect = () => true, limit = 20 }: ProblemListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<string | null>(null);
  const entries: Entry[] = groupProblems(problems).flatMap((g): Entry[] =>
    g.problems.length >= GROUP_FROM ? [{ group: g }] : g.problems.map((problem) => ({ problem })),
  );
  const shown = all ? entries : entries.slice(0, limit);
  const go = async (target: CellTarget, place: string) => {
    setFailed(null);
    try {
      await onSelect(target);
    } catch {
      setFailed(place);
    }
  };
  const line = (p: Problem, suffix = "") => {
    const place = problemPlace(p, lang);
    const target = parsePlaceRef(p.place.ref);
    const selectable = target !== null && canSelect(target.sheet);
    return (
      <Text size={200} className={styles.text}>
        {place &&
          (selectable ? (
            <Link as="button" inline className={styles.place} onClick={() => void go(target!, place)} title={t.problems.goTo(place)}>
              {place}
            </Link>
          ) : (
            <span className={styles.place}>{place}</span>
          ))}
        {problemSentence(p, lang, memberName)}
        {suffix}
      </Text>
    );
  };
  const icon = (severity: Problem["severity"]) => {
    const isError = severity === "error";
    const Icon = isError ? ErrorCircle16Filled : Warning16Filled;
    return (
      <Icon
        className={mergeClasses(styles.icon, isError ? styles.error : styles.warning)}
        role="img"
        aria-label={isError ? t.problems.error : t.problems.warning}
      />
    );
  };
  return (
    <>
      <ul className={styles.list} aria-label={t.problems.listLabel}>
        {shown.map((entry, i) => {
          if ("problem" in entry) {
            return (
              <li key={i} className={styles.item} data-severity={entry.problem.severity}>
                {icon(entry.problem.severity)}
                {line(entry.problem)}
              </li>
            );
          }
          const g = entry.group;
          const key = `${g.severity}:${g.code}`;
          const open = expanded.has(key);
          const toggle = () => setExpanded((prev) => (prev.has(key) ? new Set([...prev].filter((k) => k !== key)) : new Set([...prev, key])));
          return (
            <li key={i} className={styles.item} data-severity={g.severity} data-group={g.problems.length}>
              {icon(g.severity)}
              <div className={styles.group}>
                {line(g.problems[0], groupSuffix(g, lang))}
                <Button size="small" appearance="subtle" aria-expanded={open} onClick={toggle}>
                  {open ? t.period.showFewer : t.period.showAll(g.problems.length)}
                </Button>
                {open && (
                  <ul className={mergeClasses(styles.list, styles.nested)}>
                    {g.problems.map((p, j) => (
                      <li key={j} className={styles.item}>
                        {line(p)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {entries.length > limit && (
        <Button size="small" appearance="subtle" onClick={() => setAll(!all)}>
          {all ? t.problems.showFewer : t.problems.showAll(entries.length)}
        </Button>
      )}
      {failed && <SelectFailed t={t} place={failed} />}
    </>
  );
}

/** "2 个错误，5 个警告" for a list of problems. */
export function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
