/** The setting the table tests add (and nothing else): one row of the settings table, as a newcomer would write it. */
import type { SettingDef } from "../../src/scheme/setting-table";

export const EXTRA_SETTING: SettingDef = {
  key: "reviewDays",
  name: "复核天数",
  en: "Review days",
  kind: "number",
  group: "publicity",
  default: 4,
  note: "公示结束后复核的天数",
  integer: { min: 1, max: 10 },
  problem: { code: "settings.review-days", zh: "复核天数应为1–10的整数", en: "The review days must be a whole number 1–10" },
};
