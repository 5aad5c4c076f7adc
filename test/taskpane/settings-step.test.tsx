/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { SettingsStep } from "../../src/taskpane/steps/SettingsStep";
import { en, renderInTheme, sampleWorkbook, sheetValues, zh } from "./helpers";

function renderStep(wb: MemoryWorkbook, open = true, lang: "zh-CN" | "en-US" = "zh-CN") {
  return renderInTheme(<SettingsStep port={wb} t={lang === "zh-CN" ? zh : en} lang={lang} open={open} />);
}

const field = (label: string) => screen.getByRole("textbox", { name: label }) as HTMLInputElement;

describe("SettingsStep", () => {
  it("reads the 设置 sheet only once the section is opened", async () => {
    const wb = await sampleWorkbook();
    const read = jest.spyOn(wb, "readSheets");
    const view = renderStep(wb, false);
    expect(read).not.toHaveBeenCalled();
    view.rerender(<SettingsStep port={wb} t={zh} lang="zh-CN" open />);
    await screen.findByRole("textbox", { name: "年度公示天数" });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("shows each setting's value and its default", async () => {
    renderStep(await sampleWorkbook());
    expect(((await screen.findByRole("textbox", { name: "民主评议权重" })) as HTMLInputElement).value).toBe("30%");
    expect(field("支部名称").value).toBe("市档案馆机关第一党支部");
    expect(screen.getByText(/默认：7。不少于7天/)).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "允许自评" })).toBeTruthy();
  });

  it("refuses publicity days below 7, saying why on the field, and writes nothing", async () => {
    const wb = await sampleWorkbook();
    const before = sheetValues(wb, "设置");
    renderStep(wb);
    fireEvent.change(await screen.findByRole("textbox", { name: "年度公示天数" }), { target: { value: "5" } });
    expect(screen.getByText("年度公示天数不得少于7天，现为“5”。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText(/有 1 项设置不正确，没有保存/)).toBeTruthy();
    expect(sheetValues(wb, "设置")).toEqual(before);
  });

  it("refuses weights that do not add up to 100%, on both weights", async () => {
    renderStep(await sampleWorkbook());
    fireEvent.change(await screen.findByRole("textbox", { name: "民主评议权重" }), { target: { value: "40%" } });
    expect(screen.getAllByText(/民主评议权重与记实考核权重合计应为100%/)).toHaveLength(2);
  });

  it("saves only the changed cells, then shows the sheet as saved", async () => {
    const wb = await sampleWorkbook();
    const write = jest.spyOn(wb, "write");
    renderStep(wb);
    fireEvent.change(await screen.findByRole("textbox", { name: "年度公示天数" }), { target: { value: "10" } });
    fireEvent.change(field("民主评议权重"), { target: { value: "40%" } });
    fireEvent.change(field("记实考核权重"), { target: { value: "60%" } });
    expect(screen.getByText("3 项已修改，尚未保存。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("已保存 3 项设置。")).toBeTruthy();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][0].cells).toHaveLength(3);
    const values = sheetValues(wb, "设置");
    expect(values.find((r) => r[0] === "年度公示天数")![1]).toBe(10);
    expect(values.find((r) => r[0] === "民主评议权重")![1]).toBe("40%");
  });

  it("edits 每票优秀上限: refuses a share over 1 on the field, saves 1/3 as text", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    const cap = (await screen.findByRole("textbox", { name: "每票优秀上限" })) as HTMLInputElement;
    expect(cap.value).toBe("无");
    expect(cap.inputMode).toBe("text");
    fireEvent.change(cap, { target: { value: "150%" } });
    expect(screen.getByText("每票优秀上限应为0到1之间的比例（如1/3、33%或0.33），或填“无”，现为“150%”。")).toBeTruthy();
    fireEvent.change(cap, { target: { value: "1/3" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await screen.findByText("已保存 1 项设置。");
    expect(sheetValues(wb, "设置").find((r) => r[0] === "每票优秀上限")![1]).toBe("1/3");
  });

  it("turns a yes/no setting on with a checkbox", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.click(await screen.findByRole("checkbox", { name: "允许自评" }));
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await screen.findByText("已保存 1 项设置。");
    expect(sheetValues(wb, "设置").find((r) => r[0] === "允许自评")![1]).toBe("是");
  });

  it("says to set up the register first when there is no 设置 sheet", async () => {
    renderStep(new MemoryWorkbook());
    expect(await screen.findByText(/没有“设置”工作表：请先完成第1步/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "保存设置" })).toBeNull();
  });

  it("labels the fields in English with the sheet's names beside them", async () => {
    renderStep(await sampleWorkbook(), true, "en-US");
    expect(await screen.findByRole("textbox", { name: "Annual publicity days (年度公示天数)" })).toBeTruthy();
    expect(screen.getAllByText("Default: 7").length).toBeGreaterThan(0);
  });
});
