import type { Share } from "../../scheme/excellent-cap";
import { DEFAULT_SETTINGS, GRADES, type Settings } from "../../scheme/settings";
import { thresholdSettingName } from "../../scheme/setting-names";
import { EXCELLENT_CAP_ALIASES, SETTING_ROWS } from "../setting-rows";
import type { ProblemCollector } from "./problems";
import { dateInNumberCell, textAt } from "./row-cells";
import { addressOf, cellOf, normalizeHeader, type Table } from "./table";
import { NO_SHARE, readNumber, readShare, readWeight, readYesNo } from "./values";

// ---- 设置: one row per setting, 项目 and 值 ----

/** Settings with every value at its default (fresh arrays and records, so reading never changes the defaults). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, thresholds: [...DEFAULT_SETTINGS.thresholds] as Settings["thresholds"], gradePoints: { ...DEFAULT_SETTINGS.gradePoints } };
}

type SettingKind = "text" | "weight" | "number" | "yesno" | "share";
const SETTING_FIELDS: Record<string, { kind: SettingKind; apply: (s: Settings, v: string | number | boolean | Share) => void }> = {
  支部名称: { kind: "text", apply: (s, v) => (s.branchName = String(v)) },
  支部书记: { kind: "text", apply: (s, v) => (s.secretary = String(v)) },
  副书记: { kind: "text", apply: (s, v) => (s.deputySecretary = String(v)) },
  记实考核专人: { kind: "text", apply: (s, v) => (s.recorder = String(v)) },
  民主评议权重: { kind: "weight", apply: (s, v) => (s.appraisalWeight = Number(v)) },
  记实考核权重: { kind: "weight", apply: (s, v) => (s.recordWeight = Number(v)) },
  小数位数: { kind: "number", apply: (s, v) => (s.decimals = Number(v)) },
  去掉最高最低分: { kind: "yesno", apply: (s, v) => (s.trimExtremes = Boolean(v)) },
  最少有效票数: { kind: "number", apply: (s, v) => (s.minValidMarks = Number(v)) },
  允许自评: { kind: "yesno", apply: (s, v) => (s.allowSelfMark = Boolean(v)) },
  月度优秀星级: { kind: "number", apply: (s, v) => (s.monthlyExcellentStars = Number(v)) },
  年度公示天数: { kind: "number", apply: (s, v) => (s.annualPublicityDays = Number(v)) },
  年度最少考核月数: { kind: "number", apply: (s, v) => (s.annualMinMonths = Number(v)) },
  评优最低星级: { kind: "number", apply: (s, v) => (s.commendationMinStars = Number(v)) },
  "整改期限（月）": { kind: "number", apply: (s, v) => (s.rectificationMonths = Number(v)) },
  月度公示天数: { kind: "number", apply: (s, v) => (s.monthlyPublicityDays = Number(v)) },
  公示联系人: { kind: "text", apply: (s, v) => (s.publicityContact = String(v)) },
  联系电话: { kind: "text", apply: (s, v) => (s.contactPhone = String(v)) },
  每票优秀上限: { kind: "share", apply: (s, v) => (s.excellentCap = v === NO_SHARE ? null : (v as Share)) },
};
for (let i = 0; i < 5; i++) {
  SETTING_FIELDS[thresholdSettingName(i)] = {
    kind: "number",
    apply: (s, v) => {
      const t: number[] = [...s.thresholds];
      t[i] = Number(v);
      s.thresholds = t as unknown as Settings["thresholds"];
    },
  };
}
for (const grade of GRADES) {
  SETTING_FIELDS[`${grade}分值`] = { kind: "number", apply: (s, v) => (s.gradePoints = { ...s.gradePoints, [grade]: Number(v) }) };
}

/** Setting names by normalised Chinese or English 项目. */
const SETTING_ALIASES = new Map<string, string>();
for (const row of SETTING_ROWS) {
  SETTING_ALIASES.set(normalizeHeader(row.name), row.name);
  SETTING_ALIASES.set(normalizeHeader(row.en), row.name);
}
SETTING_ALIASES.set(normalizeHeader("整改期限(月)"), "整改期限（月）");
for (const alias of EXCELLENT_CAP_ALIASES) SETTING_ALIASES.set(normalizeHeader(alias), "每票优秀上限");

export function readSettings(table: Table, problems: ProblemCollector): Settings {
  const settings = defaultSettings();
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const rawName = textAt(table, row, "setting");
    if (!rawName) continue;
    const name = SETTING_ALIASES.get(normalizeHeader(rawName));
    const at = addressOf(table, row, "value");
    if (!name) {
      problems.at("register.setting-unknown", table.sheet, addressOf(table, row, "setting"), { name: rawName });
      continue;
    }
    if (seen.has(name)) {
      problems.at("register.setting-duplicate", table.sheet, addressOf(table, row, "setting"), { name, first: seen.get(name)! });
      continue;
    }
    seen.set(name, addressOf(table, row, "setting"));
    const field = SETTING_FIELDS[name];
    const value = cellOf(table, row, "value");
    const text = textAt(table, row, "value");
    if (text === "") continue; // blank: the default stands
    if (field.kind !== "text" && dateInNumberCell(table, row.row, table.columns.get("value"), value, name, problems)) continue;
    const parsed =
      field.kind === "text"
        ? text
        : field.kind === "weight"
          ? readWeight(value)
          : field.kind === "yesno"
            ? readYesNo(value)
            : field.kind === "share"
              ? readShare(value)
              : readNumber(value);
    if (parsed === null || parsed === undefined) {
      problems.at("register.setting-invalid", table.sheet, at, { name, value: text, expected: field.kind });
      continue;
    }
    field.apply(settings, parsed);
  }
  return settings;
}
