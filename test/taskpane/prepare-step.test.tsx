/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { sampleRegister } from "../../src/sample/sample-branch";
import { PrepareStep } from "../../src/taskpane/steps/PrepareStep";
import { renderInPane, sampleWorkbook, sheetValues } from "./helpers";

function renderStep(wb: MemoryWorkbook, month?: string) {
  return renderInPane(<PrepareStep />, wb, { month });
}

describe("PrepareStep", () => {
  it("has no month picker of its own: it works on the pane's month", async () => {
    renderStep(await sampleWorkbook("2026-10"));
    expect(screen.queryByRole("combobox", { name: "月份" })).toBeNull();
  });

  it("appends a 记实考核 row per member and says how many, leaving the earlier rows alone", async () => {
    const wb = await sampleWorkbook("2026-10");
    const before = sheetValues(wb, "记实考核");
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    expect(await screen.findByText(/已在“记实考核”中添加 25 行/)).toBeTruthy();
    const after = sheetValues(wb, "记实考核");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => r.slice(0, 3))).toContainEqual(["2026-11", "D001", "王建国"]);
    fireEvent.click(screen.getByRole("button", { name: "打开记实考核" }));
    await screen.findByText(/已在“记实考核”中添加 25 行/);
    expect(wb.selection).toEqual({ sheet: "记实考核", address: `A${before.length + 1}` });
  });

  it("says there is nothing to do when the month is already prepared, and changes nothing", async () => {
    const wb = await sampleWorkbook("2026-11");
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    expect(await screen.findByText(/都已齐全，没有改动/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });

  it("prepares the pane's month", async () => {
    const wb = await sampleWorkbook("2026-11");
    renderStep(wb, "2026-12");
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    await screen.findByText(/添加 25 行/);
    expect(sheetValues(wb, "记实考核").filter((r) => r[0] === "2026-12")).toHaveLength(25);
  });

  it("adds the ballot column of a newly transferred-in member", async () => {
    const wb = await sampleWorkbook("2026-11");
    const row = sheetValues(wb, "人员名册").length + 1;
    ["D026", "周新", "党员"].forEach((v, c) => wb.setCell("人员名册", `${"ABC"[c]}${row}`, v));
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    expect(await screen.findByText(/已在“民主评议”中添加 1 列：周新/)).toBeTruthy();
    expect(sheetValues(wb, "民主评议")[0]).toContain("周新");
  });

  it("makes the paper ballot when asked and opens it", async () => {
    const wb = await sampleWorkbook("2026-11");
    renderStep(wb);
    fireEvent.click(screen.getByRole("checkbox", { name: /纸质评议票/ }));
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    expect(await screen.findByText(/已生成“2026-11 评议票”/)).toBeTruthy();
    expect(sheetValues(wb, "2026-11 评议票")[0][0]).toContain("民主评议票");
    fireEvent.click(screen.getByRole("button", { name: "打开评议票" }));
    await screen.findByText(/已生成“2026-11 评议票”/);
    expect(wb.selection).toEqual({ sheet: "2026-11 评议票", address: "A1" });
  });

  it("refuses without the 记实考核 sheet, writing nothing, and says why", async () => {
    const sheets = sampleRegister({ lastMonth: "2026-10" });
    sheets.delete("记实考核");
    const wb = new MemoryWorkbook(sheets);
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "准备本月" }));
    expect(await screen.findByText(/无法准备本月/)).toBeTruthy();
    expect(screen.getByText(/缺少工作表。请用“建立登记簿”添加/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
  });
});
