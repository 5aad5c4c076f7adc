/**
 * The rows of the 设置 sheet (项目 → 值) in the order the template writes them, with the defaults of
 * SCHEME.md as a secretary would type them, and a short explanation for the 说明 column.
 */
export interface SettingRow {
  /** 项目 as written in the sheet. */
  name: string;
  /** English alternative accepted by the reader. */
  en: string;
  /** Default as written in the template. */
  value: string | number;
  note: string;
}

export const SETTING_ROWS: readonly SettingRow[] = [
  { name: "支部名称", en: "Branch", value: "", note: "公示表标题使用，如：机关第一党支部" },
  { name: "支部书记", en: "Secretary", value: "", note: "考核工作领导小组组长" },
  { name: "副书记", en: "Deputy secretary", value: "", note: "考核工作领导小组副组长" },
  { name: "记实考核专人", en: "Recorder", value: "", note: "指定的记实考核专人" },
  { name: "民主评议权重", en: "Appraisal weight", value: "30%", note: "与记实考核权重合计100%" },
  { name: "记实考核权重", en: "Record weight", value: "70%", note: "与民主评议权重合计100%" },
  { name: "五星级下限", en: "Five-star threshold", value: 95, note: "综合得分达到此分（含）为五星级" },
  { name: "四星级下限", en: "Four-star threshold", value: 90, note: "须低于五星级下限" },
  { name: "三星级下限", en: "Three-star threshold", value: 85, note: "须低于四星级下限" },
  { name: "二星级下限", en: "Two-star threshold", value: 80, note: "须低于三星级下限" },
  { name: "一星级下限", en: "One-star threshold", value: 75, note: "低于此分不评定星级" },
  { name: "小数位数", en: "Decimals", value: 1, note: "得分保留的小数位数：0、1 或 2，四舍五入" },
  { name: "优秀分值", en: "Points for 优秀", value: 100, note: "民主评议等次折算分" },
  { name: "合格分值", en: "Points for 合格", value: 80, note: "民主评议等次折算分" },
  { name: "基本合格分值", en: "Points for 基本合格", value: 60, note: "民主评议等次折算分" },
  { name: "不合格分值", en: "Points for 不合格", value: 0, note: "民主评议等次折算分" },
  { name: "去掉最高最低分", en: "Trim extremes", value: "否", note: "有效票不少于5张时，各去掉一个最高分和最低分" },
  { name: "最少有效票数", en: "Minimum valid marks", value: 3, note: "少于此数标注“票数不足”" },
  { name: "允许自评", en: "Allow self-marks", value: "否", note: "记名评议时本人给自己的评价是否计入" },
  { name: "月度优秀星级", en: "Monthly excellent stars", value: 5, note: "达到此星级的党员列入每月优秀公示名单" },
  { name: "年度公示天数", en: "Annual publicity days", value: 7, note: "不少于7天" },
  { name: "年度最少考核月数", en: "Annual minimum months", value: 6, note: "全年考核月数少于此数时提示" },
  { name: "评优最低星级", en: "Commendation minimum stars", value: 3, note: "评先评优从此星级及以上党员中产生" },
  { name: "整改期限（月）", en: "Rectification months", value: 3, note: "戒勉谈话后的整改期限" },
  { name: "月度公示天数", en: "Monthly publicity days", value: 5, note: "月度公示的天数，不少于1天" },
  { name: "公示联系人", en: "Publicity contact", value: "", note: "公示期内受理异议的联系人；空则为支部书记" },
  { name: "联系电话", en: "Contact phone", value: "", note: "公示上印出的联系电话，可不填" },
  { name: "每票优秀上限", en: "Excellent cap per ballot", value: "无", note: "如1/3：每张票评为优秀的人数不得超过应评人数的该比例（向下取整），超过即为废票；无则不限" },
];

/** Other names a secretary may give the 每票优秀上限 row (besides its 项目 and English name). */
export const EXCELLENT_CAP_ALIASES: readonly string[] = [
  "优秀上限",
  "每票优秀人数上限",
  "每票优秀比例",
  "优秀比例上限",
  "优秀票上限",
  "Excellent cap",
  "Cap on excellent per ballot",
  "Excellent per ballot",
];
