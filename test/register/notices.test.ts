/**
 * The whole scheme on paper: the 组织生活会 sheet as read, the year's rules and commitments
 * notices written from the register, the month's meeting record, the monthly publicity's period and
 * contact, and 调整星级 written as 三星级, 3星 or ★★★.
 */
import type { CellValue, Grid } from "../../src/register/cells";
import { planMonth } from "../../src/register/month-workflow";
import { generateNotices, planNotices } from "../../src/register/notices-workflow";
import type { SheetData } from "../../src/register/port";
import { readRegister } from "../../src/register/read/read-register";
import { readStars } from "../../src/register/read/values";
import { sampleRegister, sampleYear } from "../../src/sample/sample-branch";
import { inputSheet } from "../../src/register/schema";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { inputSheetPlans } from "../../src/register/template";
import type { SheetPlan } from "../../src/register/sheet-plan";
import { overlaps, parseRange } from "../../src/register/ranges";
import { formatValue } from "../../src/preview/format-value";

const AT = "2026-11-28T10:00:00+08:00";
const header = (key: Parameters<typeof inputSheet>[0]) => inputSheet(key).columns.map((c) => c.zh);

function sheetsOf(register: Map<string, Grid>): Map<string, SheetData> {
  return new Map([...register].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
}

function text(plan: SheetPlan): string {
  return plan.values
    .flat()
    .filter((v) => v !== "" && v !== null)
    .join("\n");
}

function setSetting(register: Map<string, Grid>, name: string, value: CellValue): void {
  const grid = register.get("设置")!;
  const row = grid.find((r) => r[0] === name);
  if (row) row[1] = value;
  else grid.push([name, value, ""]);
}

describe("the 组织生活会 sheet", () => {
  const read = (rows: CellValue[][]) => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    register.set("组织生活会", [header("meetings"), ...rows]);
    return readRegister(sheetsOf(register), { periods: new Set(["2026-11"]), require: ["roster"], optional: ["meetings"] });
  };

  it("reads a row per person, matching 党员 and 党外 to the roster and taking a 群众代表 by name", () => {
    const { data, problems } = read([
      ["2026-11-27", "组织生活会", "D001", "王建国", "党员", "出席", "是", ""],
      ["2026年11月27日", "组织生活会", "钱学文", "", "群众代表", "出席", "", "应邀"],
      ["2026-10-30", "组织生活会", "D001", "王建国", "党员", "出席", "是", ""],
    ]);
    expect(problems).toEqual([]);
    expect(data.meetings).toEqual([
      expect.objectContaining({
        period: "2026-11",
        date: "2026-11-27",
        memberId: "D001",
        name: "王建国",
        role: "党员",
        attendance: "出席",
        reported: true,
        ref: "组织生活会!A2",
        kindRef: "组织生活会!B2",
      }),
      expect.objectContaining({ period: "2026-11", date: "2026-11-27", memberId: undefined, name: "钱学文", role: "群众代表", reported: false }),
    ]);
  });

  it("takes a 会议日期 written as a month only (the day is asked for by the checks)", () => {
    const { data } = read([["2026-11", "组织生活会", "D002", "", "党员", "", "", ""]]);
    expect(data.meetings[0]).toMatchObject({ period: "2026-11", date: undefined, name: "李秀英" });
  });

  it.each([
    ["an unknown 编号 for a 党员", ["2026-11-27", "组织生活会", "X9", "", "党员", "出席", "是", ""], "register.member-unknown", "C", "error"],
    ["a 会议类型 not in the list", ["2026-11-27", "座谈会", "D001", "", "党员", "出席", "是", ""], "register.choice-invalid", "B", "warning"],
    ["an 出席 not in the list", ["2026-11-27", "组织生活会", "D001", "", "党员", "迟到", "是", ""], "register.choice-invalid", "F", "warning"],
    ["a date that cannot be read", ["下旬", "组织生活会", "D001", "", "党员", "出席", "是", ""], "register.date-invalid", "A", "error"],
  ])("reports %s at its cell", (_, row, code, column, severity) => {
    const { problems } = read([row]);
    expect(problems).toContainEqual(expect.objectContaining({ code, severity, place: { ref: `组织生活会!${column}2` } }));
  });

  it("is created by 建立登记簿 with its drop-down lists", () => {
    const plan = inputSheetPlans().find((p) => p.name === "组织生活会")!;
    expect(plan.values[0]).toEqual(["会议日期", "会议类型", "编号", "姓名", "身份", "出席", "讲述汇报", "备注"]);
    expect(plan.validations?.map((v) => v.list)).toEqual([
      ["组织生活会", "支部生活会"],
      ["党员", "党外", "群众代表", "行政领导"],
      ["出席", "请假", "缺席"],
      ["是", "否"],
    ]);
  });
});

describe("调整星级", () => {
  it.each([
    [3, 3],
    ["3", 3],
    ["三星级", 3],
    ["三星", 3],
    ["3星", 3],
    ["3星级", 3],
    ["★★★", 3],
    ["★★★☆☆", 3],
    ["☆☆☆☆☆", 0],
    ["未评星", 0],
    ["五星级", 5],
    ["６", null],
    [2.5, null],
    ["三颗星", null],
    ["★★★★★★", null],
    ["", undefined],
  ])("reads %p as %p", (value, stars) => {
    expect(readStars(value)).toBe(stars);
  });

  it("is read from 异议登记 as written: 三星级 is no longer reported as missing", () => {
    const register = sampleYear("2026");
    register.set("异议登记", [header("objections"), ["2026", "D007", "2026-12-29", "漏记加分", "属实", "三星级", "王建国"]]);
    const { data, problems } = readRegister(sheetsOf(register), { periods: new Set(["2026"]), require: ["roster", "objections"] });
    expect(problems).toEqual([]);
    expect(data.objections[0].adjustedStars).toBe(3);
  });
});

describe("考核办法公示", () => {
  const notice = (edit: (r: Map<string, Grid>) => void = () => {}) => {
    const register = sampleYear("2026");
    edit(register);
    const run = planNotices(sheetsOf(register), { year: "2026", generatedAt: "2026-03-02T10:00:00+08:00" });
    expect(run.blocked).toBe(false);
    return run.change!.sheets!.find((p) => p.name === "2026 考核办法公示")!;
  };

  it("states content, procedure, method and use from the register: criteria, weights, grade points, thresholds", () => {
    const all = text(notice());
    expect(all).toContain("市档案馆机关第一党支部 2026年度党员积分评星考核办法公示");
    for (const name of ["学习提高", "争创佳绩", "服务群众", "遵纪守法", "弘扬正气"]) expect(all).toContain(name);
    expect(all).toContain("综合得分 = 民主评议得分×30% + 记实考核得分×70%");
    expect(all).toContain("优秀100分、合格80分、基本合格60分、不合格0分");
    expect(all).toContain("95分及以上");
    expect(all).toContain("不足75分");
    expect(all).toContain("整改期限为3个月");
    expect(all).toContain("月度结果公示5天，年度结果公示不少于7天");
    expect(all).toContain("不去掉最高分和最低分");
  });

  it("changes with the settings: a new threshold and a new weight are what the regenerated notice says", () => {
    const all = text(
      notice((r) => {
        setSetting(r, "五星级下限", 96);
        setSetting(r, "民主评议权重", "40%");
        setSetting(r, "记实考核权重", "60%");
        setSetting(r, "去掉最高最低分", "是");
        setSetting(r, "整改期限（月）", 6);
        setSetting(r, "最少有效票数", 5);
      }),
    );
    expect(all).toContain("综合得分 = 民主评议得分×40% + 记实考核得分×60%");
    expect(all).toContain("96分及以上");
    expect(all).toContain("90分及以上、不足96分");
    expect(all).not.toContain("95分");
    expect(all).toContain("去掉一个最高分和一个最低分");
    expect(all).toContain("有效评价少于5个");
    expect(all).toContain("整改期限为6个月");
  });

  it("lists every criterion with its category and maximum, and their total", () => {
    const plan = notice((r) => {
      r.set("考核细则", [
        header("criteria"),
        ["A1", "带头学习提高", "理论学习", 30, "学习强国"],
        ["A2", "带头争创佳绩", "岗位业绩", 40, ""],
        ["A3", "带头服务群众", "志愿服务", 30, ""],
      ]);
      const record = r.get("记实考核")!;
      r.set("记实考核", [
        ["月份", "编号", "姓名", "理论学习", "岗位业绩", "志愿服务", "不参评", "说明"],
        ...record.slice(1).map((row) => [row[0], row[1], row[2], 20, 30, 20, row[8], row[9]]),
      ]);
    });
    const rows = plan.values.filter((row) => ["理论学习", "岗位业绩", "志愿服务", "合计"].includes(String(row[2])) || row[0] === "合计");
    expect(rows.map((row) => [row[1], row[2], row[3]])).toEqual([
      ["带头学习提高", "理论学习", 30],
      ["带头争创佳绩", "岗位业绩", 40],
      ["带头服务群众", "志愿服务", 30],
      ["", "", 100],
    ]);
    // Each maximum prints as a number reads, in every reader of the cell's format: 30, never "30.".
    const shown = rows.map((row) => {
      const r = plan.values.indexOf(row);
      const cell = { top: r, left: 3, bottom: r, right: 3 };
      const format = (plan.formats ?? []).filter((f) => f.numberFormat !== undefined && overlaps(parseRange(f.range), cell)).pop()?.numberFormat;
      return formatValue(row[3], format);
    });
    expect(shown).toEqual(["30", "40", "30", "100"]);
  });

  it("names the contact and telephone from the settings", () => {
    const all = text(
      notice((r) => {
        setSetting(r, "公示联系人", "刘芳");
        setSetting(r, "联系电话", "0571-88888888");
      }),
    );
    expect(all).toContain("联系人：刘芳，联系电话：0571-88888888");
  });

  it("is blocked, writing nothing, while the settings are in error", async () => {
    const register = sampleYear("2026");
    setSetting(register, "民主评议权重", "50%");
    const wb = new MemoryWorkbook();
    await wb.write({ inputSheets: [...register].map(([name, values]) => ({ name, values })) });
    const run = await generateNotices(wb, { year: "2026", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems).toContainEqual(
      expect.objectContaining({ code: "settings.weights-sum", place: expect.objectContaining({ ref: expect.stringMatching(/^设置!B\d+$/) }) }),
    );
    expect((await wb.listSheets()).some((s) => s.ours)).toBe(false);
  });
});

describe("承诺公示", () => {
  const notice = () =>
    planNotices(sheetsOf(sampleYear("2026")), { year: "2026", generatedAt: "2026-03-02T10:00:00+08:00" }).change!.sheets!.find(
      (p) => p.name === "2026 承诺公示",
    )!;

  it("lists 党员 first, 党外 apart, everyone of the year, a person without a commitment as such", () => {
    const plan = notice();
    const names = plan.values.map((r) => String(r[1]));
    const party = plan.values.findIndex((r) => r[0] === "一、党员");
    const nonParty = plan.values.findIndex((r) => r[0] === "二、党外干部职工");
    expect(party).toBeGreaterThan(0);
    expect(nonParty).toBeGreaterThan(party);
    expect(names.indexOf("王建国")).toBeGreaterThan(party);
    expect(names.indexOf("王建国")).toBeLessThan(nonParty);
    expect(names.indexOf("宋佳")).toBeGreaterThan(nonParty);
    const liu = plan.values.find((r) => r[1] === "刘芳")!;
    expect(liu[2]).toBe("（本年度未作承诺）");
    const wang = plan.values.find((r) => r[1] === "王建国")!;
    expect(wang.slice(2)).toEqual(["政治品德", "党风民风", "带头讲党课两次，带领支部完成全年学习计划", "2026-12-31", "进行中", "已讲党课一次"]);
    expect(text(plan)).toContain("共25人，6人作出承诺，19人未作承诺；承诺事项6项，已兑现1项。");
  });
});

describe("the month's meeting record", () => {
  it("is written with the month when the 组织生活会 sheet has rows for it, with attendance, 点评记录, ballots and sign lines", () => {
    const run = planMonth(sheetsOf(sampleRegister({ lastMonth: "2026-10" })), { period: "2026-10", generatedAt: "2026-10-30T10:00:00+08:00" });
    expect(run.sheetNames[2]).toBe("2026-10 组织生活会记录");
    const plan = run.change!.sheets!.find((p) => p.name === "2026-10 组织生活会记录")!;
    const all = text(plan);
    expect(all).toContain("市档案馆机关第一党支部 2026年10月组织生活会记录");
    expect(all).toContain("支部生活会（2026年10月5日）");
    expect(all).toContain("组织生活会（2026年10月28日）");
    expect(all).toContain("钱学文、冯丽（2人）");
    expect(all).toContain("组织生活会缺席一次，学习任务落后");
    // The sample's October holds 23 ballots: the record states them, not a count taken from the code under test.
    expect(run.data.ballots.filter((b) => b.period === "2026-10")).toHaveLength(23);
    expect(all).toContain("本月收回评议票23张；应参加评议27人");
    expect(all).toContain("参评率85%");
    expect(all).toContain("主持人（签字）：");
    expect(all).toContain("记录人（签字）：");
    // 马超 was absent in the sample's last month; 林志刚 present without reporting.
    const absent = plan.values.find((r) => r[0] === "缺席" && String(r[2]).includes("马超"));
    expect(absent).toBeDefined();
    expect(plan.values.filter((r) => r[0] === "未讲述汇报的党员").map((r) => r[2])).toEqual(["无", "林志刚（1人）"]);
    expect(run.problems.filter((p) => p.code.startsWith("meeting."))).toEqual([]);
  });

  it("is not written, and nothing is said, for a register without the 组织生活会 sheet", () => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    register.delete("组织生活会");
    const run = planMonth(sheetsOf(register), { period: "2026-11", generatedAt: AT });
    expect(run.sheetNames[2]).toBeUndefined();
    expect(run.change!.sheets!.map((p) => p.name)).toEqual(["2026-11 评星", "2026-11 公示", "生成记录"]);
    expect(run.problems.some((p) => p.code === "register.sheet-absent")).toBe(false);
  });

  it("brings the meeting's warnings into the month's problems, with the cell", () => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    const rows = register.get("组织生活会")!;
    for (const row of rows.slice(1)) if (row[0] === "2026-11-27") row[0] = "2026-11-20";
    const run = planMonth(sheetsOf(register), { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect(run.problems).toContainEqual(
      expect.objectContaining({
        code: "meeting.monthly-not-last-week",
        severity: "warning",
        place: expect.objectContaining({ ref: expect.stringMatching(/^组织生活会!A\d+$/) }),
      }),
    );
  });
});

describe("the monthly publicity's period and contact", () => {
  const publicity = (edit: (r: Map<string, Grid>) => void = () => {}, start?: string) => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    edit(register);
    const run = planMonth(sheetsOf(register), { period: "2026-11", generatedAt: AT, ...(start && { publicityStart: start }) });
    return text(run.change!.sheets!.find((p) => p.name === "2026-11 公示")!);
  };

  it("runs 月度公示天数 days from the day generated, inclusive, and names the 支部书记 as contact by default", () => {
    const all = publicity();
    expect(all).toContain("公示时间：2026年11月28日至2026年12月2日");
    expect(all).toContain("如有异议，请于公示期内向支部委员会反映（联系人：王建国）。");
  });

  it("follows the settings and a chosen start", () => {
    const all = publicity((r) => {
      setSetting(r, "月度公示天数", 3);
      setSetting(r, "公示联系人", "刘芳");
      setSetting(r, "联系电话", "13800000000");
    }, "2026-12-01");
    expect(all).toContain("公示时间：2026年12月1日至2026年12月3日");
    expect(all).toContain("联系人：刘芳，联系电话：13800000000");
  });

  it("refuses 月度公示天数 below 1, at its cell", () => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    setSetting(register, "月度公示天数", 0);
    const run = planMonth(sheetsOf(register), { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems).toContainEqual(
      expect.objectContaining({
        code: "settings.monthly-publicity-days",
        severity: "error",
        place: expect.objectContaining({ ref: expect.stringMatching(/^设置!B\d+$/) }),
      }),
    );
  });
});

describe("the 优秀 cap on the rules notice (每票优秀上限)", () => {
  it("is printed as a branch writes it, and left out when no cap is set", async () => {
    const { excellentCapText } = await import("../../src/register/render/rules-notice-sheet");
    const { withDefaults } = await import("../../src/scheme/settings");
    expect(excellentCapText(withDefaults())).toBeNull();
    const withCap = (numerator: number, denominator: number) => excellentCapText(withDefaults({ excellentCap: { numerator, denominator } }));
    expect(withCap(1, 3)).toBe("1/3");
    expect(withCap(33, 100)).toBe("33%");
    expect(withCap(2, 5)).toBe("2/5");
  });
});
