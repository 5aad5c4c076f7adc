import { matchHeader, matchQuestion, questionText, rosterIndex } from "../../../src/register/import/match";
import type { Member } from "../../../src/scheme/types";

const member = (id: string, name: string): Member => ({ id, name, kind: "党员" });
const roster = rosterIndex([member("D001", "王建国"), member("D003", "张伟"), member("D026", "张伟"), member("D004", "刘芳"), member("D005", "张伟华")]);

describe("questionText", () => {
  it.each([
    ["3、王建国", "王建国"],
    ["3.王建国", "王建国"],
    ["Q3. 王建国", "王建国"],
    ["第3题(王建国)", "王建国"],
    ["第3题（王建国）", "王建国"],
    ["3(王建国)", "王建国"],
    ["*3、王建国：", "王建国"],
    ["3、王建国【单选题】", "王建国"],
    ["王建国", "王建国"],
  ])("%p → %p", (header, text) => {
    expect(questionText(header)).toBe(text);
  });
});

describe("matchQuestion", () => {
  it.each([
    ["3、王建国", "D001", "name"],
    ["第3题(王建国)", "D001", "name"],
    ["3、请对下列同志进行评议—王建国", "D001", "name"],
    ["3、王建国同志", "D001", "name"],
    ["7(王建国)", "D001", "name"],
    ["7、请对下列同志进行评议：王建国", "D001", "name"],
    ["7、请对下列同志进行评议 - 王建国", "D001", "name"],
    ["3、王建国（第一党小组）", "D001", "name"],
    ["3、张伟(D026)", "D026", "id"],
    ["D004", "D004", "id"],
    ["d004", "D004", "id"],
    ["王 建 国", "D001", "name"],
    ["5、您对刘芳同志本月表现的评价", "D004", "contains"],
    ["5、请评价张伟华", "D005", "contains"],
    ["6、您对张伟华的评价", "D005", "contains"],
  ])("%p → %p by %p", (header, id, via) => {
    const m = matchQuestion(header, roster);
    expect(m.member?.id).toBe(id);
    expect(m.via).toBe(via);
  });

  it("gives both people for a name two people share, and no one as the match", () => {
    const m = matchQuestion("4、张伟", roster);
    expect(m.member).toBeUndefined();
    expect(m.candidates.map((c) => c.id)).toEqual(["D003", "D026"]);
  });

  it("gives no one for a question about no roster member", () => {
    expect(matchQuestion("10、对支部工作的意见建议", roster)).toEqual({ candidates: [] });
  });

  it("gives everyone named when a question names two people", () => {
    expect(matchQuestion("您对王建国和刘芳的评价", roster).candidates.map((m) => m.id)).toEqual(["D001", "D004"]);
  });
});

describe("matchHeader (the register's own rule)", () => {
  it("does not peel question numbers", () => {
    expect(matchHeader("3、王建国", roster).member).toBeUndefined();
    expect(matchHeader("王建国(D001)", roster).member?.id).toBe("D001");
  });
});
