/**
 * `template --settings-from`: a blank register carrying a committee's 设置, so that every branch starts from
 * the same rules (and the roll-up's "settings differ" warning stays quiet). The committee's rules are every
 * setting but the branch's own: its name and people (支部名称, 支部书记, 副书记, 记实考核专人) and its
 * publicity contact (公示联系人, 联系电话), which keep their blank defaults. Pure.
 */
import type { Problem } from "../../scheme/problems";
import { SETTING_TABLE, type SettingDef } from "../../scheme/setting-table";
import { validateSettings, type Settings } from "../../scheme/settings";
import type { Grid } from "../cells";
import type { SheetData } from "../port";
import { attachRefs, readRegister } from "../read/read-register";
import { templateValue } from "../setting-rows";
import { templateContent } from "../template";

/** Settings each branch fills in for itself. */
const BRANCH_OWN: ReadonlySet<string> = new Set(["publicityContact", "contactPhone"]);

function branchOwn(row: SettingDef): boolean {
  return row.group === "branch" || BRANCH_OWN.has(row.key);
}

/** A row's value in the settings. */
function valueOf(settings: Settings, row: SettingDef): SettingDef["default"] {
  const field = (settings as Record<string, unknown>)[row.key];
  if (row.index !== undefined) return (field as readonly number[])[row.index];
  if (row.grade !== undefined) return (field as Record<string, number>)[row.grade];
  return field as SettingDef["default"];
}

/** The 设置 rows (项目, 值, 说明) of a new branch register under the committee's settings. */
export function committeeSettingRows(settings: Settings): Grid {
  return SETTING_TABLE.map((row) => [row.name, templateValue(branchOwn(row) ? row : { ...row, default: valueOf(settings, row) }), row.note]);
}

/**
 * The blank register's content under the 设置 of `sheets` (the committee's workbook), or the problems of
 * that 设置 (errors name their cell) when it cannot be read.
 */
export function committeeTemplate(sheets: ReadonlyMap<string, SheetData>): { content: Map<string, Grid> | null; problems: Problem[] } {
  const read = readRegister(sheets, { periods: new Set(), require: ["settings"] });
  const { data } = read;
  const problems = [...read.problems, ...attachRefs(validateSettings(data.settings), sheets, data)];
  if (problems.some((p) => p.severity === "error")) return { content: null, problems };
  return { content: templateContent(committeeSettingRows(data.settings)), problems };
}
