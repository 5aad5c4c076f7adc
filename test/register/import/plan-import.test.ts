import type { Grid } from "../../../src/register/cells";
import { planImport, type ImportOptions, type ImportPlan } from "../../../src/register/import";
import type { SheetData } from "../../../src/register/port";
import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import { formsExport, PEOPLE, smallRegister, wjxExport } from "./helpers";

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ period: "2026-11", source: { fileName: "问卷.xlsx", sheet: "Sheet1" }, ...extra });
const codes = (plan: ImportPlan) => plan.problems.map((p) => p.code);
const errors = (plan: ImportPlan) => plan.problems.filter((p) => p.severity === "error").map((p) => p.code);

/** Applies a plan's change to a memory workbook holding the register and returns 民主评议 after it. */
async function applied(register: Map<string, SheetData>, plan: ImportPlan): Promise<Grid> {
  const wb = new MemoryWorkbook(new Map([...register].map(([name, s]) => [name, s.values])));
  await wb.write(plan.change!);
  return (await wb.readSheets(["民主评议"])).get("民主评议")!.values;
}

describe("问卷星 exports", () => {
  const questions = ["1、您的姓名", "2、您的身份", "3、王建国", "4、李秀英", "第5题(张伟)", "第6题(刘芳)"];
  const grid = wjxExport(questions, [
    ["李秀英", "A. 党员", "A. 优秀", "(跳过)", "B. 合格", "C. 基本合格"],
    ["", "B. 群众代表", "B. 合格", "A. 优秀", "D. 不合格", 90],
  ]);

  it("maps '3、张三' and matrix '第3题(张三)' headers to members and leaves the metadata aside", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.shape).toBe("wjx");
    expect(plan.mapping.map((m) => [m.column, m.memberId])).toEqual([
      ["I", "D001"],
      ["J", "D002"],
      ["K", "D003"],
      ["L", "D004"],
    ]);
    expect(plan.otherColumns.map((c) => c.role)).toEqual(["id", "metadata", "metadata", "metadata", "metadata", "metadata", "voter", "role"]);
    expect(plan.problems).toEqual([]);
  });

  it("makes one ballot per respondent, numbered 问卷星-序号N, with the respondent's name and role", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.ballots).toEqual([
      {
        ballotNo: "问卷星-序号1",
        voterName: "李秀英",
        voterId: "D002",
        role: "党员",
        row: 2,
        marks: [
          { memberId: "D001", mark: "优秀", cell: "I2" },
          { memberId: "D003", mark: "合格", cell: "K2" },
          { memberId: "D004", mark: "基本合格", cell: "L2" },
        ],
      },
      expect.objectContaining({
        ballotNo: "问卷星-序号2",
        voterName: undefined,
        role: "群众代表",
        marks: expect.arrayContaining([{ memberId: "D004", mark: 90, cell: "L3" }]),
      }),
    ]);
  });

  it("appends the ballots to 民主评议 with 评议期, 票号, 评议人, 身份 and each mark under its member", async () => {
    const register = smallRegister(PEOPLE, [["评议期", "票号", "评议人", "身份", "王建国", "李秀英", "张伟", "刘芳"]]);
    const plan = planImport(grid, register, options());
    expect(await applied(register, plan)).toEqual([
      ["评议期", "票号", "评议人", "身份", "王建国", "李秀英", "张伟", "刘芳"],
      ["2026-11", "问卷星-序号1", "李秀英", "党员", "优秀", null, "合格", "基本合格"],
      ["2026-11", "问卷星-序号2", null, "群众代表", "合格", "优秀", "不合格", 90],
    ]);
  });
});

describe("Microsoft Forms exports", () => {
  const grid = formsExport(
    ["王建国", "Points - 王建国", "Feedback - 王建国", "李秀英", "Total points", "Quiz feedback"],
    [
      { email: "wjg@example.org", name: "王建国", cells: ["合格", 0, "", "优秀", 0, ""] },
      { cells: ["优秀", 0, "", "合格", 0, ""] },
      { email: "outsider@example.org", name: "anonymous", cells: [85, 0, "", 90, 0, ""] },
    ],
  );

  it("ignores the quiz columns and numbers ballots Forms-IDN", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options({ source: { fileName: "评议.xlsx", sheet: "Sheet1" } }));
    expect(plan.shape).toBe("forms");
    expect(plan.mapping.map((m) => m.memberId)).toEqual(["D001", "D002"]);
    expect(plan.otherColumns.filter((c) => c.role === "quiz").map((c) => c.header)).toEqual([
      "Points - 王建国",
      "Feedback - 王建国",
      "Total points",
      "Quiz feedback",
    ]);
    expect(plan.ballots.map((b) => b.ballotNo)).toEqual(["Forms-ID1", "Forms-ID2", "Forms-ID3"]);
  });

  it("keeps a named respondent's name (matched to the roster) and takes the e-mail when the name is anonymous", () => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.ballots.map((b) => [b.voterName, b.voterId])).toEqual([
      ["王建国", "D001"],
      [undefined, undefined],
      ["outsider@example.org", undefined],
    ]);
    expect(plan.problems).toEqual([
      expect.objectContaining({ code: "import.voter-not-on-roster", severity: "warning", args: expect.objectContaining({ count: 1 }) }),
    ]);
  });

  it("accepts the Chinese Forms headers", () => {
    const zh = [
      ["ID", "开始时间", "完成时间", "电子邮件", "名称", "王建国"],
      [7, "", "", "anonymous", "anonymous", "优秀"],
    ];
    const plan = planImport(zh, smallRegister(PEOPLE), options());
    expect(plan.shape).toBe("forms");
    expect(plan.ballots).toEqual([expect.objectContaining({ ballotNo: "Forms-ID7", voterName: undefined })]);
  });
});

describe("plain one-row-per-ballot sheets", () => {
  it("reads names and IDs as headers and keeps a 票号 column as written", () => {
    const grid = [
      ["票号", "评议人", "王建国", "D002", "张伟(D003)"],
      ["P-1", "", "优秀", "合格", 88],
      ["P-2", "刘芳", "合格", "", "优秀"],
    ];
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.shape).toBe("plain");
    expect(plan.mapping.map((m) => [m.header, m.memberId, m.via])).toEqual([
      ["王建国", "D001", "name"],
      ["D002", "D002", "id"],
      ["张伟(D003)", "D003", "id"],
    ]);
    expect(plan.ballots.map((b) => [b.ballotNo, b.voterName ?? null])).toEqual([
      ["P-1", null],
      ["P-2", "刘芳"],
    ]);
  });

  it("numbers ballots without a 票号 by a hash that is stable and tells identical rows apart", () => {
    const grid = [
      ["王建国", "李秀英"],
      ["优秀", "优秀"],
      ["优秀", "优秀"],
    ];
    const first = planImport(grid, smallRegister(PEOPLE), options());
    const again = planImport(
      grid.map((r) => [...r]),
      smallRegister(PEOPLE),
      options(),
    );
    const numbers = first.ballots.map((b) => b.ballotNo);
    expect(numbers).toEqual(again.ballots.map((b) => b.ballotNo));
    expect(numbers[0]).toMatch(/^导入-[0-9A-F]{8}$/);
    expect(new Set(numbers).size).toBe(2);
  });

  it("skips rows of another period and says why", () => {
    const grid = [
      ["评议期", "王建国"],
      ["2026-11", "优秀"],
      ["2026年10月", "合格"],
    ];
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.ballots).toHaveLength(1);
    expect(plan.report.skippedRows).toEqual([
      { row: 3, reason: "import.row-other-period", ref: "'[问卷.xlsx]Sheet1'!A3", args: { value: "2026-10", period: "2026-11" } },
    ]);
  });

  it("reads a 评议期 date of an export in the 1904 date system as that system's date", () => {
    // 2026-11-20 is 44884 counted from 1904-01-01; read in the 1900 system it would be 2022-11-19.
    const grid = [
      ["评议期", "王建国"],
      [44884, "优秀"],
    ];
    expect(planImport(grid, smallRegister(PEOPLE), options()).ballots).toHaveLength(0);
    const plan = planImport(grid, smallRegister(PEOPLE), options({ source: { fileName: "问卷.xlsx", sheet: "Sheet1", date1904: true } }));
    expect(plan.ballots).toHaveLength(1);
    expect(plan.report.skippedRows).toEqual([]);
  });
});

describe("long lists", () => {
  it("groups rows into ballots by 票号, with 被评议人编号 and 等次", () => {
    const grid = [
      ["票号", "被评议人编号", "等次"],
      ["1", "D001", "优秀"],
      ["1", "D002", "合格"],
      ["2", "D001", "基本合格"],
    ];
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.shape).toBe("long");
    expect(plan.ballots.map((b) => [b.ballotNo, b.marks.map((m) => `${m.memberId}:${m.mark}`)])).toEqual([
      ["1", ["D001:优秀", "D002:合格"]],
      ["2", ["D001:基本合格"]],
    ]);
    expect(plan.mapping.map((m) => [m.header, m.memberId, m.answers])).toEqual([
      ["D001", "D001", 2],
      ["D002", "D002", 1],
    ]);
  });

  it("groups rows by 评议人 when there is no 票号, with 被评议人姓名 and 分数", () => {
    const grid = [
      ["评议期", "评议人", "身份", "被评议人姓名", "分数"],
      ["2026-11", "王建国", "支部书记", "李秀英", 95],
      ["2026-11", "王建国", "支部书记", "张伟", "88分"],
      ["2026-11", "刘芳", "党员", "李秀英", 90],
      ["2026-11", "", "", "李秀英", 90],
      ["2026-10", "刘芳", "党员", "张伟", 70],
    ];
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.ballots.map((b) => [b.ballotNo, b.voterId, b.role, b.marks.length])).toEqual([
      ["评议人-王建国", "D001", "支部书记", 2],
      ["评议人-刘芳", "D004", "党员", 1],
    ]);
    expect(plan.report.skippedRows.map((s) => [s.row, s.reason])).toEqual([
      [5, "import.row-no-ballot"],
      [6, "import.row-other-period"],
    ]);
  });

  it("refuses a ballot that marks the same member twice", () => {
    const grid = [
      ["票号", "被评议人", "等次"],
      ["1", "王建国", "优秀"],
      ["1", "D001", "合格"],
    ];
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(plan.problems).toEqual([
      expect.objectContaining({ code: "import.mark-twice", place: { ref: "'[问卷.xlsx]Sheet1'!C3" }, args: expect.objectContaining({ first: "C2" }) }),
    ]);
    expect(plan.change).toBeUndefined();
  });

  it("lets the secretary say who a name shared by two people is", () => {
    const people: [string, string][] = [...PEOPLE, ["D026", "张伟"]];
    const grid = [
      ["票号", "被评议人", "等次"],
      ["1", "张伟", "优秀"],
    ];
    expect(errors(planImport(grid, smallRegister(people), options()))).toEqual(["import.column-member-ambiguous"]);
    const fixed = planImport(grid, smallRegister(people), options({ overrides: { 张伟: "D026" } }));
    expect(fixed.blocked).toBe(false);
    expect(fixed.ballots[0].marks).toEqual([{ memberId: "D026", mark: "优秀", cell: "C2" }]);
  });
});

describe("the mapping before anything is written", () => {
  const twoZhangWei: [string, string][] = [...PEOPLE, ["D026", "张伟"]];
  const grid = wjxExport(["3、王建国", "4、张伟", "5、意见建议"], [["优秀", "合格", "无"]]);

  it("holds a column that matched two people, and one that matched no one, as errors with their header cells", () => {
    const plan = planImport(grid, smallRegister(twoZhangWei), options());
    expect(plan.blocked).toBe(true);
    expect(plan.change).toBeUndefined();
    expect(plan.mapping.map((m) => [m.header, m.memberId, m.candidates])).toEqual([
      ["3、王建国", "D001", ["D001"]],
      ["4、张伟", null, ["D003", "D026"]],
      ["5、意见建议", null, []],
    ]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: "import.column-member-ambiguous",
        place: { ref: "'[问卷.xlsx]Sheet1'!H1" },
        args: expect.objectContaining({ candidates: "张伟（D003）、张伟（D026）" }),
      }),
      expect.objectContaining({ code: "import.column-member-unknown", place: { ref: "'[问卷.xlsx]Sheet1'!I1" } }),
    ]);
  });

  it("takes overrides by header or by column letter, and 'skip'", () => {
    const plan = planImport(grid, smallRegister(twoZhangWei), options({ overrides: { "4、张伟": "d026", I: "skip" } }));
    expect(plan.problems).toEqual([]);
    expect(plan.mapping.map((m) => [m.memberId, m.via])).toEqual([
      ["D001", "name"],
      ["D026", "override"],
      [null, "skip"],
    ]);
    expect(plan.ballots[0].marks.map((m) => m.memberId)).toEqual(["D001", "D026"]);
  });

  it("reports an override for a column that is not there, or naming no one", () => {
    const plan = planImport(grid, smallRegister(twoZhangWei), options({ overrides: { "4、张伟": "赵六", "9、某某": "D001", I: "skip" } }));
    expect(errors(plan)).toEqual(["import.override-member-unknown", "import.override-column-unknown"]);
  });

  it("only warns about an unmatched column without answers", () => {
    const plan = planImport(wjxExport(["3、王建国", "5、附加题"], [["优秀", ""]]), smallRegister(PEOPLE), options());
    expect(plan.blocked).toBe(false);
    expect(plan.problems).toEqual([expect.objectContaining({ code: "import.column-unused", severity: "warning" })]);
  });

  it("refuses two columns for one member", () => {
    const plan = planImport(wjxExport(["3、王建国", "4、D001"], [["优秀", "合格"]]), smallRegister(PEOPLE), options());
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: "import.column-member-duplicate",
        place: { ref: "'[问卷.xlsx]Sheet1'!H1" },
        args: expect.objectContaining({ first: "G" }),
      }),
    ]);
  });
});

describe("answers", () => {
  it("names the export's cell of an answer that is neither a grade nor a score", () => {
    const plan = planImport(
      wjxExport(
        ["3、王建国", "4、李秀英"],
        [
          ["优秀", "良好"],
          ["合格", 120],
        ],
      ),
      smallRegister(PEOPLE),
      options(),
    );
    expect(plan.problems.map((p) => [p.code, p.place.ref, p.args.value])).toEqual([
      ["import.answer-invalid", "'[问卷.xlsx]Sheet1'!H2", "良好"],
      ["import.answer-invalid", "'[问卷.xlsx]Sheet1'!H3", "120"],
    ]);
    expect(plan.change).toBeUndefined();
  });

  it("refuses an export by option number, whose 1–4 are not scores", () => {
    const plan = planImport(
      wjxExport(
        ["3、王建国", "4、李秀英"],
        [
          [1, 2],
          [2, 1],
        ],
      ),
      smallRegister(PEOPLE),
      options(),
    );
    expect(errors(plan)).toEqual(["import.answers-option-numbers"]);
  });

  it("skips respondents who marked no one", () => {
    const plan = planImport(wjxExport(["3、王建国"], [["优秀"], ["(跳过)"]]), smallRegister(PEOPLE), options());
    expect(plan.report.skippedRows).toEqual([expect.objectContaining({ row: 3, reason: "import.row-empty" })]);
    expect(plan.blocked).toBe(false);
  });

  it("refuses an export in which no one marked anyone", () => {
    const plan = planImport(wjxExport(["3、王建国"], [["(跳过)"]]), smallRegister(PEOPLE), options());
    expect(errors(plan)).toEqual(["import.no-ballots"]);
  });
});

describe("importing twice, and voters who already voted", () => {
  const grid = wjxExport(
    ["1、您的姓名", "3、王建国", "4、李秀英"],
    [
      ["刘芳", "优秀", "合格"],
      ["", "合格", "合格"],
    ],
  );

  it("refuses the same export a second time: its 票号 are already in 民主评议, and nothing is appended", async () => {
    const register = smallRegister(PEOPLE, [["评议期", "票号", "评议人", "身份", "王建国", "李秀英"]]);
    const first = planImport(grid, register, options());
    const after = await applied(register, first);
    const second = planImport(grid, smallRegister(PEOPLE, after), options());
    expect(second.blocked).toBe(true);
    expect(second.change).toBeUndefined();
    expect(second.problems).toEqual([
      expect.objectContaining({
        code: "import.already-imported",
        place: { period: "2026-11", ref: "民主评议!B2" },
        args: expect.objectContaining({ count: 2, total: 2, first: "问卷星-序号1" }),
      }),
    ]);
  });

  it("tells a second questionnaire numbered from 1 apart from a re-import, and takes a prefix for its numbers", async () => {
    const register = smallRegister(PEOPLE);
    const after = await applied(register, planImport(grid, register, options()));
    const masses = wjxExport(["2、您的身份", "3、王建国", "4、李秀英"], [["群众代表", "基本合格", "合格"]]);
    const clash = planImport(masses, smallRegister(PEOPLE, after), options());
    expect(clash.problems).toEqual([
      expect.objectContaining({
        code: "import.ballot-number-taken",
        place: { ref: "'[问卷.xlsx]Sheet1'!A2" },
        args: expect.objectContaining({ existing: "民主评议!B2" }),
      }),
    ]);
    const prefixed = planImport(masses, smallRegister(PEOPLE, after), options({ ballotPrefix: "群众问卷" }));
    expect(prefixed.blocked).toBe(false);
    expect(prefixed.ballots.map((b) => b.ballotNo)).toEqual(["群众问卷-问卷星-序号1"]);
  });

  it("imports the same export into another period", async () => {
    const register = smallRegister(PEOPLE);
    const after = await applied(register, planImport(grid, register, options()));
    expect(planImport(grid, smallRegister(PEOPLE, after), options({ period: "2026-12" })).blocked).toBe(false);
  });

  it("refuses a named voter who already has a ballot in the period", () => {
    const register = smallRegister(PEOPLE, [
      ["评议期", "票号", "评议人", "身份", "王建国"],
      ["2026-11", "纸-1", "刘芳", "党员", "优秀"],
    ]);
    const plan = planImport(grid, register, options());
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: "import.voter-has-ballot",
        place: { ref: "'[问卷.xlsx]Sheet1'!G2" },
        args: expect.objectContaining({ existing: "民主评议!B2" }),
      }),
      expect.objectContaining({ code: "import.period-has-ballots", severity: "warning", args: expect.objectContaining({ count: 1, paper: 1 }) }),
    ]);
  });

  it("refuses a respondent who answered twice", () => {
    const plan = planImport(
      wjxExport(
        ["1、您的姓名", "3、王建国"],
        [
          ["刘芳", "优秀"],
          ["刘芳", "合格"],
        ],
      ),
      smallRegister(PEOPLE),
      options(),
    );
    expect(plan.problems).toEqual([
      expect.objectContaining({ code: "import.voter-twice", place: { ref: "'[问卷.xlsx]Sheet1'!G3" }, args: expect.objectContaining({ first: 2 }) }),
    ]);
  });

  it("refuses two rows with the same 序号", () => {
    const grid2 = wjxExport(["3、王建国"], [["优秀"], ["合格"]]);
    grid2[2][0] = 1;
    expect(errors(planImport(grid2, smallRegister(PEOPLE), options()))).toEqual(["import.ballot-number-twice"]);
  });
});

describe("the change to 民主评议", () => {
  it("adds a header cell for a member without a column, in a header row below title rows", async () => {
    const register = smallRegister(PEOPLE, [["2026年民主评议票"], [], ["评议期", "票号", "评议人", "身份", "王建国"], ["2026-10", "10-1", "", "", "优秀"]]);
    const plan = planImport(wjxExport(["3、王建国", "4、刘芳"], [["合格", "优秀"]]), register, options());
    expect(plan.change?.cells).toEqual([{ sheet: "民主评议", address: "F3", value: "刘芳" }]);
    expect(await applied(register, plan)).toEqual([
      ["2026年民主评议票"],
      [],
      ["评议期", "票号", "评议人", "身份", "王建国", "刘芳"],
      ["2026-10", "10-1", "", "", "优秀"],
      ["2026-11", "问卷星-序号1", null, null, "合格", "优秀"],
    ]);
  });

  it("heads a new column with the 编号 when two people share the name", () => {
    const plan = planImport([["张伟(D026)"], ["优秀"]], smallRegister([...PEOPLE, ["D026", "张伟"]]), options());
    expect(plan.change?.cells).toEqual([{ sheet: "民主评议", address: "E1", value: "D026" }]);
  });

  it("adds 评议人 and 身份 headers when the sheet has neither and the ballots name voters", () => {
    const plan = planImport(
      [
        ["评议人", "身份", "王建国"],
        ["刘芳", "党员", "优秀"],
      ],
      smallRegister(PEOPLE, [["评议期", "票号", "王建国"]]),
      options(),
    );
    expect(plan.change?.cells).toEqual([
      { sheet: "民主评议", address: "D1", value: "评议人" },
      { sheet: "民主评议", address: "E1", value: "身份" },
    ]);
    expect(plan.change?.appendRows?.[0].rows[0]).toEqual(["2026-11", expect.stringMatching(/^导入-/), "优秀", "刘芳", "党员"]);
  });

  it("puts new columns after stray cells right of the header, never over them", () => {
    const plan = planImport(
      [["刘芳"], ["优秀"]],
      smallRegister(PEOPLE, [
        ["评议期", "票号"],
        ["2026-10", "1", null, null, "旁注"],
      ]),
      options(),
    );
    expect(plan.change?.cells).toEqual([{ sheet: "民主评议", address: "F1", value: "刘芳" }]);
  });

  it("writes to an English-named register in English headers", () => {
    const register = new Map<string, SheetData>([
      [
        "Roster",
        {
          name: "Roster",
          values: [
            ["ID", "Name", "Kind"],
            ["D001", "王建国", "党员"],
          ],
          merges: [],
          ours: false,
        },
      ],
      ["Ballots", { name: "Ballots", values: [["Period", "Ballot"]], merges: [], ours: false }],
    ]);
    const plan = planImport(
      [
        ["Voter", "王建国"],
        ["Ann", "优秀"],
      ],
      register,
      options(),
    );
    expect(plan.change).toEqual({
      appendRows: [{ sheet: "Ballots", rows: [["2026-11", expect.any(String), "Ann", "优秀"]] }],
      cells: [
        { sheet: "Ballots", address: "C1", value: "Voter" },
        { sheet: "Ballots", address: "D1", value: "王建国" },
      ],
    });
  });
});

describe("the report", () => {
  it("counts ballots, marks per member and turnout against the members assessed in the period", () => {
    const people: [string, string][] = [...PEOPLE];
    const register = smallRegister(people);
    register.get("人员名册")!.values.push(["D009", "转出者", "党员", "", "", "", "2026-10-15"]);
    const plan = planImport(
      wjxExport(
        ["1、您的姓名", "3、王建国", "4、李秀英"],
        [
          ["刘芳", "优秀", "合格"],
          ["", "合格", ""],
          ["", "优秀", ""],
        ],
      ),
      register,
      options(),
    );
    expect(plan.report.ballots).toBe(3);
    expect(plan.report.marksPerMember).toEqual([
      { memberId: "D001", name: "王建国", marks: 3 },
      { memberId: "D002", name: "李秀英", marks: 1 },
      { memberId: "D003", name: "张伟", marks: 0 },
      { memberId: "D004", name: "刘芳", marks: 0 },
    ]);
    expect(plan.report.turnout).toEqual({ voters: 3, roster: 4, rate: 0.75 });
  });

  it("counts the members of the year for a year-end appraisal", () => {
    const register = smallRegister(PEOPLE);
    register.get("人员名册")!.values.push(["D009", "转出者", "党员", "", "", "", "2026-10-15"]);
    const plan = planImport([["王建国"], ["优秀"]], register, options({ period: "2026" }));
    expect(plan.report.turnout.roster).toBe(5);
    expect(plan.change?.appendRows?.[0].rows[0][0]).toBe("2026");
  });
});

describe("what cannot be imported", () => {
  it.each([
    ["an empty grid", [] as Grid, "import.file-empty"],
    ["a grid of blank cells", [[null, ""], []] as Grid, "import.file-empty"],
    [
      "a sheet of something else",
      [
        ["品名", "数量"],
        ["纸", 3],
      ] as Grid,
      "import.shape-unknown",
    ],
  ])("refuses %s", (_what, grid, code) => {
    const plan = planImport(grid, smallRegister(PEOPLE), options());
    expect(codes(plan)).toEqual([code]);
    expect(plan.blocked).toBe(true);
  });

  it("needs the register's 民主评议 sheet", () => {
    const register = smallRegister(PEOPLE);
    register.delete("民主评议");
    const plan = planImport([["王建国"], ["优秀"]], register, options());
    expect(plan.problems).toEqual([expect.objectContaining({ code: "register.sheet-missing", place: { ref: "民主评议" } })]);
    expect(plan.change).toBeUndefined();
  });

  it("needs people on the roster", () => {
    const plan = planImport([["王建国"], ["优秀"]], smallRegister([]), options());
    expect(codes(plan)).toEqual(["import.roster-empty"]);
  });

  it("throws on a period that is no period (a programmer's mistake)", () => {
    expect(() => planImport([], smallRegister(PEOPLE), options({ period: "2026-13" }))).toThrow(RangeError);
  });
});

describe("respondents and roles", () => {
  it("warns about a role that is none of the five and leaves it out", () => {
    const plan = planImport(wjxExport(["2、您的身份", "3、王建国"], [["路人", "优秀"]]), smallRegister(PEOPLE), options());
    expect(plan.problems).toEqual([expect.objectContaining({ code: "register.role-invalid", severity: "warning", place: { ref: "'[问卷.xlsx]Sheet1'!G2" } })]);
    expect(plan.ballots[0].role).toBeUndefined();
  });

  it("warns when a respondent's name is shared by two people on the roster", () => {
    const plan = planImport(wjxExport(["1、您的姓名", "3、王建国"], [["张伟", "优秀"]]), smallRegister([...PEOPLE, ["D026", "张伟"]]), options());
    expect(plan.problems).toEqual([expect.objectContaining({ code: "register.voter-ambiguous", severity: "warning" })]);
    expect(plan.ballots[0].voterName).toBe("张伟");
    expect(plan.ballots[0].voterId).toBeUndefined();
  });
});
