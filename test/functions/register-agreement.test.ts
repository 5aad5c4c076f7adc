/**
 * Agreement with the monthly sheet under changed settings: in a register whose 设置 sheet changes the
 * decimals, the weights, the star thresholds or trimming, every function called as a secretary would
 * call it — on the member's marks, points and adjustments, with no optional argument — gives the number
 * the generated 评星 sheet shows for every member. The functions take the settings from the workbook
 * through the Excel host code (src/functions/excel-settings-sheet.ts) over the fake Excel.
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { ExcelSettingsSheet } from "../../src/functions/excel-settings-sheet";
import { installDefaultsSource, SCHEME_DEFAULTS_SOURCE } from "../../src/functions/defaults";
import { appraisal, composite, record, star, starLabel, stars } from "../../src/functions/formulas";
import { RegisterDefaults } from "../../src/functions/register-defaults";
import type { Grid } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import { MONTH_COLUMNS, monthSheetName } from "../../src/register/render";
import { sampleRegister } from "../../src/sample/sample-branch";
import { FakeExcel, type Scalar } from "../fakes/fake-excel";
import { settle } from "./formula-errors";

const PERIOD = "2026-11";
const AT = "2026-11-30T12:00:00+08:00";

/** 项目 → 值 rows changed in the sample's 设置 sheet. */
const SETTINGS: [string, Record<string, Scalar>][] = [
  ["小数位数 2", { 小数位数: 2 }],
  ["weights 40/60", { 民主评议权重: "40%", 记实考核权重: "60%" }],
  ["thresholds 96/91/86/81/76", { 五星级下限: 96, 四星级下限: 91, 三星级下限: 86, 二星级下限: 81, 一星级下限: 76 }],
  ["trimming on", { 去掉最高最低分: "是" }],
  ["grade points 100/85/70/40", { 合格分值: 85, 基本合格分值: 70, 不合格分值: 40 }],
  [
    "all of them together",
    {
      小数位数: 2,
      民主评议权重: "40%",
      记实考核权重: "60%",
      五星级下限: 96,
      四星级下限: 91,
      三星级下限: 86,
      二星级下限: 81,
      一星级下限: 76,
      去掉最高最低分: "是",
    },
  ],
];

function withSettings(sheets: Map<string, Grid>, changes: Record<string, Scalar>): Map<string, Grid> {
  const settings = (sheets.get("设置") as Grid).map((row) => [...row]);
  for (const [name, value] of Object.entries(changes)) {
    const row = settings.find((r) => r[0] === name);
    if (!row) throw new Error(`no setting ${name}`);
    row[1] = value;
  }
  return new Map([...sheets, ["设置", settings]]);
}

/** A member's inputs as ranges a formula would reference. */
function inputsOf(sheets: Map<string, Grid>, id: string, name: string) {
  const ballots = sheets.get("民主评议") as Grid;
  const column = (ballots[0] as unknown[]).indexOf(name);
  const marks = ballots
    .slice(1)
    .filter((r) => r[0] === PERIOD)
    .map((r) => [r[column] ?? ""]);
  const recordRow = (sheets.get("记实考核") as Grid).slice(1).find((r) => r[0] === PERIOD && r[1] === id);
  const points = recordRow ? [recordRow.slice(3, 8)] : [[""]];
  const adjustments = (sheets.get("加减分") as Grid)
    .slice(1)
    .filter((r) => r[0] === PERIOD && r[1] === id)
    .map((r) => [r[2] ?? ""]);
  return { marks, points, adjustments: adjustments.length > 0 ? adjustments : undefined };
}

describe.each(SETTINGS)("functions agree with the monthly sheet: %s", (_label, changes) => {
  let fake: FakeExcel;
  let sheets: Map<string, Grid>;
  let source: RegisterDefaults;

  beforeAll(async () => {
    fake = new FakeExcel({ sheets: { Sheet1: [] } });
    sheets = withSettings(sampleRegister({ lastMonth: PERIOD }), changes);
    const port = new ExcelWorkbook((batch) => fake.run(batch), { supports: () => true });
    await port.write({ inputSheets: [...sheets].map(([name, values]) => ({ name, values })) });
    const run = await generateMonth(port, { period: PERIOD, generatedAt: AT });
    expect(run.blocked).toBe(false);
    source = new RegisterDefaults(
      new ExcelSettingsSheet(
        (batch) => fake.run(batch),
        () => true,
      ),
    );
    installDefaultsSource(source);
  });

  afterAll(() => {
    installDefaultsSource(SCHEME_DEFAULTS_SOURCE);
  });

  it("APPRAISAL, RECORD, COMPOSITE, STAR, STARS and STARLABEL give every member's numbers", async () => {
    const C = MONTH_COLUMNS;
    const rows = fake.values(monthSheetName(PERIOD)).filter((r) => typeof r[C.id] === "string" && /^D\d{3}$/.test(r[C.id] as string));
    expect(rows.length).toBeGreaterThanOrEqual(24);
    let compared = 0;
    for (const row of rows) {
      const id = row[C.id] as string;
      const { marks, points, adjustments } = inputsOf(sheets, id, row[C.name] as string);
      const sheetAppraisal = row[C.appraisal];
      const sheetRecord = row[C.record];
      const a = await settle(() => appraisal(marks));
      if (typeof sheetAppraisal === "number") expect({ id, ...a }).toEqual({ id, value: sheetAppraisal });
      else expect({ id, code: "error" in a && a.error.code }).toEqual({ id, code: "#N/A" });
      const r = await settle(() => record(points, adjustments));
      if (typeof sheetRecord === "number") expect({ id, ...r }).toEqual({ id, value: sheetRecord });
      else expect({ id, code: "error" in r && r.error.code }).toEqual({ id, code: "#N/A" });
      if (typeof sheetAppraisal !== "number" || typeof sheetRecord !== "number") continue;
      const c = await settle(() => composite(sheetAppraisal, sheetRecord));
      expect({ id, ...c }).toEqual({ id, value: row[C.composite] });
      const score = row[C.composite];
      expect({ id, label: await starLabel(score) }).toEqual({ id, label: row[C.label] });
      expect({ id, text: await stars(score) }).toEqual({ id, text: row[C.starText] });
      expect({ id, stars: await star(score) }).toEqual({ id, stars: [...String(row[C.starText])].filter((ch) => ch === "★").length });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
    // Every call after the first read used the kept settings: one read of the 设置 sheet in all.
    expect(source.reads).toBe(1);
  });
});
