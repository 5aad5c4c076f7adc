/**
 * The fake Excel request context behaves like Office.js where the adapter depends on it.
 */
// These tests read properties before load and sync on purpose, to see the fake refuse.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read */
import { FakeExcel, FakeExcelError } from "../fakes/fake-excel";

async function syncError(fake: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<FakeExcelError> {
  try {
    await fake.run(async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (e) {
    return e as FakeExcelError;
  }
  throw new Error("expected the sync to fail");
}

describe("FakeExcel", () => {
  it.each([
    [false, 1462, 46361],
    [true, 0, 44899],
  ])("evaluates DATE in the workbook's date system and types dates as its serials with a date format (1904: %p)", async (date1904, epoch, serial) => {
    const fake = new FakeExcel({ sheets: { 人员名册: [["转入日期"], ["2026-12-05"]] }, date1904 });
    await fake.run(async (context) => {
      const day = context.workbook.functions.date(1904, 1, 1);
      day.load("value");
      await context.sync();
      expect(day.value).toBe(epoch);
    });
    expect(fake.cell("人员名册", "A2")).toMatchObject({ value: serial, numberFormat: "yyyy/m/d" });
    expect(fake.cell("人员名册", "A1").numberFormat).toBe("General");
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] } });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("设置").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["项目", "值"]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  it("needs a sync before isNullObject can be read", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("无");
      expect(() => sheet.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it.each([
    ["too few rows", "A1:B2", [["a", "b"]]],
    ["too many columns", "A1:B1", [["a", "b", "c"]]],
    ["a ragged row", "A1:B2", [["a", "b"], ["c"]]],
    ["a scalar", "A1:B2", "a"],
  ])("fails a values write of the wrong shape (%s) with InvalidArgument", async (_what, address, values) => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    const error = await syncError(fake, (context) => {
      context.workbook.worksheets.getItem("S").getRange(address).values = values as never;
    });
    expect(error.code).toBe("InvalidArgument");
    expect(fake.values("S")).toEqual([]);
  });

  it("fails a numberFormat of the wrong shape with InvalidArgument", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    const error = await syncError(fake, (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A3").numberFormat = [["0.0"]];
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it.each([
    ["over 31 characters", "第一党支部2026年11月党员积分评星结果公示（拟评）附表之一二"],
    ["a colon", "a:b"],
    ["a backslash", "a\\b"],
    ["a slash", "2026/11"],
    ["a question mark", "what?"],
    ["an asterisk", "a*"],
    ["a bracket", "[x]"],
    ["a leading apostrophe", "'x"],
    ["the reserved name History", "history"],
  ])("refuses a sheet name with %s", async (_what, name) => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    const error = await syncError(fake, (context) => {
      context.workbook.worksheets.add(name);
    });
    expect(error.code).toBe("InvalidArgument");
    expect(fake.sheetNames()).toEqual(["S"]);
  });

  it("refuses a duplicate sheet name, whatever its case, on add and on rename", async () => {
    const fake = new FakeExcel({ sheets: { Data: [], Other: [] } });
    expect((await syncError(fake, (c) => void c.workbook.worksheets.add("DATA"))).code).toBe("ItemAlreadyExists");
    expect((await syncError(fake, (c) => void (c.workbook.worksheets.getItem("Other").name = "data"))).code).toBe("ItemAlreadyExists");
    expect(fake.sheetNames()).toEqual(["Data", "Other"]);
  });

  it("throws loudly for anything it does not model", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => range.formulasR1C1).toThrow("FakeExcel: not modelled: Range.formulasR1C1");
      expect(() => (range.format as Record<string, unknown>).protection).toThrow("not modelled");
      expect(() => ((range as { formulas: unknown }).formulas = [["=1"]])).toThrow("not modelled");
      expect(() => (context as unknown as Record<string, unknown>).application).toThrow("not modelled");
      expect(() => context.workbook.worksheets.load()).toThrow("not modelled");
    });
  });

  it("applies the operations before a failing one and none after, and delivers no loads", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    let range: Excel.Range | undefined;
    const error = await syncError(fake, (context) => {
      const ws = context.workbook.worksheets;
      ws.add("first");
      range = ws.getItem("S").getRange("A1");
      range.load("values");
      ws.getItem("missing").delete();
      ws.add("second");
    });
    expect(error.code).toBe("ItemNotFound");
    expect(fake.sheetNames()).toEqual(["S", "first"]);
    expect(() => range!.values).toThrow(/PropertyNotLoaded/);
  });

  it("reads text as Excel reads typing, and the quote prefix keeps it text", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:H1").values = [["=1+1", "-5", "001", "2026-11", "TRUE", "'=1+1", "'001", "张三"]];
      await context.sync();
    });
    const cells = "ABCDEFGH".split("").map((c) => fake.cell("S", `${c}1`));
    expect(cells[0].formula).toBe("=1+1");
    expect(cells.slice(1, 5).map((c) => c.value)).toEqual([-5, 1, 46327, true]);
    expect(cells.slice(5).map((c) => [c.value, c.quotePrefix, c.formula])).toEqual([
      ["=1+1", true, undefined],
      ["001", true, undefined],
      ["张三", false, undefined],
    ]);
  });

  it("counts syncs and measures each request, refusing one over 5 MB", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(1000)]];
      await context.sync();
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.largestRequest).toBeGreaterThan(1000);
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    const error = await syncError(fake, (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A6000").values = big;
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.cell("S", "A2").value).toBe("");
  });

  it("refuses a response over 5 MB", async () => {
    const fake = new FakeExcel({ sheets: { S: Array.from({ length: 6000 }, () => ["y".repeat(1000)]) } });
    const error = await syncError(fake, (context) => {
      context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).load("values");
    });
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("propagates null objects by default, and can refuse calls on them instead", async () => {
    const propagate = new FakeExcel();
    await propagate.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject("无").getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
    const strict = new FakeExcel({ nullChaining: "throw" });
    const error = await syncError(strict, (context) => {
      context.workbook.worksheets.getItemOrNullObject("无").getUsedRangeOrNullObject(true).load("values");
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("refuses to delete a very hidden sheet or the last visible one", async () => {
    const fake = new FakeExcel({ sheets: { Only: [] } });
    fake.addSheet("_hidden", [], "VeryHidden");
    expect((await syncError(fake, (c) => c.workbook.worksheets.getItem("_hidden").delete())).code).toBe("InvalidOperation");
    expect((await syncError(fake, (c) => c.workbook.worksheets.getItem("Only").delete())).code).toBe("InvalidOperation");
  });

  it("runs pending operations when the batch ends, as Excel.run does", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    });
    expect(fake.cell("S", "A1").value).toBe(1);
    expect(fake.syncCount).toBe(1);
  });

  it("gives a failed request's error the trace messages that ran before the failure, and none after", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    fake.failWhen((op) => op.path === "Range.values" && JSON.stringify(op.args).includes("2"), "InvalidArgument");
    const error = await syncError(fake, (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      context.trace("one");
      sheet.getRange("A1").values = [[1]];
      context.trace("two");
      sheet.getRange("A2").values = [[2]];
      context.trace("three");
    });
    expect(error.traceMessages).toEqual(["one", "two"]);
    expect(fake.values("S")).toEqual([[1]]);
  });

  it("loses whole the requests that follow one running a chosen operation, keeping what earlier requests did", async () => {
    const fake = new FakeExcel({ sheets: { S: [] } });
    fake.failRequestsAfter((op) => op.path === "Range.clear", "RequestAborted", 2);
    const error = await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A1").clear("All");
        await context.sync();
        sheet.getRange("A2").values = [[2]];
        await context.sync();
      })
      .catch((e: FakeExcelError) => e);
    expect(error).toMatchObject({ code: "RequestAborted", traceMessages: [] });
    expect(fake.values("S")).toEqual([]);
    const again = await syncError(fake, (context) => (context.workbook.worksheets.getItem("S").getRange("A3").values = [[3]]));
    expect(again.code).toBe("RequestAborted");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A4").values = [[4]];
    });
    expect(fake.cell("S", "A4").value).toBe(4);
  });
});
