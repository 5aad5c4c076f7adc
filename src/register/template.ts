import { ATTENDANCE, MEETING_KINDS, MEETING_ROLES } from "../scheme/meetings";
import type { Grid } from "./cells";
import { rangeAddress } from "./cells";
import { FIVE_LEADS, INPUT_SHEETS, type InputSheetDef } from "./schema";
import { SETTING_NAMES } from "../scheme/setting-names";
import { SETTING_ROWS } from "./setting-rows";
import type { FormatRange, ListValidation, SheetPlan } from "./sheet-plan";
import { pushAll, spliceAll } from "../scheme/arrays";

/** Rows given a drop-down list in the template: enough for a branch's year without slowing Excel. */
const VALIDATED_ROWS = 2000;

const HEADER_FILL = "#C00000";
const HEADER_FONT = { name: "黑体", size: 11, bold: true, color: "#FFFFFF" };

/** Drop-down lists per input sheet column key, as docs/workbook.md names them. */
const LISTS: Partial<Record<InputSheetDef["key"], Record<string, string[]>>> = {
  roster: { kind: ["党员", "党外"] },
  criteria: { category: [...FIVE_LEADS] },
  record: { exempt: ["是"] },
  ballots: { role: ["党员", "支部书记", "群众代表", "行政领导", "党外"] },
  commitments: {
    virtue: ["政治品德", "职业道德", "家庭美德", "社会公德"],
    area: ["能力提升", "党风民风", "岗位履职", "服务群众"],
    status: ["未开始", "进行中", "已兑现", "未兑现"],
  },
  comments: { by: ["支部书记", "行政领导"] },
  objections: { result: ["待核查", "属实", "不属实"], adjusted: ["0", "1", "2", "3", "4", "5"] },
  meetings: { kind: [...MEETING_KINDS], role: [...MEETING_ROLES], attendance: [...ATTENDANCE], reported: ["是", "否"] },
};

/** Grades offered in every member column of 民主评议. */
export const GRADE_LIST = ["优秀", "合格", "基本合格", "不合格"];

/**
 * Plans for the input sheets of an empty register (headers, widths, frozen header, drop-down lists), or
 * of the sample branch when `content` gives each sheet's cells (header row first).
 */
export function inputSheetPlans(content?: Map<string, Grid>): SheetPlan[] {
  const source = content ?? defaultContent();
  return INPUT_SHEETS.map((def) => {
    const values: Grid = source.get(def.name) ?? [headerRow(def)];
    const header = values[0].map((v) => String(v ?? ""));
    const width = header.length;
    const validations: ListValidation[] = [];
    header.forEach((text, col) => {
      const column = def.columns.find((c) => c.zh === text);
      const list = column && LISTS[def.key]?.[column.key];
      if (list) validations.push({ range: rangeAddress(1, col, VALIDATED_ROWS, col), list });
      if (def.key === "ballots" && !column) {
        validations.push({ range: rangeAddress(1, col, VALIDATED_ROWS, col), list: GRADE_LIST, message: "请选择等次，或直接输入0–100的分数", strict: false });
      }
    });
    const columnWidths = header.map((text) => def.columns.find((c) => c.zh === text)?.width ?? Math.max(8, text.length * 2 + 2));
    const formats: FormatRange[] = [{ range: rangeAddress(0, 0, 0, width - 1), font: HEADER_FONT, fill: HEADER_FILL, horizontal: "center" }];
    if (def.key === "settings") pushAll(formats, textSettingCells(values));
    return {
      name: def.name,
      values,
      formats,
      columnWidths,
      freeze: { rows: 1 },
      validations,
    };
  });
}

/**
 * The 值 cell of 每票优秀上限 formatted as text ("@"): typed into a General cell, 1/3 becomes a date
 * (1月3日) in Excel; in a text cell it stays 1/3.
 */
function textSettingCells(values: Grid): FormatRange[] {
  const row = values.findIndex((r) => r[0] === SETTING_NAMES.excellentCap);
  return row > 0 ? [{ range: rangeAddress(row, 1, row, 1), numberFormat: "@" }] : [];
}

function headerRow(def: InputSheetDef): string[] {
  return def.columns.map((c) => c.zh);
}

/** The default criteria of docs/rules.md: one per lead, 20 points each. */
export const DEFAULT_CRITERIA: readonly [string, string, string, number][] = FIVE_LEADS.map(
  (lead, i) => [`C${i + 1}`, lead, lead.replace("带头", ""), 20] as [string, string, string, number],
);

/** An empty register's content: the settings with their defaults, the default criteria, bare headers. */
function defaultContent(): Map<string, Grid> {
  return templateContent(SETTING_ROWS.map((r) => [r.name, r.value, r.note]));
}

/** An empty register's content whose 设置 holds `settingRows` (项目, 值, 说明) instead of the defaults. */
export function templateContent(settingRows: Grid): Map<string, Grid> {
  const record = INPUT_SHEETS.find((d) => d.key === "record")!;
  const recordHeader = record.columns.map((c) => c.zh);
  spliceAll(
    recordHeader,
    3,
    0,
    DEFAULT_CRITERIA.map(([, , name]) => name),
  );
  return new Map<string, Grid>([
    ["设置", [["项目", "值", "说明"], ...settingRows]],
    ["考核细则", [["编号", "类别", "名称", "满分", "说明"], ...DEFAULT_CRITERIA.map((c) => [...c, ""])]],
    [record.name, [recordHeader]],
  ]);
}
