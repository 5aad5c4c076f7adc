import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { Grid } from "../../src/register/cells";
import { approveMonth, generateMonth, withdrawApproval } from "../../src/register/month-workflow";
import { periodState, stateSheetsToRead, type PeriodStateOptions } from "../../src/register/period-state";
import { LOG_COLUMNS } from "../../src/register/render";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { finalizeYear, generateYear, publishYear } from "../../src/register/year-workflow";
import { smallBranch } from "./year-sample";

const M = "2026-11";
const AT = "2026-11-28T10:00:00+08:00";

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: M })) });
  return wb;
}

async function stateOf(wb: MemoryWorkbook, options: PeriodStateOptions) {
  return periodState(await wb.readSheets(stateSheetsToRead(options)), options);
}

const month = async (wb: MemoryWorkbook, today = "2026-11-28", period = M) => (await stateOf(wb, { month: period, today })).month!;

function values(wb: MemoryWorkbook, name: string): Grid {
  return wb.snapshot().find((s) => s.name === name)!.values;
}

/** Changes one record cell of the month: the month's inputs are no longer those generated. */
function changeInputs(wb: MemoryWorkbook, id = "D003", value: number | string = 10): void {
  const r = values(wb, "记实考核").findIndex((row) => row[0] === M && row[1] === id);
  wb.setCell("记实考核", `D${r + 1}`, value);
}

/** The log as the eight-column version wrote it: the data columns cut off. */
async function legacyLog(wb: MemoryWorkbook, edit: (log: Grid) => void = () => {}): Promise<void> {
  const log = values(wb, "生成记录").map((row) => row.slice(0, 8));
  edit(log);
  await wb.write({ sheets: [{ name: "生成记录", values: log }] });
}

describe("periodState: a month", () => {
  it("is 未准备 without record rows for the month", async () => {
    const state = await month(await sampleWorkbook(), "2026-12-02", "2026-12");
    expect(state).toMatchObject({ state: "未准备", generatedOn: null, approvedOn: null });
  });

  it("is 未准备 in an empty workbook", async () => {
    expect((await month(new MemoryWorkbook())).state).toBe("未准备");
  });

  it("is 可以生成 once prepared with no error in the data (a clean check is a state), and 有错误 while errors block generation", async () => {
    const wb = await sampleWorkbook();
    expect(await month(wb)).toMatchObject({ state: "可以生成", errors: 0 });
    const r = values(wb, "民主评议").findIndex((row) => row[0] === M);
    wb.setCell("民主评议", `F${r + 1}`, "很好");
    expect(await month(wb)).toMatchObject({ state: "有错误", errors: 1 });
  });

  it("is 已生成·拟评 after generation, with the day; a change of the inputs is flagged, errors since make it 有错误", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: "2026-11-26T09:00:00+08:00" });
    await generateMonth(wb, { period: M, generatedAt: AT });
    expect(await month(wb)).toMatchObject({ state: "已生成·拟评", generatedOn: "2026-11-26", changedSinceGeneration: false });
    changeInputs(wb);
    expect(await month(wb)).toMatchObject({ state: "已生成·拟评", changedSinceGeneration: true });
    changeInputs(wb, "D003", "很多");
    expect((await month(wb)).state).toBe("有错误");
  });

  it("is not generated when the month's sheet was deleted, whatever the log says", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    const sheets = await wb.readSheets(stateSheetsToRead({ month: M }));
    sheets.delete(`${M} 评星`);
    expect(periodState(sheets, { month: M, today: "2026-11-28" }).month?.state).toBe("可以生成");
  });

  it("is 已通过 with the meeting's date, and stays so through a regeneration of unchanged inputs", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    await approveMonth(wb, { period: M, generatedAt: AT, approvedOn: "2026-11-28" });
    expect(await month(wb)).toMatchObject({ state: "已通过", approvedOn: "2026-11-28" });
    await generateMonth(wb, { period: M, generatedAt: "2026-11-30T09:00:00+08:00" });
    expect((await month(wb, "2026-11-30")).state).toBe("已通过");
  });

  it("is 需重新通过 when the inputs changed after approval: first to be generated, then to be approved", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    await approveMonth(wb, { period: M, generatedAt: AT, approvedOn: "2026-11-28" });
    changeInputs(wb);
    expect(await month(wb)).toMatchObject({ state: "需重新通过", approvedOn: "2026-11-28", needsGeneration: true });
    await generateMonth(wb, { period: M, generatedAt: "2026-11-30T09:00:00+08:00", reopen: true });
    expect(await month(wb, "2026-11-30")).toMatchObject({ state: "需重新通过", needsGeneration: false, generatedOn: "2026-11-30" });
    await approveMonth(wb, { period: M, generatedAt: "2026-11-30T15:00:00+08:00", approvedOn: "2026-11-30" });
    expect(await month(wb, "2026-11-30")).toMatchObject({ state: "已通过", approvedOn: "2026-11-30" });
  });

  it("is 已生成·拟评 again after 撤销通过", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    await approveMonth(wb, { period: M, generatedAt: AT, approvedOn: "2026-11-28" });
    await withdrawApproval(wb, { period: M, generatedAt: AT, reason: "日期有误" });
    expect(await month(wb)).toMatchObject({ state: "已生成·拟评", approvedOn: null });
  });

  it("reads an approval from a log of the earlier version (date only in 说明)", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    await generateMonth(wb, { period: M, generatedAt: "2026-11-26T09:00:00+08:00" });
    await approveMonth(wb, { period: M, generatedAt: AT, approvedOn: "2026-11-27" });
    await legacyLog(wb);
    expect(values(wb, "生成记录")[0]).toHaveLength(8);
    expect(await month(wb)).toMatchObject({ state: "已通过", approvedOn: "2026-11-27", generatedOn: "2026-11-26" });
  });

  it("reads as 需重新通过 an old log where the earlier version regenerated an approved month after a change", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    await approveMonth(wb, { period: M, generatedAt: AT, approvedOn: "2026-11-28" });
    changeInputs(wb);
    // The earlier version regenerated silently: a 月度评星 row with the new fingerprint and no drop row.
    await generateMonth(wb, { period: M, generatedAt: "2026-11-30T09:00:00+08:00", reopen: true });
    await legacyLog(wb, (log) => log.splice(log.length - 2, 1));
    expect(await month(wb, "2026-11-30")).toMatchObject({ state: "需重新通过", approvedOn: "2026-11-28", needsGeneration: false });
  });

  it("logs the month's publicity period with the generation (5 days by default)", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT, publicityStart: "2026-11-29" });
    expect(await month(wb, "2026-12-03")).toMatchObject({ publicity: { start: "2026-11-29", end: "2026-12-03" }, inPublicity: true });
    expect((await month(wb, "2026-12-04")).inPublicity).toBe(false);
  });

  it("is 公示中 until the end of a month's publicity the log records", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: M, generatedAt: AT });
    const log = values(wb, "生成记录").map((row) => [...row]);
    log[log.length - 1][LOG_COLUMNS.publicityStart] = "2026-11-28";
    log[log.length - 1][LOG_COLUMNS.publicityEnd] = "2026-12-02";
    await wb.write({ sheets: [{ name: "生成记录", values: log }] });
    expect(await month(wb, "2026-12-02")).toMatchObject({ publicity: { start: "2026-11-28", end: "2026-12-02" }, inPublicity: true });
    expect((await month(wb, "2026-12-03")).inPublicity).toBe(false);
  });

  it("refuses a malformed period or today (a programmer mistake)", () => {
    expect(() => periodState(new Map(), { month: "2026-13", today: "2026-11-28" })).toThrow(RangeError);
    expect(() => periodState(new Map(), { year: "26", today: "2026-11-28" })).toThrow(RangeError);
    expect(() => periodState(new Map(), { today: "28/11" })).toThrow(RangeError);
  });
});

describe("periodState: a year", () => {
  const Y = "2026";
  const same = (points: number) => [points / 5, points / 5, points / 5, points / 5, points / 5];
  async function branch(objections: (string | number)[][] = []): Promise<MemoryWorkbook> {
    const register = smallBranch({
      year: Y,
      members: [
        ["P1", "甲", "党员"],
        ["P2", "乙", "党员"],
      ],
      record: (id) => same(id === "P1" ? 90 : 80),
      monthlyMark: () => "合格",
      annualMarks: [{ P1: "优秀", P2: "合格" }],
      objections,
    });
    const wb = new MemoryWorkbook();
    await wb.write({ inputSheets: [...register].map(([name, grid]) => ({ name, values: grid })) });
    return wb;
  }
  const year = async (wb: MemoryWorkbook, today: string) => (await stateOf(wb, { year: Y, today })).year!;

  it("goes 未生成 → 已生成 → 公示中 → 公示期满 → 结果运用已写出", async () => {
    const wb = await branch();
    expect((await year(wb, "2026-12-01")).state).toBe("未生成");
    await generateYear(wb, { year: Y, generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(await year(wb, "2026-12-01")).toMatchObject({ state: "已生成", generatedOn: "2026-12-01" });
    await publishYear(wb, { year: Y, start: "2026-12-03", generatedAt: "2026-12-01T10:00:00+08:00" });
    expect(await year(wb, "2026-12-01")).toMatchObject({
      state: "公示中",
      publicityNotStarted: true,
      publicity: { start: "2026-12-03", end: "2026-12-09" },
      noticeOn: "2026-12-01",
    });
    expect(await year(wb, "2026-12-09")).toMatchObject({ state: "公示中", publicityNotStarted: false });
    expect((await year(wb, "2026-12-10")).state).toBe("公示期满");
    await finalizeYear(wb, { year: Y, today: "2026-12-10", generatedAt: "2026-12-10T09:00:00+08:00" });
    expect(await year(wb, "2026-12-10")).toMatchObject({ state: "结果运用已写出", finalizedOn: "2026-12-10" });
  });

  it("is 已确定 when the final stars exist without the results usage sheet", async () => {
    const wb = await branch();
    await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-01T10:00:00+08:00" });
    await finalizeYear(wb, { year: Y, today: "2026-12-08", generatedAt: "2026-12-08T09:00:00+08:00" });
    const sheets = await wb.readSheets(stateSheetsToRead({ year: Y }));
    sheets.delete(`${Y} 结果运用`);
    expect(periodState(sheets, { year: Y, today: "2026-12-08" }).year?.state).toBe("已确定");
  });

  it("is 需重新公示 when the results changed after publication, and counts open objections", async () => {
    const wb = await branch([[2026, "P2", "2026-12-02", "得分偏低", "待核查", "", "赵书记"]]);
    await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-01T10:00:00+08:00" });
    expect(await year(wb, "2026-12-03")).toMatchObject({ state: "公示中", openObjections: 1 });
    const r = values(wb, "记实考核").findIndex((row) => row[0] === "2026-05" && row[1] === "P1");
    wb.setCell("记实考核", `D${r + 1}`, 17);
    expect((await year(wb, "2026-12-03")).state).toBe("需重新公示");
    // A finalisation of other inputs no longer stands either.
    expect((await year(wb, "2026-12-20")).state).toBe("需重新公示");
  });

  it("reads the publicity of a log of the earlier version, and a start before its notice as 需重新公示", async () => {
    const wb = await branch();
    await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-01T10:00:00+08:00" });
    await legacyLog(wb);
    expect(await year(wb, "2026-12-05")).toMatchObject({ state: "公示中", publicity: { start: "2026-12-01", end: "2026-12-07" } });
    await legacyLog(wb, (log) => {
      log[log.length - 1][LOG_COLUMNS.note] = "公示 2026-11-20 至 2026-11-26";
    });
    expect((await year(wb, "2026-12-05")).state).toBe("需重新公示");
  });
});
