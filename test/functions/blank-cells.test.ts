/**
 * A blank cell that Excel passes as 0 (office-js #4702) never becomes a score: the functions look up the
 * cells a 0 came from (parameter addresses + Range.valueTypes over the fake Excel), batched into one
 * request per recalculation, and refuse to guess where they cannot look.
 */
import { ExcelBlankCells, parseArgumentAddress } from "../../src/functions/excel-blank-cells";
import { installBlankCellReader, zeroBox } from "../../src/functions/blank-cells";
import { appraisal, composite, publicityEnd, record, star, stars } from "../../src/functions/formulas";
import { FakeExcel } from "../fakes/fake-excel";
import { settle } from "./formula-errors";

/** An invocation as Excel passes it to a function asking for its parameters' addresses. */
const at = (...addresses: (string | undefined)[]): CustomFunctions.Invocation => ({ parameterAddresses: addresses });

function setUp(values: (string | number)[][]) {
  const fake = new FakeExcel({ sheets: { "Sheet 1": values } });
  const reader = new ExcelBlankCells((batch) => fake.run(batch));
  installBlankCellReader(reader);
  return { fake, reader };
}

afterEach(() => {
  installBlankCellReader(undefined);
});

describe("a blank cell passed as 0", () => {
  // Sheet 1: A1 blank, A2 0 typed, B1:B4 marks with blanks, C1 blank (a weight left empty).
  const sheet = [
    ["", 100, ""],
    [0, "", ""],
    ["", 80, ""],
    ["", 0, ""],
  ];

  it('STAR of a blank cell is "no score" (#N/A), not 0 stars', async () => {
    setUp(sheet);
    const result = await settle(() => star(0, null as never, null, at("'Sheet 1'!A1")));
    expect(result).toEqual({ error: { code: "#N/A", message: expect.stringContaining("单元格为空") } });
  });

  it("STAR of a cell holding 0 is 0 stars", async () => {
    setUp(sheet);
    expect(await star(0, null as never, null, at("'Sheet 1'!A2"))).toBe(0);
    expect(await stars(0, null as never, null, at("'Sheet 1'!$A$2"))).toBe("☆☆☆☆☆");
  });

  it("APPRAISAL ignores blank cells passed as 0 and counts a 0 typed as a mark", async () => {
    setUp(sheet);
    // Excel passes B1:B4 as 100, 0 (blank), 80, 0 (typed): the mean of 100, 80 and 0.
    expect(await appraisal([[100], [0], [80], [0]], null, null as never, null, at("'Sheet 1'!B1:B4"))).toBe(60);
  });

  it("a blank weight cell passed as 0 takes the default weight, not 0%", async () => {
    setUp(sheet);
    expect(await composite(90, 80, 0, null, at(undefined, undefined, "'Sheet 1'!C1"))).toBe(83);
  });

  it('RECORD of blank cells only is "not assessed", not 0', async () => {
    setUp(sheet);
    const result = await settle(() => record([[0, 0]], null as never, null, at("'Sheet 1'!C1:C2")));
    expect(result).toEqual({ error: { code: "#N/A", message: expect.stringContaining("未考核") } });
  });

  it("a blank days cell passed as 0 takes the default 7 days", async () => {
    setUp(sheet);
    expect(await publicityEnd(46357, 0, at(undefined, "'Sheet 1'!C1"))).toBe(46363);
  });

  it("a 0 that is not a reference (typed in the formula, or computed) is a 0", async () => {
    setUp(sheet);
    expect(await star(0, null as never, null, at(undefined))).toBe(0);
    expect(await star(0, null as never, null, at(""))).toBe(0);
  });

  it("an argument without a 0 needs no lookup and gives its value at once", () => {
    const { fake } = setUp(sheet);
    expect(star(92.5, null as never, null, at("'Sheet 1'!A9"))).toBe(4);
    expect(fake.syncCount).toBe(0);
  });

  it("refuses to guess where the host gives no addresses", async () => {
    setUp(sheet);
    const result = await settle(() => star(0, null as never, null, {}));
    expect(result).toEqual({ error: { code: "#N/A", message: expect.stringContaining("无法判断") } });
    expect(star(90, null as never, null, {})).toBe(4);
  });

  it("refuses to guess where the cells cannot be read", async () => {
    setUp(sheet);
    const missing = await settle(() => star(0, null as never, null, at("Gone!A1")));
    expect(missing).toEqual({ error: { code: "#N/A", message: expect.stringContaining("无法判断") } });
    const elsewhere = await settle(() => star(0, null as never, null, at("[Book2]Sheet1!A1")));
    expect(elsewhere).toEqual({ error: { code: "#N/A", message: expect.stringContaining("无法判断") } });
  });

  it("looks up every 0 of a 10,000-row recalculation in one request", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [i % 2 === 0 ? "" : 0, 90]);
    const { fake, reader } = setUp(rows);
    const results = await Promise.all(rows.map((_, i) => settle(() => star(0, null as never, null, at(`'Sheet 1'!A${i + 1}`)))));
    expect(results.filter((r) => "value" in r && r.value === 0)).toHaveLength(5_000);
    expect(results.filter((r) => "error" in r && r.error.code === "#N/A")).toHaveLength(5_000);
    expect(reader.batches).toBe(1);
    expect(fake.syncCount).toBe(1);
    // Neighbouring cells are read as one range: A1:A10000, not 10,000 ranges.
    expect(fake.requests[0]?.operations).toBeLessThanOrEqual(3);
  });

  it("reads a cell referenced by many formulas once", async () => {
    const { fake } = setUp(sheet);
    await Promise.all(Array.from({ length: 50 }, () => star(0, null as never, null, at("'Sheet 1'!A2"))));
    expect(fake.requests[0]?.operations).toBeLessThanOrEqual(4);
  });
});

describe.each([
  ["gives the arguments' addresses (CustomFunctionsRuntime 1.3)", true],
  ["gives no argument addresses, only the calling cell's (CustomFunctionsRuntime 1.1)", false],
])("in an Excel that passes blanks as 0 and %s", (_host, parameterAddresses) => {
  /** The results of row 4's formulas over rows 1–3 (A1 blank, B1 0; A2:C2 0, 0, blank; A3:C3 blank). */
  async function results(): Promise<unknown[]> {
    const fake = new FakeExcel({
      customFunctions: { functions: { "PX.STAR": star as never, "PX.RECORD": record as never }, blankAsZero: true, parameterAddresses },
    });
    installBlankCellReader(new ExcelBlankCells((batch) => fake.run(batch)));
    fake.addSheet("登记", [
      ["", 0, ""],
      [0, 0, ""],
      ["", "", ""],
      ["=PX.STAR(0)", "=PX.STAR(A1)", "=PX.STAR(B1)", "=PX.RECORD(A2:C2)", "=PX.RECORD(A3:C3)"],
    ]);
    while (fake.calculating.size > 0) await Promise.all([...fake.calculating]);
    const sheet = fake.sheet("登记")!;
    return [0, 1, 2, 3, 4].map((c) => sheet.cellValue(3, c));
  }

  it("=PX.STAR(0) typed in the formula is the star for 0; a cell holding 0 is 0 stars; a blank cell is no score", async () => {
    const [typed, blank, zero] = await results();
    expect([typed, blank, zero]).toEqual([0, "#N/A", 0]);
  });

  it("=PX.RECORD counts the typed 0s of a row; a row of blanks is not assessed", async () => {
    const [, , , withZeros, blanks] = await results();
    expect([withZeros, blanks]).toEqual([0, "#N/A"]);
  });
});

describe("a host without argument addresses", () => {
  it("refuses only a calculated 0, saying that this Excel cannot tell it from a blank and what can", async () => {
    const { fake } = setUp([["", 0, "=PX.STAR(B1*1)", "=PX.STAR(B1)+PX.STAR(A1)"]]);
    const calculated = await settle(() => star(0, null as never, null, { address: "'Sheet 1'!C1" }));
    expect(calculated).toEqual({ error: { code: "#N/A", message: expect.stringContaining("计算得出的参数不能") } });
    expect(calculated).toMatchObject({ error: { message: expect.stringContaining("not a calculated argument") } });
    // Two calls in one cell: which one Excel evaluates cannot be told.
    const twice = await settle(() => star(0, null as never, null, { address: "'Sheet 1'!D1" }));
    expect(twice).toMatchObject({ error: { code: "#N/A", message: expect.stringContaining("无法判断") } });
    expect(fake.syncCount).toBe(2);
  });

  it("reads the calling cells of one recalculation in one request", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i % 2 === 0 ? "" : 0, "=PX.STAR(A" + (i + 1) + ")"]);
    const { fake } = setUp(rows);
    fake.resetStats();
    const got = await Promise.all(rows.map((_, i) => settle(() => star(0, null as never, null, { address: `'Sheet 1'!B${i + 1}` }))));
    expect(got.filter((r) => "value" in r && r.value === 0)).toHaveLength(250);
    expect(got.filter((r) => "error" in r && r.error.message.includes("单元格为空"))).toHaveLength(250);
    // One request for the 500 formulas, one for the cells they refer to.
    expect(fake.syncCount).toBe(2);
  });
});

describe("where the zeros are", () => {
  it.each([
    [0, { top: 0, left: 0, bottom: 0, right: 0 }],
    [5, undefined],
    [
      [
        [1, 0],
        [0, 2],
        [3, 4],
      ],
      { top: 0, left: 0, bottom: 1, right: 1 },
    ],
    [
      [
        [1, 2],
        [3, 0],
      ],
      { top: 1, left: 1, bottom: 1, right: 1 },
    ],
    [[["", null]], undefined],
  ])("%j → %j", (value, box) => {
    expect(zeroBox(value)).toEqual(box);
  });
});

describe("argument addresses", () => {
  it.each([
    ["Sheet1!A1", { sheet: "Sheet1", rect: { top: 0, left: 0, bottom: 0, right: 0 } }],
    ["Costs!D8:E10", { sheet: "Costs", rect: { top: 7, left: 3, bottom: 9, right: 4 } }],
    ["'Latest Prices'!$F$6", { sheet: "Latest Prices", rect: { top: 5, left: 5, bottom: 5, right: 5 } }],
    ["'Bob''s Region'!F6", { sheet: "Bob's Region", rect: { top: 5, left: 5, bottom: 5, right: 5 } }],
    ["'2026-11 评星'!H8", { sheet: "2026-11 评星", rect: { top: 7, left: 7, bottom: 7, right: 7 } }],
  ])("%s", (address, parsed) => {
    expect(parseArgumentAddress(address)).toEqual(parsed);
  });

  it.each(["A1", "[Book2]Sheet1!A1", "'Open!A1", "Sheet1!", "Sheet1!ZZZZ1"])("%s is not an address of this workbook", (address) => {
    expect(parseArgumentAddress(address)).toBeUndefined();
  });
});
