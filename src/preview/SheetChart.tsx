import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue } from "../register/cells";
import type { SheetPlan } from "../register/sheet-plan";
import { maxOf } from "../scheme/arrays";
import { chartData } from "./sheet-style";

const useStyles = makeStyles({
  chart: {
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/** The plan's column chart, drawn where Excel would place it. */
export function Chart({ plan, values }: { plan: SheetPlan; values: readonly (readonly CellValue[])[] }) {
  const styles = useStyles();
  const data = chartData(plan, values);
  const chart = plan.chart!;
  if (!data) return null;
  const w = Math.round((chart.width * 4) / 3);
  const h = Math.round((chart.height * 4) / 3);
  const pad = { top: 28, bottom: 34, left: 28, right: 10 };
  const max = maxOf(
    data.series.flatMap((s) => s.values),
    1,
  );
  const group = (w - pad.left - pad.right) / Math.max(1, data.categories.length);
  const bar = (group * 0.7) / Math.max(1, data.series.length);
  const y = (v: number) => pad.top + (h - pad.top - pad.bottom) * (1 - v / max);
  const fills = [tokens.colorBrandBackground, tokens.colorPaletteMarigoldBorderActive];
  return (
    <svg className={styles.chart} width={w} height={h} role="img" aria-label={chart.title} data-testid="sheet-chart">
      <text x={w / 2} y={18} textAnchor="middle" fontSize="13" fill={tokens.colorNeutralForeground1}>
        {chart.title}
      </text>
      <line x1={pad.left} x2={w - pad.right} y1={y(0)} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
      {data.categories.map((cat, i) => (
        <g key={cat}>
          {data.series.map((s, k) => (
            <rect
              key={s.name}
              x={pad.left + i * group + group * 0.15 + k * bar}
              y={y(s.values[i] ?? 0)}
              width={bar - 1}
              height={y(0) - y(s.values[i] ?? 0)}
              fill={fills[k % fills.length]}
            />
          ))}
          <text x={pad.left + i * group + group / 2} y={h - pad.bottom + 14} textAnchor="middle" fontSize="10" fill={tokens.colorNeutralForeground2}>
            {cat}
          </text>
        </g>
      ))}
      {data.series.map((s, k) => (
        <g key={s.name}>
          <rect x={pad.left + k * 60} y={h - 12} width={10} height={10} fill={fills[k % fills.length]} />
          <text x={pad.left + k * 60 + 14} y={h - 3} fontSize="10" fill={tokens.colorNeutralForeground2}>
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
