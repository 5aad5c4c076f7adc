/**
 * The organisational life meeting's checks (docs/rules.md): each a warning naming the cell, one test each,
 * and the meetings a month's rows make.
 */
import { checkMeetings, meetingsOf, memberAtMeeting, type MeetingRow } from "../../src/scheme/meetings";
import type { Member } from "../../src/scheme/types";

const members: Member[] = [
  { id: "P1", name: "甲", kind: "党员" },
  { id: "P2", name: "乙", kind: "党员" },
  { id: "P3", name: "丙", kind: "党员" },
  { id: "N1", name: "丁", kind: "党外" },
];

let row = 1;
function at(
  date: string | undefined,
  kind: string,
  id: string,
  role: string,
  attendance = "出席",
  reported = true,
  period = date?.slice(0, 7) ?? "2026-11",
): MeetingRow {
  row += 1;
  const m = members.find((x) => x.id === id);
  return { period, date, kind, id, memberId: m?.id, name: m?.name ?? id, role, attendance, reported, ref: `组织生活会!A${row}`, kindRef: `组织生活会!B${row}` };
}

/** A complete, well-held 组织生活会 on 2026-11-27. */
function monthly(date = "2026-11-27"): MeetingRow[] {
  return [
    at(date, "组织生活会", "P1", "党员"),
    at(date, "组织生活会", "P2", "党员"),
    at(date, "组织生活会", "P3", "党员", "请假", false),
    at(date, "组织生活会", "N1", "党外"),
  ];
}

describe("checkMeetings", () => {
  it("has nothing to say about a meeting in the last week, with 党外 present and most 党员 attending", () => {
    expect(checkMeetings("2026-11", monthly(), members)).toEqual([]);
  });

  it("warns about a 组织生活会 outside the month's last seven days, at its date cell", () => {
    const rows = monthly("2026-11-23");
    expect(checkMeetings("2026-11", rows, members)).toEqual([
      expect.objectContaining({
        code: "meeting.monthly-not-last-week",
        severity: "warning",
        place: expect.objectContaining({ ref: rows[0].ref }),
        args: expect.objectContaining({ from: "2026-11-24", to: "2026-11-30" }),
      }),
    ]);
    expect(checkMeetings("2026-11", monthly("2026-11-24"), members)).toEqual([]);
  });

  it("warns about a 支部生活会 outside days 1–7 of a month after a quarter", () => {
    const late = [at("2026-10-08", "支部生活会", "P1", "党员"), at("2026-10-08", "支部生活会", "群众甲", "群众代表")];
    expect(checkMeetings("2026-10", late, members).map((p) => p.code)).toEqual(["meeting.branch-not-first-week"]);
    const wrongMonth = [at("2026-11-03", "支部生活会", "P1", "党员"), at("2026-11-03", "支部生活会", "群众甲", "群众代表")];
    expect(checkMeetings("2026-11", wrongMonth, members)).toEqual([
      expect.objectContaining({ code: "meeting.branch-not-first-week", place: expect.objectContaining({ ref: wrongMonth[0].ref }) }),
    ]);
    const right = [at("2026-10-07", "支部生活会", "P1", "党员"), at("2026-10-07", "支部生活会", "群众甲", "群众代表")];
    expect(checkMeetings("2026-10", right, members)).toEqual([]);
  });

  it("warns about a 支部生活会 without a 群众代表 present, at its 会议类型 cell", () => {
    const rows = [at("2026-10-05", "支部生活会", "P1", "党员"), at("2026-10-05", "支部生活会", "群众甲", "群众代表", "缺席", false)];
    expect(checkMeetings("2026-10", rows, members)).toEqual([
      expect.objectContaining({ code: "meeting.branch-no-mass-rep", severity: "warning", place: expect.objectContaining({ ref: rows[0].kindRef }) }),
    ]);
  });

  it("warns about a 组织生活会 with no 党外 attendee while the roster has 党外 members", () => {
    const rows = monthly().map((r) => (r.id === "N1" ? { ...r, attendance: "请假" } : r));
    expect(checkMeetings("2026-11", rows, members).map((p) => p.code)).toEqual(["meeting.no-non-party"]);
    expect(
      checkMeetings(
        "2026-11",
        rows,
        members.filter((m) => m.kind === "党员"),
      ),
    ).toEqual([]);
  });

  it("warns when fewer than half of the 党员 assessed attended", () => {
    const rows = monthly().map((r) => (r.id === "P2" ? { ...r, attendance: "缺席" } : r));
    expect(checkMeetings("2026-11", rows, members)).toEqual([
      expect.objectContaining({ code: "meeting.low-attendance", args: expect.objectContaining({ present: 1, assessed: 3 }) }),
    ]);
  });

  it("asks for the day when only the month is written (as 准备本月 leaves it)", () => {
    const rows = monthly().map((r) => ({ ...r, date: undefined }));
    expect(checkMeetings("2026-11", rows, members)).toEqual([
      expect.objectContaining({ code: "meeting.date-missing", place: expect.objectContaining({ ref: rows[0].ref }) }),
    ]);
  });
});

describe("meetingsOf", () => {
  it("groups the month's rows by kind and date and lists who was there, who reported and who did not", () => {
    const rows = [...monthly(), at("2026-11-27", "组织生活会", "P9", "行政领导")];
    rows[1] = { ...rows[1], reported: false };
    const [meeting] = meetingsOf("2026-11", rows);
    expect(meeting.present.map((r) => r.name)).toEqual(["甲", "乙", "丁", "P9"]);
    expect(meeting.onLeave.map((r) => r.name)).toEqual(["丙"]);
    expect(meeting.observers.map((r) => r.name)).toEqual(["丁", "P9"]);
    expect(meeting.notReported.map((r) => r.name)).toEqual(["乙"]);
    expect(memberAtMeeting("2026-11", rows, "P3")).toEqual({ attendance: "请假", reported: false });
    expect(memberAtMeeting("2026-10", rows, "P3")).toBeNull();
  });
});
