/**
 * The 设置 sheet's row names (项目) of the settings, used in `place.setting` of problems.
 */

/**
 * The 设置 sheet's 项目 name of each setting; problems carry it in `place.setting` so that the register
 * can point at the row. Thresholds and grade points have one row each (see {@link thresholdSettingName},
 * {@link gradeSettingName}).
 */
export const SETTING_NAMES = {
  branchName: '支部名称',
  secretary: '支部书记',
  deputySecretary: '副书记',
  recorder: '记实考核专人',
  appraisalWeight: '民主评议权重',
  recordWeight: '记实考核权重',
  thresholds: '星级下限',
  decimals: '小数位数',
  gradePoints: '等级分值',
  trimExtremes: '去掉最高最低分',
  minValidMarks: '最少有效票数',
  allowSelfMark: '允许自评',
  monthlyExcellentStars: '月度优秀星级',
  annualPublicityDays: '年度公示天数',
  annualMinMonths: '年度最少考核月数',
  commendationMinStars: '评优最低星级',
  rectificationMonths: '整改期限（月）',
  monthlyPublicityDays: '月度公示天数',
  publicityContact: '公示联系人',
  contactPhone: '联系电话',
  excellentCap: '每票优秀上限',
} as const satisfies Record<string, string>;

const STAR_WORDS = ['一', '二', '三', '四', '五'] as const;

/** The 设置 row of the threshold at `index` (0 = five stars): '五星级下限'. */
export function thresholdSettingName(index: number): string {
  return `${STAR_WORDS[4 - index] ?? ''}星级下限`;
}

/** The 设置 row of a grade's points: '优秀分值'. */
export function gradeSettingName(grade: string): string {
  return `${grade}分值`;
}

