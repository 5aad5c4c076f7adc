/**
 * The settings table is the one place of a setting: with one more row (and nothing else changed), the
 * setting has its default, is read from the 设置 sheet, checked with its own message, written to the
 * template, offered in the pane's form and saved from it.
 */
import { EXTRA_SETTING } from "./extra-setting";

const EXTRA = EXTRA_SETTING;

type Modules = {
  settings: typeof import("../../src/scheme/settings");
  names: typeof import("../../src/scheme/setting-names");
  i18n: typeof import("../../src/i18n/problems");
  template: typeof import("../../src/register/template");
  reader: typeof import("../../src/register/read/read-register");
  edit: typeof import("../../src/register/settings-edit");
  rows: typeof import("../../src/register/setting-rows");
  memory: typeof import("../../src/preview/memory-workbook");
};

/** The modules as they are with the table given one more row. */
function withExtraRow(): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/scheme/setting-table", () => {
      const actual = jest.requireActual("../../src/scheme/setting-table");
      return { ...actual, SETTING_TABLE: [...actual.SETTING_TABLE, EXTRA] };
    });
    /* eslint-disable @typescript-eslint/no-require-imports -- modules loaded afresh, after the mock */
    modules = {
      settings: require("../../src/scheme/settings"),
      names: require("../../src/scheme/setting-names"),
      i18n: require("../../src/i18n/problems"),
      template: require("../../src/register/template"),
      reader: require("../../src/register/read/read-register"),
      edit: require("../../src/register/settings-edit"),
      rows: require("../../src/register/setting-rows"),
      memory: require("../../src/preview/memory-workbook"),
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  jest.dontMock("../../src/scheme/setting-table");
  return modules!;
}

const m = withExtraRow();
type Grid = (string | number | boolean | null)[][];

function settingsGrid(): Grid {
  return m.template.inputSheetPlans().find((p) => p.name === "设置")!.values as Grid;
}

describe("a setting added as one row of the settings table", () => {
  it("has its default and its 设置 name", () => {
    expect((m.settings.DEFAULT_SETTINGS as unknown as Record<string, unknown>).reviewDays).toBe(4);
    expect((m.names.SETTING_NAMES as Record<string, string>).reviewDays).toBe("复核天数");
  });

  it("is written to the template, last, with its default and 说明", () => {
    const grid = settingsGrid();
    expect(grid[grid.length - 1]).toEqual(["复核天数", 4, "公示结束后复核的天数"]);
    expect(grid.slice(0, -1).map((r) => r[0])).toEqual(["项目", ...m.rows.SETTING_ROWS.slice(0, -1).map((r) => r.name)]);
  });

  it("is read from the 设置 sheet, by its Chinese or English name", () => {
    for (const name of ["复核天数", "Review days"]) {
      const grid = settingsGrid().map((row) => (row[0] === "复核天数" ? [name, 6, row[2]] : row));
      const sheets = new Map([["设置", { name: "设置", values: grid, merges: [], ours: false }]]);
      const { data, problems } = m.reader.readRegister(sheets, { periods: new Set(), require: ["settings"] });
      expect(problems).toEqual([]);
      expect((data.settings as unknown as Record<string, unknown>).reviewDays).toBe(6);
    }
  });

  it("is checked by its own rule, with its own message, and replaced by its default when wrong", () => {
    const wrong = { ...m.settings.DEFAULT_SETTINGS, reviewDays: 11 } as typeof m.settings.DEFAULT_SETTINGS;
    const problems = m.settings.validateSettings(wrong);
    expect(problems).toEqual([{ severity: "error", code: "settings.review-days", place: { setting: "复核天数" }, args: { value: "11", min: 1, max: 10 } }]);
    expect(m.i18n.describeProblem(problems[0], "zh-CN")).toBe("复核天数：复核天数应为1–10的整数，现为“11”。");
    expect(m.i18n.describeProblem(problems[0], "en-US")).toBe('复核天数: The review days must be a whole number 1–10, not "11".');
    expect((m.settings.effectiveSettings(wrong) as unknown as Record<string, unknown>).reviewDays).toBe(4);
    expect(m.settings.validateSettings(m.settings.DEFAULT_SETTINGS)).toEqual([]);
  });

  it("is offered in the pane's form, checked there and saved from it", async () => {
    const wb = new m.memory.MemoryWorkbook(new Map([["设置", settingsGrid().filter((row) => row[0] !== "复核天数")]]));
    const { form } = await m.edit.loadSettingsForm(wb);
    const field = form!.fields.find((f) => f.name === "复核天数");
    expect(field).toMatchObject({
      en: "Review days",
      kind: "number",
      group: "publicity",
      defaultText: "4",
      note: "公示结束后复核的天数",
      text: "",
      address: null,
    });
    expect(
      m.edit
        .validateSettingTexts({ 复核天数: "0" })
        .get("复核天数")!
        .map((p) => p.code),
    ).toEqual(["settings.review-days"]);
    const saved = await m.edit.saveSettings(wb, { 复核天数: "8" });
    expect(saved.changed).toEqual(["复核天数"]);
    expect(saved.form!.fields.find((f) => f.name === "复核天数")).toMatchObject({ text: "8" });
  });
});
