import { planMonth, monthSheetsToRead } from "../../src/register/month-workflow";
import { loadSettingsForm, planSettingsEdit, readSettingsForm, saveSettings, validateSettingTexts, type SettingTexts } from "../../src/register/settings-edit";
import { SETTING_ROWS } from "../../src/register/setting-rows";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";

async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  return wb;
}

function settingsValues(wb: MemoryWorkbook) {
  return wb.snapshot().find((s) => s.name === "设置")!.values;
}

async function formOf(wb: MemoryWorkbook) {
  const { form } = await loadSettingsForm(wb);
  if (!form) throw new Error("no form");
  return form;
}

function defaults(): SettingTexts {
  return Object.fromEntries(SETTING_ROWS.map((r) => [r.name, String(r.value)]));
}

describe("readSettingsForm", () => {
  it("lists every setting of the template with the sheet's value, its cell and its default", async () => {
    const form = await formOf(await workbook());
    expect(form.fields.map((f) => f.name)).toEqual(SETTING_ROWS.map((r) => r.name));
    const weight = form.fields.find((f) => f.name === "民主评议权重")!;
    expect(weight).toMatchObject({ kind: "weight", group: "weights", text: "30%", defaultText: "30%", address: "B6" });
    expect(form.fields.find((f) => f.name === "支部名称")).toMatchObject({ kind: "text", text: "市档案馆机关第一党支部", address: "B2" });
    expect(form.fields.find((f) => f.name === "允许自评")).toMatchObject({ kind: "yesno", text: "否", defaultText: "否" });
    expect(form.fields.find((f) => f.name === "五星级下限")).toMatchObject({ kind: "number", group: "thresholds", text: "95" });
  });

  it("shows a weight stored as a number (0.3, as Excel keeps 30%) as a percentage", async () => {
    const wb = await workbook();
    wb.setCell("设置", "B6", 0.25);
    const form = await formOf(wb);
    expect(form.fields.find((f) => f.name === "民主评议权重")!.text).toBe("25%");
  });

  it("gives a setting the sheet lacks no cell, and says when there is no 设置 sheet", async () => {
    const wb = new MemoryWorkbook(
      new Map([
        [
          "设置",
          [
            ["项目", "值"],
            ["支部名称", "一支部"],
          ],
        ],
      ]),
    );
    const form = await formOf(wb);
    expect(form.fields.find((f) => f.name === "支部名称")!.address).toBe("B2");
    expect(form.fields.find((f) => f.name === "年度公示天数")).toMatchObject({ text: "", address: null });
    expect(readSettingsForm(new Map())).toEqual({
      form: null,
      problems: [expect.objectContaining({ code: "register.sheet-missing", place: { ref: "设置" } })],
    });
  });
});

describe("validateSettingTexts", () => {
  it("refuses a text longer than a cell holds (32,767 characters) on that field", () => {
    const problems = validateSettingTexts({ ...defaults(), 支部名称: "长".repeat(32_768) });
    expect([...problems.keys()]).toEqual(["支部名称"]);
    expect(problems.get("支部名称")!.map((p) => [p.severity, p.code])).toEqual([["error", "register.text-too-long"]]);
  });

  it("accepts the defaults, and blanks (which take the defaults)", () => {
    expect(validateSettingTexts(defaults()).size).toBe(0);
    expect(validateSettingTexts({}).size).toBe(0);
  });

  it.each([
    ["年度公示天数", "6", "settings.publicity-days"],
    ["年度公示天数", "七", "register.setting-invalid"],
    ["小数位数", "3", "settings.decimals"],
    ["优秀分值", "120", "settings.grade-points-range"],
    ["最少有效票数", "0", "settings.min-valid-marks"],
    ["月度优秀星级", "6", "settings.excellent-stars"],
    ["评优最低星级", "2.5", "settings.commendation-stars"],
    ["整改期限（月）", "0", "settings.rectification-months"],
    ["年度最少考核月数", "13", "settings.annual-min-months"],
    ["去掉最高最低分", "也许", "register.setting-invalid"],
    ["民主评议权重", "120%", "settings.weight-range"],
    ["每票优秀上限", "150%", "settings.excellent-cap"],
    ["每票优秀上限", "-1/3", "settings.excellent-cap"],
    ["每票优秀上限", "4/3", "settings.excellent-cap"],
    ["每票优秀上限", "很多", "register.setting-invalid"],
  ])("refuses %s = %s (%s) on that field", (name, value, code) => {
    const problems = validateSettingTexts({ ...defaults(), [name]: value });
    expect([...problems.keys()]).toEqual([name]);
    expect(problems.get(name)!.map((p) => p.code)).toEqual([code]);
  });

  it("gives weights that do not add up to 100% to both weight fields", () => {
    const problems = validateSettingTexts({ ...defaults(), 民主评议权重: "40%" });
    expect([...problems.keys()].sort()).toEqual(["民主评议权重", "记实考核权重"].sort());
    expect(problems.get("记实考核权重")![0].code).toBe("settings.weights-sum");
  });

  it.each(["1/3", "33%", "0.33", "三分之一", "１/３", "无", ""])("accepts 每票优秀上限 = %p", (value) => {
    expect(validateSettingTexts({ ...defaults(), 每票优秀上限: value }).size).toBe(0);
  });

  it("accepts weights written 0.4 / 60 and yes/no written Y", () => {
    expect(validateSettingTexts({ ...defaults(), 民主评议权重: "0.4", 记实考核权重: "60", 允许自评: "Y" }).size).toBe(0);
  });

  it("refuses thresholds that do not fall, on the threshold that is out of order", () => {
    const problems = validateSettingTexts({ ...defaults(), 三星级下限: "91" });
    expect(problems.get("三星级下限")!.map((p) => p.code)).toEqual(["settings.thresholds-order"]);
  });
});

describe("planSettingsEdit and saveSettings", () => {
  it("writes only the cells whose value changed, as the reader reads them", async () => {
    const wb = await workbook();
    const form = await formOf(wb);
    const texts = Object.fromEntries(form.fields.map((f) => [f.name, f.text]));
    const plan = planSettingsEdit(form, { ...texts, 民主评议权重: "40%", 记实考核权重: "0.6", 年度公示天数: "10", 允许自评: "是", 支部书记: "李秀英" });
    expect(plan.problems.size).toBe(0);
    expect(plan.changed.sort()).toEqual(["允许自评", "年度公示天数", "支部书记", "民主评议权重", "记实考核权重"].sort());
    expect(plan.change?.cells).toEqual(
      expect.arrayContaining([
        { sheet: "设置", address: "B6", value: "40%" },
        { sheet: "设置", address: "B7", value: "60%" },
        { sheet: "设置", address: "B22", value: 10 },
        { sheet: "设置", address: "B20", value: "是" },
        { sheet: "设置", address: "B3", value: "李秀英" },
      ]),
    );
    expect(plan.change?.cells).toHaveLength(5);
    expect(plan.change?.appendRows).toBeUndefined();
  });

  it("writes nothing for the same value spelled differently (0.3 for 30%), or when nothing changed", async () => {
    const form = await formOf(await workbook());
    const texts = Object.fromEntries(form.fields.map((f) => [f.name, f.text]));
    for (const edited of [texts, { ...texts, 民主评议权重: "0.3", 五星级下限: " 95 " }]) {
      const plan = planSettingsEdit(form, edited);
      expect(plan.changed).toEqual([]);
      expect(plan.change).toBeUndefined();
    }
  });

  it("refuses to save while a value is invalid, and says which", async () => {
    const wb = await workbook();
    const before = settingsValues(wb);
    const result = await saveSettings(wb, { 年度公示天数: "5", 支部书记: "李秀英" });
    expect(result.change).toBeUndefined();
    expect([...result.problems.keys()]).toEqual(["年度公示天数"]);
    expect(settingsValues(wb)).toEqual(before);
  });

  it("saves through the port, and the next generation uses the new settings", async () => {
    const wb = await workbook();
    const result = await saveSettings(wb, { 民主评议权重: "40%", 记实考核权重: "60%", 支部名称: "二支部" });
    expect(result.changed).toHaveLength(3);
    expect(result.form?.fields.find((f) => f.name === "支部名称")!.text).toBe("二支部");
    const run = planMonth(await wb.readSheets(monthSheetsToRead("2026-11")), { period: "2026-11", generatedAt: "2026-11-28T10:00:00+08:00" });
    expect(run.settings).toMatchObject({ appraisalWeight: 0.4, recordWeight: 0.6, branchName: "二支部" });
    expect(run.blocked).toBe(false);
  });

  it("adds a row for a setting the sheet lacks, under the sheet's own columns", async () => {
    const wb = new MemoryWorkbook(
      new Map([
        [
          "设置",
          [
            ["说明", "项目", "值"],
            ["", "支部名称", "一支部"],
          ],
        ],
      ]),
    );
    const result = await saveSettings(wb, { 年度公示天数: "10" });
    expect(result.change?.appendRows).toEqual([{ sheet: "设置", rows: [["不少于7天", "年度公示天数", 10]] }]);
    expect(settingsValues(wb)[2]).toEqual(["不少于7天", "年度公示天数", 10]);
  });

  it("shows 每票优秀上限 in the 民主评议 group, and saves 1/3 as text that the next generation reads exactly", async () => {
    const wb = await workbook();
    const before = await formOf(wb);
    expect(before.fields.find((f) => f.name === "每票优秀上限")).toMatchObject({ kind: "share", group: "appraisal", text: "无", defaultText: "无" });
    const result = await saveSettings(wb, { 每票优秀上限: "1/3" });
    expect(result.change?.cells).toEqual([{ sheet: "设置", address: before.fields.find((f) => f.name === "每票优秀上限")!.address, value: "1/3" }]);
    const run = planMonth(await wb.readSheets(monthSheetsToRead("2026-11")), { period: "2026-11", generatedAt: "2026-11-28T10:00:00+08:00" });
    expect(run.settings?.excellentCap).toEqual({ numerator: 1, denominator: 3 });
    // The sample branch has 25 members assessed in 2026-11: ⌊25/3⌋ = 8.
    expect(run.result?.ballots.excellentCap).toBe(8);
  });

  it("shows a share kept as a number cell as the form would write it, and =1/3 as 1/3", async () => {
    const wb = await workbook();
    const address = (await formOf(wb)).fields.find((f) => f.name === "每票优秀上限")!.address!;
    wb.setCell("设置", address, 0.33);
    expect((await formOf(wb)).fields.find((f) => f.name === "每票优秀上限")!.text).toBe("33%");
    wb.setCell("设置", address, 1 / 3);
    expect((await formOf(wb)).fields.find((f) => f.name === "每票优秀上限")!.text).toBe("1/3");
  });

  it("clears a cell emptied in the form, so the default applies", async () => {
    const wb = await workbook();
    const result = await saveSettings(wb, { 支部名称: "" });
    expect(result.change?.cells).toEqual([{ sheet: "设置", address: "B2", value: null }]);
  });
});
