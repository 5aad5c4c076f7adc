import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../pane-context";
import { MonthPicker } from "./MonthPicker";
import { YearPicker } from "./YearPicker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  pickers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "& > *": { flex: "1 1 120px", minWidth: 0 } },
  line: { overflowWrap: "anywhere" },
});

/**
 * The month and the year the secretary works on, chosen once for every step, with where each stands —
 * `2026年11月：已生成 · 待党员大会通过`, `2026年度：公示中（至12月7日）` — read from the register.
 */
export function PeriodBar() {
  const styles = useStyles();
  const { t, lang, today, month, year, setMonth, setYear, state, view } = usePane();
  return (
    <section className={styles.root} aria-label={t.period.label}>
      <div className={styles.pickers}>
        <MonthPicker t={t} today={today} value={month} onChange={setMonth} />
        <YearPicker t={t} today={today} value={year} onChange={setYear} />
      </div>
      <div role="status" aria-live="polite">
        {state && view ? (
          <>
            {state.month && (
              <Text as="p" size={200} weight="semibold" className={styles.line} data-testid="month-state">
                {view.monthStateLine(state.month, lang)}
              </Text>
            )}
            {state.year && (
              <Text as="p" size={200} weight="semibold" className={styles.line} data-testid="year-state">
                {view.yearStateLine(state.year, lang)}
              </Text>
            )}
          </>
        ) : (
          <Text size={200}>{t.period.stateLoading}</Text>
        )}
      </div>
    </section>
  );
}
