/**
 * The organisational life meeting (一讲二评, docs/rules.md): the rows of the 组织生活会 sheet grouped into
 * meetings, the checks of the scheme as warnings (never errors: the branch may have had reasons), and
 * the summary that the meeting record and the member archive print. Pure: rows in, meetings out.
 */
import { daysInMonth, lastDayOfMonth } from "./dates";
import { problem, type Problem } from "./problems";
import { assessedIn } from "./roster";
import type { Member } from "./types";

/** 会议类型: the monthly 组织生活会, or the 支部生活会 after a quarter. */
export const MEETING_KINDS = ["组织生活会", "支部生活会"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** 身份 at a meeting. */
export const MEETING_ROLES = ["党员", "党外", "群众代表", "行政领导"] as const;

/** 出席 */
export const ATTENDANCE = ["出席", "请假", "缺席"] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** One person at one meeting (a row of the 组织生活会 sheet), as read. */
export interface MeetingRow {
  /** The meeting's month 'YYYY-MM'. */
  period: string;
  /** 会议日期 (ISO date); undefined while only the month is written (as 准备本月 leaves it). */
  date?: string;
  /** 会议类型, as written (checked against {@link MEETING_KINDS} by the reader). */
  kind: string;
  /** A roster 编号, or the name of a 群众代表 or guest. */
  id: string;
  /** The roster member, when `id` is one. */
  memberId?: string;
  /** 姓名 (the roster's name for a member). */
  name: string;
  /** 身份 as written. */
  role: string;
  /** 出席 / 请假 / 缺席; '' while not recorded. */
  attendance: string;
  /** 讲述汇报 */
  reported: boolean;
  note?: string;
  /** The row's 会议日期 cell. */
  ref?: string;
  /** The row's 会议类型 cell. */
  kindRef?: string;
}

/** One meeting of a month: its rows, by kind and date. */
export interface Meeting {
  kind: string;
  /** ISO date, or undefined while the day is not written. */
  date?: string;
  rows: MeetingRow[];
  /** 出席 / 请假 / 缺席 names; rows without an attendance are in `unrecorded`. */
  present: MeetingRow[];
  onLeave: MeetingRow[];
  absent: MeetingRow[];
  unrecorded: MeetingRow[];
  /** 党外 and 行政领导 present (列席). */
  observers: MeetingRow[];
  /** 群众代表 present. */
  massRepresentatives: MeetingRow[];
  /** Those present who reported (讲述汇报 是). */
  reported: MeetingRow[];
  /** 党员 present who did not report: listed on the record, not penalised. */
  notReported: MeetingRow[];
  ref?: string;
}

/** The months after a quarter, in which the 支部生活会 with 群众代表 is held. */
export function isMonthAfterQuarter(period: string): boolean {
  return [1, 4, 7, 10].includes(Number(period.slice(5, 7)));
}

/** The month's rows grouped into meetings: by 会议类型 and 会议日期, in date order, 组织生活会 first on a tie. */
export function meetingsOf(period: string, rows: readonly MeetingRow[]): Meeting[] {
  const groups = new Map<string, MeetingRow[]>();
  for (const row of rows) {
    if (row.period !== period) continue;
    const key = `${row.kind}\u0000${row.date ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const meetings = [...groups.values()].map((list) => summarise(list));
  const order = (kind: string) => MEETING_KINDS.indexOf(kind as MeetingKind);
  return meetings.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || order(a.kind) - order(b.kind));
}

function summarise(rows: MeetingRow[]): Meeting {
  const present = rows.filter((r) => r.attendance === "出席");
  return {
    kind: rows[0].kind,
    date: rows[0].date,
    rows,
    present,
    onLeave: rows.filter((r) => r.attendance === "请假"),
    absent: rows.filter((r) => r.attendance === "缺席"),
    unrecorded: rows.filter((r) => !(ATTENDANCE as readonly string[]).includes(r.attendance)),
    observers: present.filter((r) => r.role === "党外" || r.role === "行政领导"),
    massRepresentatives: present.filter((r) => r.role === "群众代表"),
    reported: present.filter((r) => r.reported),
    notReported: present.filter((r) => r.role === "党员" && !r.reported),
    ref: rows[0].kindRef ?? rows[0].ref,
  };
}

/**
 * The checks of docs/rules.md for one month's meetings, all warnings naming the cell:
 *   meeting.date-missing          a row with only the month written (the day is needed for the checks)
 *   meeting.monthly-not-last-week a 组织生活会 dated outside the month's last seven days
 *   meeting.branch-not-first-week a 支部生活会 outside days 1–7 of a month after a quarter
 *   meeting.branch-no-mass-rep    a 支部生活会 without a 群众代表 present
 *   meeting.no-non-party          a 组织生活会 with no 党外 attendee while the roster has 党外 members
 *   meeting.low-attendance        fewer than half of the 党员 assessed that month attended its 组织生活会
 */
export function checkMeetings(period: string, rows: readonly MeetingRow[], members: readonly Member[]): Problem[] {
  const problems: Problem[] = [];
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const lastWeekFrom = daysInMonth(year, month) - 6;
  const assessed = members.filter((m) => assessedIn(m, period));
  const party = assessed.filter((m) => m.kind === "党员");
  const hasNonParty = assessed.some((m) => m.kind === "党外");
  for (const meeting of meetingsOf(period, rows)) {
    const place = { period, ref: meeting.ref };
    const day = meeting.date ? Number(meeting.date.slice(8, 10)) : null;
    if (day === null) {
      problems.push(problem("meeting.date-missing", { period, ref: meeting.rows[0].ref }, { kind: meeting.kind, period }));
    }
    if (meeting.kind === "组织生活会") {
      if (day !== null && day < lastWeekFrom) {
        problems.push(
          problem(
            "meeting.monthly-not-last-week",
            { period, ref: meeting.rows[0].ref },
            { date: meeting.date!, from: `${period}-${String(lastWeekFrom).padStart(2, "0")}`, to: lastDayOfMonth(period) },
          ),
        );
      }
      if (hasNonParty && !meeting.present.some((r) => r.role === "党外")) {
        problems.push(problem("meeting.no-non-party", place, { date: meeting.date ?? period }));
      }
      const attended = new Set(meeting.present.map((r) => r.memberId).filter((id): id is string => id !== undefined));
      const count = party.filter((m) => attended.has(m.id)).length;
      if (party.length > 0 && count * 2 < party.length) {
        problems.push(problem("meeting.low-attendance", place, { date: meeting.date ?? period, present: count, assessed: party.length }));
      }
    } else if (meeting.kind === "支部生活会") {
      if ((day !== null && day > 7) || !isMonthAfterQuarter(period)) {
        problems.push(problem("meeting.branch-not-first-week", { period, ref: meeting.rows[0].ref }, { date: meeting.date ?? period }));
      }
      if (meeting.massRepresentatives.length === 0) {
        problems.push(problem("meeting.branch-no-mass-rep", place, { date: meeting.date ?? period }));
      }
    }
  }
  return problems;
}

/** One member's attendance and report at the month's 组织生活会 (the archive's line), or null without a row. */
export function memberAtMeeting(period: string, rows: readonly MeetingRow[], memberId: string): { attendance: string; reported: boolean } | null {
  const row = rows.find((r) => r.period === period && r.kind === "组织生活会" && r.memberId === memberId);
  return row ? { attendance: row.attendance, reported: row.reported } : null;
}
