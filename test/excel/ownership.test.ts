import {
  isOurs,
  legacyClaims,
  proveLegacyRows,
  linkFormula,
  parseLink,
  parseRegistry,
  reconcile,
  REGISTRY_COLUMNS as OWNERSHIP_COLUMNS,
  REGISTRY_HEADER,
  REGISTRY_HEADER_V2,
  REGISTRY_HEADER_V2 as OWNERSHIP_HEADER,
  REGISTRY_SHEET,
  REGISTRY_SHEET as OWNERSHIP_SHEET,
  REGISTRY_SIGNATURE,
  registryGrid,
} from "../../src/register/ownership";

/** What the first release left on a sheet it wrote (register/legacy-marks.ts), and a person's sheet. */
const marked = (name: string) => [
  [`第一党支部 ${name.slice(0, 4)}年${Number(name.slice(5, 7))}月党员积分评星结果`],
  ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议"],
];
const PERSONS = [["我自己的表，不要覆盖"]];

describe("ownership registry", () => {
  it("shares its sheet name and header with the .xlsx adapter", () => {
    expect(OWNERSHIP_SHEET).toBe(REGISTRY_SHEET);
    expect(OWNERSHIP_HEADER).toEqual(REGISTRY_HEADER_V2);
    expect(OWNERSHIP_HEADER.slice(0, 3)).toEqual([...REGISTRY_HEADER]);
    expect(OWNERSHIP_HEADER[4]).toBe(REGISTRY_SIGNATURE);
    expect(OWNERSHIP_COLUMNS).toEqual({ sheet: 0, id: 1, created: 2, link: 3 });
  });

  it("reads version 2 rows below the header with the sheet each reference names now", () => {
    const values = [[...REGISTRY_HEADER_V2], [" 结果 ", "{1}", "2026-12-01", "", ""], ["", "{2}", "", "", ""], ["公示", "", "", "#REF!", ""]];
    const formulas = [
      [...REGISTRY_HEADER_V2],
      [" 结果 ", "{1}", "2026-12-01", "='结果（旧）'!A1", ""],
      ["", "{2}", "", "", ""],
      ["公示", "", "", "=#REF!A1", ""],
    ];
    expect(parseRegistry(values, formulas, true)).toEqual({
      kind: "v2",
      rows: [
        { sheet: "结果", id: "{1}", created: "2026-12-01", link: "结果（旧）" },
        { sheet: "公示", id: "", created: "", link: null },
      ],
    });
  });

  it("reads a version 1 registry (today's files) only on a hidden sheet with exactly its header", () => {
    const values = [[...REGISTRY_HEADER], ["结果", "{1}", "2026-12-01"]];
    expect(parseRegistry(values, null, true)).toEqual({ kind: "v1", rows: [{ sheet: "结果", id: "{1}", created: "2026-12-01" }] });
    expect(parseRegistry(values, null, false).kind).toBe("foreign");
    expect(parseRegistry([[...REGISTRY_HEADER, "我的备注"], ["结果"]], null, true).kind).toBe("foreign");
    expect(
      parseRegistry(
        [
          ["工作表", "说明"],
          ["结果", "x"],
        ],
        null,
        true,
      ),
    ).toEqual({ kind: "foreign", rows: [] });
  });

  it.each([
    ["='2026-11 评星'!A1", "2026-11 评星"],
    ["'2026-11 评星'!$A$1", "2026-11 评星"],
    ["='it''s'!A1", "it's"],
    ["=结果!A1", "结果"],
    ["=#REF!A1", null],
    ["=#REF!", null],
    ["", null],
    [42, null],
  ])("parses the link %p as %p", (formula, sheet) => {
    expect(parseLink(formula)).toBe(sheet);
  });

  it("writes links that parse back to the sheet's name", () => {
    for (const name of ["2026-11 评星", "it's", "a!b", "结果"]) expect(parseLink(linkFormula(name))).toBe(name);
  });

  it.each([
    [{ name: "结果（旧）", id: "{1}" }, true],
    [{ name: "结果", id: "{1}" }, false],
    [{ name: "公示", id: "{7}" }, false],
    [{ name: "年度", id: "{3}" }, true],
    [{ name: "年度".toUpperCase(), id: "{9}" }, true],
  ])("says %p is ours: %p (version 2 rows: the reference decides, never the name or the id)", (sheet, ours) => {
    const rows = [
      { sheet: "结果", id: "{1}", created: "", link: "结果（旧）" },
      { sheet: "公示", id: "{7}", created: "", link: null },
      { sheet: "年度", id: "", created: "", link: "年度" },
    ];
    expect(isOurs(sheet, rows)).toBe(ours);
  });

  it.each([
    [{ name: "2026-11 评星", id: "{1}" }, true],
    [{ name: "2026-11 评星", id: "{9}" }, false],
    [{ name: "2026-11 评星", id: "" }, true],
    [{ name: "2026-10 评星", id: "{7}" }, true],
    [{ name: "设置", id: "{3}" }, false],
  ])("says %p is ours: %p (version 1 rows: claims by name and id, proven only by the sheet's marks)", (sheet, ours) => {
    const rows = [
      { sheet: "2026-11 评星", id: "{1}", created: "" },
      { sheet: "2026-10 评星", id: "", created: "" },
    ];
    expect(isOurs(sheet, rows)).toBe(false);
    expect(legacyClaims(rows, [sheet])).toEqual(ours ? [sheet] : []);
    expect(
      isOurs(
        sheet,
        proveLegacyRows(rows, [sheet], (s) => marked(s.name)),
      ),
    ).toBe(ours);
    expect(
      isOurs(
        sheet,
        proveLegacyRows(rows, [sheet], () => PERSONS),
      ),
    ).toBe(false);
  });

  it("keeps rows true to the workbook: current names and ids, deleted sheets dropped, renamed ones kept", () => {
    const rows = [
      { sheet: "结果", id: "{1}", created: "a", link: "结果" },
      { sheet: "公示", id: "", created: "b", link: "公示" },
      { sheet: "已删除", id: "{5}", created: "c", link: null },
      { sheet: "被改名", id: "{6}", created: "d", link: "改了名字" },
    ];
    const sheets = [
      { name: "结果", id: "{1}" },
      { name: "公示", id: "{2}" },
      { name: "改了名字", id: "{6}" },
    ];
    expect(reconcile(rows, sheets)).toEqual([
      { sheet: "结果", id: "{1}", created: "a", link: "结果" },
      { sheet: "公示", id: "{2}", created: "b", link: "公示" },
      { sheet: "改了名字", id: "{6}", created: "d", link: "改了名字" },
    ]);
    const grid = registryGrid(reconcile(rows, sheets));
    expect(grid[0]).toEqual([...OWNERSHIP_HEADER]);
    expect(grid[3]).toEqual(["改了名字", "{6}", "d", "='改了名字'!A1", ""]);
  });
});
