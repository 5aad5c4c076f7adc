/**
 * `star-register annual`: the year's steps over .xlsx files, through main(argv, io) with temp files.
 */
import { existsSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { sampleRegister } from "../../src/sample/sample-branch";
import { smallBranch, type Register } from "../register/year-sample";
import { captureIo, ourSheets, registerFile, tempFolder } from "./harness";

const same = (points: number) => [points / 5, points / 5, points / 5, points / 5, points / 5];

/** 甲 90 (四星级), 乙 70 (no star: admonished), 丙 党外 80 (monthly mean 80: 二星级); 乙's objection when asked. */
function register(objection?: string): Register {
  return smallBranch({
    year: "2026",
    members: [
      ["P1", "甲", "党员"],
      ["P2", "乙", "党员"],
      ["N1", "丙", "党外"],
    ],
    record: (id) => same(id === "P1" ? 90 : id === "P2" ? 70 : 80),
    monthlyMark: () => "合格",
    annualMarks: [0, 1, 2].map(() => ({ P1: "优秀", P2: "合格" })),
    objections: objection ? [[2026, "P2", "2026-12-02", "得分偏低", objection, "", ""]] : [],
  });
}

const folder = tempFolder("star-register-annual-");

const file = (name: string, sheets: Register = register()) => registerFile(folder.path, name, sheets);
const io = () => captureIo(new Date(2026, 11, 28, 9, 30, 0));
const sheetsOf = ourSheets;

describe("star-register annual", () => {
  it("writes 年度评星 to <name>-2026年度评星.xlsx, leaving the input alone", async () => {
    const input = await file("register.xlsx");
    const t = io();
    expect(await main(["annual", input, "--year", "2026"], t)).toBe(0);
    const out = path.join(folder.path, "register-2026年度评星.xlsx");
    expect(t.out.join("")).toContain(`已写出 ${out}（3 人）：2026 年度评星。`);
    expect(await sheetsOf(out)).toEqual(["2026 年度评星", "生成记录"]);
    expect(await sheetsOf(input)).toEqual([]);
  });

  it("publishes with --publicity-start, the period in the JSON", async () => {
    const input = await file("register.xlsx");
    const t = io();
    const out = path.join(folder.path, "out.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--today", "2026-12-01", "--out", out, "--json"], t)).toBe(0);
    const json = JSON.parse(t.out.join(""));
    expect(json.publicity).toEqual({ start: "2026-12-01", end: "2026-12-07", text: "公示时间：2026年12月1日至2026年12月7日" });
    expect(json.members[0]).toEqual({
      id: "P1",
      name: "甲",
      kind: "党员",
      recordAverage: 90,
      monthsAssessed: 12,
      annualAppraisal: 100,
      appraisalSource: "annual",
      score: 93,
      stars: 4,
      label: "四星级",
      finalStars: null,
    });
    expect(json.candidates).toBeNull();
    expect(json.admonishments).toBeNull();
    expect(await sheetsOf(out)).toEqual(["2026 年度评星", "2026 年度公示", "生成记录"]);
  });

  it("refuses to finalise without a publicity: exit 1, the reason on stderr, nothing written", async () => {
    const input = await file("register.xlsx");
    const t = io();
    const out = path.join(folder.path, "final.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--finalize", "--today", "2027-01-10", "--out", out], t)).toBe(1);
    const err = t.err.join("\n");
    expect(err).toContain("现在还不能确定年度星级（1 个原因），未写出结果：");
    expect(err).toContain("2026年度还没有生成年度公示");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to finalise before the period ends, in English with --lang en-US", async () => {
    const input = await file("register.xlsx");
    const published = path.join(folder.path, "published.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--today", "2026-12-01", "--out", published], io())).toBe(0);
    const t = io();
    const out = path.join(folder.path, "final.xlsx");
    expect(await main(["annual", published, "--year", "2026", "--finalize", "--today", "2026-12-07", "--out", out, "--lang", "en-US"], t)).toBe(1);
    const err = t.err.join("\n");
    expect(err).toContain("The final stars cannot be fixed yet (1 reason); nothing written:");
    expect(err).toContain("The publicity period ends on 2026-12-07: final stars can be fixed from 2026-12-08 (today is 2026-12-07).");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses while an objection is 待核查, naming its cell", async () => {
    const input = await file("register.xlsx", register("待核查"));
    const published = path.join(folder.path, "published.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--today", "2026-12-01", "--out", published], io())).toBe(0);
    const t = io();
    const out = path.join(folder.path, "final.xlsx");
    expect(await main(["annual", published, "--year", "2026", "--finalize", "--today", "2026-12-08", "--out", out, "--json"], t)).toBe(1);
    const json = JSON.parse(t.out.join(""));
    expect(json.problems).toContainEqual(expect.objectContaining({ severity: "error", code: "final.objection-pending", sheet: "异议登记", cell: "B2" }));
    expect(t.err.join("\n")).toContain("异议登记!B2：乙的异议（2026-12-02 收到）尚待核查，核查后才能确定年度星级。");
    expect(existsSync(out)).toBe(false);
  });

  it("finalises after the period: final stars, candidates and admonishments in the JSON, the sheets in the file", async () => {
    const input = await file("register.xlsx", register("不属实"));
    const published = path.join(folder.path, "published.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--today", "2026-12-01", "--out", published], io())).toBe(0);
    const t = io();
    expect(await main(["annual", published, "--year", "2026", "--finalize", "--today", "2026-12-08", "--json"], t)).toBe(0);
    const json = JSON.parse(t.out.join(""));
    expect(json.members.map((m: { id: string; finalStars: number | null }) => [m.id, m.finalStars])).toEqual([
      ["P1", 4],
      ["P2", 0],
      ["N1", 2],
    ]);
    expect(json.publicity).toEqual({ start: "2026-12-01", end: "2026-12-07", text: "公示时间：2026年12月1日至2026年12月7日" });
    expect(json.finalizedOn).toBe("2026-12-08");
    expect(json.candidates).toEqual([{ id: "P1", name: "甲", score: 93, finalStars: 4 }]);
    // 乙: 70 × 0.7 + 80 × 0.3 = 73.0; deadline 2026-12-08 + 3 months.
    expect(json.admonishments).toEqual([{ id: "P2", name: "乙", score: 73, deadline: "2027-03-08" }]);
    const out = path.join(folder.path, "published-2026年度星级.xlsx");
    expect(await sheetsOf(out)).toEqual(expect.arrayContaining(["2026 年度星级", "2026 结果运用", "2026 档案"]));
  });

  it("defaults --today to the real date (the io clock)", async () => {
    const input = await file("register.xlsx");
    const published = path.join(folder.path, "published.xlsx");
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--today", "2026-12-01", "--out", published], io())).toBe(0);
    const t = io();
    // The clock says 2026-12-28; a publicity from 2026-12-01 ended on 2026-12-07.
    expect(await main(["annual", published, "--year", "2026", "--finalize", "--json"], t)).toBe(0);
    expect(JSON.parse(t.out.join("")).finalizedOn).toBe("2026-12-28");
  });

  it("refuses a publicity start before today (publicising and finalising at once): exit 1, nothing written", async () => {
    const input = await file("register.xlsx");
    const t = io();
    const out = path.join(folder.path, "final.xlsx");
    // The clock says 2026-12-28: a publicity from 2026-12-01 never happened.
    expect(await main(["annual", input, "--year", "2026", "--publicity-start", "2026-12-01", "--finalize", "--out", out], t)).toBe(1);
    expect(t.err.join("\n")).toContain("公示开始日期 2026-12-01 早于公示表生成的日期（2026-12-28）");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["annual"], "缺少文件参数"],
    [["annual", "x.xlsx"], "--year 应为 YYYY"],
    [["annual", "x.xlsx", "--year", "26"], "--year 应为 YYYY，例如 2026，而不是“26”"],
    [["annual", "x.xlsx", "--year", "2026", "--publicity-start", "12/1"], "--publicity-start 应为 YYYY-MM-DD"],
    [["annual", "x.xlsx", "--year", "2026", "--finalize", "--today", "tomorrow"], "--today 应为 YYYY-MM-DD"],
    [["annual", "x.xlsx", "--year", "2026", "--bogus"], "未知的选项 --bogus。"],
  ])("exits 2 on wrong usage: %j", async (argv, message) => {
    const t = io();
    expect(await main(argv, t)).toBe(2);
    expect(t.err.join("\n")).toContain(message);
  });

  it("never overwrites an existing output file", async () => {
    const input = await file("register.xlsx");
    const out = await file("taken.xlsx");
    const t = io();
    expect(await main(["annual", input, "--year", "2026", "--out", out], t)).toBe(2);
    expect(t.err.join("\n")).toContain("文件已存在");
  });

  it("exits 1 with the errors when the data is wrong", async () => {
    const sheets = register();
    sheets.get("记实考核")![5][3] = "十八";
    const input = await file("register.xlsx", sheets);
    const t = io();
    expect(await main(["annual", input, "--year", "2026"], t)).toBe(1);
    expect(t.err.join("\n")).toContain("记实考核!D6：“十八”不是数字，这里应填分数。");
  });
});

describe("star-register annual over a register that starts in October", () => {
  /** The sample branch with data for October to December only, as a branch that starts mid-year keeps it. */
  const lateStart = () => registerFile(folder.path, "late.xlsx", sampleRegister({ lastMonth: "2026-12" }));

  it("warns only of the months the register holds, in grouped lines that fit a screen, and says once which months", async () => {
    const t = io();
    expect(await main(["annual", await lateStart(), "--year", "2026", "--out", path.join(folder.path, "y.xlsx")], t)).toBe(0);
    const err = t.err.join("\n").split("\n");
    expect(err[0]).toBe("50 个提醒：");
    expect(err.length).toBeLessThanOrEqual(24);
    for (const line of err.slice(1)) expect(line).toMatch(/^ {2}\[提醒\] /);
    expect(t.err.join("")).not.toMatch(/本月|2026年[1-9]月/);
    expect(t.out.join("")).toContain("本年度结果依据2026年10月至2026年12月的数据（共3个月）；此前的月份没有数据，不作提醒。");
  });

  it("prints every warning with --verbose, and a month's warning names its month", async () => {
    const register = sampleRegister({ lastMonth: "2026-12" });
    register.set(
      "记实考核",
      register.get("记实考核")!.filter((row) => !(row[0] === "2026-11" && row[1] === "D002")),
    );
    const t = io();
    const input = await registerFile(folder.path, "gap.xlsx", register);
    expect(await main(["annual", input, "--year", "2026", "--out", path.join(folder.path, "y.xlsx"), "--verbose", "--lang", "en-US"], t)).toBe(0);
    const err = t.err.join("\n").split("\n");
    expect(err[0]).toBe("51 warnings:");
    expect(err).toHaveLength(52);
    expect(err).toContainEqual(expect.stringMatching(/^ {2}\[warning\] .*李秀英 has no record in November 2026 and is listed as not assessed/));
    expect(t.err.join("")).not.toMatch(/this month/);
    expect(t.out.join("")).toContain("The year's results rest on October 2026 to December 2026 (3 months)");
  });
});
