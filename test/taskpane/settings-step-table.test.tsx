/** @jest-environment jsdom */
/**
 * The pane's 设置 form follows the settings table: a row added to the table (and nothing else) is shown
 * in its section with its default and 说明, checked with its own message, and saved.
 */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { inputSheetPlans } from "../../src/register/template";
import { SettingsStep } from "../../src/taskpane/steps/SettingsStep";
import { renderInTheme, sheetValues, zh } from "./helpers";

jest.mock("../../src/scheme/setting-table", () => {
  const actual = jest.requireActual("../../src/scheme/setting-table");
  const extra = jest.requireActual("../register/extra-setting").EXTRA_SETTING;
  return { ...actual, SETTING_TABLE: [...actual.SETTING_TABLE, extra] };
});

describe("SettingsStep with one more row in the settings table", () => {
  it("offers the setting with its default and 说明, refuses a wrong value with its message, and saves a right one", async () => {
    const wb = new MemoryWorkbook();
    await wb.write({ inputSheets: inputSheetPlans() });
    renderInTheme(<SettingsStep port={wb} t={zh} lang="zh-CN" open />);
    const input = (await screen.findByRole("textbox", { name: "复核天数" })) as HTMLInputElement;
    expect(input.value).toBe("4");
    expect(screen.getByText("默认：4。公示结束后复核的天数")).toBeTruthy();
    fireEvent.change(input, { target: { value: "11" } });
    expect(screen.getByText("复核天数应为1–10的整数，现为“11”。")).toBeTruthy();
    fireEvent.change(input, { target: { value: "8" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("已保存 1 项设置。")).toBeTruthy();
    expect(sheetValues(wb, "设置").find((row) => row[0] === "复核天数")).toEqual(["复核天数", 8, "公示结束后复核的天数"]);
  });
});
