/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { generateMonth } from "../../src/register/month-workflow";
import { MONTH_COLUMNS } from "../../src/register/render";
import { ApproveStep } from "../../src/taskpane/steps/ApproveStep";
import { TODAY, now, renderInTheme, sampleWorkbook, sheetValues, zh } from "./helpers";

function renderStep(wb: MemoryWorkbook) {
  return renderInTheme(<ApproveStep port={wb} t={zh} lang="zh-CN" today={TODAY} now={now} />);
}

describe("ApproveStep", () => {
  it("defaults to this month and today's date", async () => {
    renderStep(await sampleWorkbook());
    expect((screen.getByRole("combobox", { name: "月份" }) as HTMLSelectElement).value).toBe("2026-11");
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
    expect(log[log.length - 1]).toEqual(expect.arrayContaining(["党员大会通过", "2026-11", "通过日期 2026-11-23"]));
  });

  it("warns about a meeting date after today, and still records it", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.change(screen.getByLabelText(/党员大会日期/), { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText(/1 条警告/)).toBeTruthy();
    expect(screen.getByText(/通过日期 2026-11-30 晚于今天（2026-11-23）/)).toBeTruthy();
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

  it("is blocked by errors like generating, and writes nothing", async () => {
    const wb = await sampleWorkbook();
    const r = sheetValues(wb, "记实考核").findIndex((row) => row[0] === "2026-11") + 1;
    wb.setCell("记实考核", `D${r}`, "优");
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    expect(await screen.findByText(/发现 1 个错误，没有写入任何内容/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });
});
