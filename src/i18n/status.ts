/**
 * The words for why a member has no score (未考核, 不参评, 未评议), by language: the pane's, from the scheme's
 * code. The sheets print the rules' own words (src/scheme/results.ts NO_SCORE_STATUSES).
 */
import type { NoScoreStatus } from "../scheme/results";
import type { Lang } from "./catalogue";

const STATUS_NAMES: Record<Lang, Record<NoScoreStatus, string>> = {
  "zh-CN": { unassessed: "未考核", exempt: "不参评", unappraised: "未评议" },
  "en-US": { unassessed: "Not assessed (未考核)", exempt: "Exempt (不参评)", unappraised: "Not appraised (未评议)" },
};

/** The name of a no-score status in the language. */
export function statusName(status: NoScoreStatus, lang: Lang): string {
  return STATUS_NAMES[lang][status];
}
