/**
 * Text over Excel's 32,767 characters per cell. A person's text that would make a
 * written cell too long is an error on the person's cell (nothing written, in every host alike); text of
 * ours is cut with a warning; nothing crashes.
 */
import type { Grid } from "../../src/register/cells";
import { cutText, fitChangeText, MAX_CELL_TEXT } from "../../src/register/cell-text";
import { describeProblem } from "../../src/i18n/problems";
import { generateMonth } from "../../src/register/month-workflow";
import { importBallots } from "../../src/register/import";
import { MONTH_COLUMNS } from "../../src/register/render";
import type { WorkbookPort } from "../../src/register/port";
import { sampleRegister } from "../../src/sample/sample-branch";
import ExcelJS from "exceljs";
import { wjxExport } from "../register/import/helpers";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

const AT = "2026-11-28T10:00:00+08:00";
const LONG = (n: number) => "长".repeat(n);

type Host = { name: string; make: (grids: Map<string, Grid>) => Promise<WorkbookPort & { readSheets: WorkbookPort["readSheets"] }> };
const HOSTS: Host[] = [
  {
    name: "memory",
    // Holding the sheets from the start, as a file made elsewhere holds them: a write refuses such text, as
    // Excel does (register/plan-check.ts).
    make: async (grids) => new MemoryWorkbook(grids),
  },
  {
    name: ".xlsx",
    make: async (grids) => {
      // Written with ExcelJS itself, as another program may write a file (our writer refuses such text).
      const book = new ExcelJS.Workbook();
      for (const [name, values] of grids) book.addWorksheet(name).addRows(values);
      return XlsxWorkbook.fromBuffer(await book.xlsx.writeBuffer());
    },
  },
];

function sample(edit: (grids: Map<string, Grid>) => void): Map<string, Grid> {
  const grids = sampleRegister({ lastMonth: "2026-11" });
  edit(grids);
  return grids;
}

/** The address of the first cell of `sheet` holding `value` in column `column` (0-based). */
function rowOf(grid: Grid, column: number, value: string): number {
  const r = grid.findIndex((row) => row[column] === value);
  if (r < 0) throw new Error(`no ${value}`);
  return r;
}

describe.each(HOSTS)("text over 32,767 characters ($name host)", ({ make }) => {
  it("a 支部名称 too long for the titles is an error on its 设置 cell; nothing written", async () => {
    let at = "";
    const wb = await make(
      sample((g) => {
        const settings = g.get("设置")!;
        const r = rowOf(settings, 0, "支部名称");
        settings[r][1] = LONG(32_760);
        at = `设置!B${r + 1}`;
      }),
    );
    const before = (await wb.listSheets()).map((s) => s.name);
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    const p = run.problems.find((x) => x.code === "register.text-too-long");
    expect(p).toMatchObject({ severity: "error", place: { ref: at } });
    expect(describeProblem(p!, "zh-CN")).toMatch(
      /^设置!B\d+：这段文字有 32,760 个字符，写入“'2026-11 评星'!A\d+”后超过 Excel 每个单元格 32,767 个字符的上限。请缩短到 [\d,]+ 个字符以内。$/,
    );
    expect(describeProblem(p!, "en-US")).toContain("exceeds Excel's limit of 32,767 characters per cell");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(before);
  });

  it("a 不参评 说明 of 40,000 characters is an error on its cell", async () => {
    let at = "";
    const wb = await make(
      sample((g) => {
        const record = g.get("记实考核")!;
        const r = record.findIndex((row) => row[0] === "2026-11");
        record[r] = [record[r][0], record[r][1], record[r][2], "", "", "", "", "", "是", LONG(40_000)];
        at = `记实考核!J${r + 1}`;
      }),
    );
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems.filter((x) => x.code === "register.text-too-long").map((x) => x.place.ref)).toEqual([at]);
  });

  // Our flags are in their own 说明 column, so a 备注 at Excel's limit never overflows beside one.
  it("a 备注 of 32,767 characters typed on our sheet is carried over unchanged when the month is regenerated with a flag", async () => {
    const wb = await make(sample(() => undefined));
    expect((await generateMonth(wb, { period: "2026-11", generatedAt: AT })).blocked).toBe(false);
    const month = (await wb.readSheets(["2026-11 评星"])).get("2026-11 评星")!;
    const r = rowOf(month.values, MONTH_COLUMNS.name, "王建国");
    const note = `${String.fromCharCode(65 + MONTH_COLUMNS.note)}${r + 1}`;
    const text = LONG(MAX_CELL_TEXT);
    if (wb instanceof MemoryWorkbook) wb.setCell("2026-11 评星", note, text);
    else (await (wb as XlsxWorkbook).model()).getWorksheet("2026-11 评星")!.getCell(note).value = text;
    // Give 王建国 an adjustment, so that our 说明 gains a flag ("含加减分+1") beside the person's words.
    const id = String(month.values[r][MONTH_COLUMNS.id]);
    const adjustments = (await wb.readSheets(["加减分"])).get("加减分")!;
    expect(adjustments.values[0].slice(0, 4)).toEqual(["月份", "编号", "分值", "事由"]);
    await wb.write({ appendRows: [{ sheet: "加减分", rows: [["2026-11", id, 1, "表彰", "纪要", "刘芳", "2026-11-20"]] }] });
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-11-29T10:00:00+08:00" });
    expect(run.blocked).toBe(false);
    expect(run.problems.filter((x) => x.code === "register.text-too-long")).toEqual([]);
    const after = (await wb.readSheets(["2026-11 评星"])).get("2026-11 评星")!;
    const row = rowOf(after.values, MONTH_COLUMNS.name, "王建国");
    expect(after.values[row][MONTH_COLUMNS.note]).toBe(text);
    expect(String(after.values[row][MONTH_COLUMNS.flags])).toContain("加减分");
  });

  it("a voter's name of 40,000 characters in an export is an error on the export's cell", async () => {
    const wb = await make(sample(() => undefined));
    const exportGrid = wjxExport(["1、您的姓名", "2、您的身份", "3、王建国", "4、李秀英"], [[LONG(40_000), "A. 党员", "A. 优秀", "B. 合格"]]);
    const plan = await importBallots(wb, exportGrid, { period: "2026-12", source: { fileName: "问卷.xlsx", sheet: "Sheet1" } });
    expect(plan.blocked).toBe(true);
    expect(plan.problems.filter((x) => x.code === "register.text-too-long").map((x) => x.place.ref)).toEqual(["'[问卷.xlsx]Sheet1'!G2"]);
  });
});

describe("fitChangeText", () => {
  it("cuts a text of ours to the limit with a warning on the written cell, leaving the plan given alone", () => {
    const values: Grid = [["标题"], ["x".repeat(40_000)]];
    const plan = { name: "2026 档案", values };
    const { change, problems } = fitChangeText({ sheets: [plan] }, [{ name: "设置", values: [["支部名称", "机关党支部"]] }]);
    const cut = change.sheets![0].values[1][0] as string;
    expect(cut.length).toBe(MAX_CELL_TEXT);
    expect(cut.endsWith("…")).toBe(true);
    expect(values[1][0]).toHaveLength(40_000);
    expect(problems).toEqual([
      {
        severity: "warning",
        code: "register.text-cut",
        place: { ref: "'2026 档案'!A2" },
        args: { sheet: "2026 档案", cell: "A2", length: 40_000, max: MAX_CELL_TEXT },
      },
    ]);
    expect(describeProblem(problems[0], "zh-CN")).toContain("已截断");
  });

  it("names the person's cells whose pieces our renderer joined again", () => {
    const reason = Array.from({ length: 5000 }, (_, i) => `原因${i}号`).join("；");
    const written = `不参评（${reason.split("；").join("，")}）${"，原因".repeat(4000)}`;
    const { problems } = fitChangeText({ sheets: [{ name: "2026-11 评星", values: [[written]] }] }, [{ name: "记实考核", values: [["说明"], [reason]] }]);
    expect(problems.map((p) => [p.code, p.place.ref])).toEqual([["register.text-too-long", "记实考核!A2"]]);
  });

  it("checks appended rows and single cells too, and leaves texts that fit alone", () => {
    const { change, problems } = fitChangeText(
      { appendRows: [{ sheet: "民主评议", rows: [["ok", "y".repeat(MAX_CELL_TEXT + 1)]] }], cells: [{ sheet: "设置", address: "B2", value: "fits" }] },
      [],
    );
    expect(problems.map((p) => [p.code, p.place.ref])).toEqual([["register.text-cut", "民主评议"]]);
    expect(change.appendRows![0].rows[0][0]).toBe("ok");
    expect(change.cells![0].value).toBe("fits");
  });

  it("never cuts between the halves of a surrogate pair", () => {
    const text = `${"a".repeat(MAX_CELL_TEXT - 2)}😀😀😀`;
    const cut = cutText(text);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut).toBe(`${"a".repeat(MAX_CELL_TEXT - 2)}…`);
  });
});
