/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { MONTH_COLUMNS } from "../../src/register/render";
import { GenerateStep } from "../../src/taskpane/steps/GenerateStep";
import type { WorkbookPort } from "../../src/register/port";
import { approveMonth, generateMonth } from "../../src/register/month-workflow";
import { now, renderInPane, sampleWorkbook, sheetValues, slowPort } from "./helpers";

function renderStep(port: WorkbookPort, lang: "zh-CN" | "en-US" = "zh-CN", month?: string) {
  return renderInPane(<GenerateStep />, port, { lang, month });
}

async function ours(wb: MemoryWorkbook) {
  return (await wb.listSheets()).filter((s) => s.ours).map((s) => s.name);
}

describe("GenerateStep", () => {
  it("writes the month's sheets and sums them up: members, the star chart, the status", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    expect(await screen.findByText(/已生成“2026-11 评星”，状态：拟评/)).toBeTruthy();
    expect(screen.getByText(/参加考核 25 人（党员 21 人，党外 4 人）/)).toBeTruthy();
    expect(await ours(wb)).toEqual(["2026-11 评星", "2026-11 公示", "2026-11 组织生活会记录", "生成记录"]);
    const chart = screen.getByRole("img", { name: /^星级分布：/ });
    // The sample's November: 3 + 1 five-star, 2 four-star, … (党员 + 党外).
    expect(chart.getAttribute("aria-label")).toContain("五星级 党员3人、党外1人");
    expect(within(chart).getByText("五星级")).toBeTruthy();
    expect(screen.getByText("没有无星级的人员：每位参加考核的人员都有综合得分。")).toBeTruthy();
    const month = sheetValues(wb, "2026-11 评星");
    expect(month.find((r) => r[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("拟评");
  });

  it("says how many ballots were void under 每票优秀上限, and says nothing of it without a cap", async () => {
    const wb = await sampleWorkbook();
    const row = sheetValues(wb, "设置").findIndex((r) => r[0] === "每票优秀上限") + 1;
    // A cap of 1/25 of the 25 assessed: at most one 优秀 per ballot.
    wb.setCell("设置", `B${row}`, "1/25");
    const view = renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    const line = await screen.findByTestId("void-ballots");
    const voided = sheetValues(wb, "民主评议").filter((r) => r[0] === "2026-11" && r.filter((v) => v === "优秀").length > 1).length;
    const total = sheetValues(wb, "民主评议").filter((r) => r[0] === "2026-11").length;
    expect(voided).toBeGreaterThan(0);
    expect(line.textContent).toBe(`评议票 ${total} 张，其中废票 ${voided} 张（每票评为优秀的不超过 1 人）。`);
    view.unmount();
    wb.setCell("设置", `B${row}`, "无");
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    await screen.findByText(/已生成“2026-11 评星”/);
    expect(screen.queryByTestId("void-ballots")).toBeNull();
  });

  it("lists who has no star, by reason", async () => {
    const wb = await sampleWorkbook();
    // In the sample's first month 高峰 is exempt (长期病假) and 梁晓东 had not yet transferred in.
    renderStep(wb, "zh-CN", "2026-09");
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    expect(await screen.findByText("不参评：高峰")).toBeTruthy();
    expect(screen.getByText(/参加考核 24 人/)).toBeTruthy();
  });

  it("opens the new sheets", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    fireEvent.click(await screen.findByRole("button", { name: "打开评星表" }));
    await screen.findByText(/已生成/);
    expect(wb.selection).toEqual({ sheet: "2026-11 评星", address: "A1" });
    fireEvent.click(screen.getByRole("button", { name: "打开公示表" }));
    await screen.findByText(/已生成/);
    expect(wb.selection).toEqual({ sheet: "2026-11 公示", address: "A1" });
  });

  it("writes nothing when errors block it, and lists them with links", async () => {
    const wb = await sampleWorkbook();
    const r = sheetValues(wb, "民主评议").findIndex((row) => row[0] === "2026-11") + 1;
    wb.setCell("民主评议", `G${r}`, "很好");
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    expect(await screen.findByText(/发现 1 个错误，没有写入任何内容/)).toBeTruthy();
    expect(wb.snapshot()).toEqual(before);
    fireEvent.click(screen.getByRole("button", { name: `民主评议!G${r}` }));
    await screen.findByText(/发现 1 个错误/);
    expect(wb.selection).toEqual({ sheet: "民主评议", address: `G${r}` });
  });

  it("shows what it is doing while it works, and ignores a second click", async () => {
    const slow = slowPort(await sampleWorkbook());
    renderStep(slow.port);
    const button = screen.getByRole("button", { name: "生成本月评星" });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByText("正在读取工作簿…")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await act(async () => slow.release());
    await screen.findByText(/已生成“2026-11 评星”/);
    // One read by the step; the pane reads the month's state before and after.
    expect(slow.reads()).toBe(3);
    expect(slow.writes()).toBe(1);
  });

  it("tells the user when a sheet of that name is a person's own", async () => {
    const wb = await sampleWorkbook();
    await wb.write({ inputSheets: [{ name: "2026-11 公示", values: [["我自己的公示"]] }] });
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    expect(await screen.findByText(/工作表“2026-11 公示”不是本插件生成的/)).toBeTruthy();
    expect(sheetValues(wb, "2026-11 公示")).toEqual([["我自己的公示"]]);
  });

  it("sums up in English", async () => {
    renderStep(await sampleWorkbook(), "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    expect(await screen.findByText(/25 people assessed \(21 party members, 4 non-party\)/)).toBeTruthy();
    expect(screen.getByRole("img", { name: /^Stars: 5 stars: 3 party members, 1 non-party/ })).toBeTruthy();
  });

  it("names 未评星 (a composite below one star) apart from 无星级 (no composite)", async () => {
    const wb = await sampleWorkbook();
    // 周强's November record drops to 30 points: a composite far below the one-star threshold.
    const r = sheetValues(wb, "记实考核").findIndex((row) => row[0] === "2026-11" && row[1] === "D013") + 1;
    for (const column of ["D", "E", "F", "G", "H"]) wb.setCell("记实考核", `${column}${r}`, 6);
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    const below = await screen.findByTestId("below-threshold");
    expect(below.textContent).toMatch(/^未评星（综合得分低于一星级分数线）：/);
    expect(within(screen.getByTestId("unscored")).getByText("没有无星级的人员：每位参加考核的人员都有综合得分。")).toBeTruthy();
  });

  it("names why a member has no star from the scheme's code, in the pane's language", async () => {
    const wb = await sampleWorkbook();
    // 马超 (D013) is exempt in November (不参评 = 是): no composite, for a reason the pane names in English.
    const rows = sheetValues(wb, "记实考核");
    const column = rows[0].indexOf("不参评");
    const r = rows.findIndex((row) => row[0] === "2026-11" && row[1] === "D013") + 1;
    wb.setCell("记实考核", `${String.fromCharCode(65 + column)}${r}`, "是");
    renderStep(wb, "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Generate" }));
    expect((await screen.findByTestId("unscored")).textContent).toContain("Exempt (不参评): 马超");
  });

  it("asks before regenerating an approved month whose data changed, and drops the approval only when confirmed", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: now() });
    await approveMonth(wb, { period: "2026-11", generatedAt: now(), approvedOn: "2026-11-23" });
    const r = sheetValues(wb, "记实考核").findIndex((row) => row[0] === "2026-11" && row[1] === "D003") + 1;
    wb.setCell("记实考核", `D${r}`, 10);
    const before = wb.snapshot();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    const question = await screen.findByRole("alertdialog", { name: "重新生成将撤销党员大会的通过" });
    expect(question.textContent).toContain("本月结果已于2026年11月23日经党员大会通过，之后数据有改动");
    expect(wb.snapshot()).toEqual(before);
    fireEvent.click(within(question).getByRole("button", { name: "取消" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(wb.snapshot()).toEqual(before);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "撤销通过并重新生成" }));
    expect(await screen.findByText(/已生成“2026-11 评星”，状态：拟评/)).toBeTruthy();
    const log = sheetValues(wb, "生成记录");
    expect(log.slice(-2).map((row) => row[8])).toEqual(["approvalDropped", "monthly"]);
  });

  it("clears its summary when the workbook changes afterwards", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.click(screen.getByRole("button", { name: "生成本月评星" }));
    await screen.findByText(/已生成“2026-11 评星”/);
    act(() => wb.setCell("记实考核", "D2", 10));
    expect(screen.queryByText(/已生成“2026-11 评星”/)).toBeNull();
  });
});
