/**
 * The workbook contract of docs/workbook.md as data: input sheet names and their columns, in Chinese with the
 * English alternatives a reader also accepts. Readers, the template writer and the sample use this table.
 */

export interface ColumnDef {
  /** Stable key used by code. */
  key: string;
  /** Header as secretaries see it. */
  zh: string;
  /** Accepted English header. */
  en: string;
  required: boolean;
  /** Suggested column width in characters. */
  width?: number;
}

export interface InputSheetDef {
  key: InputSheetKey;
  name: string;
  en: string;
  columns: ColumnDef[];
}

export type InputSheetKey = "settings" | "roster" | "criteria" | "record" | "adjustments" | "ballots" | "commitments" | "comments" | "objections" | "meetings";

const c = (key: string, zh: string, en: string, required: boolean, width?: number): ColumnDef => ({
  key,
  zh,
  en,
  required,
  width,
});

/** Every input sheet, in the order the template creates them. */
export const INPUT_SHEETS: readonly InputSheetDef[] = [
  {
    key: "settings",
    name: "设置",
    en: "Settings",
    columns: [c("setting", "项目", "Setting", true, 18), c("value", "值", "Value", true, 24), c("note", "说明", "Note", false, 48)],
  },
  {
    key: "roster",
    name: "人员名册",
    en: "Roster",
    columns: [
      c("id", "编号", "ID", true, 8),
      c("name", "姓名", "Name", true, 10),
      c("kind", "类别", "Kind", true, 8),
      c("group", "党小组", "Group", false, 12),
      c("position", "岗位", "Position", false, 14),
      c("joined", "转入日期", "Joined", false, 12),
      c("left", "转出日期", "Left", false, 12),
      c("note", "备注", "Note", false, 20),
    ],
  },
  {
    key: "criteria",
    name: "考核细则",
    en: "Criteria",
    columns: [
      c("code", "编号", "Code", true, 8),
      c("category", "类别", "Category", true, 14),
      c("name", "名称", "Name", true, 16),
      c("max", "满分", "Max", true, 8),
      c("description", "说明", "Description", false, 48),
    ],
  },
  {
    key: "record",
    name: "记实考核",
    en: "Record",
    columns: [
      c("month", "月份", "Month", true, 10),
      c("id", "编号", "ID", true, 8),
      c("name", "姓名", "Name", false, 10),
      // one column per criterion follows, then:
      c("exempt", "不参评", "Exempt", false, 8),
      c("note", "说明", "Note", false, 24),
    ],
  },
  {
    key: "adjustments",
    name: "加减分",
    en: "Adjustments",
    columns: [
      c("month", "月份", "Month", true, 10),
      c("id", "编号", "ID", true, 8),
      c("points", "分值", "Points", true, 8),
      c("reason", "事由", "Reason", true, 30),
      c("evidence", "依据", "Evidence", false, 24),
      c("recorder", "记录人", "Recorder", false, 10),
      c("date", "日期", "Date", false, 12),
    ],
  },
  {
    key: "ballots",
    name: "民主评议",
    en: "Ballots",
    columns: [
      c("period", "评议期", "Period", true, 10),
      c("ballot", "票号", "Ballot", true, 10),
      c("voter", "评议人", "Voter", false, 10),
      c("role", "身份", "Role", false, 10),
      // one column per member follows
    ],
  },
  {
    key: "commitments",
    name: "承诺记实",
    en: "Commitments",
    columns: [
      c("id", "编号", "ID", true, 8),
      c("year", "年度", "Year", true, 8),
      c("virtue", "四德", "Virtue", true, 10),
      c("area", "方面", "Area", true, 10),
      c("commitment", "承诺内容", "Commitment", true, 36),
      c("plan", "计划", "Plan", false, 30),
      c("due", "完成时限", "Due", false, 12),
      c("status", "状态", "Status", true, 10),
      c("evidence", "兑现情况", "Evidence", false, 30),
    ],
  },
  {
    key: "comments",
    name: "点评记录",
    en: "Comments",
    columns: [
      c("month", "月份", "Month", true, 10),
      c("id", "编号", "ID", true, 8),
      c("by", "点评人", "By", true, 10),
      c("shortcomings", "不足", "Shortcomings", false, 30),
      c("causes", "原因", "Causes", false, 30),
      c("requirements", "整改要求", "Requirements", false, 30),
    ],
  },
  {
    key: "objections",
    name: "异议登记",
    en: "Objections",
    columns: [
      c("year", "年度", "Year", true, 8),
      c("id", "编号", "ID", true, 8),
      c("received", "收到日期", "Received", true, 12),
      c("content", "异议内容", "Content", true, 36),
      c("result", "核查结果", "Result", true, 10),
      c("adjusted", "调整星级", "Adjusted star", false, 10),
      c("handler", "处理人", "Handler", false, 10),
    ],
  },
  {
    key: "meetings",
    name: "组织生活会",
    en: "Meetings",
    columns: [
      c("date", "会议日期", "Date", true, 12),
      c("kind", "会议类型", "Kind", true, 12),
      c("id", "编号", "ID", true, 8),
      c("name", "姓名", "Name", false, 10),
      c("role", "身份", "Role", true, 10),
      c("attendance", "出席", "Attendance", true, 8),
      c("reported", "讲述汇报", "Reported", false, 10),
      c("note", "备注", "Note", false, 24),
    ],
  },
];

/** Looks up an input sheet's definition by key. */
export function inputSheet(key: InputSheetKey): InputSheetDef {
  const def = INPUT_SHEETS.find((s) => s.key === key);
  if (!def) throw new RangeError(`unknown input sheet ${key}`);
  return def;
}

/** The five leads (五带头), the only criterion categories. */
export const FIVE_LEADS = ["带头学习提高", "带头争创佳绩", "带头服务群众", "带头遵纪守法", "带头弘扬正气"] as const;

/** The log sheet every generation appends a row to. */
export const LOG_SHEET = "生成记录";
