/**
 * The self-check against the fake Excel: every operation on a scratch sheet, nothing left behind, a host
 * that refuses one operation reported with its error code while the others still run, and an older host
 * skipping what needs newer ExcelApi sets.
 */
import { runSelfCheck, SELF_CHECK_OPS, type HostInfo } from "../../src/excel/self-check";
import { installBlankCellReader } from "../../src/functions/blank-cells";
import { ExcelBlankCells } from "../../src/functions/excel-blank-cells";
import { record, star } from "../../src/functions/functions";
import { FakeExcel, type CustomFunctionHost } from "../fakes/fake-excel";

const HOST: HostInfo = { platform: "PC", version: "16.0.17928.20114", excelApi: ["1.1", "1.17"], sharedRuntime: true };
const NOW = () => new Date("2026-12-01T01:30:00Z");

/** Excel as it passes arguments to the =PX functions: on the web by default (blanks as null, with addresses). */
const excelWith = (host: Partial<Omit<CustomFunctionHost, "functions">> = {}): CustomFunctionHost => ({
  functions: { "PX.STAR": star as (...a: unknown[]) => unknown, "PX.RECORD": record as (...a: unknown[]) => unknown },
  blankAsZero: false,
  parameterAddresses: true,
  ...host,
});

/** A workbook over the fake Excel; `null`: an Excel that does not calculate the functions. */
function setup(customFunctions: CustomFunctionHost | null = excelWith()) {
  const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]], 人员名册: [["编号"]] }, customFunctions: customFunctions ?? undefined });
  installBlankCellReader(new ExcelBlankCells((b) => fake.run(b)));
  const before = fake.sheets.map((s) => ({ name: s.name, values: fake.values(s.name) }));
  return { fake, before };
}

afterEach(() => {
  installBlankCellReader(undefined);
});

const formulaOutcomes = (report: Awaited<ReturnType<typeof runSelfCheck>>) =>
  report.outcomes.filter((o) => o.op.startsWith("function")).map((o) => [o.op, o.status, o.code, o.message]);

describe("the self-check", () => {
  it("runs every operation on a scratch sheet and leaves the workbook as it was", async () => {
    const { fake, before } = setup();
    const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
    expect(report.outcomes.map((o) => o.op)).toEqual([...SELF_CHECK_OPS]);
    expect(report.outcomes.filter((o) => o.status !== "ok")).toEqual([]);
    expect(fake.sheets.map((s) => ({ name: s.name, values: fake.values(s.name) }))).toEqual(before);
    expect(report.host).toEqual(HOST);
  });

  it("reports the one operation a host refuses, with its error code, and still runs the rest", async () => {
    const { fake, before } = setup();
    fake.failWhen((op) => op.path === "ChartCollection.add", "InvalidArgument");
    const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
    const failed = report.outcomes.filter((o) => o.status === "failed");
    expect(failed).toEqual([expect.objectContaining({ op: "chart", code: "InvalidArgument" })]);
    expect(report.outcomes.find((o) => o.op === "mergedAreas")!.status).toBe("ok");
    expect(fake.sheetNames()).toEqual(before.map((s) => s.name));
  });

  it("skips on an older host what needs newer ExcelApi sets, saying which", async () => {
    const { fake } = setup();
    const report = await runSelfCheck((b) => fake.run(b), { supports: (v) => Number(v.split(".")[1]) <= 7, host: HOST, now: NOW });
    const skipped = report.outcomes.filter((o) => o.status === "skipped").map((o) => [o.op, o.needs]);
    expect(skipped).toEqual([
      ["printSetup", "ExcelApi 1.9"],
      ["pageBreaks", "ExcelApi 1.9"],
      ["dataValidation", "ExcelApi 1.8"],
      ["mergedAreas", "ExcelApi 1.13"],
    ]);
    expect(report.outcomes.filter((o) => o.status === "failed")).toEqual([]);
  });

  it("removes the scratch sheets even when adding the hidden one half failed", async () => {
    const { fake, before } = setup();
    fake.failWhen((op) => op.path === "Worksheet.visibility" && op.args[0] === "VeryHidden", "AccessDenied");
    const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
    expect(report.outcomes.find((o) => o.op === "hideSheet")).toMatchObject({ status: "failed", code: "AccessDenied" });
    expect(report.outcomes.find((o) => o.op === "removeSheets")!.status).toBe("ok");
    expect(fake.sheetNames()).toEqual(before.map((s) => s.name));
  });

  describe("the =PX formulas on the scratch sheet, reported each", () => {
    it("an Excel desktop that passes blanks as 0 but gives the addresses: every result right", async () => {
      const { fake } = setup(excelWith({ blankAsZero: true }));
      const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
      expect(formulaOutcomes(report)).toEqual([
        ["functionBlank", "ok", undefined, "=PX.STAR(A20) → #N/A"],
        ["functionZero", "ok", undefined, "=PX.STAR(B20) → 0"],
        ["functionRecord", "ok", undefined, "=PX.RECORD(C20:E20) → 80"],
      ]);
    });

    it("an Excel that passes blanks as 0 and gives no addresses: the calling cell's formula places the 0, the row with a 0 still sums", async () => {
      const { fake } = setup(excelWith({ blankAsZero: true, parameterAddresses: false }));
      const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
      expect(formulaOutcomes(report)).toEqual([
        ["functionBlank", "ok", undefined, "=PX.STAR(A20) → #N/A"],
        ["functionZero", "ok", undefined, "=PX.STAR(B20) → 0"],
        ["functionRecord", "ok", undefined, "=PX.RECORD(C20:E20) → 80"],
      ]);
    });

    it("an Excel that does not calculate the functions: each formula reported with what its cell shows", async () => {
      const { fake, before } = setup(null);
      const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: NOW });
      expect(formulaOutcomes(report).map(([op, status, code]) => [op, status, code])).toEqual([
        ["functionBlank", "failed", "#VALUE!"],
        ["functionZero", "failed", "#VALUE!"],
        ["functionRecord", "failed", "#VALUE!"],
      ]);
      expect(fake.sheetNames()).toEqual(before.map((s) => s.name));
    });

    it("skips them where there is no shared runtime", async () => {
      const { fake } = setup();
      const report = await runSelfCheck((b) => fake.run(b), { supports: () => true, host: { ...HOST, sharedRuntime: false }, now: NOW });
      expect(formulaOutcomes(report).map(([op, status, code]) => [op, status, code])).toEqual([
        ["functionBlank", "skipped", "NoSharedRuntime"],
        ["functionZero", "skipped", "NoSharedRuntime"],
        ["functionRecord", "skipped", "NoSharedRuntime"],
      ]);
    });
  });
});
