/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { sampleRegister, sampleYear } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { GenerateStep } from "../../src/taskpane/steps/GenerateStep";
import { NoticesStep } from "../../src/taskpane/steps/NoticesStep";
import { renderInPane, renderInTheme, sheetValues, zh } from "./helpers";

const now = () => "2026-03-02T09:00:00+08:00";

async function workbook(register = sampleYear("2026")): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(register) });
  return wb;
}

describe("NoticesStep (考核办法和承诺公示)", () => {
  it("writes the year's two notices and links to each", async () => {
    const wb = await workbook();
    renderInTheme(<NoticesStep port={wb} t={zh} lang="zh-CN" year="2026" today="2026-03-02" now={now} />);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度考核办法和承诺公示" }));
    expect(await screen.findByText("已生成“2026 考核办法公示”和“2026 承诺公示”，可以打印张贴。")).toBeTruthy();
    expect((await wb.listSheets()).filter((s) => s.ours).map((s) => s.name)).toEqual(["2026 考核办法公示", "2026 承诺公示", "生成记录"]);
    fireEvent.click(screen.getByRole("button", { name: "打开承诺公示" }));
    await screen.findByText(/已生成/);
    expect(wb.selection).toEqual({ sheet: "2026 承诺公示", address: "A1" });
  });

  it("writes nothing when the settings are in error, and links to the cell", async () => {
    const register = sampleYear("2026");
    register.get("设置")!.find((r) => r[0] === "一星级下限")![1] = 99;
    const wb = await workbook(register);
    renderInTheme(<NoticesStep port={wb} t={zh} lang="zh-CN" year="2026" today="2026-03-02" now={now} />);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度考核办法和承诺公示" }));
    expect(await screen.findByText(/没有写入任何内容/)).toBeTruthy();
    expect((await wb.listSheets()).some((s) => s.ours)).toBe(false);
  });
});

describe("GenerateStep's publicity start", () => {
  it("defaults to today and writes the period from the chosen day", async () => {
    const wb = await workbook(sampleRegister({ lastMonth: "2026-11" }));
    renderInPane(<GenerateStep />, wb, { today: "2026-11-28", now: () => "2026-11-28T09:00:00+08:00" });
    const input = screen.getByLabelText("月度公示开始日期") as HTMLInputElement;
    expect(input.value).toBe("2026-11-28");
    fireEvent.change(input, { target: { value: "2026-12-01" } });
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    expect(await screen.findByRole("button", { name: "打开组织生活会记录" })).toBeTruthy();
    const publicity = sheetValues(wb, "2026-11 公示").flat();
    expect(publicity).toContain("公示时间：2026年12月1日至2026年12月5日");
  });
});
