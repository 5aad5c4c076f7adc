/**
 * A large register for the benchmarks: `members` people (one in ten 党外), a record row for each in each
 * month of `year`, and `ballotsPerMonth` anonymous ballots a month marking every member, as a branch that
 * keeps everything in one workbook would have at year end. Deterministic (no randomness): the same
 * arguments give the same register.
 */
import type { Grid } from "../src/register/cells";
import { DEFAULT_CRITERIA, inputSheetPlans } from "../src/register/template";
import type { SheetPlan } from "../src/register/sheet-plan";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚";
const GRADES = ["优秀", "合格", "优秀", "基本合格", "合格", "优秀"];

export function bigRegister(members: number, year: string, ballotsPerMonth: number): SheetPlan[] {
  const ids = Array.from({ length: members }, (_, i) => `M${String(i + 1).padStart(4, "0")}`);
  // Names unique within the register: a surname, a given name and a number when the pairs run out.
  const names = ids.map(
    (_, i) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${i >= SURNAMES.length * GIVEN.length ? i : ""}`,
  );
  const roster: Grid = [["编号", "姓名", "类别", "党小组", "岗位", "转入日期", "转出日期", "备注"]];
  ids.forEach((id, i) => roster.push([id, names[i], i % 10 === 9 ? "党外" : "党员", `第${(i % 5) + 1}党小组`, "干部", null, null, null]));
  const criteria = DEFAULT_CRITERIA.map(([, , name]) => name);
  const record: Grid = [["月份", "编号", "姓名", ...criteria, "不参评", "说明"]];
  const ballots: Grid = [["评议期", "票号", "评议人", "身份", ...names]];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, "0")}`;
    ids.forEach((id, i) => record.push([month, id, names[i], ...criteria.map((_, k) => 20 - ((i + k + m) % 4)), null, null]));
    for (let b = 0; b < ballotsPerMonth; b++) {
      ballots.push([month, `${month}-${String(b + 1).padStart(3, "0")}`, null, "党员", ...ids.map((_, i) => GRADES[(i + b + m) % GRADES.length])]);
    }
  }
  const settings: Grid = [
    ["项目", "值", "说明"],
    ["支部名称", "第一党支部", null],
    ["支部书记", "王书记", null],
  ];
  return inputSheetPlans(
    new Map<string, Grid>([
      ["设置", settings],
      ["人员名册", roster],
      ["考核细则", [["编号", "类别", "名称", "满分", "说明"], ...DEFAULT_CRITERIA.map((c) => [...c, ""])]],
      ["记实考核", record],
      ["民主评议", ballots],
    ]),
  );
}
