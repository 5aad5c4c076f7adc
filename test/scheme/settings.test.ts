import { MIN_PUBLICITY_DAYS } from "../../src/scheme/publicity-minimum";
import { gradeSettingName, SETTING_NAMES, thresholdSettingName } from "../../src/scheme/setting-names";
import { DEFAULT_SETTINGS, effectiveSettings, validateSettings, withDefaults, type Settings } from "../../src/scheme/settings";
import { DEFAULT_THRESHOLDS } from "../../src/scheme/stars";
import { readFileSync } from "fs";
import { join } from "path";
import { settingFields } from "../../src/register/setting-rows";
import { readSettingValue } from "../../src/register/read/values";
import { SETTING_TABLE } from "../../src/scheme/setting-table";
import { codes, settings } from "./helpers";

/**
 * The settings as docs/rules.md's table "Defaults of the settings" states them, read by the 设置 sheet's
 * reader. A row may name several settings ("民主评议权重 / 记实考核权重 | 30% / 70%"), a run of thresholds
 * ("五星级 … 一星级下限") or grades sharing a suffix ("优秀 / 合格 / 基本合格 / 不合格分值"); "the 支部书记" and
 * "none" are a blank text setting.
 */
function documentedDefaults(): Settings {
  const text = readFileSync(join(__dirname, "../../docs/rules.md"), "utf8");
  const section = text.slice(text.indexOf("## Defaults of the settings"));
  const lines = section.split("\n").filter((l) => l.startsWith("|"));
  const rows = lines.slice(2).map(
    (l) =>
      l
        .split("|")
        .slice(1, 3)
        .map((c) => c.trim()) as [string, string],
  );
  const byName = new Map<string, (typeof SETTING_TABLE)[number]>(SETTING_TABLE.map((row) => [row.name, row]));
  const fields: Record<string, ReturnType<typeof settingFields>[string]> = settingFields();
  const out = { thresholds: [], gradePoints: {} } as unknown as Settings;
  for (const [namesCell, valuesCell] of rows) {
    let names = namesCell.split(/\s*[/,]\s*/);
    if (names.length === 1 && names[0]!.includes("…")) names = SETTING_TABLE.filter((r) => r.key === "thresholds").map((r) => r.name);
    const suffix = names[names.length - 1]!.replace(names[0]!.replace(/[^\u4e00-\u9fff]/g, ""), "");
    names = names.map((n) => (byName.has(n) ? n : `${n}${suffix.replace(/^[^分下]*/, "")}`));
    const values = valuesCell.replace(/\s*\([^)]*\)/g, "").split(/\s*[/,]\s*/);
    expect(values).toHaveLength(names.length);
    names.forEach((name, i) => {
      const row = byName.get(name);
      if (!row) throw new Error(`docs/rules.md names an unknown setting: ${name}`);
      const written = /^(the 支部书记|none)$/.test(values[i]!) ? "" : values[i]!;
      const value = readSettingValue(row.kind, name, written);
      if (value === null) throw new Error(`docs/rules.md gives ${name} a value the 设置 reader cannot read: ${written}`);
      fields[name]!.apply(out, value === undefined ? "" : value);
    });
  }
  return out;
}

describe("DEFAULT_SETTINGS", () => {
  it("holds the defaults of docs/rules.md's table, every setting listed there", () => {
    const documented = documentedDefaults();
    expect(DEFAULT_SETTINGS).toMatchObject(documented);
    // Every setting has its default in the table but the branch's names and roles, which have none.
    const undocumented = Object.keys(DEFAULT_SETTINGS).filter((k) => !(k in documented));
    expect(undocumented.sort()).toEqual(["branchName", "deputySecretary", "recorder", "secretary"]);
    expect(DEFAULT_SETTINGS.thresholds).toBe(DEFAULT_THRESHOLDS);
    expect(MIN_PUBLICITY_DAYS).toBe(7);
  });

  it("is valid", () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.thresholds)).toBe(true);
  });
});

describe("withDefaults", () => {
  it("fills missing and undefined fields from the defaults", () => {
    const s = withDefaults({ branchName: "第一支部", decimals: undefined, trimExtremes: true });
    expect(s.branchName).toBe("第一支部");
    expect(s.decimals).toBe(1);
    expect(s.trimExtremes).toBe(true);
    expect(withDefaults()).toEqual(DEFAULT_SETTINGS);
  });
});

describe("validateSettings", () => {
  it.each<[string, Partial<Settings>, string | string[]]>([
    ["weights not adding to 100%", { appraisalWeight: 0.4, recordWeight: 0.7 }, "settings.weights-sum"],
    ["weights given as percents", { appraisalWeight: 30, recordWeight: 70 }, ["settings.weight-range", "settings.weight-range"]],
    ["a negative weight", { appraisalWeight: -0.3, recordWeight: 1.3 }, ["settings.weight-range", "settings.weight-range"]],
    ["a NaN weight", { appraisalWeight: NaN }, "settings.weight-range"],
    ["thresholds not descending", { thresholds: [95, 90, 90, 80, 75] }, "settings.thresholds-order"],
    ["thresholds ascending", { thresholds: [75, 80, 85, 90, 95] }, new Array(4).fill("settings.thresholds-order")],
    ["a threshold above 100", { thresholds: [101, 90, 85, 80, 75] }, "settings.threshold-range"],
    ["a negative threshold", { thresholds: [95, 90, 85, 80, -1] }, "settings.threshold-range"],
    ["3 decimals", { decimals: 3 }, "settings.decimals"],
    ["fractional decimals", { decimals: 1.5 }, "settings.decimals"],
    ["an unknown grade", { gradePoints: { 优秀: 100, 合格: 80, 基本合格: 60, 不合格: 0, 良好: 90 } }, "settings.grade-unknown"],
    ["a missing grade", { gradePoints: { 优秀: 100, 合格: 80, 基本合格: 60 } }, "settings.grade-missing"],
    ["grade points above 100", { gradePoints: { 优秀: 120, 合格: 80, 基本合格: 60, 不合格: 0 } }, "settings.grade-points-range"],
    ["min valid marks 0", { minValidMarks: 0 }, "settings.min-valid-marks"],
    ["excellent stars 6", { monthlyExcellentStars: 6 }, "settings.excellent-stars"],
    ["publicity 6 days", { annualPublicityDays: 6 }, "settings.publicity-days"],
    ["publicity 7.5 days", { annualPublicityDays: 7.5 }, "settings.publicity-days"],
    ["13 minimum months", { annualMinMonths: 13 }, "settings.annual-min-months"],
    ["commendation stars 0", { commendationMinStars: 0 }, "settings.commendation-stars"],
    ["rectification 0 months", { rectificationMonths: 0 }, "settings.rectification-months"],
  ])("reports %s", (_, over, code) => {
    expect(codes(validateSettings(settings(over)))).toEqual(Array.isArray(code) ? code : [code]);
  });

  it("checks the weights as exact decimals", () => {
    expect(codes(validateSettings(settings({ appraisalWeight: 0.3, recordWeight: 0.6999 })))).toEqual(["settings.weights-sum"]);
    expect(validateSettings(settings({ appraisalWeight: 0.333, recordWeight: 0.667 }))).toEqual([]);
    expect(validateSettings(settings({ appraisalWeight: 0.35, recordWeight: 0.65 }))).toEqual([]);
    expect(validateSettings(settings({ appraisalWeight: 0.33, recordWeight: 0.67 }))).toEqual([]);
  });

  it("accepts publicity longer than 7 days and a 0-month minimum", () => {
    expect(validateSettings(settings({ annualPublicityDays: 10, annualMinMonths: 0 }))).toEqual([]);
  });

  it("names the 设置 row and the value", () => {
    const [p] = validateSettings(settings({ annualPublicityDays: 5 }));
    expect(p).toEqual({
      severity: "error",
      code: "settings.publicity-days",
      place: { setting: "年度公示天数" },
      args: { value: "5", min: 7 },
    });
    const [q] = validateSettings(settings({ decimals: 4 }));
    expect(q?.args).toEqual({ value: "4", min: 0, max: 2 });
  });

  it("names the threshold row that is out of order", () => {
    const [p] = validateSettings(settings({ thresholds: [95, 90, 85, 85, 75] }));
    expect(p?.place.setting).toBe("二星级下限");
  });

  it("names the grade row", () => {
    const [p] = validateSettings(settings({ gradePoints: { 优秀: 100, 合格: 80, 基本合格: 60, 不合格: -5 } }));
    expect(p?.place.setting).toBe("不合格分值");
  });

  it("reports a wrong number of thresholds", () => {
    const s = { ...DEFAULT_SETTINGS, thresholds: [95, 90, 85, 80] as unknown as Settings["thresholds"] };
    expect(codes(validateSettings(s))).toEqual(["settings.thresholds-count"]);
  });
});

describe("setting names", () => {
  it.each([
    [0, "五星级下限"],
    [4, "一星级下限"],
    [5, "星级下限"],
  ])("threshold %p is the row %p", (i, name) => {
    expect(thresholdSettingName(i)).toBe(name);
  });

  it("names grade rows and every setting", () => {
    expect(gradeSettingName("优秀")).toBe("优秀分值");
    expect(Object.keys(SETTING_NAMES).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe("effectiveSettings", () => {
  it("keeps valid settings", () => {
    const s = settings({ appraisalWeight: 0.4, recordWeight: 0.6, decimals: 2, thresholds: [98, 92, 86, 80, 70] });
    expect(effectiveSettings(s)).toEqual(s);
  });

  it("replaces invalid settings by their defaults", () => {
    const s = effectiveSettings(
      settings({
        appraisalWeight: NaN,
        thresholds: [95, 95, 85, 80, 75],
        decimals: 7,
        gradePoints: { 优秀: 120, 合格: 85, 良好: 90 },
        minValidMarks: -1,
        rectificationMonths: NaN,
      }),
    );
    expect(s).toMatchObject({
      appraisalWeight: 0.3,
      recordWeight: 0.7,
      thresholds: [95, 90, 85, 80, 75],
      decimals: 1,
      gradePoints: { 优秀: 100, 合格: 85, 基本合格: 60, 不合格: 0 },
      minValidMarks: 3,
      rectificationMonths: 3,
    });
  });

  it("replaces both weights when they do not add up", () => {
    expect(effectiveSettings(settings({ appraisalWeight: 0.4, recordWeight: 0.7 }))).toMatchObject({ appraisalWeight: 0.3, recordWeight: 0.7 });
  });
});
