/**
 * The functions' defaults in a register: read from the 设置 sheet once (one round trip for any number of
 * calls), kept, refreshed when Excel reports a change to the settings, with every formula recalculated
 * when a default changed; explicit arguments win; a wrong setting is an error naming its cell; outside a
 * register, the scheme's defaults. Over the fake Excel, through src/functions/excel-settings-sheet.ts.
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { ExcelSettingsSheet } from "../../src/functions/excel-settings-sheet";
import { SCHEME_DEFAULTS_SOURCE, installDefaultsSource, waitForDefaultsSource } from "../../src/functions/defaults";
import { appraisal, composite, record, star, starLabel } from "../../src/functions/formulas";
import { RegisterDefaults } from "../../src/functions/register-defaults";
import { SETTING_ROWS } from "../../src/register/setting-rows";
import { FakeExcel, type Scalar } from "../fakes/fake-excel";
import { expectFormulaError, settle } from "./formula-errors";

/** A 设置 sheet as the template writes it, with some values changed. */
function settingsSheet(changes: Record<string, Scalar> = {}): Scalar[][] {
  return [["项目", "值", "说明"], ...SETTING_ROWS.map((row) => [row.name, changes[row.name] ?? row.value, row.note])];
}

/** Thresholds one point up, two decimals, weights 40/60. */
const CHANGED: Record<string, Scalar> = {
  五星级下限: 96,
  四星级下限: 91,
  三星级下限: 86,
  二星级下限: 81,
  一星级下限: 76,
  小数位数: 2,
  民主评议权重: "40%",
  记实考核权重: "60%",
};

/** The 设置 row (1-based, as Excel numbers it) of a setting. */
function rowOf(name: string): number {
  return SETTING_ROWS.findIndex((r) => r.name === name) + 2;
}

function setUp(sheets: Record<string, Scalar[][]>, supports: (v: string) => boolean = () => true) {
  const fake = new FakeExcel({ sheets });
  const source = new RegisterDefaults(new ExcelSettingsSheet((batch) => fake.run(batch), supports));
  installDefaultsSource(source);
  return { fake, source };
}

afterEach(() => {
  installDefaultsSource(SCHEME_DEFAULTS_SOURCE);
});

describe("defaults from the register", () => {
  it("outside a register (no 设置 sheet) the scheme defaults apply", async () => {
    const { source } = setUp({ Sheet1: [["x"]] });
    expect(await star(94.96)).toBe(5);
    expect(await composite(90, 80)).toBe(83);
    expect(source.reads).toBe(1);
  });

  it("in a register, the settings are the defaults: thresholds, decimals, weights", async () => {
    setUp({
      设置: settingsSheet(CHANGED),
    });
    expect(await star(95.5)).toBe(4);
    expect(await starLabel(75.99)).toBe("未评星");
    // 88.333 × 0.4 + 91.255 × 0.6 with each rounded to 2 decimals first: 35.332 + 54.756 = 90.088 → 90.09.
    expect(await composite(88.333, 91.255)).toBe(90.09);
    expect(await record([[18.255, 20, 19, 17, 16]])).toBe(90.26);
  });

  it("reads the English sheet name Settings too", async () => {
    setUp({ Settings: settingsSheet({ 小数位数: 0 }) });
    expect(await record([[18.5, 20, 19, 17, 16]])).toBe(91);
  });

  it("reads a 设置 sheet whose name differs by a space or full-width letters, as the pane's reader does, and follows it", async () => {
    const { fake, source } = setUp({ "设置 ": settingsSheet({ 小数位数: 0 }) });
    expect(await record([[18.5, 20, 19, 17, 16]])).toBe(91);
    expect(source.reads).toBe(1);
    await fake.editCells("设置 ", `B${rowOf("小数位数")}`, [[1]]);
    await fake.idle();
    await source.settled();
    expect(await record([[18.5, 20, 19, 17, 16]])).toBe(90.5);
    expect(source.reads).toBe(2);

    setUp({ ＳＥＴＴＩＮＧＳ: settingsSheet({ 小数位数: 0 }) });
    expect(await record([[18.5, 20, 19, 17, 16]])).toBe(91);
  });

  it("explicit arguments win over the register", async () => {
    setUp({
      设置: settingsSheet({ ...CHANGED, 去掉最高最低分: "是" }),
    });
    expect(await star(95.5, [[95, 90, 85, 80, 75]])).toBe(5);
    expect(await composite(90, 80, 0.3, 1)).toBe(83);
    expect(await appraisal([[100, 80, 80, 60, 0]], false, null as never, 1)).toBe(64);
    expect(await appraisal([[100, 80, 80, 60, 0]])).toBe(73.33);
  });

  it("costs one read of the 设置 sheet for 10,000 calls: no round trip per call", async () => {
    const { fake, source } = setUp({ 设置: settingsSheet({ 小数位数: 2 }) });
    await star(90); // the first call reads the settings
    const syncs = fake.syncCount;
    for (let i = 0; i < 10_000; i++) {
      const result = star(60 + (i % 400) / 10);
      expect(result instanceof Promise).toBe(false);
    }
    expect(fake.syncCount).toBe(syncs);
    expect(source.reads).toBe(1);
  });

  it("calls made while the settings are read all wait for one read", async () => {
    const { source } = setUp({ 设置: settingsSheet({ 小数位数: 0 }) });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => record([[i % 20, 20, 20, 20, 20]])));
    expect(results[1]).toBe(81);
    expect(source.reads).toBe(1);
  });

  it("follows a change of the 设置 sheet and recalculates every formula once a default changed", async () => {
    const { fake, source } = setUp({ 设置: settingsSheet(), 记实考核: [["x"]] });
    expect(await star(95.2)).toBe(5);
    await fake.editCells("设置", `B${rowOf("五星级下限")}`, [[96]]);
    await fake.idle();
    await source.settled();
    expect(await star(95.2)).toBe(4);
    expect(fake.recalculations).toEqual(["Full"]);
    expect(source.reads).toBe(2);
  });

  it("follows a setting changed by the task pane (a write through the Excel adapter)", async () => {
    const { fake, source } = setUp({ 设置: settingsSheet() });
    expect(await record([[18.25, 20, 19, 17, 16]])).toBe(90.3);
    const port = new ExcelWorkbook((batch) => fake.run(batch), { supports: () => true });
    await port.write({ cells: [{ sheet: "设置", address: `B${rowOf("小数位数")}`, value: 2 }] });
    await fake.idle();
    await source.settled();
    expect(await record([[18.25, 20, 19, 17, 16]])).toBe(90.25);
    expect(fake.recalculations).toEqual(["Full"]);
  });

  it("does not read again for a change on another sheet, nor recalculate for a setting the functions do not use", async () => {
    const { fake, source } = setUp({ 设置: settingsSheet(), 记实考核: [["x"]] });
    await star(90);
    await fake.editCells("记实考核", "A2", [[1]]);
    await fake.idle();
    expect(source.reads).toBe(1);
    await fake.editCells("设置", `B${rowOf("支部名称")}`, [["机关第一党支部"]]);
    await fake.idle();
    await source.settled();
    expect(source.reads).toBe(2);
    expect(fake.recalculations).toEqual([]);
  });

  it("notices a 设置 sheet added to a workbook that was not a register", async () => {
    const { fake, source } = setUp({ Sheet1: [["x"]] });
    expect(await star(95.2)).toBe(5);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("设置");
      sheet.getRange(`A1:C${SETTING_ROWS.length + 1}`).values = settingsSheet({ 五星级下限: 96 }) as (string | number)[][];
      await context.sync();
    });
    await fake.idle();
    await source.settled();
    expect(await star(95.2)).toBe(4);
    expect(fake.recalculations).toEqual(["Full"]);
  });

  it("where the host has no change events, keeps the settings only briefly", async () => {
    let now = 0;
    const fake = new FakeExcel({ sheets: { 设置: settingsSheet() } });
    const source = new RegisterDefaults(
      new ExcelSettingsSheet(
        (batch) => fake.run(batch),
        (v) => v < "1.9",
      ),
      { now: () => now, maxAgeWithoutEvents: 2000 },
    );
    installDefaultsSource(source);
    expect(await star(95.2)).toBe(5);
    await fake.editCells("设置", `B${rowOf("五星级下限")}`, [[96]]);
    now = 1000;
    expect(await star(95.2)).toBe(5);
    now = 2500;
    expect(await star(95.2)).toBe(4);
    expect(source.reads).toBe(2);
  });

  it("a wrong setting makes a function that needs it an error naming the cell; explicit arguments still work", async () => {
    setUp({ 设置: settingsSheet({ 小数位数: "两位" }) });
    const result = await settle(() => star(90));
    expect(result).toEqual({ error: { code: "#VALUE!", message: expect.stringContaining(`B${rowOf("小数位数")}`) } });
    expect(await star(90, null as never, 1)).toBe(4);
    // A right setting still serves: the thresholds are not in question.
    expect(await star(95.04, null as never, 1)).toBe(5);
  });

  it("weights that do not add up to 100% are an error naming the weight", async () => {
    setUp({ 设置: settingsSheet({ 民主评议权重: "40%", 记实考核权重: "70%" }) });
    const result = await settle(() => composite(90, 80));
    expect(result).toEqual({ error: { code: "#VALUE!", message: expect.stringMatching(/设置表B\d+有误/) } });
    expect(await composite(90, 80, 0.4)).toBe(84);
  });

  it("a failed read is an error saying so, and the next call reads again", async () => {
    const fake = new FakeExcel({ sheets: { 设置: settingsSheet() } });
    let failures = 1;
    const source = new RegisterDefaults(
      new ExcelSettingsSheet(
        (batch) => (failures-- > 0 ? Promise.reject(new Error("GeneralException")) : fake.run(batch)),
        () => true,
      ),
    );
    installDefaultsSource(source);
    await expect(Promise.resolve(star(90))).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringContaining("无法读取") });
    expect(await star(90)).toBe(4);
    expect(source.reads).toBe(1);
  });

  describe("a read Excel refuses or never answers (the fake models both)", () => {
    const open = (options: { readTimeout?: number; maxAgeWithoutEvents?: number; now?: () => number } = {}) => {
      const fake = new FakeExcel({ sheets: { 设置: settingsSheet(CHANGED) } });
      // No change events (ExcelApi below 1.9): the settings are read again once they are 2 s old.
      const source = new RegisterDefaults(
        new ExcelSettingsSheet(
          (batch) => fake.run(batch),
          (v) => v !== "1.9" && v !== "1.17",
        ),
        options,
      );
      installDefaultsSource(source);
      return { fake, source };
    };

    it("a refused read (a cell being edited) keeps the settings read before: no formula turns into an error", async () => {
      let clock = 0;
      const { fake, source } = open({ now: () => clock });
      expect(await star(95)).toBe(4); // the register's 五星级下限 96
      clock += 5_000;
      // Every request of this read refused (the reader tries a refused request again in smaller blocks).
      fake.refuseSyncs(20);
      expect(await composite(90, 80)).toBe(84); // the register's weights 40/60, read before
      expect(source.reads).toBe(1);
      fake.refusing.count = 0;
      expect(await star(95)).toBe(4); // read again, successfully
      expect(source.reads).toBe(2);
    });

    it("a read that never answers ends after its time limit: the cell gets the settings read before, not #BUSY! for good", async () => {
      let clock = 0;
      const { fake } = open({ readTimeout: 30, now: () => clock });
      expect(await star(95)).toBe(4);
      clock += 5_000;
      fake.hangSyncs(1);
      expect(await star(95)).toBe(4);
    });

    it("a first read that never answers ends in the error saying the settings could not be read", async () => {
      const { fake } = open({ readTimeout: 30 });
      fake.hangSyncs(1);
      expect(await settle(() => star(95))).toEqual({ error: { code: "#VALUE!", message: expect.stringContaining("无法读取") } });
      expect(await star(95)).toBe(4);
    });
  });

  it("a function evaluated before the settings source is installed waits for it, never computing with the scheme's defaults", async () => {
    waitForDefaultsSource();
    const early = star(95);
    expect(early).toBeInstanceOf(Promise);
    let settledEarly = false;
    void Promise.resolve(early).then(() => (settledEarly = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settledEarly).toBe(false);
    const fake = new FakeExcel({ sheets: { 设置: settingsSheet(CHANGED) } });
    installDefaultsSource(
      new RegisterDefaults(
        new ExcelSettingsSheet(
          (batch) => fake.run(batch),
          () => true,
        ),
      ),
    );
    expect(await early).toBe(4); // the register's 五星级下限 96, not the scheme's 95
  });

  it("the scheme defaults apply outside Excel", () => {
    expectFormulaError(() => star(-1), "#NUM!", "0–100");
    expect(star(95)).toBe(5);
  });
});
