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
  it("shows the six steps in order, in Chinese, with the first one open", () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "积分评星" })).toBeTruthy();
    const steps = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(steps).toEqual(["1. 建立登记簿", "2. 准备本月", "3. 检查数据", "4. 生成本月评星", "5. 党员大会通过", "6. 设置"]);
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "4. 生成本月评星" }).getAttribute("aria-expanded")).toBe("false");
  });

  it("opens a step from its header and keeps others open (several at once)", () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "4. 生成本月评星" }));
    expect(screen.getByRole("button", { name: "4. 生成本月评星" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("switches to English and back", () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "语言: English" }));
    expect(screen.getByRole("heading", { level: 1, name: "Party Star Register" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "4. Generate the month" })).toBeTruthy();
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
    fireEvent.click(screen.getByRole("button", { name: "4. 生成本月评星" }));
    expect(screen.getByRole("button", { name: "生成本月评星" })).toBeTruthy();
  });

  it("keeps a step's outcome when its section is closed and opened again", async () => {
    const wb = new MemoryWorkbook();
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    fireEvent.click(screen.getByRole("button", { name: "建立登记簿" }));
    await screen.findByText(/已添加 9 张工作表/);
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 9 张工作表/).closest("[hidden]")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 9 张工作表/).closest("[hidden]")).toBeNull();
  });
});
