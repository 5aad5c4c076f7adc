/** Every problem code in English, with the same codes as the Chinese. */
import { IMPORT_SENTENCES } from "./import-problems";
import { englishColumn, englishExpected, expected, month, num, pct, SETTING_SENTENCES, thisMonth, v, describeCode, type Sentences } from "./problem-words";

const EN = "en-US";

export const PROBLEMS_EN: Sentences = {
  "settings.weights-sum": (a) => `The appraisal and record weights must add up to 100%; they are ${pct(a.appraisalWeight)} + ${pct(a.recordWeight)}.`,
  "settings.weight-range": (a) => `A weight must be between 0% and 100%, not "${v(a, "value")}".`,
  "settings.thresholds-count": (a) => `There must be 5 star thresholds (five stars to one); there are ${v(a, "count")}.`,
  "settings.thresholds-order": (a) => `Star thresholds must fall from five stars to one: ${v(a, "lower")} is not below ${v(a, "higher")}.`,
  "settings.threshold-range": (a) => `A star threshold must be a number 0–100, not "${v(a, "value")}".`,
  ...SETTING_SENTENCES["en-US"],
  "settings.grade-unknown": (a) => `Unknown grade "${v(a, "grade")}": the grades are 优秀, 合格, 基本合格, 不合格.`,
  "settings.grade-missing": (a) => `The points of "${v(a, "grade")}" are missing.`,
  "settings.grade-points-range": (a) => `The points of "${v(a, "grade")}" must be 0–100, not "${v(a, "value")}".`,
  "criteria.empty": () => `There are no criteria: enter the five leads' criteria with their maximum points.`,
  "criteria.duplicate-code": (a) => `Criterion code "${v(a, "code")}" is used twice; codes must be unique.`,
  "criteria.duplicate-name": (a) => `Criterion name "${v(a, "name")}" is used twice; names must be unique.`,
  "criteria.unknown-category": (a) => `Category "${v(a, "category")}" is not one of the five leads.`,
  "criteria.max-invalid": (a) => `The maximum must be a number above 0, not "${v(a, "max")}".`,
  "criteria.max-sum": (a) => `The criteria maxima must add up to 100; they add up to ${v(a, "sum")}.`,
  "criteria.category-missing": (a) => `No criterion for "${v(a, "category")}".`,
  "roster.missing-id": (a) => `${v(a, "name")} has no ID.`,
  "roster.duplicate-id": (a) =>
    a.first !== undefined && a.first !== a.id
      ? `ID "${v(a, "id")}" differs from "${v(a, "first")}" only in case and counts as the same ID (${v(a, "name")}); IDs must be unique.`
      : `ID "${v(a, "id")}" is used by more than one person (${v(a, "name")} …); IDs must be unique.`,
  "roster.invalid-date": (a) => `Date "${v(a, "value")}" cannot be read; write it as 2026-11-30.`,
  "roster.invalid-kind": (a) => `Kind "${v(a, "kind")}" must be 党员 or 党外.`,
  "roster.left-before-joined": (a) => `Left on ${v(a, "left")}, before joining on ${v(a, "joined")}.`,
  "month.no-members": (a) => `Nobody is assessed ${thisMonth(a, EN)}: check the roster's joined and left dates.`,
  "record.unknown-member": (a) => `ID "${v(a, "id")}" is not on the roster.`,
  "record.member-not-assessed": (a, who) => `${who || v(a, "id")} is not on the roster ${thisMonth(a, EN)}; the row is left out.`,
  "record.duplicate-row": (a, who) => `${who} has two record rows ${thisMonth(a, EN)}; merge them into one.`,
  "record.unknown-criterion": (a) => `"${v(a, "code")}" is not a criterion.`,
  "record.points-invalid": (a, who) => `${who}: the points for "${v(a, "criterion")}" ("${v(a, "value")}") are not a number.`,
  "record.points-out-of-range": (a, who) => `${who}: ${v(a, "value")} points for "${v(a, "criterion")}" is outside 0–${v(a, "max")}.`,
  "record.points-blank": (a, who) => `${who}: "${v(a, "criterion")}" is blank: write the points, or 0 if the member earned none.`,
  "record.exempt-without-reason": (_, who) => `${who} is marked exempt without a reason (说明).`,
  "record.missing": (a, who) => `${who} has no record ${thisMonth(a, EN)} and is listed as not assessed (未考核).`,
  "adjustment.unknown-member": (a) => `Adjustment for ID "${v(a, "id")}", who is not on the roster.`,
  "adjustment.member-not-assessed": (a, who) => `${who || v(a, "id")} is not on the roster ${thisMonth(a, EN)}; the adjustment is left out.`,
  "adjustment.points-invalid": (a) => `Points "${v(a, "points")}" are not a number.`,
  "adjustment.reason-missing": (_, who) => `The adjustment for ${who} has no reason.`,
  "adjustment.without-record": (a, who) => `${who} is ${v(a, "status")} ${thisMonth(a, EN)}; the adjustment is not counted.`,
  "ballot.number-missing": () => `A ballot has no number; every ballot needs one.`,
  "ballot.duplicate-number": (a) => `Ballot number "${v(a, "ballotNo")}" is used twice in the period.`,
  "ballot.duplicate-voter": (a) => `Voter "${v(a, "voter")}" has two ballots in the period.`,
  "ballot.empty": () => `This ballot has no marks.`,
  "ballot.unknown-member": (a) => `A mark for someone not on the roster${a.count ? ` (${a.count} marks)` : ""}.`,
  "ballot.member-not-assessed": (a, who) => `${who} is not on the roster in this period; marks are left out${a.count ? ` (${a.count})` : ""}.`,
  "ballot.invalid-mark": (a) => `Mark "${v(a, "mark")}" is not valid: use 优秀, 合格, 基本合格, 不合格 or a number 0–100.`,
  "ballot.duplicate-mark": (_, who) => `The same ballot marks ${who} twice.`,
  "ballot.self-mark": (_, who) => `${who}'s mark for themself is left out (self-marks are not allowed).`,
  "ballot.excellent-cap": (a) =>
    `${a.ballotNo ? `Ballot "${v(a, "ballotNo")}"` : "This ballot (no number)"} rates ${v(a, "excellent")} members 优秀, more than the cap of ${v(a, "cap")} per ballot: the ballot is void and none of its marks count.`,
  "ballot.no-mass-representative": (a) =>
    `${a.month ? `${month(v(a, "month"), EN)} is` : "This is"} the month after a quarter: a mass representative should take part, but no ballot has that role.`,
  "appraisal.quorum": (a, who) => `${who} has only ${v(a, "validMarks")} valid marks, fewer than ${v(a, "minValidMarks")}: flagged 票数不足.`,
  "appraisal.none": (_, who) => `${who} has no valid mark and is listed as not appraised (未评议).`,
  "annual.few-months": (a, who) => `${who} was assessed in only ${v(a, "months")} months, fewer than ${v(a, "minMonths")}.`,
  "annual.no-months": (_, who) => `${who} was not assessed in any month and has no annual score.`,
  "annual.appraisal-monthly-mean": (a, who) => `${who} has no year-end ballots; the annual appraisal is the mean of ${v(a, "months")} monthly appraisals.`,
  "annual.no-appraisal": (_, who) => `${who} has neither a year-end nor a monthly appraisal.`,
  "approval.before-period": (a) => `The approval date ${v(a, "approvedOn")} is before the month began (${v(a, "start")}).`,
  "approval.in-future": (a) => `The approval date ${v(a, "approvedOn")} is after today (${v(a, "today")}).`,
  "publicity.days-below-minimum": (a) => `${v(a, "days")} days of publicity is less than the required ${v(a, "minimum")}.`,
  "objection.outside-period": (a) => `The objection was received on ${v(a, "received")}, outside the publicity period (${v(a, "start")} to ${v(a, "end")}).`,
  "objection.adjusted-without-upheld": (a) => `A star can be adjusted only when the result is 属实 (upheld), not "${v(a, "result")}".`,
  "objection.adjusted-invalid": (a) => `Adjusted star "${v(a, "adjustedStars")}" must be a whole number 0–5.`,
  "objection.upheld-without-adjustment": () => `Upheld (属实) without an adjusted star: the proposed star stands.`,
  "objection.conflicting-adjustments": (a) => `Two upheld objections give different stars (${v(a, "first")} and ${v(a, "second")}).`,
  "objection.unknown-member": (a) => `Objection for ID "${v(a, "id")}", who is not on the roster.`,
  "meeting.date-missing": (a) =>
    `The ${v(a, "kind")} of ${v(a, "period")} has only its month written: enter the meeting's date (e.g. 2026-11-27) so that its timing can be checked.`,
  "meeting.monthly-not-last-week": (a) => `The 组织生活会 of ${v(a, "date")} is not in the month's last week (${v(a, "from")} to ${v(a, "to")}); please check.`,
  "meeting.branch-not-first-week": (a) =>
    `The 支部生活会 (${v(a, "date")}) belongs in the first week (days 1–7) of the month after a quarter (January, April, July, October); please check.`,
  "meeting.branch-no-mass-rep": (a) => `No 群众代表 attended the 支部生活会 (${v(a, "date")}); the scheme invites mass representatives throughout.`,
  "meeting.no-non-party": (a) => `No 党外 cadre or staff attended the 组织生活会 (${v(a, "date")}), though the roster has 党外 members.`,
  "meeting.low-attendance": (a) =>
    `${v(a, "present")} 党员 attended the 组织生活会 (${v(a, "date")}): fewer than half of the ${v(a, "assessed")} assessed ${thisMonth(a, EN)}.`,
  "final.period-not-ended": (a) =>
    `The publicity period ends on ${v(a, "end")}: final stars can be fixed from ${v(a, "earliest")} (today is ${v(a, "today")}).`,
  "final.objection-pending": (a, who) => `The objection about ${who} (received ${v(a, "received")}) is still 待核查: check it first.`,
  "register.sheet-missing": (a) => `The sheet is missing. Add it with "Set up the register"; its header needs: ${v(a, "expected")}.`,
  "register.settings-missing": () => `No 设置 sheet: every setting takes the scheme's default.`,
  "register.columns-missing": (a) => `No header row in the first 10 rows; missing columns: ${v(a, "missing")}. The header needs: ${v(a, "expected")}.`,
  "register.header-duplicate": (a) => `Header "${v(a, "header")}" repeats ${v(a, "first")}; delete or rename one of them.`,
  "register.merged-cells": (a) => `Merged cells (${v(a, "range")}) inside the table: unmerge them and put one value in each cell.`,
  "register.cell-error": (a) => `The cell shows the error ${v(a, "value")}: fix the formula or type a value.`,
  "register.number-invalid": (a) => `"${v(a, "value")}" is not a number; expected ${englishExpected(v(a, "expected"))}.`,
  "register.number-ambiguous": (a) =>
    `"${v(a, "value")}" has a comma or a space among its digits, so it cannot be told which number is meant (a thousands separator or a decimal comma). Expected ${englishExpected(v(a, "expected"))}: write digits only, with a decimal point, e.g. 1.9.`,
  "register.number-is-date": (a) =>
    `The cell holds a date or a time (${v(a, "value")}); expected ${englishExpected(v(a, "expected"))}. Format the cell as General or Number and type the value again.`,
  "register.points-out-of-range": (a) =>
    `Adjustment "${v(a, "value")}" is outside the plausible range (−${v(a, "limit")} to +${v(a, "limit")}); was a month or a date typed into the points?`,
  "register.formula-no-result": () =>
    `The cell holds a formula, but the file has no stored result for it (it was probably written by a program that does not calculate), so it reads as blank. Open and save the file in Excel or WPS, or type the value.`,
  "register.sheet-duplicate": (a) =>
    `Sheet "${v(a, "sheet")}" looks like "${v(a, "expected")}" too, but "${v(a, "used")}" is the one read: this sheet's content does not count. Delete or rename one of them.`,
  "register.date-invalid": (a) => `Date "${v(a, "value")}" cannot be read; write it as 2026-11-30.`,
  "register.month-invalid": (a) => `Month "${v(a, "value")}" cannot be read; write it as 2026-11.`,
  "register.period-invalid": (a) => `Period "${v(a, "value")}" cannot be read: 2026-11 for a month, 2026 for the year.`,
  "register.year-invalid": (a) => `Year "${v(a, "value")}" cannot be read; write it as 2026.`,
  "register.yes-no-invalid": (a) => `"${v(a, "value")}" cannot be read; write 是 or leave it blank.`,
  "register.kind-invalid": (a) => `Kind "${v(a, "value")}" must be 党员 or 党外.`,
  "register.role-invalid": (a) => `Role "${v(a, "value")}" is not one of ${v(a, "expected")}; the ballot counts as an ordinary one.`,
  "register.text-missing": (a) => `"${v(a, "column")}" is empty.`,
  "register.name-mismatch": (a) => `ID ${v(a, "id")} is "${v(a, "expected")}" on the roster but "${v(a, "name")}" here; please check.`,
  "register.column-member-unknown": (a) =>
    `Column "${v(a, "header")}" is not the name or ID of anyone on the roster.${a.hint ? ` Did you mean ${v(a, "hint")}?` : ""}`,
  "register.column-member-ambiguous": (a) =>
    `Column "${v(a, "header")}" could be several people on the roster: ${v(a, "members")}. Head the column with the ID instead.`,
  "register.column-member-duplicate": (a) => `${v(a, "name")} already has a column (${v(a, "first")}); one column per person.`,
  "register.column-criterion-missing": (a) => `No column for criterion "${v(a, "criterion")}" (${v(a, "code")}); head it with the criterion's name or code.`,
  "register.column-unknown": (a) => `Column "${v(a, "header")}" is not a criterion and is ignored.`,
  "register.voter-ambiguous": (a) =>
    `Voter "${v(a, "name")}" could be several people on the roster: ${v(a, "members")}; the voter cannot be identified (self-marks cannot be excluded). Write the ID.`,
  "register.setting-unknown": (a) => `Unknown setting "${v(a, "name")}", ignored.`,
  "register.setting-invalid": (a) =>
    `The value "${v(a, "value")}" of "${v(a, "name")}" is not valid${a.expected ? `; expected ${expected(v(a, "expected"), "en-US")}` : ""}.`,
  "register.setting-duplicate": (a) => `Setting "${v(a, "name")}" appears twice (first at ${v(a, "first")}).`,
  "register.objection-result-invalid": (a) => `The check result "${v(a, "value")}" is not valid; expected ${v(a, "expected")}.`,
  "register.sheet-not-ours": (a) => `Sheet "${v(a, "sheet")}" was not made by the add-in and is left alone; rename or move it, then generate again.`,
  "register.registry-taken": (a) =>
    `Sheet "${v(a, "sheet")}" is your own sheet, but the add-in keeps its record of the sheets it made under that name. Nothing was written, to protect your work; rename that sheet, then generate again.`,
  "register.approval-stale": (a) =>
    `The month was approved on ${v(a, "approvedOn")}, but the data changed since: the regenerated results are proposed (拟评) and need approval again.`,
  "register.sheet-absent": (a) => `There is no "${v(a, "sheet")}" sheet: that part of the archive is empty. Add it with "Set up the register".`,
  "register.member-unknown": (a) => `ID "${v(a, "id")}" is not on the roster; the row is left out.`,
  "register.choice-invalid": (a) =>
    `${englishColumn(v(a, "column"))} "${v(a, "value")}" is not one of the listed choices (${v(a, "expected")}); it is kept as written in the archive, please check.`,
  "register.publicity-missing": (a) =>
    `No annual publicity has been generated for ${v(a, "year")}, so the final stars cannot be fixed: generate the annual publicity first and fix the stars after its period.`,
  "register.publicity-stale": (a) =>
    `The data changed after the annual publicity (${v(a, "start")} to ${v(a, "end")}): what was publicised is not the results as they are now. Generate the annual publicity again and fix the final stars after a full period.`,
  // where a period stands
  "register.approval-not-generated": (a) =>
    `${month(v(a, "period"), "en-US")} has not been generated, so no meeting can have passed it: generate the month first, then record the approval. Nothing was changed.`,
  "register.approval-inputs-changed": (a) =>
    `The data of ${month(v(a, "period"), "en-US")} changed after its results were generated, so the meeting did not see these data: generate again, then have the meeting pass it. Nothing was changed.`,
  "register.approval-in-future": (a) =>
    `The approval date ${v(a, "approvedOn")} is after today (${v(a, "today")}): only a meeting that has taken place can be recorded. Nothing was changed.`,
  "register.approval-before-generation": (a) =>
    `The approval date ${v(a, "approvedOn")} is before the results were generated (${v(a, "generatedOn")}): a meeting cannot pass results that did not exist yet. Nothing was changed.`,
  "register.approval-reopen": (a) =>
    `${month(v(a, "period"), "en-US")} was approved on ${v(a, "approvedOn")} and its data changed since: generating again drops that approval and the results become proposed (拟评). Confirm to go on (on the command line, --reopen). Nothing was changed.`,
  "register.withdraw-not-approved": (a) => `${month(v(a, "period"), "en-US")} has no approval in force: there is nothing to withdraw.`,
  "register.withdraw-reason-missing": () => `Give the reason for withdrawing the approval (it goes into the log).`,
  "register.publicity-before-notice": (a) =>
    `The publicity start ${v(a, "start")} is before the notice was generated (${v(a, "noticeOn")}): a publicity cannot begin before its notice exists. Choose ${v(a, "noticeOn")} or later.`,
  "register.archive-member-unknown": (a) => `ID "${v(a, "id")}" has no assessment in ${v(a, "year")}, so there is no archive to print.`,
  "register.text-too-long": (a) =>
    `This text has ${num(a.length)} characters; written to "${v(a, "target")}" it exceeds Excel's limit of 32,767 characters per cell. Shorten it to at most ${num(a.max)} characters.`,
  "register.text-cut": (a) => `The generated text has ${num(a.length)} characters, more than Excel's ${num(a.max)} per cell: it was cut (ending in "…").`,
  ...IMPORT_SENTENCES["en-US"],
  "register.more-problems": (a) => `${v(a, "count")} more problems of the same kind are not listed one by one (${describeCode(v(a, "code"), "en-US")}).`,
};
