/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { sampleRegister } from "../../src/sample/sample-branch";
import { CheckStep } from "../../src/taskpane/steps/CheckStep";
import type { WorkbookPort } from "../../src/register/port";
import { renderInPane, sampleWorkbook, sheetValues, slowPort } from "./helpers";

function renderStep(wb: WorkbookPort, lang: "zh-CN" | "en-US" = "zh-CN", month?: string) {
  return renderInPane(<CheckStep />, wb, { lang, month });
}

/** Types a mark that is not a grade into the first November ballot, column F. */
function seedBadMark(wb: MemoryWorkbook): string {
  const r = sheetValues(wb, "民主评议").findIndex((row) => row[0] === "2026-11") + 1;
  wb.setCell("民主评议", `F${r}`, "很好");
  return `民主评议!F${r}`;
}

describe("CheckStep", () => {
  it("says 没有问题 for the clean sample month", async () => {
    renderStep(await sampleWorkbook());
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    expect(await screen.findByText("没有问题，可以生成本月评星。")).toBeTruthy();
  });

  it("lists a seeded error with its severity, place and sentence, and writes nothing", async () => {
    const wb = await sampleWorkbook();
    const place = seedBadMark(wb);
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    expect(await screen.findByText(/发现 1 个错误，0 个警告/)).toBeTruthy();
    const list = screen.getByRole("list", { name: "问题列表" });
    const item = within(list).getAllByRole("listitem")[0];
    expect(within(item).getByRole("img", { name: "错误" })).toBeTruthy();
    expect(item.textContent).toContain(place);
    expect(item.textContent).toContain("评价“很好”无效");
    expect(wb.snapshot()).toEqual(before);
  });

  it("selects the problem's cell when its place is clicked", async () => {
    const wb = await sampleWorkbook();
    const place = seedBadMark(wb);
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    fireEvent.click(await screen.findByRole("button", { name: place }));
    await screen.findByText(/发现 1 个错误/);
    expect(wb.selection).toEqual({ sheet: "民主评议", address: place.split("!")[1] });
  });

  it("names members in the sentences and counts warnings apart from errors", async () => {
    const wb = await sampleWorkbook();
    const r = sheetValues(wb, "记实考核").findIndex((row) => row[0] === "2026-11" && row[1] === "D001") + 1;
    wb.setCell("记实考核", `D${r}`, 25);
    wb.setCell("记实考核", `E${r}`, "");
    wb.setCell("记实考核", `C${r}`, "王建");
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    expect(await screen.findByText(/发现 2 个错误，1 个警告/)).toBeTruthy();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toContain("王建国“学习提高”得分 25 超出范围");
    expect(items[1]).toContain("王建国“争创佳绩”未填写：请填写得分，如确实没有得分请填0。");
    expect(items[2]).toContain("这里写的是“王建”");
  });

  it("links a problem about a sheet's header to the sheet, and offers no link for a sheet that does not exist", async () => {
    const sheets = sampleRegister({ lastMonth: "2026-11" });
    sheets.delete("加减分");
    sheets.set("考核细则", [["代码", "类别", "名称", "满分"]]);
    renderStep(new MemoryWorkbook(sheets));
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    await screen.findByText(/发现 2 个错误/);
    expect(screen.getByRole("button", { name: "考核细则!A1" })).toBeTruthy();
    const missing = screen.getAllByRole("listitem").find((li) => li.textContent?.startsWith("加减分"))!;
    expect(missing.textContent).toContain("缺少工作表");
    expect(within(missing).queryByRole("button")).toBeNull();
  });

  it("reads the pane's month", async () => {
    const wb = await sampleWorkbook();
    seedBadMark(wb);
    renderStep(wb, "zh-CN", "2026-10");
    fireEvent.click(screen.getByRole("button", { name: "检查数据" }));
    expect(await screen.findByText("没有问题，可以生成本月评星。")).toBeTruthy();
  });

  it("speaks English when the pane does", async () => {
    const wb = await sampleWorkbook();
    seedBadMark(wb);
    renderStep(wb, "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText(/Found 1 error and 0 warnings/)).toBeTruthy();
    expect(screen.getByText(/Mark "很好" is not valid/)).toBeTruthy();
  });

  it("ignores a second click while it reads", async () => {
    const slow = slowPort(await sampleWorkbook());
    renderStep(slow.port);
    const button = screen.getByRole("button", { name: "检查数据" });
    fireEvent.click(button);
    fireEvent.click(button);
    slow.release();
    await screen.findByText("没有问题，可以生成本月评星。");
    // The step's one read, and the pane's read of the month's state.
    expect(slow.reads()).toBe(2);
  });
});
