/**
 * Round trips and request sizes: a constant number of syncs whatever the number of members, no request
 * over 5 MB, and only a sheet too large for one request paying extra syncs.
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { PAYLOAD_LIMIT } from "../../src/excel/payload";
import { FakeExcel, type Scalar } from "../fakes/fake-excel";
import { HEADER_ROW, memberId, monthlyPlan } from "./monthly-plan";

function setup(sheets: Record<string, Scalar[][]> = { 设置: [["项目", "值"]] }) {
  const fake = new FakeExcel({ sheets });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  return { fake, workbook };
}

function roster(members: number): Scalar[][] {
  return [["编号", "姓名", "类别", "党小组"], ...Array.from({ length: members }, (_, i) => [memberId(i), `党员${i + 1}`, "党员", `第${(i % 4) + 1}党小组`])];
}

describe("round trips for a monthly generation", () => {
  it.each([10, 100, 1000])(
    "writes the monthly sheet of %i members for the first time in 2 syncs (inspect, then build and swap), every request under 5 MB",
    async (members) => {
      const { fake, workbook } = setup();
      await workbook.write({ sheets: [monthlyPlan(members)] });
      expect(fake.syncCount).toBe(2);
      expect(fake.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
      expect(fake.values("2026-11 评星")[HEADER_ROW + members][1]).toBe(memberId(members - 1));
    },
  );

  it.each([10, 100, 1000])("regenerates it for %i members (备注 kept) in 2 syncs: inspect, then build and swap in one request", async (members) => {
    const { fake, workbook } = setup();
    await workbook.write({ sheets: [monthlyPlan(members)] });
    fake.resetStats();
    await workbook.write({ sheets: [monthlyPlan(members)] });
    expect(fake.syncCount).toBe(2);
    expect(fake.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });

  it.each([10, 100, 1000])("reads the register of %i members in 1 sync", async (members) => {
    const { fake, workbook } = setup({ 设置: [["项目", "值"]], 人员名册: roster(members), 记实考核: roster(members) });
    const read = await workbook.readSheets(["设置", "人员名册", "记实考核", "加减分"]);
    expect(fake.syncCount).toBe(1);
    expect(read.get("人员名册")!.values).toHaveLength(members + 1);
  });

  const MONTH_READ = ["设置", "人员名册", "考核细则", "记实考核", "加减分", "民主评议", "2026-11 评星", "2026-11 公示", "生成记录"];
  const monthSheets = (members: number) => [
    monthlyPlan(members),
    { ...monthlyPlan(members), name: "2026-11 公示", chart: undefined },
    {
      name: "生成记录",
      values: [
        ["时间", "操作"],
        ["2026-12-01 09:30", "月度评星"],
      ],
    },
  ];

  it.each([10, 100, 1000])("regenerates a month of %i members — read and inspect, then build and swap — in 2 syncs, no request over 5 MB", async (members) => {
    const { fake, workbook } = setup({ 设置: [["项目", "值"]], 人员名册: roster(members) });
    await workbook.write({ sheets: monthSheets(members) });
    fake.resetStats();
    await workbook.readSheets(MONTH_READ);
    await workbook.write({ sheets: monthSheets(members) });
    expect(fake.syncCount).toBe(2);
    expect(fake.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("generates a month for the first time in 2 syncs: the read (with the inspection), then build and swap", async () => {
    const { fake, workbook } = setup({ 设置: [["项目", "值"]], 人员名册: roster(1000) });
    await workbook.readSheets(MONTH_READ);
    await workbook.write({ sheets: monthSheets(1000) });
    expect(fake.syncCount).toBe(2);
    expect(fake.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("inspects again when the read is not what it wrote for (another sheet) or too old", async () => {
    const { fake, workbook } = setup({ 设置: [["项目", "值"]] });
    await workbook.write({ sheets: monthSheets(10) });
    fake.resetStats();
    await workbook.readSheets(["设置"]);
    await workbook.write({ sheets: monthSheets(10) });
    // The read knew nothing of the month's sheets' charts: the write inspected them itself.
    expect(fake.syncCount).toBe(3);
  });
});

describe("very large sheets go in blocks", () => {
  it("writes 200,000 rows in several requests, each under 5 MB, and the sheet is whole", async () => {
    const { fake, workbook } = setup();
    const plan = monthlyPlan(200_000);
    await workbook.write({ sheets: [plan] });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.requests.every((r) => r.bytes < PAYLOAD_LIMIT)).toBe(true);
    // And again in place, still in requests under 5 MB.
    fake.resetStats();
    await workbook.write({ sheets: [plan] });
    expect(fake.requests.every((r) => r.bytes < PAYLOAD_LIMIT)).toBe(true);
    const sheet = fake.sheet("2026-11 评星")!;
    expect(sheet.cell(HEADER_ROW + 1, 1).value).toBe(memberId(0));
    expect(sheet.cell(HEADER_ROW + 200_000, 1).value).toBe(memberId(199_999));
    expect(sheet.cell(HEADER_ROW + 200_000, 8).numberFormat).toBe("0.0");
    expect(sheet.merges).toHaveLength(2);
    expect(fake.sheetNames()).toEqual(["设置", "2026-11 评星", "_积分评星"]);
  }, 60_000);

  it("reads a register too large for one response in blocks, each response under 5 MB", async () => {
    const rows: Scalar[][] = [["编号", "姓名", "说明", "备注"]];
    for (let i = 0; i < 120_000; i++) rows.push([memberId(i), `党员${i}`, "这是一段比较长的说明文字，用来让回应超过五兆字节的限制", i]);
    const { fake, workbook } = setup({ 记实考核: rows });
    const read = await workbook.readSheets(["记实考核"]);
    expect(read.get("记实考核")!.values).toEqual(rows);
    // Only the first, one-trip read is refused; then the listing, the used ranges, merged areas and the
    // blocks of 100,000 cells each come back under the limit.
    expect(fake.requests.filter((r) => r.responseBytes >= PAYLOAD_LIMIT)).toHaveLength(1);
    expect(fake.syncCount).toBe(1 + 3 + Math.ceil((rows.length * 4) / 100_000));
  }, 60_000);

  it("takes a null answer to a read over 5 million cells for 'too large' and reads in blocks, never as an empty sheet", async () => {
    const { fake, workbook } = setup({ 记实考核: [["编号", "姓名"]] });
    // A stray value far down and to the right makes the used range 1,000,000 × 6 cells.
    fake.sheet("记实考核")!.setCell(999_999, 5, { value: "误输入" });
    const read = await workbook.readSheets(["记实考核"]);
    const values = read.get("记实考核")!.values;
    expect(values).toHaveLength(1_000_000);
    expect(values[0].slice(0, 2)).toEqual(["编号", "姓名"]);
    expect(values[999_999][5]).toBe("误输入");
    expect(fake.requests.every((r) => r.responseBytes < PAYLOAD_LIMIT)).toBe(true);
  }, 120_000);

  it("retries a block whose response is still too large with fewer rows", async () => {
    const long = "长".repeat(2000);
    const rows: Scalar[][] = Array.from({ length: 3000 }, (_, i) => [i, long]);
    const { fake, workbook } = setup({ 说明: rows });
    const read = await workbook.readSheets(["说明"]);
    expect(read.get("说明")!.values).toHaveLength(3000);
    expect(read.get("说明")!.values[2999]).toEqual([2999, long]);
    expect(fake.requests.filter((r) => r.responseBytes >= PAYLOAD_LIMIT).length).toBeGreaterThan(0);
  }, 60_000);
});
