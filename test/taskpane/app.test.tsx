/** @jest-environment jsdom */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { App } from "../../src/taskpane/App";
import { approveMonth, generateMonth } from "../../src/register/month-workflow";
import { TODAY, now, sampleWorkbook } from "./helpers";

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

/** The sample with October closed (generated and approved), so that November is the month being closed on TODAY. */
async function sampleWithOctoberClosed(): Promise<MemoryWorkbook> {
  const wb = await sampleWorkbook();
  await generateMonth(wb, { period: "2026-10", generatedAt: now() });
  await approveMonth(wb, { period: "2026-10", generatedAt: now(), approvedOn: TODAY });
  return wb;
}

/** The state view loads in a chunk of its own after the first render: slow under a loaded CI machine. */
const LOAD = { timeout: 20000 };
// Two chunks (the year's steps and the state view) load in a test: room for a loaded machine.
jest.setTimeout(90_000);

describe("App", () => {
  it("shows the month's steps and the year's, numbered through, in Chinese, opening 建立登记簿 in an empty workbook", async () => {
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
    await waitFor(() => expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true"), LOAD);
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

  it("opens a step from its header and keeps others open (several at once)", async () => {
    renderApp();
    await waitFor(() => expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true"), LOAD);
    fireEvent.click(screen.getByRole("button", { name: "5. 生成本月评星" }));
    expect(screen.getByRole("button", { name: "5. 生成本月评星" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("switches to English and back", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "语言: English" }));
    expect(screen.getByRole("heading", { level: 1, name: "Party Star Register" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "5. Generate the month" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "8. Annual results" }, LOAD)).toBeTruthy();
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
    fireEvent.click(await screen.findByRole("button", { name: "建立登记簿" }, LOAD));
    await screen.findByText(/已添加 10 张工作表/);
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 10 张工作表/).closest("[hidden]")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "1. 建立登记簿" }));
    expect(screen.getByText(/已添加 10 张工作表/).closest("[hidden]")).toBeNull();
  });

  it("opens at the month being closed: the previous month while it has inputs and is not approved", async () => {
    render(<App port={await sampleWorkbook()} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    // On 23 November the sample's October has inputs and is not generated: October is being closed.
    expect((await screen.findByTestId("month-state", {}, LOAD)).textContent).toBe("2026年10月：可以生成");
    expect((screen.getByRole("combobox", { name: "月份" }) as HTMLSelectElement).value).toBe("2026-10");
  });

  it("opens at November on 4 December while November is generated and not approved, and at December once it is", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    const first = render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today="2026-12-04" now={now} />);
    await waitFor(() => expect(screen.getByTestId("month-state").textContent).toMatch(/^2026年11月：已生成/), LOAD);
    first.unmount();
    await approveMonth(wb, { period: "2026-11", generatedAt: "2026-12-04T10:00:00+08:00", approvedOn: "2026-12-04" });
    // December has no inputs, November is approved: nothing is open, so the current month.
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today="2026-12-04" now={now} />);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "月份" }) as HTMLSelectElement).value).toBe("2026-12"), LOAD);
    expect((await screen.findByTestId("month-state", {}, LOAD)).textContent).toMatch(/^2026年12月/);
  });

  it("shows where the month and the year stand, opens the next step, and follows each step", async () => {
    const wb = await sampleWithOctoberClosed();
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    // The sample month is prepared and its data have no error: a clean check is a state, and generation is next.
    expect((await screen.findByTestId("month-state", {}, LOAD)).textContent).toBe("2026年11月：可以生成");
    expect(screen.getByTestId("year-state").textContent).toBe("2026年度：未生成");
    await waitFor(() => expect(screen.getByRole("button", { name: "5. 生成本月评星" }).getAttribute("aria-expanded")).toBe("true"), LOAD);
    expect(screen.getByRole("button", { name: "1. 建立登记簿" }).getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByTestId("status-check").textContent).toBe("已完成：数据无错误");
    expect(screen.getByTestId("status-approve").textContent).toBe("尚不能：请先生成本月评星");
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    await waitFor(() => expect(screen.getByTestId("month-state").textContent).toBe("2026年11月：已生成 · 待党员大会通过 · 公示中（至11月27日）"), LOAD);
    expect(screen.getByTestId("status-generate").textContent).toBe("已完成：已生成（2026年11月23日）");
    expect(screen.getByTestId("status-approve").textContent).toBe("下一步");
  });

  it("opens 党员大会通过 for a generated month, and clears messages when the chosen month changes", async () => {
    const wb = await sampleWithOctoberClosed();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    await waitFor(() => expect(screen.getByRole("button", { name: "6. 党员大会通过" }).getAttribute("aria-expanded")).toBe("true"), LOAD);
    fireEvent.click(screen.getByRole("button", { name: "记录通过" }));
    await screen.findByText(/2026年11月的评星结果已通过/);
    await waitFor(() => expect(screen.getByTestId("month-state").textContent).toBe("2026年11月：已通过（11月23日党员大会） · 公示中（至11月27日）"), LOAD);
    fireEvent.change(screen.getByRole("combobox", { name: "月份" }), { target: { value: "2026-09" } });
    expect(screen.queryByText(/2026年11月的评星结果已通过/)).toBeNull();
    await waitFor(() => expect(screen.getByTestId("month-state").textContent).toBe("2026年9月：可以生成"), LOAD);
  });

  it("opens the next step of a month chosen, closing the step finished for the month before", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    render(<App port={wb} initialLang="zh-CN" theme={webLightTheme} today={TODAY} now={now} />);
    // Headers found by their text: a role query over the whole pane is slow on a loaded machine.
    const expanded = (heading: string) => screen.getByText(heading).closest("button")?.getAttribute("aria-expanded");
    // The pane opens at October (being closed: prepared and clean, not generated): 生成本月评星 is next.
    await waitFor(() => expect(expanded("5. 生成本月评星")).toBe("true"), LOAD);
    fireEvent.change(screen.getByRole("combobox", { name: "月份" }), { target: { value: "2026-11" } });
    // November is generated: 党员大会通过 is next; 生成本月评星 was October's.
    await waitFor(() => expect(expanded("6. 党员大会通过")).toBe("true"), LOAD);
    expect(expanded("5. 生成本月评星")).toBe("false");
  });

  it("shows an approved month's state from the register alone, as any copy of the workbook would", async () => {
    const wb = await sampleWithOctoberClosed();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    await approveMonth(wb, { period: "2026-11", generatedAt: now(), approvedOn: "2026-11-23" });
    render(<App port={wb} initialLang="en-US" theme={webLightTheme} today={TODAY} now={now} />);
    expect((await screen.findByTestId("month-state", {}, LOAD)).textContent).toBe(
      "November 2026: approved (members' meeting of November 23) · in publicity (until November 27)",
    );
    await act(async () => wb.setCell("记实考核", "D2", 1));
  });
});
