/**
 * Stars (星级) from a rounded composite, their labels and the ★ text.
 *
 * The source's bands ("95分以上 five, 90-95 four, 85-89 three, …") overlap at 95 and leave gaps (89.5);
 * docs/rules.md decides that each threshold is an inclusive lower bound (以上 includes the number).
 */
import { SchemeArgumentError } from "./errors";
import { problem, type Problem } from "./problems";
import { SETTING_NAMES, thresholdSettingName } from "./setting-names";
import { SETTING_TABLE, tableDefaults } from "./setting-table";
import type { Stars, Thresholds } from "./star-types";

export type { Stars, Thresholds };

/** The default lower bounds for five, four, three, two and one star (the settings table's). */
export const DEFAULT_THRESHOLDS = tableDefaults(SETTING_TABLE).thresholds as Thresholds;

/** Labels by number of stars: index 0 is 未评星, index 5 is 五星级. */
export const STAR_LABELS = ["未评星", "一星级", "二星级", "三星级", "四星级", "五星级"] as const;

/**
 * Stars for a rounded composite: the highest band whose lower bound the composite reaches.
 * `thresholds` lists five lower bounds, five stars first. Throws unless there are exactly five
 * (a programmer mistake; settings are checked by {@link validateThresholds}).
 */
export function starsFor(composite: number, thresholds: Thresholds | readonly number[] = DEFAULT_THRESHOLDS): Stars {
  if (thresholds.length !== 5) throw new SchemeArgumentError(`Expected 5 thresholds, got ${thresholds.length}`);
  for (let i = 0; i < 5; i++) {
    if (composite >= (thresholds[i] as number)) return (5 - i) as Stars;
  }
  return 0;
}

/**
 * The label of a star count: 五星级 … 一星级, 未评星 for 0. For null (no score) the given status
 * (未考核, 不参评, 未评议) is the label, else 未评星.
 */
export function starLabel(stars: number | null, status?: string): string {
  if (stars === null) return status ?? STAR_LABELS[0];
  return STAR_LABELS[checkStars(stars)];
}

/** The ★ text: 4 → '★★★★☆', 0 → '☆☆☆☆☆'; null (no score) → ''. */
export function starText(stars: number | null): string {
  if (stars === null) return "";
  const s = checkStars(stars);
  return "★".repeat(s) + "☆".repeat(5 - s);
}

/** True for an integer 0–5. */
export function isStars(value: unknown): value is Stars {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5;
}

/** Five numbers, strictly descending, each within 0–100. */
export function validateThresholds(thresholds: readonly number[]): Problem[] {
  if (thresholds.length !== 5) {
    return [problem("settings.thresholds-count", { setting: SETTING_NAMES.thresholds }, { count: thresholds.length })];
  }
  const problems: Problem[] = [];
  thresholds.forEach((t, i) => {
    if (!Number.isFinite(t) || t < 0 || t > 100) {
      problems.push(problem("settings.threshold-range", { setting: thresholdSettingName(i) }, { value: String(t) }));
    }
  });
  for (let i = 1; i < 5; i++) {
    const higher = thresholds[i - 1] as number;
    const lower = thresholds[i] as number;
    if (!(lower < higher)) {
      problems.push(problem("settings.thresholds-order", { setting: thresholdSettingName(i) }, { higher: String(higher), lower: String(lower) }));
    }
  }
  return problems;
}

function checkStars(stars: number): Stars {
  if (!isStars(stars)) throw new SchemeArgumentError(`Stars must be an integer 0–5, got ${stars}`);
  return stars;
}
