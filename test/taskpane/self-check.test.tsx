/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { runSelfCheck } from "../../src/excel/self-check";
import { SelfCheckContext, type SelfCheckHost } from "../../src/taskpane/components/self-check-host";
import { SettingsStep } from "../../src/taskpane/steps/SettingsStep";
import { installBlankCellReader } from "../../src/functions/blank-cells";
import { ExcelBlankCells } from "../../src/functions/excel-blank-cells";
import { record, star } from "../../src/functions/functions";
import { FakeExcel } from "../fakes/fake-excel";
import { en, renderInTheme, sampleWorkbook, zh } from "./helpers";

const HOST = { platform: "OfficeOnline", version: "16.0.19001.10000", excelApi: ["1.1", "1.2", "1.17"], sharedRuntime: true };

function checkHost(fake: FakeExcel, missing: SelfCheckHost["missing"] = []): SelfCheckHost {
  return {
    run: () => runSelfCheck((b) => fake.run(b), { supports: () => true, host: HOST, now: () => new Date("2026-12-01T01:30:00Z") }),
    missing,
    now: () => "2026-12-01T09:30:00+08:00",
  };
}

describe("自检 in the settings area", () => {
  it("runs the self-check on a host that refuses the chart and shows a report to copy, with the error code", async () => {
    // Excel on the web: the =PX functions calculated, blanks passed as null, addresses given.
    const customFunctions = { functions: { "PX.STAR": star as never, "PX.RECORD": record as never }, blankAsZero: false, parameterAddresses: true };
    const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] }, customFunctions });
    installBlankCellReader(new ExcelBlankCells((b) => fake.run(b)));
    fake.failWhen((op) => op.path === "ChartCollection.add", "InvalidArgument");
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderInTheme(
      <SelfCheckContext.Provider value={checkHost(fake)}>
        <SettingsStep port={await sampleWorkbook()} t={zh} lang="zh-CN" open />
      </SelfCheckContext.Provider>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "运行自检" }));
    const report = (await screen.findByRole("textbox", { name: "积分评星自检报告" })) as HTMLTextAreaElement;
    expect(report.value).toContain("平台: OfficeOnline");
    expect(report.value).toContain("Excel 版本: 16.0.19001.10000");
    expect(report.value).toContain("支持的 ExcelApi: 1.1–1.17");
    expect(report.value).toContain("失败 · 图表 (chart): InvalidArgument");
    expect(report.value).toContain("通过 · 打印设置 (printSetup)");
    expect(report.value).toContain("1 项失败，0 项跳过。");
    fireEvent.click(screen.getByRole("button", { name: "复制报告" }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(report.value));
    expect(await screen.findByText(/报告已复制/)).toBeTruthy();
    expect(fake.sheetNames()).toEqual(["设置"]);
  });

  it("says in English what an older Excel leaves out", async () => {
    renderInTheme(
      <SelfCheckContext.Provider value={checkHost(new FakeExcel({ sheets: { S: [] } }), ["pageLayout", "mergedAreas"])}>
        <SettingsStep port={await sampleWorkbook()} t={en} lang="en-US" open />
      </SelfCheckContext.Provider>,
    );
    expect(await screen.findByText(/the add-in leaves out print setup and page breaks, reading merged areas/)).toBeTruthy();
  });

  it("is not offered where there is no Excel (the browser preview)", async () => {
    renderInTheme(<SettingsStep port={await sampleWorkbook()} t={zh} lang="zh-CN" open />);
    await screen.findByRole("button", { name: "保存设置" });
    expect(screen.queryByRole("button", { name: "运行自检" })).toBeNull();
  });
});
