/**
 * The settings table (scheme/setting-table.ts) as the register uses it: the 设置 sheet's rows (项目 → 值)
 * in the order the template writes them, with each default as a secretary would type it and the 说明;
 * the names the reader accepts for each row; and how a value read is put into the settings.
 */
import { shareText, type Share } from "../scheme/excellent-cap";
import type { Settings } from "../scheme/settings";
import { SETTING_TABLE, withSettingValue, type SettingDef, type SettingKind } from "../scheme/setting-table";
import { normalizeHeader } from "./read/table";
import { NO_SHARE } from "./read/values";

export interface SettingRow {
  /** 项目 as written in the sheet. */
  name: string;
  /** English alternative accepted by the reader. */
  en: string;
  /** Default as written in the template. */
  value: string | number;
  note: string;
}

/** A default as the template writes it: a weight as 30%, yes/no as 是/否, no share as 无. */
export function templateValue(row: SettingDef): string | number {
  const value = row.default;
  if (row.kind === "weight") return `${Number((Number(value) * 100).toPrecision(12))}%`;
  if (row.kind === "yesno") return value ? "是" : "否";
  if (row.kind === "share") return value === null ? "无" : shareText(value as unknown as Share);
  return typeof value === "number" ? value : String(value ?? "");
}

export const SETTING_ROWS: readonly SettingRow[] = SETTING_TABLE.map((row) => ({ name: row.name, en: row.en, value: templateValue(row), note: row.note }));

/** Other names a secretary may give the 每票优秀上限 row (besides its 项目 and English name). */
export const EXCELLENT_CAP_ALIASES: readonly string[] = SETTING_TABLE.find((row) => row.key === "excellentCap")?.aliases ?? [];

/** The 项目 of each name the reader accepts (Chinese, English, other names), by normalised header. */
export function settingNamesByAlias(table: readonly SettingDef[] = SETTING_TABLE): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of table) {
    for (const name of [row.name, row.en, ...(row.aliases ?? [])]) out.set(normalizeHeader(name), row.name);
  }
  return out;
}

/** A value as read from a cell: text, a number (a weight as a fraction), yes/no, or a share (NO_SHARE for 无). */
export type SettingValue = string | number | boolean | Share;

/** How the reader takes each row (by 项目): its kind, and how its value goes into the settings. */
export interface SettingReader {
  kind: SettingKind;
  apply: (s: Settings, v: SettingValue) => void;
}

/** Each row of the table as a {@link SettingReader}, by 项目. */
export function settingFields(table: readonly SettingDef[] = SETTING_TABLE): Record<string, SettingReader> {
  const out: Record<string, SettingReader> = {};
  for (const row of table) {
    out[row.name] = {
      kind: row.kind,
      apply: (s, v) => {
        const value = row.kind === "text" ? String(v) : row.kind === "yesno" ? Boolean(v) : row.kind === "share" ? (v === NO_SHARE ? null : v) : Number(v);
        const key = row.key as keyof Settings;
        (s as Record<string, unknown>)[key] = withSettingValue(s, row, value)[key];
      },
    };
  }
  return out;
}
