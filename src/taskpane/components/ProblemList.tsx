import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { problemPlace, problemSentence } from "../../i18n/problems";
import { parsePlaceRef, type CellTarget } from "../../register/place-ref";
import type { Problem } from "../../scheme/problems";

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
});

/** Problems with their severity, place and sentence; a place with a cell is a link that selects it. */
export function ProblemList({ problems, t, lang, memberName, onSelect, canSelect = () => true, limit = 20 }: ProblemListProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const shown = all ? problems : problems.slice(0, limit);
  const go = async (target: CellTarget, place: string) => {
    setFailed(null);
    try {
      await onSelect(target);
    } catch {
      setFailed(place);
    }
  };
  return (
    <>
      <ul className={styles.list} aria-label={t.problems.listLabel}>
        {shown.map((p, i) => {
          const place = problemPlace(p, lang);
          const target = parsePlaceRef(p.place.ref);
          const selectable = target !== null && canSelect(target.sheet);
          const isError = p.severity === "error";
          const severity = isError ? t.problems.error : t.problems.warning;
          const Icon = isError ? ErrorCircle16Filled : Warning16Filled;
          return (
            <li key={i} className={styles.item} data-severity={p.severity}>
              <Icon className={mergeClasses(styles.icon, isError ? styles.error : styles.warning)} role="img" aria-label={severity} />
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
              </Text>
            </li>
          );
        })}
      </ul>
      {problems.length > limit && (
        <Button size="small" appearance="subtle" onClick={() => setAll(!all)}>
          {all ? t.problems.showFewer : t.problems.showAll(problems.length)}
        </Button>
      )}
      {failed && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.problems.selectFailed(failed)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** "2 个错误，5 个警告" for a list of problems. */
export function problemCounts(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
