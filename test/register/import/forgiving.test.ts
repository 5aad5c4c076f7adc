/**
 * Imports that forgive what people type: near-match suggestions for a misspelt name, never applied
 * silently; a period that already has ballots; 腾讯问卷 exports.
 */
import type { Grid } from "../../../src/register/cells";
import { planImport, type ImportOptions, type ImportPlan } from "../../../src/register/import";
import { ballotSource } from "../../../src/register/import/ballot-number";
import { nearMatches, rosterIndex } from "../../../src/register/import/match";
import { recognise } from "../../../src/register/import/shapes";
import { describeProblem } from "../../../src/i18n/problems";
import type { Member } from "../../../src/scheme/types";
import { PEOPLE, sampleSheets, smallRegister, wjxExport } from "./helpers";

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ period: "2026-11", source: { fileName: "问卷.xlsx", sheet: "Sheet1" }, ...extra });
const problem = (plan: ImportPlan, code: string) => plan.problems.find((p) => p.code === code);

const ROSTER: Member[] = [
  { id: "D001", name: "王建国", kind: "党员" },
  { id: "D002", name: "李秀英", kind: "党员" },
  { id: "D003", name: "张伟", kind: "党员" },
  { id: "D021", name: "梁晓东", kind: "党员" },
];

describe("nearMatches", () => {
  const roster = rosterIndex(ROSTER);
  const ids = (header: string) => nearMatches(header, roster).map((m) => m.id);

  it.each([
    ["4、梁晓冬", ["D021"]],
    ["第4题(梁晓冬)", ["D021"]],
    ["请评议—梁晓冬", ["D021"]],
    ["梁晓冬同志", ["D021"]],
    ["请评价梁晓冬同志的表现", ["D021"]],
    ["4、王建军", ["D001"]],
    ["4、张玮", ["D003"]],
  ])("offers %p → %p", (header, expected) => {
    expect(ids(header)).toEqual(expected);
  });

  it("offers everyone one character away, in roster order", () => {
    const two = rosterIndex([...ROSTER, { id: "D022", name: "梁晓丽", kind: "党员" }]);
    expect(nearMatches("4、梁晓冬", two).map((m) => m.id)).toEqual(["D021", "D022"]);
  });

  it.each(["5、意见建议", "4、梁东", "4、晓东梁", "4、王建国国", "请评价某某同志的表现"])("offers nothing for %p", (header) => {
    expect(ids(header)).toEqual([]);
  });
});

describe("a misspelt name in a question header (梁晓冬 for 梁晓东)", () => {
  const people: [string, string][] = [...PEOPLE, ["D021", "梁晓东"]];
  const answers = Array.from({ length: 12 }, (_, i) => ["优秀", i % 2 ? "合格" : "优秀", "合格"]);
  const grid = wjxExport(["3、王建国", "4、梁晓冬", "5、李秀英"], answers);

  it("suggests the close name first but applies nothing: the column stays unmatched and blocks", () => {
    const plan = planImport(grid, smallRegister(people), options());
    const column = plan.mapping.find((m) => m.header === "4、梁晓冬")!;
    expect(column).toMatchObject({ memberId: null, via: null, candidates: [], suggestions: ["D021"], answers: 12 });
    expect(plan.blocked).toBe(true);
    expect(plan.change).toBeUndefined();
    expect(problem(plan, "import.column-member-unknown")?.args).toMatchObject({ suggestions: "梁晓东（D021）" });
    expect(describeProblem(problem(plan, "import.column-member-unknown")!, "zh-CN")).toContain("姓名相近的有：梁晓东（D021），是否写错了字？");
    expect(describeProblem(problem(plan, "import.column-member-unknown")!, "en-US")).toContain("Close names on the roster: 梁晓东（D021）");
  });

  it("imports once the secretary chooses the member, marking the column as chosen by hand", () => {
    const plan = planImport(grid, smallRegister(people), options({ overrides: { H: "D021" } }));
    expect(plan.blocked).toBe(false);
    expect(plan.mapping.map((m) => m.via)).toEqual(["name", "override", "name"]);
    expect(plan.ballots).toHaveLength(12);
  });

  it("gives a column without a close name no suggestion", () => {
    const plan = planImport(wjxExport(["3、王建国", "4、意见"], [["优秀", "很好"]]), smallRegister(people), options());
    expect(plan.mapping[1].suggestions).toEqual([]);
    expect(problem(plan, "import.column-member-unknown")?.args.suggestions).toBeUndefined();
  });
});

describe("importing into a period that already has ballots", () => {
  const grid = wjxExport(
    ["3、王建国", "4、李秀英"],
    [
      ["优秀", "合格"],
      ["合格", "合格"],
    ],
  );

  it("says how many ballots the period has, from which source, and that both count", () => {
    const register = smallRegister(PEOPLE, [
      ["评议期", "票号", "评议人", "身份", "王建国", "李秀英"],
      ["2026-11", "1", "", "党员", "优秀", "合格"],
      ["2026-11", "2", "", "党员", "合格", "合格"],
      ["2026-11", "群众问卷-问卷星-序号1", "", "群众代表", "合格", "合格"],
      ["2026-11", "腾讯问卷-编号3", "", "党员", "合格", "优秀"],
      ["2026-10", "9", "", "党员", "合格", "合格"],
    ]);
    const plan = planImport(grid, register, options());
    expect(plan.blocked).toBe(false);
    expect(plan.report.existing).toEqual({ ballots: 4, sources: { paper: 2, wjx: 1, tencent: 1 } });
    const p = problem(plan, "import.period-has-ballots")!;
    expect(p).toMatchObject({ severity: "warning", place: { ref: "民主评议!B2" }, args: { count: 4, adding: 2, paper: 2, wjx: 1, tencent: 1 } });
    expect(describeProblem(p, "zh-CN")).toBe(
      "民主评议!B2：评议期 2026-11 在民主评议中已有 4 张评议票（纸质票或手工录入 2 张，问卷星导入 1 张，腾讯问卷导入 1 张）。这次导入的 2 张将添加在后面，两者都计入评议；如果其中有同一批评议，请不要重复导入。",
    );
    expect(describeProblem(p, "en-US")).toContain(
      "already has 4 ballots for 2026-11 (2 paper ballots or typed in, 1 imported from 问卷星, 1 imported from 腾讯问卷)",
    );
  });

  it("says nothing for a period without ballots", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.report.existing).toEqual({ ballots: 0, sources: {} });
    expect(problem(plan, "import.period-has-ballots")).toBeUndefined();
  });

  it("counts the sample branch's paper ballots of the month", () => {
    const plan = planImport(wjxExport(["3、王建国"], [["优秀"]]), sampleSheets(), options());
    expect(plan.report.existing.ballots).toBeGreaterThan(0);
    expect(plan.report.existing.sources).toEqual({ paper: plan.report.existing.ballots });
  });

  it.each([
    ["问卷星-序号12", "wjx"],
    ["群众-问卷星-序号1", "wjx"],
    ["腾讯问卷-编号7", "tencent"],
    ["Forms-ID3", "forms"],
    ["导入-0A1B2C3D", "imported"],
    ["12", "paper"],
    ["A-3", "paper"],
  ])("reads the source of 票号 %p as %p", (ballotNo, source) => {
    expect(ballotSource(ballotNo)).toBe(source);
  });
});

describe("腾讯问卷 exports", () => {
  /** As 腾讯问卷 exports answers by option text: 编号, times, IP, 地理位置, then the questions. */
  const TENCENT_META = [
    "编号",
    "用户类型",
    "用户标识",
    "昵称",
    "开始答题时间",
    "结束答题时间",
    "答题时长",
    "地理位置(国家)",
    "地理位置(省)",
    "地理位置(市)",
    "IP",
    "自定义字段",
  ];
  const grid: Grid = [
    [...TENCENT_META, "1.您的身份", "2.王建国", "3.李秀英", "4.张伟", "5.刘芳"],
    [
      101,
      "微信用户",
      "oAbc1",
      "小王",
      "2026-11-27 10:00:01",
      "2026-11-27 10:01:31",
      "90秒",
      "中国",
      "北京",
      "北京",
      "10.0.0.1",
      "",
      "党员",
      "优秀",
      "合格",
      "B.合格",
      "基本合格",
    ],
    [
      102,
      "微信用户",
      "oAbc2",
      "小李",
      "2026-11-27 10:02:00",
      "2026-11-27 10:03:00",
      "60秒",
      "中国",
      "北京",
      "北京",
      "10.0.0.2",
      "",
      "群众代表",
      "合格",
      "优秀",
      "合格",
      "(跳过)",
    ],
  ];

  it("recognises the shape and sets its metadata aside", () => {
    const layout = recognise(grid, rosterIndex(ROSTER))!;
    expect(layout.shape).toBe("tencent");
    expect(layout.columns.filter((c) => c.role === "metadata").map((c) => c.header)).toEqual(TENCENT_META.slice(1));
    expect(layout.columns.find((c) => c.header === "编号")?.role).toBe("id");
    expect(layout.columns.find((c) => c.header === "1.您的身份")?.role).toBe("role");
  });

  it("imports one ballot per respondent, numbered 腾讯问卷-编号N, the nickname not taken for a voter", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.shape).toBe("tencent");
    expect(plan.problems).toEqual([]);
    expect(plan.mapping.map((m) => [m.header, m.memberId])).toEqual([
      ["2.王建国", "D001"],
      ["3.李秀英", "D002"],
      ["4.张伟", "D003"],
      ["5.刘芳", "D004"],
    ]);
    expect(plan.ballots.map((b) => [b.ballotNo, b.voterName, b.role, b.marks.length])).toEqual([
      ["腾讯问卷-编号101", undefined, "党员", 4],
      ["腾讯问卷-编号102", undefined, "群众代表", 3],
    ]);
  });

  it("is recognised from 编号 with any one of its time columns, not from 编号 alone", () => {
    const roster = rosterIndex(ROSTER);
    expect(
      recognise(
        [
          ["编号", "答题时长", "1.王建国"],
          [1, "60秒", "优秀"],
        ],
        roster,
      )?.shape,
    ).toBe("tencent");
    expect(
      recognise(
        [
          ["编号", "王建国"],
          [1, "优秀"],
        ],
        roster,
      )?.shape,
    ).toBe("plain");
  });
});
