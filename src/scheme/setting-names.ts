/**
 * The 设置 sheet's row names (项目) of the settings, used in `place.setting` of problems.
 */
import { settingNames, SETTING_TABLE, type TableSettings } from "./setting-table";

/**
 * The 设置 sheet's 项目 name of each setting; problems carry it in `place.setting` so that the register
 * can point at the row. Thresholds and grade points have one row each (see {@link thresholdSettingName},
 * {@link gradeSettingName}).
 */
export const SETTING_NAMES: Readonly<Record<keyof TableSettings, string>> = Object.freeze(settingNames(SETTING_TABLE) as Record<keyof TableSettings, string>);

const STAR_WORDS = ["一", "二", "三", "四", "五"] as const;

/** The 设置 row of the threshold at `index` (0 = five stars): '五星级下限'. */
export function thresholdSettingName(index: number): string {
  return `${STAR_WORDS[4 - index] ?? ""}星级下限`;
}

/** The 设置 row of a grade's points: '优秀分值'. */
export function gradeSettingName(grade: string): string {
  return `${grade}分值`;
}
