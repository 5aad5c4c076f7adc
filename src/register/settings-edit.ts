/**
 * Editing the 设置 sheet from the task pane: the sheet's rows as form fields (with each default), the
 * form's text checked as the reader would read it and then with the scheme's {@link validateSettings},
 * and the edits turned into single-cell updates — only the cells whose value changed, a new row only
 * for a setting the sheet lacks. Pure: sheets in, fields, problems and one change out.
 */
import type { Problem } from "../scheme/problems";
import { DEFAULT_SETTINGS, validateSettings, type Settings } from "../scheme/settings";
import { SETTING_GROUPS, SETTING_TABLE, type SettingDef, type SettingGroup, type SettingKind } from "../scheme/setting-table";
import { MAX_CELL_TEXT } from "./cell-text";
import { cellAddress, type CellValue } from "./cells";
import type { SheetData, WorkbookChange, WorkbookPort } from "./port";
import { ProblemCollector, registerProblem } from "./read/problems";
import { findTable, normalizeHeader, type Table } from "./read/table";
import { shareText, type Share } from "../scheme/excellent-cap";
import { NO_SHARE, cellText, readSettingValue, readShare } from "./read/values";
import { findInputSheet } from "./sheet-names";
import { inputSheet } from "./schema";
import { SETTING_ROWS, settingFields, settingNamesByAlias, type SettingValue } from "./setting-rows";

export { SETTING_GROUPS, type SettingGroup, type SettingKind };

/** One setting as the form shows it. */
export interface SettingField {
  /** 项目, as in the sheet. */
  name: string;
  en: string;
  kind: SettingKind;
  group: SettingGroup;
  /** The 说明 of the template (zh-CN). */
  note: string;
  /** The default as a secretary would type it ("30%", "95", "否"; "" for no default). */
  defaultText: string;
  /** The sheet's value as text ("" when blank: the default applies). */
  text: string;
  /** The value cell ("B6"), or null when the sheet has no row for this setting. */
  address: string | null;
}

/** The 设置 sheet as a form. */
export interface SettingsForm {
  sheet: string;
  fields: SettingField[];
  /** Zero-based columns of 项目, 值 and 说明 (when present), and the header's width: where a new row goes. */
  columns: { setting: number; value: number; note?: number; width: number };
}

/** The form's values by 项目. */
export type SettingTexts = Record<string, string>;

/** Each row of the settings table by 项目: its kind and section, and how the reader takes its value. */
const ROWS = new Map<string, SettingDef>(SETTING_TABLE.map((row) => [row.name, row]));
const FIELDS = settingFields();
/** 项目 by the names the reader accepts. */
const ALIASES = settingNamesByAlias();
/** The weights: a problem about their sum is shown under both. */
const WEIGHTS = SETTING_TABLE.filter((row) => row.kind === "weight").map((row) => row.name);

/** The sheet names to read for the form. */
export function settingsSheetsToRead(): string[] {
  const def = inputSheet("settings");
  return [def.name, def.en];
}

/**
 * The form of the 设置 sheet: every setting of the template, with the sheet's value (the first row of a
 * setting named twice, as the reader takes it). Null with a problem when the sheet or its header is missing.
 */
export function readSettingsForm(sheets: ReadonlyMap<string, SheetData>): { form: SettingsForm | null; problems: Problem[] } {
  const def = inputSheet("settings");
  const list = new ProblemCollector();
  // The 设置 sheet (folded: register/sheet-names.ts); another sheet that looks like it is not the one edited here.
  const sheet = findInputSheet(sheets, "settings", { problems: list }).sheet;
  if (!sheet) {
    const expected = def.columns
      .filter((c) => c.required)
      .map((c) => c.zh)
      .join("、");
    return {
      form: null,
      problems: [registerProblem("register.sheet-missing", def.name, { expected })],
    };
  }
  const table = findTable(sheet, def, list);
  if (!table) return { form: null, problems: list.finish() };
  const rows = rowsByName(table);
  const fields = SETTING_ROWS.map((row): SettingField => {
    const found = rows.get(row.name);
    const { kind, group } = ROWS.get(row.name)!;
    return {
      name: row.name,
      en: row.en,
      kind,
      group,
      note: row.note,
      defaultText: String(row.value),
      text: found ? displayText(found.value, kind) : "",
      address: found ? found.address : null,
    };
  });
  const header = sheet.values[table.headerRow] ?? [];
  let width = header.length;
  while (width > 0 && cellText(header[width - 1] ?? null) === "") width--;
  const columns = { setting: table.columns.get("setting")!, value: table.columns.get("value")!, note: table.columns.get("note"), width };
  return { form: { sheet: sheet.name, fields, columns }, problems: list.finish() };
}

/** Each template setting's first row: its value and the value cell's address. */
function rowsByName(table: Table): Map<string, { value: CellValue; address: string }> {
  const aliases = ALIASES;
  const nameColumn = table.columns.get("setting")!;
  const valueColumn = table.columns.get("value")!;
  const out = new Map<string, { value: CellValue; address: string }>();
  for (const row of table.rows) {
    const name = aliases.get(normalizeHeader(cellText(row.cells[nameColumn] ?? null)));
    if (!name || out.has(name)) continue;
    out.set(name, { value: row.cells[valueColumn] ?? null, address: cellAddress(row.row, valueColumn) });
  }
  return out;
}

/** A cell value as the form shows it: weights as percentages, yes/no as 是/否. */
function displayText(value: CellValue, kind: SettingKind): string {
  if (value === null || value === undefined) return "";
  if (kind === "weight" && typeof value === "number") return `${Number((value <= 1 ? value * 100 : value).toPrecision(12))}%`;
  if (kind === "yesno" && typeof value === "boolean") return value ? "是" : "否";
  if (kind === "share" && typeof value === "number") {
    // A share kept as a number cell (0.33) shows as the form would write it; =1/3 as 1/3.
    const share = readShare(value);
    return share && share !== NO_SHARE ? shareInput(share) : cellText(value);
  }
  return cellText(value);
}

type Parsed = string | number | boolean | Share | undefined;

/** A share as the form writes it: 1/3, or 33% when it is a whole or decimal percentage. */
function shareInput(share: Share): string {
  return shareText(share);
}

/** Reads one field's text as the register's reader would; null when it cannot be read. */
function parse(text: string, kind: SettingKind, name: string): Parsed | null {
  return readSettingValue(kind, name, text);
}

/**
 * Checks the form's values: each one readable for its kind, then all of them together by the scheme's
 * rules (weights adding up to 100%, thresholds falling, publicity at least 7 days, …). Returns the
 * problems by 项目; a problem about both weights is given to both. Empty when everything is valid.
 */
export function validateSettingTexts(texts: SettingTexts): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  const add = (name: string, p: Problem) => out.set(name, [...(out.get(name) ?? []), p]);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    thresholds: [...DEFAULT_SETTINGS.thresholds] as unknown as Settings["thresholds"],
    gradePoints: { ...DEFAULT_SETTINGS.gradePoints },
  };
  for (const row of SETTING_ROWS) {
    const text = texts[row.name] ?? "";
    const { kind, apply } = FIELDS[row.name];
    const value = parse(text, kind, row.name);
    if (text.trim().length > MAX_CELL_TEXT) {
      // Excel refuses the cell; the month's sheets check the texts they quote again (register/cell-text.ts).
      add(row.name, {
        severity: "error",
        code: "register.text-too-long",
        place: { setting: row.name },
        args: { length: text.trim().length, target: row.name, max: MAX_CELL_TEXT },
      });
    } else if (value === null) {
      add(row.name, {
        severity: "error",
        code: "register.setting-invalid",
        place: { setting: row.name },
        args: { name: row.name, value: text.trim(), expected: kind },
      });
    } else if (value !== undefined) {
      apply(settings, value as SettingValue);
    }
  }
  for (const p of validateSettings(settings)) {
    const names = p.code === "settings.weights-sum" ? WEIGHTS : [p.place.setting ?? ""];
    for (const name of names) {
      // A value that could not be read is reported once, as unreadable.
      if (out.has(name) && out.get(name)!.some((q) => q.code === "register.setting-invalid")) continue;
      add(name, p);
    }
  }
  return out;
}

/** What saving the form does. */
export interface SettingsEditPlan {
  /** Problems by 项目; saving is refused while there is any. */
  problems: Map<string, Problem[]>;
  /** The 项目 whose cells change. */
  changed: string[];
  /** The cells to write; absent when invalid or nothing changed. */
  change?: WorkbookChange;
}

/**
 * Plans saving the form against the sheet as it is now (read again just before saving, so that what a
 * person typed in Excel meanwhile is compared with, not overwritten blindly). A field is written only
 * when its text differs from the sheet's; a setting the sheet lacks gets a new row at the bottom.
 */
export function planSettingsEdit(form: SettingsForm, texts: SettingTexts): SettingsEditPlan {
  const all: SettingTexts = {};
  for (const f of form.fields) all[f.name] = texts[f.name] ?? f.text;
  const problems = validateSettingTexts(all);
  const changed = form.fields.filter((f) => normalise(all[f.name], f.kind, f.name) !== normalise(f.text, f.kind, f.name));
  const plan: SettingsEditPlan = { problems, changed: changed.map((f) => f.name) };
  if (problems.size > 0 || changed.length === 0) return plan;
  const cells: NonNullable<WorkbookChange["cells"]> = [];
  const rows: CellValue[][] = [];
  for (const f of changed) {
    const value = cellValue(all[f.name], f.kind, f.name);
    if (f.address) cells.push({ sheet: form.sheet, address: f.address, value });
    else rows.push(newRow(form, f, value));
  }
  plan.change = {};
  if (cells.length > 0) plan.change.cells = cells;
  if (rows.length > 0) plan.change.appendRows = [{ sheet: form.sheet, rows }];
  return plan;
}

/** Text compared for "changed": trimmed, and the same value however it is spelled (0.3 = 30%). */
function normalise(text: string, kind: SettingKind, name: string): string {
  const parsed = parse(text, kind, name);
  if (parsed !== null && typeof parsed === "object") return `${parsed.numerator}/${parsed.denominator}`;
  return parsed === null || parsed === undefined ? text.trim() : String(parsed);
}

/** The value written for a field: numbers as numbers, weights as "30%", yes/no as 是/否, blank as empty. */
function cellValue(text: string, kind: SettingKind, name: string): CellValue {
  const parsed = parse(text, kind, name);
  if (parsed === undefined || parsed === null) return null;
  if (kind === "weight") return `${Number((Number(parsed) * 100).toPrecision(12))}%`;
  if (kind === "yesno") return parsed ? "是" : "否";
  if (kind === "number") return Number(parsed);
  // A share is written as the text typed ("1/3", "33%", "无"): the Excel adapter quote-prefixes text that
  // looks like a number or date, so Excel does not turn 1/3 into a date (see excel/text-safety.ts).
  return text.trim();
}

/** A row for a setting the sheet lacks: 项目, 值 and 说明 under their headers. */
function newRow(form: SettingsForm, field: SettingField, value: CellValue): CellValue[] {
  const { setting, value: valueColumn, note, width } = form.columns;
  const row = Array<CellValue>(Math.max(width, setting + 1, valueColumn + 1)).fill(null);
  row[setting] = field.name;
  row[valueColumn] = value;
  if (note !== undefined && note < row.length) row[note] = field.note;
  return row;
}

/** Reads the 设置 sheet's form through a register port. */
export async function loadSettingsForm(port: WorkbookPort): Promise<{ form: SettingsForm | null; problems: Problem[] }> {
  return readSettingsForm(await port.readSheets(settingsSheetsToRead()));
}

/**
 * Saves the form's texts: reads the sheet again, plans against it and writes the changed cells (nothing
 * when a value is invalid). Returns the plan and the form as it is after saving.
 */
export async function saveSettings(
  port: WorkbookPort,
  texts: SettingTexts,
): Promise<SettingsEditPlan & { form: SettingsForm | null; sheetProblems: Problem[] }> {
  const { form, problems } = await loadSettingsForm(port);
  if (!form) return { problems: new Map(), changed: [], form: null, sheetProblems: problems };
  const plan = planSettingsEdit(form, texts);
  if (!plan.change) return { ...plan, form, sheetProblems: [] };
  await port.write(plan.change);
  const after = await loadSettingsForm(port);
  return { ...plan, form: after.form, sheetProblems: after.problems };
}
