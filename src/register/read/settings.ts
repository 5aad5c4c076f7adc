import { DEFAULT_SETTINGS, type Settings } from "../../scheme/settings";
import { settingFields, settingNamesByAlias } from "../setting-rows";
import type { ProblemCollector } from "./problems";
import { dateInNumberCell, textAt } from "./row-cells";
import { addressOf, cellOf, normalizeHeader, type Table } from "./table";
import { readSettingValue } from "./values";

// ---- 设置: one row per setting, 项目 and 值 ----

/** Settings with every value at its default (fresh arrays and records, so reading never changes the defaults). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, thresholds: [...DEFAULT_SETTINGS.thresholds] as Settings["thresholds"], gradePoints: { ...DEFAULT_SETTINGS.gradePoints } };
}

/** How each row is read, and the names a secretary may give it, from the settings table (scheme/setting-table.ts). */
const SETTING_FIELDS = settingFields();
const SETTING_ALIASES = settingNamesByAlias();

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
    const parsed = readSettingValue(field.kind, name, value);
    if (parsed === null || parsed === undefined) {
      problems.at("register.setting-invalid", table.sheet, at, { name, value: text, expected: field.kind });
      continue;
    }
    field.apply(settings, parsed);
  }
  return settings;
}
