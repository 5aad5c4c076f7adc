import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import { periodState } from "../../../src/register/period-state";
import * as reader from "../../../src/register/read/read-register";
import { readBranch } from "../../../src/register/rollup/branch";
import { rollupSheetsToRead } from "../../../src/register/rollup/rollup";
import { generateYear } from "../../../src/register/year-workflow";
import { fourMemberBranch } from "../year-sample";
import { branchWorkbook, MONTH, source } from "./branches";

const TODAY = "2026-11-28";

/** How many times `read` parses the register's input sheets. */
function readsDuring<T>(read: () => T): { value: T; reads: number } {
  const spy = jest.spyOn(reader, "readRegister");
  try {
    const value = read();
    return { value, reads: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe("a branch of the roll-up is read once", () => {
  it("parses a month's register once and finds the state periodState finds", async () => {
    const { sheets } = await source("a.xlsx", await branchWorkbook({ name: "一支部", prefix: "A" }));
    const { value, reads } = readsDuring(() => readBranch("a.xlsx", sheets, MONTH, TODAY));
    expect(reads).toBe(1);
    expect(value.month).toEqual(periodState(sheets, { month: MONTH, today: TODAY }).month);
    expect(value.branch).toBe("一支部");
  });

  it("parses a year's register once and finds the state periodState finds", async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ inputSheets: [...fourMemberBranch("2026")].map(([name, values]) => ({ name, values })) });
    expect((await generateYear(wb, { year: "2026", generatedAt: "2026-12-28T09:00:00+08:00" })).blocked).toBe(false);
    const sheets = await wb.readSheets(rollupSheetsToRead("2026"));
    const { value, reads } = readsDuring(() => readBranch("a.xlsx", sheets, "2026", "2026-12-29"));
    expect(reads).toBe(1);
    expect(value.year).toEqual(periodState(sheets, { year: "2026", today: "2026-12-29" }).year);
    expect(value.stage).toBe("proposed");
  });

  it("refuses a day that is not an ISO date", async () => {
    const { sheets } = await source("a.xlsx", await branchWorkbook({ name: "一支部", prefix: "A" }));
    expect(() => readBranch("a.xlsx", sheets, MONTH, "28.11.2026")).toThrow(RangeError);
  });
});
