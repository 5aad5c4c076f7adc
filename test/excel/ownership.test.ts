import { isOurs, OWNERSHIP_COLUMNS, OWNERSHIP_HEADER, OWNERSHIP_SHEET, parseRegistry, reconcile, registryGrid } from "../../src/excel/ownership";
import { REGISTRY_HEADER, REGISTRY_SHEET } from "../../src/register/ownership";

describe("ownership registry", () => {
  it("shares its sheet name and header with the .xlsx adapter", () => {
    expect(OWNERSHIP_SHEET).toBe(REGISTRY_SHEET);
    expect(OWNERSHIP_HEADER).toEqual(REGISTRY_HEADER);
    expect(OWNERSHIP_COLUMNS).toEqual({ sheet: 0, id: 1, created: 2 });
  });

  it("reads rows below the header, skipping rows without a name", () => {
    expect(parseRegistry([[...OWNERSHIP_HEADER], [" 结果 ", "{1}", "2026-12-01"], ["", "{2}", ""], ["公示", "", ""]])).toEqual([
      { sheet: "结果", id: "{1}", created: "2026-12-01" },
      { sheet: "公示", id: "", created: "" },
    ]);
  });

  it.each([
    [{ name: "结果", id: "{1}" }, true],
    [{ name: "结果", id: "{9}" }, false],
    [{ name: "公示", id: "{7}" }, true],
    [{ name: "公示".toUpperCase(), id: "{7}" }, true],
    [{ name: "设置", id: "{3}" }, false],
  ])("says %p is ours: %p", (sheet, ours) => {
    const rows = [
      { sheet: "结果", id: "{1}", created: "" },
      { sheet: "公示", id: "", created: "" },
    ];
    expect(isOurs(sheet, rows)).toBe(ours);
  });

  it("keeps rows true to the workbook: ids filled in, gone or renamed sheets dropped", () => {
    const rows = [
      { sheet: "结果", id: "{1}", created: "a" },
      { sheet: "公示", id: "", created: "b" },
      { sheet: "已删除", id: "{5}", created: "c" },
      { sheet: "被改名", id: "{6}", created: "d" },
    ];
    const sheets = [
      { name: "结果", id: "{1}" },
      { name: "公示", id: "{2}" },
      { name: "改了名字", id: "{6}" },
    ];
    expect(reconcile(rows, sheets)).toEqual([
      { sheet: "结果", id: "{1}", created: "a" },
      { sheet: "公示", id: "{2}", created: "b" },
    ]);
    expect(registryGrid(reconcile(rows, sheets))[0]).toEqual([...OWNERSHIP_HEADER]);
  });
});
