/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { CellValue } from "../../src/register/cells";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { publishYear } from "../../src/register/year-workflow";
import { ArchiveStep } from "../../src/taskpane/steps/ArchiveStep";
import { FinalizeStep } from "../../src/taskpane/steps/FinalizeStep";
import { ObjectionsStep } from "../../src/taskpane/steps/ObjectionsStep";
import { YearGenerateStep } from "../../src/taskpane/steps/YearGenerateStep";
import { YearPublishStep } from "../../src/taskpane/steps/YearPublishStep";
import YearSection from "../../src/taskpane/YearSection";
import { fourMemberBranch, sampleYear, settingsSheet, type Register } from "../register/year-sample";
import type { WorkbookPort } from "../../src/register/port";
import { renderInPane, sheetValues, slowPort } from "./helpers";

const Y = "2026";
const now = () => "2026-12-28T09:00:00+08:00";

/** Three 党员 (甲 90, 乙 80, 丙 70 every month) and a 党外 (丁 85), as in the year workflow's tests. */
function branch(objections: CellValue[][] = []): Register {
  return fourMemberBranch(Y, objections);
}

async function workbook(register: Register = branch()): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(register) });
  return wb;
}

/** Publicity from 2026-12-28 (7 days: ends 2027-01-03), done beforehand. */
async function published(register?: Register): Promise<MemoryWorkbook> {
  const wb = await workbook(register);
  expect((await publishYear(wb, { year: Y, start: "2026-12-28", generatedAt: now() })).blocked).toBe(false);
  return wb;
}

const names = async (wb: MemoryWorkbook) => (await wb.listSheets()).map((s) => s.name);
const state = (wb: MemoryWorkbook) => JSON.stringify(wb.snapshot().map((s) => [s.name, s.values]));
/** Renders a year step in the pane's context: the year 2026, today and the language as given. */
const renderYear = (ui: React.ReactElement, port: WorkbookPort, today = "2026-12-28", lang: "zh-CN" | "en-US" = "zh-CN") =>
  renderInPane(ui, port, { today, lang, year: Y, now });

describe("YearGenerateStep (年度评星)", () => {
  it("writes `2026 年度评星` and sums it up: members, the proposed stars, the link", async () => {
    const wb = await workbook();
    renderYear(<YearGenerateStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度评星" }));
    expect(await screen.findByText(/已生成“2026 年度评星”，状态：拟评（尚未公示）。/)).toBeTruthy();
    expect(screen.getByText(/参加年度考核 4 人（党员 3 人，党外 1 人）/)).toBeTruthy();
    // 甲 93.0 四星级; 乙 80 × 0.7 + 85 × 0.3 …; the chart reads out every star.
    expect(screen.getByRole("img", { name: /^星级分布：五星级/ })).toBeTruthy();
    expect(screen.getByText("每个人都有年度得分，没有需要标注的情况。")).toBeTruthy();
    expect((await wb.listSheets()).filter((s) => s.ours).map((s) => s.name)).toEqual(["2026 年度评星", "生成记录"]);
    fireEvent.click(screen.getByRole("button", { name: "打开年度评星表" }));
    await screen.findByText(/已生成/);
    expect(wb.selection).toEqual({ sheet: "2026 年度评星", address: "A1" });
    expect(screen.getByText("下一步：生成年度公示（不少于7天）。")).toBeTruthy();
  });

  it("says how many year-end ballots were void under 每票优秀上限", async () => {
    // Four assessed in December, 1/4: at most one 优秀 per ballot; each year-end ballot rates two.
    const register = branch();
    register.set("设置", settingsSheet({ 每票优秀上限: "1/4" }));
    renderYear(<YearGenerateStep />, await workbook(register));
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度评星" }));
    expect((await screen.findByTestId("void-ballots")).textContent).toBe("年度民主评议票 3 张，其中废票 3 张（每票评为优秀的不超过 1 人）。");
  });

  it("flags the members whose year needs a look: the monthly-mean appraisal, a year of exemption", async () => {
    const wb = await workbook(sampleYear(Y));
    renderYear(<YearGenerateStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度评星" }));
    await screen.findByText(/参加年度考核 25 人（党员 21 人，党外 4 人）/);
    // 韩磊 has no year-end mark in the sample: his annual appraisal is the monthly mean.
    expect(within(screen.getByTestId("year-flags")).getByText("按月度评议均值（没有年度评议票）：韩磊")).toBeTruthy();
  });

  it("over a register that starts in October: says which months it covers, and groups the warnings of those months only", async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-12" })) });
    renderYear(<YearGenerateStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度评星" }));
    expect((await screen.findByTestId("year-covers")).textContent).toBe(
      "本年度结果依据2026年10月至2026年12月的数据（共3个月）；此前的月份没有数据，不作提醒。",
    );
    expect(screen.getByText("50 条警告（不影响生成）")).toBeTruthy();
    const list = screen.getByRole("list", { name: "问题列表" });
    const lines = within(list).getAllByRole("listitem");
    expect(lines).toHaveLength(2);
    expect(lines[0].textContent).toContain("同类共 25 处");
    expect(list.textContent).not.toMatch(/本月/);
    // The full list opens from the group's line.
    fireEvent.click(within(lines[0]).getByRole("button", { name: /25/ }));
    expect(within(lines[0]).getAllByRole("listitem")).toHaveLength(25);
  });

  it("writes nothing when errors block it, and links each to its cell", async () => {
    const register = branch();
    const record = register.get("记实考核")!;
    const r = record.findIndex((row) => row[0] === "2026-03" && row[1] === "P2");
    record[r][3] = "十八";
    const wb = await workbook(register);
    const before = state(wb);
    renderYear(<YearGenerateStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度评星" }));
    expect(await screen.findByText(/发现 1 个错误，没有写入任何内容/)).toBeTruthy();
    expect(state(wb)).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: `记实考核!D${r + 1}` }));
    await screen.findByText(/发现 1 个错误/);
    expect(wb.selection).toEqual({ sheet: "记实考核", address: `D${r + 1}` });
  });

  it("shows the phase while it works, and ignores a second click", async () => {
    const slow = slowPort(await workbook());
    renderYear(<YearGenerateStep />, slow.port);
    const button = screen.getByRole("button", { name: "生成2026年度评星" });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.getByText("正在读取工作簿…")).toBeTruthy();
    await act(async () => slow.release());
    await screen.findByText(/已生成“2026 年度评星”/);
    // The step's one read; the pane reads the period's state before and after.
    expect(slow.reads()).toBe(3);
    expect(slow.writes()).toBe(1);
  });
});

describe("YearPublishStep (年度公示)", () => {
  it("shows the period the settings give before it runs, then writes the publicity and says when the stars can be fixed", async () => {
    const wb = await workbook();
    renderYear(<YearPublishStep open />, wb);
    const start = screen.getByLabelText(/公示开始日期/) as HTMLInputElement;
    expect(start.value).toBe("2026-12-28");
    expect(await screen.findByText("公示时间：2026年12月28日至2027年1月3日（共 7 天，按“设置”中的“年度公示天数”）")).toBeTruthy();
    fireEvent.change(start, { target: { value: "2026-12-30" } });
    expect(screen.getByText(/公示时间：2026年12月30日至2027年1月5日（共 7 天/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度公示" }));
    expect(
      await screen.findByText(
        /已生成“2026 年度公示”，可以打印张贴。公示时间：2026年12月30日至2027年1月5日，共 7 天。公示到2027年1月5日结束，2027年1月6日起可以确定年度星级。/,
      ),
    ).toBeTruthy();
    expect(await names(wb)).toEqual(expect.arrayContaining(["2026 年度评星", "2026 年度公示"]));
    expect(sheetValues(wb, "2026 年度公示").flat()).toContain("公示时间：2026年12月30日至2027年1月5日");
    fireEvent.click(screen.getByRole("button", { name: "打开年度公示表" }));
    await screen.findByText(/已生成“2026 年度公示”/);
    expect(wb.selection).toEqual({ sheet: "2026 年度公示", address: "A1" });
  });

  it("counts the days from the settings (10 days here)", async () => {
    const register = branch();
    register.set("设置", settingsSheet({ 年度公示天数: 10 }));
    renderYear(<YearPublishStep open />, await workbook(register));
    expect(await screen.findByText(/公示时间：2026年12月28日至2027年1月6日（共 10 天/)).toBeTruthy();
  });

  it("refuses a publicity shorter than 7 days, saying why, and writes nothing", async () => {
    const register = branch();
    register.set("设置", settingsSheet({ 年度公示天数: 5 }));
    const wb = await workbook(register);
    const before = state(wb);
    renderYear(<YearPublishStep open />, wb);
    expect(await screen.findByText("“设置”中的“年度公示天数”为 5，少于7天：请先在“设置”中改正。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度公示" }));
    expect(await screen.findByText(/发现 1 个错误，没有写入任何内容/)).toBeTruthy();
    expect(screen.getByText(/年度公示天数不得少于7天，现为“5”/)).toBeTruthy();
    expect(state(wb)).toBe(before);
  });

  it("refuses a start before the notice exists (today), saying why, and writes nothing", async () => {
    const wb = await workbook();
    const before = state(wb);
    renderYear(<YearPublishStep open />, wb);
    fireEvent.change(screen.getByLabelText(/公示开始日期/), { target: { value: "2026-12-20" } });
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度公示" }));
    expect(await screen.findByText(/公示开始日期 2026-12-20 早于公示表生成的日期（2026-12-28）/)).toBeTruthy();
    expect(state(wb)).toBe(before);
  });

  it("asks for a date instead of running without one", async () => {
    const wb = await workbook();
    const before = state(wb);
    renderYear(<YearPublishStep open />, wb);
    fireEvent.change(screen.getByLabelText(/公示开始日期/), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "生成2026年度公示" }));
    expect(await screen.findByText("请选择或填写日期，例如 2026-12-01。")).toBeTruthy();
    expect(state(wb)).toBe(before);
  });
});

describe("ObjectionsStep (异议)", () => {
  it("lists the open objections, each selecting its row, and writes nothing", async () => {
    const wb = await published(
      branch([
        [2026, "P2", "2026-12-30", "得分偏低", "待核查", "", ""],
        [2026, "P1", "2026-12-29", "漏记加分", "不属实", "", "赵书记"],
      ]),
    );
    const before = state(wb);
    renderYear(<ObjectionsStep />, wb, "2027-01-02");
    fireEvent.click(screen.getByRole("button", { name: "查看异议" }));
    expect(await screen.findByText("本年度共登记 2 条异议，其中 1 条尚待核查：核查完毕后才能确定年度星级。")).toBeTruthy();
    expect(screen.getByText("公示时间：2026年12月28日至2027年1月3日。")).toBeTruthy();
    const open = screen.getAllByTestId("open-objection");
    expect(open).toHaveLength(1);
    expect(open[0].textContent).toBe("异议登记!B2乙（P2），2026年12月30日收到：得分偏低");
    fireEvent.click(within(open[0]).getByRole("button", { name: "异议登记!B2" }));
    await screen.findByText(/其中 1 条尚待核查/);
    expect(wb.selection).toEqual({ sheet: "异议登记", address: "B2" });
    expect(state(wb)).toBe(before);
  });

  it("says when nothing is open, and when the year has no publicity yet", async () => {
    const wb = await workbook();
    renderYear(<ObjectionsStep />, wb);
    fireEvent.click(screen.getByRole("button", { name: "查看异议" }));
    expect(await screen.findByText("本年度没有登记异议。")).toBeTruthy();
    expect(screen.getByText("2026年度还没有生成年度公示。")).toBeTruthy();
  });

  it("shows what is wrong with an objection (a star adjusted without 属实)", async () => {
    const wb = await published(branch([[2026, "P2", "2026-12-30", "得分偏低", "不属实", 3, "赵书记"]]));
    renderYear(<ObjectionsStep />, wb, "2027-01-05");
    fireEvent.click(screen.getByRole("button", { name: "查看异议" }));
    expect(await screen.findByText("异议登记中有 1 个问题")).toBeTruthy();
    expect(screen.getByText(/只有核查结果为“属实”时才能调整星级，现为“不属实”/)).toBeTruthy();
  });
});

describe("FinalizeStep (确定年度星级)", () => {
  it("is refused before the period ends, giving the earliest date, and changes nothing", async () => {
    const wb = await published();
    const before = state(wb);
    renderYear(<FinalizeStep />, wb, "2027-01-03");
    expect(screen.getByText("按今天（2027年1月3日）判断公示期是否已满。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "确定2026年度星级" }));
    expect(await screen.findByText("现在还不能确定2026年度星级，工作簿没有改动：")).toBeTruthy();
    expect(screen.getByText("公示期到 2027-01-03 才结束，2027-01-04 起才能确定年度星级（今天是 2027-01-03）。")).toBeTruthy();
    expect(state(wb)).toBe(before);
  });

  it("is refused while an objection is 待核查, linking to it, and changes nothing", async () => {
    const wb = await published(branch([[2026, "P2", "2026-12-30", "得分偏低", "待核查", "", ""]]));
    const before = state(wb);
    renderYear(<FinalizeStep />, wb, "2027-01-04");
    fireEvent.click(screen.getByRole("button", { name: "确定2026年度星级" }));
    expect(await screen.findByText("乙的异议（2026-12-30 收到）尚待核查，核查后才能确定年度星级。")).toBeTruthy();
    expect(screen.queryByText(/公示期到/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "异议登记!B2" }));
    await screen.findByText(/尚待核查/);
    expect(wb.selection).toEqual({ sheet: "异议登记", address: "B2" });
    expect(state(wb)).toBe(before);
  });

  it("is refused without a publicity, saying to publicise first", async () => {
    const wb = await workbook();
    renderYear(<FinalizeStep />, wb, "2027-01-10");
    fireEvent.click(screen.getByRole("button", { name: "确定2026年度星级" }));
    expect(await screen.findByText(/2026年度还没有生成年度公示，无法确定年度星级：请先生成年度公示/)).toBeTruthy();
    expect(await names(wb)).not.toContain("2026 年度星级");
  });

  it("after the period, with the objections handled, writes the final stars, results usage and archive and sums them up", async () => {
    const wb = await published(branch([[2026, "P3", "2026-12-29", "漏记加分", "属实", 1, "赵书记"]]));
    renderYear(<FinalizeStep />, wb, "2027-01-05");
    fireEvent.click(screen.getByRole("button", { name: "确定2026年度星级" }));
    expect(
      await screen.findByText(/已确定2026年度星级（确定日期：2027年1月5日）。已写入“2026 年度星级”“2026 结果运用”“2026 档案”。其中 1 人的星级经异议核查调整。/),
    ).toBeTruthy();
    expect(await names(wb)).toEqual(expect.arrayContaining(["2026 年度星级", "2026 结果运用", "2026 档案"]));
    expect(within(screen.getByTestId("candidates")).getByText("甲（四星级）")).toBeTruthy();
    expect(within(screen.getByTestId("admonishments")).getByText("没有需要戒勉谈话的党员。")).toBeTruthy();
    expect(screen.getByText("党外人员 1 人的年度结果已列入“结果运用”，供年度个人目标考核使用。")).toBeTruthy();
    for (const [button, sheet] of [
      ["打开年度星级表", "2026 年度星级"],
      ["打开结果运用表", "2026 结果运用"],
      ["打开档案", "2026 档案"],
    ]) {
      fireEvent.click(screen.getByRole("button", { name: button }));
      await screen.findByText(/已确定/);
      expect(wb.selection).toEqual({ sheet, address: "A1" });
    }
  });

  it("lists a 党员 without a star for an admonishment talk, with the deadline", async () => {
    const wb = await published();
    renderYear(<FinalizeStep />, wb, "2027-01-31");
    fireEvent.click(screen.getByRole("button", { name: "确定2026年度星级" }));
    expect(await screen.findByText("丙：整改期限至2027年4月30日")).toBeTruthy();
    expect(within(screen.getByTestId("admonishments")).getByRole("heading", { name: "戒勉谈话（1人）" })).toBeTruthy();
  });

  it("says why in English too", async () => {
    const wb = await published();
    renderYear(<FinalizeStep />, wb, "2027-01-03", "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Fix the 2026 stars" }));
    expect(await screen.findByText("The 2026 stars cannot be fixed yet; the workbook was not changed:")).toBeTruthy();
  });
});

describe("ArchiveStep (打印个人档案)", () => {
  it("prints a member's archive alone, saying the final star is not fixed yet", async () => {
    const wb = await workbook();
    renderYear(<ArchiveStep open />, wb);
    const member = await screen.findByRole("combobox", { name: "人员" });
    expect(
      within(member)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["甲（P1）", "乙（P2）", "丙（P3）", "丁（N1）"]);
    fireEvent.change(member, { target: { value: "P3" } });
    fireEvent.click(screen.getByRole("button", { name: "生成个人档案" }));
    expect(await screen.findByText("已生成“2026 档案-丙”，可以单独打印。年度星级尚未确定，档案中注明“尚未确定”。")).toBeTruthy();
    expect(sheetValues(wb, "2026 档案-丙").flat()).toContain("最终星级：尚未确定（公示期满、异议核查完毕后确定）");
    fireEvent.click(screen.getByRole("button", { name: "打开个人档案" }));
    await screen.findByText(/已生成/);
    expect(wb.selection).toEqual({ sheet: "2026 档案-丙", address: "A1" });
  });

  it("names the final star once the year is finalised", async () => {
    const wb = await published();
    const { finalizeYear } = await import("../../src/register/year-workflow");
    await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: now() });
    renderYear(<ArchiveStep open />, wb);
    fireEvent.click(await screen.findByRole("button", { name: "生成个人档案" }));
    expect(await screen.findByText("已生成“2026 档案-甲”，可以单独打印。最终星级：四星级。")).toBeTruthy();
  });

  it("refuses a member without an assessment in the year, saying why", async () => {
    const register = branch();
    register.get("人员名册")!.push(["P9", "新人", "党员", "", "", "2027-01-05", "", ""]);
    const wb = await workbook(register);
    renderYear(<ArchiveStep open />, wb);
    fireEvent.change(await screen.findByRole("combobox", { name: "人员" }), { target: { value: "P9" } });
    fireEvent.click(screen.getByRole("button", { name: "生成个人档案" }));
    expect(await screen.findByText(/编号“P9”在2026年度没有考核记录，无法生成其档案/)).toBeTruthy();
  });

  it("says so when the roster is empty", async () => {
    renderYear(<ArchiveStep open />, new MemoryWorkbook());
    expect(await screen.findByText(/人员名册中没有人员/)).toBeTruthy();
  });
});

describe("YearSection", () => {
  it("works on the pane's year in every step, with no picker of its own", async () => {
    // Fluent's AccordionPanel sets `inert` on a closed panel, which React 18 does not know yet (see app.test.tsx).
    const consoleError = console.error;
    const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === "string" && args[0].includes("non-boolean attribute") && args.includes("inert")) return;
      consoleError(...args);
    });
    renderInPane(<YearSection first={8} />, await workbook(), { today: "2027-01-10", year: "2025", now });
    spy.mockRestore();
    expect(screen.queryByRole("combobox", { name: "年度" })).toBeNull();
    expect(screen.getByRole("button", { name: "生成2025年度评星", hidden: true })).toBeTruthy();
    expect(screen.getByRole("button", { name: "确定2025年度星级", hidden: true })).toBeTruthy();
  });
});
