/**
 * The words for why a member has no score (未考核, 不参评, 未评议), by language: the pane's. The sheets print
 * the rules' own words (the scheme's labels, src/scheme/results.ts NO_SCORE_STATUSES).
 */
import { noScoreStatus, type NoScoreStatus } from "../scheme/results";
import type { Lang } from "./catalogue";

const STATUS_NAMES: Record<Lang, Record<NoScoreStatus, string>> = {
  "zh-CN": { unassessed: "未考核", exempt: "不参评", unappraised: "未评议" },
  "en-US": { unassessed: "Not assessed (未考核)", exempt: "Exempt (不参评)", unappraised: "Not appraised (未评议)" },
};

/** The name of a no-score status in the language. */
export function statusName(status: NoScoreStatus, lang: Lang): string {
  return STATUS_NAMES[lang][status];
}

/** A member's label as the pane shows it: a no-score status in the language's words, any other label as it is. */
export function labelName(label: string, lang: Lang): string {
  const status = noScoreStatus(label);
  return status === null ? label : statusName(status, lang);
}
