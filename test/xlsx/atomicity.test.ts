import ExcelJS from "exceljs";
import type { WorkbookChange } from "../../src/register/port";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { MEMBERS, MONTH_SHEET, PUBLICITY_SHEET, monthPlan, now, publicityPlan } from "./plans";

/** Everything a write could disturb: tabs (hidden ones too), each sheet's full model, the book's views. */
function state(book: XlsxWorkbook): unknown {
  const excel = book.excel;
  // Through JSON, so that the comparison sees data only (not ExcelJS's classes) in any key order.
  return JSON.parse(JSON.stringify({ sheets: excel.worksheets.map((ws) => ({ name: ws.name, state: ws.state, model: ws.model })), views: excel.views }));
}

/** A workbook with person's sheets and a generated month sheet with a note, saved and reopened. */
async function generated(clock: () => Date = now): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty({ now });
  await book.write({
    inputSheets: [
      {
        name: "设置",
        values: [
          ["项目", "值"],
          ["支部名称", "机关第一党支部"],
        ],
      },
      {
        name: "加减分",
        values: [
          ["月份", "编号", "分值", "事由"],
          ["2026-11", "D001", 2, "志愿服务"],
        ],
      },
    ],
    sheets: [monthPlan()],
  });
  await book.write({ cells: [{ sheet: MONTH_SHEET, address: "L6", value: "病假" }] });
  const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer(), { now: clock });
  await reopened.model();
  return reopened;
}

/** A change touching everything: a replacement, a new sheet, a new input sheet, appended rows and cells. */
function bigChange(): WorkbookChange {
  return {
    sheets: [monthPlan(MEMBERS.slice(0, 3)), publicityPlan()],
    inputSheets: [{ name: "点评记录", values: [["月份", "编号", "点评人"]] }],
    appendRows: [{ sheet: "加减分", rows: [["2026-11", "D002", -1, "迟到"]] }],
    cells: [
      { sheet: "设置", address: "B2", value: "机关第二党支部" },
      { sheet: MONTH_SHEET, address: "L7", value: "出差" },
    ],
  };
}

afterEach(() => jest.restoreAllMocks());

describe("a write that fails midway", () => {
  it("while building a new sheet leaves the workbook exactly as it was", async () => {
    const book = await generated();
    const before = state(book);
    const proto = Object.getPrototypeOf(book.excel.worksheets[0]) as { mergeCellsWithoutStyle: (...args: unknown[]) => void };
    const merge = proto.mergeCellsWithoutStyle;
    let calls = 0;
    jest.spyOn(proto, "mergeCellsWithoutStyle").mockImplementation(function (this: unknown, ...args: unknown[]) {
      // The month sheet's three merges go through; the publicity sheet's first one fails.
      if (++calls === 4) throw new Error("injected failure");
      return merge.apply(this, args);
    });
    await expect(book.write(bigChange())).rejects.toThrow("injected failure");
    expect(state(book)).toEqual(before);
  });

  it("after rows, cells and the swap are done leaves the workbook exactly as it was", async () => {
    let calls = 0;
    const failingClock = () => {
      // The clock is read once, for the registry: the last step that can fail.
      calls++;
      throw new Error("injected clock failure");
    };
    const book = await generated(failingClock);
    const before = state(book);
    const valuesBefore = await book.readSheets(["设置", "加减分", MONTH_SHEET]);
    await expect(book.write(bigChange())).rejects.toThrow("injected clock failure");
    expect(calls).toBe(1);
    expect(state(book)).toEqual(before);
    expect(await book.readSheets(["设置", "加减分", MONTH_SHEET])).toEqual(valuesBefore);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["设置", "加减分", MONTH_SHEET]);
  });

  it("still saves and reads normally afterwards", async () => {
    const book = await generated(() => {
      throw new Error("injected clock failure");
    });
    await expect(book.write(bigChange())).rejects.toThrow();
    const reopened = await XlsxWorkbook.fromBuffer(await book.toBuffer(), { now });
    await reopened.write(bigChange());
    const values = (await reopened.readSheets([MONTH_SHEET])).get(MONTH_SHEET)!.values;
    expect(values[6][11]).toBe("出差");
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["设置", "加减分", MONTH_SHEET, "点评记录", PUBLICITY_SHEET]);
  });
});

describe("a write refused by its checks", () => {
  it.each<[string, WorkbookChange]>([
    ["a format range that is not A1", { sheets: [publicityPlan(), { ...monthPlan(), formats: [{ range: "A1:foo" }] }] }],
    ["overlapping merges", { sheets: [publicityPlan(), { ...monthPlan(), merges: ["A1:C1", "B1:D2"] }] }],
    ["a number Excel cannot hold", { sheets: [publicityPlan(), { ...monthPlan(), values: [[Number.NaN]] }] }],
    ["a sheet name with a colon", { sheets: [publicityPlan(), { ...monthPlan(), name: "2026:11" }] }],
    ["a sheet name over 31 characters", { sheets: [publicityPlan(), { ...monthPlan(), name: "评".repeat(32) }] }],
    ["the same sheet planned twice", { sheets: [publicityPlan(), publicityPlan()] }],
    ["a row appended to a missing sheet", { sheets: [publicityPlan()], appendRows: [{ sheet: "异议登记", rows: [["x"]] }] }],
    ["a cell on a missing sheet", { sheets: [publicityPlan()], cells: [{ sheet: "异议登记", address: "A1", value: 1 }] }],
    ["a cell address that is a range", { sheets: [publicityPlan()], cells: [{ sheet: "设置", address: "A1:B2", value: 1 }] }],
    ["a cell beyond the sheet", { sheets: [publicityPlan()], cells: [{ sheet: "设置", address: "XFE1", value: 1 }] }],
    [
      "a list item with a comma",
      { sheets: [publicityPlan()], inputSheets: [{ name: "异议登记", values: [], validations: [{ range: "A2:A9", list: ["a,b"] }] }] },
    ],
  ])("for %s changes nothing", async (_what, change) => {
    const book = await generated();
    const before = state(book);
    await expect(book.write(change)).rejects.toThrow(RangeError);
    expect(state(book)).toEqual(before);
  });
});

describe("a successful write", () => {
  it("leaves no spare sheets behind", async () => {
    const book = await generated();
    await book.write(bigChange());
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    expect(excel.worksheets.map((ws) => ws.name)).toEqual(["设置", "加减分", MONTH_SHEET, "点评记录", PUBLICITY_SHEET, "_积分评星"]);
  });

  it("applies rows and cells along with the regenerated sheet", async () => {
    const book = await generated();
    await book.write(bigChange());
    const sheets = await book.readSheets(["设置", "加减分", MONTH_SHEET]);
    expect(sheets.get("设置")!.values[1]).toEqual(["支部名称", "机关第二党支部"]);
    expect(sheets.get("加减分")!.values).toEqual([
      ["月份", "编号", "分值", "事由"],
      ["2026-11", "D001", 2, "志愿服务"],
      ["2026-11", "D002", -1, "迟到"],
    ]);
    // The adapter writes the plan as it is: carrying a person's notes is the workflow's job (month-workflow.ts).
    expect(sheets.get(MONTH_SHEET)!.values[6][11]).toBe("出差");
  });
});
