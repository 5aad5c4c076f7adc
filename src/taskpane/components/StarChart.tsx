import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Messages } from "../../i18n/catalogue";
import type { Distribution } from "../../scheme/results";
import { maxOf } from "../../scheme/arrays";

export interface StarChartProps {
  distribution: Distribution;
  t: Messages;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "4.5em 1fr 2.5em", alignItems: "center", gap: tokens.spacingHorizontalS },
  track: { display: "flex", height: "12px", minWidth: 0 },
  party: {
    backgroundColor: tokens.colorBrandBackground,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Highlight" },
  },
  nonParty: {
    backgroundColor: tokens.colorPaletteMarigoldBorderActive,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
  count: { textAlign: "right" },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalXS },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "10px", height: "10px" },
});

/** The month's star distribution as horizontal bars, 党员 and 党外 stacked; read out as one sentence. */
export function StarChart({ distribution, t }: StarChartProps) {
  const styles = useStyles();
  const rows = [5, 4, 3, 2, 1, 0].map((stars) => ({
    stars,
    label: t.starNames[stars],
    party: distribution.党员[stars] ?? 0,
    nonParty: distribution.党外[stars] ?? 0,
  }));
  const max = maxOf(
    rows.map((r) => r.party + r.nonParty),
    1,
  );
  const summary = t.generate.chartSummary(rows.map((r) => t.generate.chartPart(r.label, r.party, r.nonParty)));
  return (
    <div className={styles.root} role="img" aria-label={summary} data-testid="star-chart">
      {rows.map((r) => (
        <div key={r.stars} className={styles.row} aria-hidden="true">
          <Text size={200}>{r.label}</Text>
          <div className={styles.track}>
            <div className={styles.party} style={{ width: `${(r.party / max) * 100}%` }} />
            <div className={styles.nonParty} style={{ width: `${(r.nonParty / max) * 100}%` }} />
          </div>
          <Text size={200} className={styles.count}>
            {t.generate.people(r.party + r.nonParty)}
          </Text>
        </div>
      ))}
      <div className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <span className={mergeClasses(styles.swatch, styles.party)} />
          <Text size={200}>{t.kinds.党员}</Text>
        </span>
        <span className={styles.key}>
          <span className={mergeClasses(styles.swatch, styles.nonParty)} />
          <Text size={200}>{t.kinds.党外}</Text>
        </span>
      </div>
    </div>
  );
}
