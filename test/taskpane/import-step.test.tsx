/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The export reader (ExcelJS and its uuid) is a Node module here: jsdom's default "browser" condition would
// load uuid's ES-module build, which Jest does not transform. jsdom has no TextDecoder; browsers and Node do.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { TextDecoder } from "node:util";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { loadReadExport } from "../../src/taskpane/import-loader";
import { ImportStep } from "../../src/taskpane/steps/ImportStep";
import { TODAY, en, renderInTheme, sampleWorkbook, sheetValues, zh } from "./helpers";

Object.assign(globalThis, { TextDecoder });

// The export reader (ExcelJS) takes seconds to load the first time; load it once before the tests.
beforeAll(() => loadReadExport(), 30_000);

/**
 * A Microsoft Forms export as a secretary downloads it: three named respondents, one who answered nothing,
 * and a question about 王小明, who is not on the roster (the sample's 杨丽 was meant).
 */
const FORMS_CSV = [
  "ID,Start time,Completion time,Email,Name,1. 王建国,2. 李秀英,3. 张伟,4. 王小明",
  "1,2026/12/20 9:00,2026/12/20 9:05,chen@example.cn,陈明,优秀,合格,合格,优秀",
  "2,2026/12/20 9:01,2026/12/20 9:06,zhao@example.cn,赵磊,优秀,优秀,基本合格,合格",
  "3,2026/12/20 9:02,2026/12/20 9:07,huang@example.cn,黄静,合格,合格,合格,合格",
  "4,2026/12/20 9:03,2026/12/20 9:08,zhou@example.cn,周强,,,,",
].join("\r\n");

const csvFile = (text = FORMS_CSV, name = "评议问卷.csv") => new File([text], name, { type: "text/csv" });

function renderStep(wb: MemoryWorkbook, lang: "zh-CN" | "en-US" = "zh-CN") {
  return renderInTheme(<ImportStep port={wb} t={lang === "zh-CN" ? zh : en} lang={lang} today={TODAY} />);
}

function choose(file: File) {
  fireEvent.change(screen.getByTestId("import-file"), { target: { files: [file] } });
}

/** December, a month the sample has no ballots for yet. */
function chooseDecember() {
  fireEvent.change(screen.getByRole("combobox", { name: "评议期" }), { target: { value: "2026-12" } });
}

const importButton = () => screen.getByRole("button", { name: /^导入 \d+ 张评议票$/ });

describe("ImportStep (导入评议结果)", () => {
  it("shows the mapping, makes the unmatched column be settled, imports, and refuses the same export twice", async () => {
    const wb = await sampleWorkbook();
    const rowsBefore = sheetValues(wb, "民主评议").length;
    renderStep(wb);
    chooseDecember();
    choose(csvFile());

    // Recognised, mapped, and blocked by the column that matches no one.
    expect(await screen.findByText("识别为Microsoft Forms 导出，表头在第 1 行。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "导出文件（.xlsx 或 .csv） 选择文件…" })).toBeTruthy();
    expect(screen.getByText("评议问卷.csv")).toBeTruthy();
    expect(screen.getByText("有 1 列需要指定对应的人员：请选择人员，或选“跳过这一列”。")).toBeTruthy();
    const unmatched = screen.getByRole("combobox", { name: "I 列：4. 王小明" }) as HTMLSelectElement;
    expect(unmatched.value).toBe("");
    expect(screen.getByText("对应不到人员名册中的人，但有 3 个回答：请选择人员，或跳过这一列。")).toBeTruthy();
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    expect(sheetValues(wb, "民主评议")).toHaveLength(rowsBefore);

    // The matched columns are listed too, each with how it matched.
    const matched = within(screen.getByTestId("import-mapping")).getByText("已自动对应 3 列（点击查看或修改）");
    expect(matched).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "F 列：1. 王建国", hidden: true }) as HTMLSelectElement).value).toBe("D001");

    // The report: ballots, turnout, the row skipped and why.
    const report = screen.getByTestId("import-report");
    expect(within(report).getByText("2026年12月评议票 3 张。参评 3 人，应参评 25 人（12%）。")).toBeTruthy();
    expect(within(screen.getByTestId("skipped-rows")).getByText("'[评议问卷.csv]评议问卷'!A5：这一行没有任何评价，跳过。")).toBeTruthy();

    // Settled with the dropdown: the column was about 杨丽.
    fireEvent.change(unmatched, { target: { value: "D006" } });
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText("可以导入：3 张评议票将添加到“民主评议”末尾。")).toBeTruthy();
    expect(importButton().textContent).toBe("导入 3 张评议票");

    fireEvent.click(importButton());
    expect(await screen.findByText("已把 3 张评议票导入“民主评议”（2026年12月）。同一份结果不能重复导入。")).toBeTruthy();
    expect(screen.getByText("下一步：检查数据，然后生成本月评星。")).toBeTruthy();
    const ballots = sheetValues(wb, "民主评议");
    const header = ballots[0];
    const added = ballots.slice(rowsBefore);
    expect(added.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["2026-12", "Forms-ID1", "陈明"],
      ["2026-12", "Forms-ID2", "赵磊"],
      ["2026-12", "Forms-ID3", "黄静"],
    ]);
    expect(added.map((r) => r[header.indexOf("杨丽")])).toEqual(["优秀", "合格", "合格"]);
    expect(added.map((r) => r[header.indexOf("王建国")])).toEqual(["优秀", "优秀", "合格"]);

    // The same export again: refused, nothing written.
    choose(csvFile());
    expect(await screen.findByText(/这份结果已经导入过：3 张票中有 3 张的票号（如“Forms-ID1”）在民主评议中已有（评议期 2026-12）/)).toBeTruthy();
    expect(screen.getByText(/有 \d+ 个错误，不能导入，工作簿没有改动/)).toBeTruthy();
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    expect(sheetValues(wb, "民主评议")).toHaveLength(rowsBefore + 3);
  });

  it("offers the close name first for a misspelt column, applies nothing itself, and counts the hand mapping apart", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    chooseDecember();
    choose(csvFile(FORMS_CSV.replace("4. 王小明", "4. 梁晓冬")));
    const unmatched = (await screen.findByRole("combobox", { name: "I 列：4. 梁晓冬" })) as HTMLSelectElement;
    // Never applied silently: nothing chosen, the import still blocked, the close name offered first.
    expect(unmatched.value).toBe("");
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("对应不到人员名册中的人，但有 3 个回答：请选择人员，或跳过这一列。 姓名相近的有：梁晓东（D021），是否写错了字？")).toBeTruthy();
    const group = within(unmatched).getByRole("group", { name: "姓名相近" });
    expect(
      within(group)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["梁晓东（D021）"]);
    expect(
      within(unmatched)
        .getAllByRole("option")
        .slice(0, 3)
        .map((o) => o.textContent),
    ).toEqual(["请选择…", "梁晓东（D021）", "跳过这一列"]);
    expect(
      within(unmatched)
        .getAllByRole("option")
        .filter((o) => o.textContent === "梁晓东（D021）"),
    ).toHaveLength(1);

    fireEvent.change(unmatched, { target: { value: "D021" } });
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    // The hand mapping is counted apart from the three matched automatically.
    const mapping = screen.getByTestId("import-mapping");
    expect(within(mapping).getByText("已自动对应 3 列（点击查看或修改）")).toBeTruthy();
    expect(within(mapping).getByText("手动指定 1 列（点击查看或修改）")).toBeTruthy();
  });

  it("says how many ballots the month already has, from which source, and that both will count", async () => {
    const wb = await sampleWorkbook();
    const paper = sheetValues(wb, "民主评议").filter((r) => r[0] === "2026-11").length;
    renderStep(wb);
    fireEvent.change(screen.getByRole("combobox", { name: "评议期" }), { target: { value: "2026-11" } });
    const csv = [
      "ID,Start time,Completion time,Email,Name,1. 王建国,2. 李秀英,3. 张伟",
      "1,2026/11/28 9:00,2026/11/28 9:05,anonymous,anonymous,优秀,合格,合格",
      "2,2026/11/28 9:01,2026/11/28 9:06,anonymous,anonymous,优秀,优秀,基本合格",
      "3,2026/11/28 9:02,2026/11/28 9:07,anonymous,anonymous,合格,合格,合格",
    ].join("\r\n");
    choose(csvFile(csv));
    const sentence = `评议期 2026-11 在民主评议中已有 ${paper} 张评议票（纸质票或手工录入 ${paper} 张）。这次导入的 3 张将添加在后面，两者都计入评议；如果其中有同一批评议，请不要重复导入。`;
    expect(await screen.findByText((text) => text.includes(sentence))).toBeTruthy();
    expect((importButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it("skips a column when told to, importing the others", async () => {
    const wb = await sampleWorkbook();
    const rowsBefore = sheetValues(wb, "民主评议").length;
    renderStep(wb);
    chooseDecember();
    choose(csvFile());
    const unmatched = (await screen.findByRole("combobox", { name: "I 列：4. 王小明" })) as HTMLSelectElement;
    expect(
      within(unmatched)
        .getAllByRole("option")
        .slice(0, 3)
        .map((o) => o.textContent),
    ).toEqual(["请选择…", "跳过这一列", "王建国（D001）"]);
    fireEvent.change(unmatched, { target: { value: "skip" } });
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(importButton());
    await screen.findByText(/已把 3 张评议票导入/);
    const ballots = sheetValues(wb, "民主评议");
    expect(ballots.slice(rowsBefore).map((r) => r[ballots[0].indexOf("杨丽")] ?? null)).toEqual([null, null, null]);
  });

  it("opens the file chooser from a button in the pane's language", () => {
    renderInTheme(<ImportStep port={new MemoryWorkbook()} t={zh} lang="zh-CN" today={TODAY} />);
    const input = screen.getByTestId("import-file") as HTMLInputElement;
    const click = jest.spyOn(input, "click").mockImplementation(() => undefined);
    expect(screen.getByText("未选择文件")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /选择文件…/ }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(input.accept).toContain(".xlsx");
    expect(input.accept).toContain(".csv");
  });

  it("says why a file cannot be read, and writes nothing", async () => {
    const wb = await sampleWorkbook();
    const before = JSON.stringify(wb.snapshot());
    renderStep(wb);
    choose(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3])], "问卷.xlsx"));
    expect(await screen.findByText("无法导入“问卷.xlsx”，没有改动工作簿：")).toBeTruthy();
    expect(screen.getByText(/无法读取“问卷.xlsx”/)).toBeTruthy();
    choose(csvFile("", "空的.csv"));
    expect(await screen.findByText(/文件“空的.csv”是空的/)).toBeTruthy();
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  it("reads an .xlsx export, and the sheet can be chosen when the workbook has several", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("说明").addRow(["本问卷用于2026年12月民主评议"]);
    const answers = book.addWorksheet("答卷");
    answers.addRow(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、王建国", "2、李秀英"]);
    answers.addRow([1, "2026/12/20 9:00:00", "60秒", "微信", "N/A", "10.0.0.1", "优秀", "合格"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const wb = await sampleWorkbook();
    renderStep(wb);
    chooseDecember();
    choose(new File([bytes], "问卷星.xlsx"));
    // The first sheet with anything in it is read first, and says so; it is no export.
    expect(await screen.findByText(/文件中有多张工作表（说明、答卷），读取的是第一张有内容的“说明”/)).toBeTruthy();
    expect(screen.getByText(/认不出这是哪种评议结果/)).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "工作表" }), { target: { value: "答卷" } });
    expect(await screen.findByText("识别为问卷星导出，表头在第 1 行。")).toBeTruthy();
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(importButton());
    expect(await screen.findByText(/已把 1 张评议票导入“民主评议”/)).toBeTruthy();
    expect(
      sheetValues(wb, "民主评议")
        .filter((r) => r[0] === "2026-12")
        .map((r) => r[1]),
    ).toEqual(["问卷星-序号1"]);
  });

  it("refuses answers that are not grades or scores, naming the cell", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    chooseDecember();
    choose(csvFile(["序号,姓名,王建国,李秀英", "1,陈明,很好,合格"].join("\n"), "名单.csv"));
    expect(await screen.findByText(/回答“很好”（列“王建国”）不是评议等次或分数/)).toBeTruthy();
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it("imports the year-end appraisal when the period is a year", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb);
    fireEvent.change(screen.getByRole("combobox", { name: "评议期" }), { target: { value: "2026" } });
    choose(csvFile(["票号,评议人,王建国,李秀英", "年终-1,陈明,优秀,合格", "年终-2,赵磊,合格,合格"].join("\n"), "年终.csv"));
    await waitFor(() => expect((importButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(importButton());
    expect(await screen.findByText("已把 2 张评议票导入“民主评议”（2026年度评议）。同一份结果不能重复导入。")).toBeTruthy();
    expect(screen.getByText("下一步：检查数据，然后生成年度评星。")).toBeTruthy();
    expect(
      sheetValues(wb, "民主评议")
        .filter((r) => r[0] === "2026")
        .map((r) => r[1]),
    ).toEqual(["年终-1", "年终-2"]);
  });

  it("speaks English", async () => {
    const wb = await sampleWorkbook();
    renderStep(wb, "en-US");
    fireEvent.change(screen.getByRole("combobox", { name: "Appraisal period" }), { target: { value: "2026-12" } });
    choose(csvFile());
    expect(await screen.findByText("Recognised as a Microsoft Forms export, header in row 1.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Import 3 ballots" })).toBeTruthy();
  });
});
