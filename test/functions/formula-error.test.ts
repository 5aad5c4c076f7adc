import { fail, formulaError, LocalFormulaError } from "../../src/functions/formula-error";

type Runtime = { Error: new (code: string, message?: string) => { code: string; message?: string } };
const globals = globalThis as { CustomFunctions?: Runtime };

describe("formulaError outside Excel", () => {
  it("is a LocalFormulaError with the code and the message", () => {
    const e = formulaError("#VALUE!", "得分 / score");
    expect(e).toBeInstanceOf(LocalFormulaError);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ code: "#VALUE!", message: "得分 / score", name: "FormulaError" });
  });

  it("keeps the message of #NUM! too", () => {
    expect(formulaError("#NUM!", "超出 / out of range")).toMatchObject({ code: "#NUM!", message: "超出 / out of range" });
  });

  it("fail throws it", () => {
    expect(() => fail("#N/A", "无 / none")).toThrow(LocalFormulaError);
  });
});

describe("formulaError in Excel", () => {
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  beforeEach(() => {
    globals.CustomFunctions = { Error: ExcelError };
  });
  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it.each(["#VALUE!", "#N/A"] as const)("is a CustomFunctions.Error %s with the message", (code) => {
    const e = formulaError(code, "消息 / message");
    expect(e).toBeInstanceOf(ExcelError);
    expect(e).toEqual(new ExcelError(code, "消息 / message"));
  });

  it("gives #NUM! without a message, which Excel does not show for that code", () => {
    const e = formulaError("#NUM!", "超出 / out of range");
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });

  it("falls back to the local class when CustomFunctions has no Error", () => {
    (globals as { CustomFunctions?: unknown }).CustomFunctions = {};
    expect(formulaError("#VALUE!", "x / y")).toBeInstanceOf(LocalFormulaError);
  });
});
