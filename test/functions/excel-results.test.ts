/**
 * What Excel receives from each function (src/functions/functions.ts): a 1×1 matrix, as the metadata
 * declares (dimensionality matrix, the documented pairing of requiresParameterAddresses), holding the same
 * value as ./formulas gives, at once or once the cells are looked up; errors stay errors. Over the fake
 * Excel, for a host that gives the arguments' addresses and for one that gives none.
 */
import { ExcelBlankCells } from "../../src/functions/excel-blank-cells";
import { installBlankCellReader } from "../../src/functions/blank-cells";
import * as formulas from "../../src/functions/formulas";
import { appraisal, composite, publicityEnd, record, star, starLabel, stars } from "../../src/functions/functions";
import { FakeExcel } from "../fakes/fake-excel";
import { settle } from "./formula-errors";

afterEach(() => {
  installBlankCellReader(undefined);
});

const at = (...addresses: (string | undefined)[]): CustomFunctions.Invocation => ({ parameterAddresses: addresses });
/** A host without CustomFunctionsRuntime 1.3: the invocation carries no parameterAddresses. */
const noAddresses: CustomFunctions.Invocation = {};

describe("every function returns a 1×1 matrix", () => {
  it.each([
    ["STAR", () => star(95), () => formulas.star(95)],
    ["STARS", () => stars(90), () => formulas.stars(90)],
    ["STARLABEL", () => starLabel(85), () => formulas.starLabel(85)],
    ["COMPOSITE", () => composite(90, 80), () => formulas.composite(90, 80)],
    ["APPRAISAL", () => appraisal([["优秀", "合格", 90]]), () => formulas.appraisal([["优秀", "合格", 90]])],
    ["RECORD", () => record([[20, 30, 40]], [[2]]), () => formulas.record([[20, 30, 40]], [[2]])],
    ["PUBLICITYEND", () => publicityEnd(46357), () => formulas.publicityEnd(46357)],
  ])("%s", (_, excel, value) => {
    expect(excel()).toEqual([[value()]]);
  });

  it("throws the formula error itself, not a matrix of it", async () => {
    expect(await settle(() => star(101))).toEqual({ error: { code: "#NUM!", message: expect.stringContaining("0–100") } });
  });
});

describe("a host that gives the arguments' addresses", () => {
  function setUp() {
    // A1 blank, A2 a 0 typed in the cell; B1:B3 points with a blank and a 0.
    const fake = new FakeExcel({
      sheets: {
        Sheet1: [
          ["", 50],
          [0, ""],
          ["", 0],
        ],
      },
    });
    installBlankCellReader(new ExcelBlankCells((batch) => fake.run(batch)));
    return fake;
  }

  it("STAR over a blank cell is #N/A (no score), over a cell holding 0 is [[0]]", async () => {
    setUp();
    expect(await settle(() => star(0, undefined, undefined, at("Sheet1!A1")))).toEqual({
      error: { code: "#N/A", message: expect.stringContaining("单元格为空") },
    });
    expect(await star(0, undefined, undefined, at("Sheet1!A2"))).toEqual([[0]]);
  });

  it("RECORD over a row with a 0 counts it, once the cells are looked up", async () => {
    setUp();
    const result = record([[50], [0], [0]], undefined, undefined, at("Sheet1!B1:B3"));
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toEqual([[50]]);
  });
});

describe("a host that gives no addresses (no CustomFunctionsRuntime 1.3)", () => {
  it("RECORD with a 0 beside other points is their sum: a 0 and a blank add alike", () => {
    expect(record([[50, 0, 30]], [[0]], undefined, noAddresses)).toEqual([[80]]);
    expect(formulas.record([[0, 20]], [[0, -2]], undefined, noAddresses)).toBe(18);
  });

  it("RECORD whose points are all 0 cannot tell 0 from not assessed: #N/A saying so", async () => {
    const result = await settle(() => record([[0, 0]], undefined, undefined, noAddresses));
    expect(result).toEqual({ error: { code: "#N/A", message: expect.stringContaining("CustomFunctionsRuntime 1.3") } });
  });

  it("STAR of a 0 cannot tell a 0 score from a blank cell: #N/A saying so; other scores are unaffected", async () => {
    expect(await settle(() => star(0, undefined, undefined, noAddresses))).toEqual({
      error: { code: "#N/A", message: expect.stringContaining("无法判断传入的0") },
    });
    expect(star(92, undefined, undefined, noAddresses)).toEqual([[4]]);
  });

  it("APPRAISAL with a 0 mark cannot tell a 0 from a blank (the mean differs): #N/A", async () => {
    expect(await settle(() => appraisal([[100, 0, 80]], undefined, undefined, undefined, noAddresses))).toEqual({
      error: { code: "#N/A", message: expect.stringContaining("update Excel") },
    });
  });
});
