/** @jest-environment jsdom */
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { App } from "../../src/taskpane/App";
import { TODAY, now } from "./helpers";

function renderApp(lang: "zh-CN" | "en-US" = "zh-CN") {
  return render(<App port={new MemoryWorkbook()} initialLang={lang} theme={webLightTheme} today={TODAY} now={now} />);
}

// Fluent's AccordionPanel sets `inert` on a closed panel, which React 18 does not know yet; the App
// hides closed panels itself (the `hidden` wrapper), so the warning is expected and filtered here.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("non-boolean attribute") && args.includes("inert")) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

describe("App", () => {
  it("shows the month's steps and the year's, numbered through, in Chinese, with the first one open", async () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "积分评星" })).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["每月", "每年"]);
    // The year's steps arrive in a chunk of their own, after the first render.
    await screen.findByRole("heading", { level: 3, name: "8. 年度评星" }, { timeout: 15000 });
    const steps = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(steps).toEqual([
      "1. 建立登记簿",
      "2. 准备本月",
      "3. 导入评议结果",
      "4. 检查数据",
      "5. 生成本月评星",
      "6. 党员大会通过",
      "7. 设置",
      "8. 年度评星",
      "9. 年度公示",
      "10. 异议",
      "11. 确定年度星级",
      "12. 打印个人档案",
      "13. 考核办法和承诺公示",
    ]);
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "5. 生成本月评星" }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("button", { name: "8. 年度评星" }).getAttribute("aria-expanded")).toBe("false");
  });

  it.each([
    ["2026-11-23", "2026"],
    ["2027-01-10", "2026"],
    ["2027-02-28", "2026"],
    ["2027-03-01", "2027"],
  ])("on %s the year's steps work on %s", async (today, year) => {
    render(<App port={new MemoryWorkbook()} initialLang="zh-CN" theme={webLightTheme} today={today} now={now} />);
    const picker = await screen.findByRole("combobox", { name: "年度" });
    expect((picker as HTMLSelectElement).value).toBe(year);
  });

  it("opens a step from its header and keeps others open (several at once)", () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "5. 生成本月评星" }));
    expect(screen.getByRole("button", { name: "5. 生成本月评星" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("switches to English and back", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "语言: English" }));
    expect(screen.getByRole("heading", { level: 1, name: "Party Star Register" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "5. Generate the month" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "8. Annual results" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Language: 中文" }));
    expect(screen.getByRole("heading", { level: 1, name: "积分评星" })).toBeTruthy();
  });

  it("starts in English when Office speaks English", () => {
    renderApp("en-US");
    expect(screen.getByRole("heading", { level: 1, name: "Party Star Register" })).toBeTruthy();
  });

  it("hides a closed step from the keyboard and screen readers", () => {
    renderApp();
    expect(screen.queryByRole("button", { name: "生成本月评星" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "5. 生成本月评星" }));
    expect(screen.getByRole("button", { name: "生成本月评星" })).toBeTruthy();
  });

  it("keeps a step's outcome when its section is closed and opened again", async () => {
    const wb = new MemoryWorkbook();
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    await screen.findByText(/已添加 10 张工作表/);
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 10 张工作表/).closest("[hidden]")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 10 张工作表/).closest("[hidden]")).toBeNull();
  });
});
