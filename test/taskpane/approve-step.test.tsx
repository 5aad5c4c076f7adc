/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { approveMonth, generateMonth } from "../../src/register/month-workflow";
import { MONTH_COLUMNS } from "../../src/register/render";
import { ApproveStep } from "../../src/taskpane/steps/ApproveStep";
import { TODAY, now, renderInPane, sampleWorkbook, sheetValues } from "./helpers";

function renderStep(wb: MemoryWorkbook, month?: string) {
  return renderInPane(<ApproveStep />, wb, { month });
}

describe("ApproveStep", () => {
  it("defaults to today's date", async () => {
    renderStep(await sampleWorkbook());
    expect((screen.getByLabelText(/党员大会日期/) as HTMLInputElement).value).toBe(TODAY);
  });

  it("records the approval: the month's sheets say 已通过 with the date, and the log keeps it", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText(/2026年11月的评星结果已通过（2026年11月23日党员大会）/)).toBeTruthy();
    expect(screen.getByText(/状态：已通过/)).toBeTruthy();
    const month = sheetValues(wb, "2026-11 评星");
    expect(month.find((r) => r[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("已通过");
    expect(month.some((r) => String(r[0]).includes("状态：已通过（2026年11月23日党员大会通过）"))).toBe(true);
    const log = sheetValues(wb, "生成记录");
    expect(log[log.length - 1]).toEqual(expect.arrayContaining(["党员大会通过", "2026-11", "通过日期 2026-11-23", "approval", "2026-11-23"]));
  });

  it("refuses a month never generated (October), with the reason, writing nothing", async () => {
    const wb = await sampleWorkbook();
    const before = wb.snapshot();
    renderStep(wb, "2026-10");
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText(/2026年10月还没有生成评星结果，党员大会无从通过/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });

  it("refuses a meeting date after today, writing nothing", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.change(screen.getByLabelText(/党员大会日期/), { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText(/通过日期 2026-11-30 晚于今天（2026-11-23）/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });

  it("refuses without a date, writing nothing", async () => {
    const wb = await sampleWorkbook();
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.change(screen.getByLabelText(/党员大会日期/), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText("请选择或填写日期，例如 2026-11-30。")).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });

  it("withdraws an approval with a reason, logged", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    await approveMonth(wb, { period: "2026-11", generatedAt: now(), approvedOn: "2026-11-23" });
    renderStep(wb);
    fireEvent.change(await screen.findByLabelText(/撤销原因/), { target: { value: "会议日期记错" } });
    fireEvent.click(screen.getByRole("button", { name: "确认撤销通过" }));
    expect(await screen.findByText(/已撤销2026年11月的通过/)).toBeTruthy();
    const log = sheetValues(wb, "生成记录");
    expect(log[log.length - 1]).toEqual(expect.arrayContaining(["撤销通过", "撤销 2026-11-23 的通过：会议日期记错", "withdrawal"]));
    expect(sheetValues(wb, "2026-11 评星").find((r) => r[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("拟评");
  });
});
