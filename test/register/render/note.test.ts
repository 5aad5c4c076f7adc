import { labelsFor } from "../../../src/register/render/labels";
import { mergeNote, noteText } from "../../../src/register/render/note";
import { member } from "./fixtures";

const L = labelsFor();

describe("noteText", () => {
  it.each([
    ["票数不足", member({ id: "1", name: "a", validMarks: 2 }), "票数不足（少于3票）"],
    ["不参评 with its reason", member({ id: "1", name: "a", exempt: "长期病假" }), "不参评（长期病假）"],
    ["不参评 without a reason", member({ id: "1", name: "a", exempt: "" }), "不参评"],
    ["未考核 and 未评议", member({ id: "1", name: "a", record: null, appraisal: null }), "未考核；未评议"],
    ["adjustments", member({ id: "1", name: "a", adjustmentTotal: 1.5 }), "含加减分+1.5"],
    ["nothing", member({ id: "1", name: "a" }), ""],
  ])("writes %s", (_what, m, text) => {
    expect(noteText(m, L, 3)).toBe(text);
  });

  it("keeps the note separator out of an exempt reason", () => {
    expect(noteText(member({ id: "1", name: "a", exempt: "病假；住院" }), L, 3)).toBe("不参评（病假，住院）");
  });
});

describe("mergeNote", () => {
  it.each([
    ["nothing before", "票数不足（少于3票）", null, "票数不足（少于3票）"],
    ["the same flags before", "票数不足（少于3票）", "票数不足（少于3票）", "票数不足（少于3票）"],
    ["a flag that no longer holds", "", "票数不足（少于3票）", ""],
    ["an old minimum", "票数不足（少于4票）", "票数不足（少于3票）", "票数不足（少于4票）"],
    ["a person's words after the flags", "未考核", "票数不足（少于3票）；已补录", "未考核；已补录"],
    ["a person's words alone", "", "已谈话提醒", "已谈话提醒"],
    ["a person's words with ASCII semicolons", "", "甲; 乙", "甲; 乙"],
    ["a formula-like note", "", "=1+1", "=1+1"],
    ["a number typed", "含加减分+2", 7, "含加减分+2；7"],
    ["an old adjustment and exemption", "", "含加减分-0.5；不参评（病假）；保留", "保留"],
  ])("merges %s", (_what, generated, previous, expected) => {
    expect(mergeNote(generated, previous)).toBe(expected);
  });

  it("is stable: merging the merged note again changes nothing", () => {
    const once = mergeNote("未考核", "票数不足（少于3票）；已补录");
    expect(mergeNote("未考核", once)).toBe(once);
  });
});
