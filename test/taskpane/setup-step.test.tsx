/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { SetupStep } from "../../src/taskpane/steps/SetupStep";
import { renderInPane, sheetValues, slowPort } from "./helpers";

describe("SetupStep", () => {
  it("adds every input sheet to an empty workbook, and a second run changes nothing", async () => {
    const wb = new MemoryWorkbook();
    renderInPane(<SetupStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    expect(await screen.findByText(/已添加 10 张工作表/)).toBeTruthy();
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([
      "设置",
      "人员名册",
      "考核细则",
      "记实考核",
      "加减分",
      "民主评议",
      "承诺记实",
      "点评记录",
      "异议登记",
      "组织生活会",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    expect(await screen.findByText(/输入工作表已齐全/)).toBeTruthy();
  });

  it("fills in the sample branch when asked, ending with the current month", async () => {
    const wb = new MemoryWorkbook();
    renderInPane(<SetupStep />, wb);
    fireEvent.change(screen.getByRole("combobox", { name: "同时填入示例数据" }), { target: { value: "months" } });
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    await screen.findByText(/已添加 10 张工作表/);
    expect(sheetValues(wb, "人员名册")).toHaveLength(26);
    expect(sheetValues(wb, "记实考核").some((r) => r[0] === "2026-11")).toBe(true);
    expect(sheetValues(wb, "记实考核").some((r) => r[0] === "2026-08")).toBe(false);
  });

  it("fills in the sample branch over a whole year when asked, with the year-end appraisal", async () => {
    const wb = new MemoryWorkbook();
    renderInPane(<SetupStep />, wb, { today: "2027-01-15" });
    const choice = screen.getByRole("combobox", { name: "同时填入示例数据" });
    expect(within(choice).getByRole("option", { name: "示例支部：25人，2026年全年数据" })).toBeTruthy();
    fireEvent.change(choice, { target: { value: "year" } });
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    await screen.findByText(/已添加 10 张工作表/);
    const months = new Set(
      sheetValues(wb, "记实考核")
        .slice(1)
        .map((r) => r[0]),
    );
    expect([...months].sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2026-${m}`));
    expect(sheetValues(wb, "民主评议").some((r) => r[0] === "2026")).toBe(true);
  });

  it("never touches an existing sheet", async () => {
    const wb = new MemoryWorkbook(new Map([["人员名册", [["我的名单"]]]]));
    renderInPane(<SetupStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    await screen.findByText(/已添加 9 张工作表；已有的 1 张保持不变/);
    expect(sheetValues(wb, "人员名册")).toEqual([["我的名单"]]);
  });

  it("ignores a second click while it runs", async () => {
    const slow = slowPort(new MemoryWorkbook());
    renderInPane(<SetupStep />, slow.port);
    const button = screen.getByRole("button", { name: "建立登记簿" });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByText("正在处理…")).toBeTruthy();
    await act(async () => slow.release());
    await screen.findByText(/已添加 10 张工作表/);
    // The step's one look at the sheets; the pane reads the period's state before and after.
    expect(slow.reads()).toBe(3);
    expect(slow.writes()).toBe(1);
  });

  it("says what happened and what to do when the workbook refuses the change", async () => {
    const wb = new MemoryWorkbook();
    wb.write = async () => {
      throw new Error("工作簿受保护");
    };
    renderInPane(<SetupStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    expect(await screen.findByText("操作未完成：工作簿受保护。工作簿没有被修改，请检查后重试。")).toBeTruthy();
  });

  it("says plainly that no sample was added to a register that already has sheets", async () => {
    const wb = new MemoryWorkbook(
      new Map([
        [
          "人员名册",
          [
            ["编号", "姓名"],
            ["A1", "我的人"],
          ],
        ],
      ]),
    );
    renderInPane(<SetupStep />, wb);
    fireEvent.change(screen.getByRole("combobox", { name: "同时填入示例数据" }), { target: { value: "months" } });
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    expect(await screen.findByText(/登记簿中已有数据，没有添加示例数据/)).toBeTruthy();
    expect(sheetValues(wb, "记实考核")).toHaveLength(1);
    expect(sheetValues(wb, "人员名册")).toEqual([
      ["编号", "姓名"],
      ["A1", "我的人"],
    ]);
  });
});
