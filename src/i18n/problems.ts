import type { AnyProblemCode, Problem } from "../scheme/problems";
import type {} from "../register/read/problems"; // the register's codes (LayerProblemCodes)
import { checkedRows, SETTING_TABLE, type SettingDef, type SettingProblemCode, type SettingProblemText } from "../scheme/setting-table";
import type { Lang } from "./catalogue";
import { IMPORT_SENTENCES } from "./import-problems";

/**
 * Sentences for every problem code of the scheme and the register, in zh-CN and en-US. Each says what is
 * wrong and what is expected; the place (sheet and cell, or member) is added by {@link describeProblem}.
 * A code without a sentence in either language is a type error.
 */
type Args = Record<string, string | number>;
type Sentence = (a: Args, who: string) => string;
type Sentences = Record<AnyProblemCode, Sentence>;

const v = (a: Args, k: string) => String(a[k] ?? "");

/** Each setting's own check, as the settings table words it, with the value found. */
const SETTING_SENTENCES: Record<Lang, Record<SettingProblemCode, Sentence>> = {
  "zh-CN": settingSentences((row) => (a) => `${row.problem.zh}，现为“${v(a, "value")}”。`),
  "en-US": settingSentences((row) => (a) => `${row.problem.en}, not "${v(a, "value")}".`),
};

function settingSentences(sentence: (row: SettingDef & { problem: SettingProblemText }) => Sentence): Record<SettingProblemCode, Sentence> {
  return Object.fromEntries(checkedRows(SETTING_TABLE).map((row) => [row.problem.code, sentence(row)])) as Record<SettingProblemCode, Sentence>;
}

const zh: Sentences = {
  "settings.weights-sum": (a) => `民主评议权重与记实考核权重合计应为100%，现为 ${pct(a.appraisalWeight)} + ${pct(a.recordWeight)}。`,
  "settings.weight-range": (a) => `权重应在0%–100%之间，现为“${v(a, "value")}”。`,
  "settings.thresholds-count": (a) => `星级下限应有5个（五星级到一星级），现有 ${v(a, "count")} 个。`,
  "settings.thresholds-order": (a) => `星级下限应从五星级到一星级依次降低：${v(a, "lower")} 不低于上一级的 ${v(a, "higher")}。`,
  "settings.threshold-range": (a) => `星级下限应为0–100的数，现为“${v(a, "value")}”。`,
  ...SETTING_SENTENCES["zh-CN"],
  "settings.grade-unknown": (a) => `未知的评议等次“${v(a, "grade")}”：等次只有优秀、合格、基本合格、不合格。`,
  "settings.grade-missing": (a) => `缺少“${v(a, "grade")}”的分值。`,
  "settings.grade-points-range": (a) => `“${v(a, "grade")}”的分值应为0–100，现为“${v(a, "value")}”。`,
  "criteria.empty": () => `考核细则为空：请按“五带头”填写考核项目及满分。`,
  "criteria.duplicate-code": (a) => `考核项目编号“${v(a, "code")}”重复，每个项目的编号应唯一。`,
  "criteria.duplicate-name": (a) => `考核项目名称“${v(a, "name")}”重复，每个项目的名称应唯一。`,
  "criteria.unknown-category": (a) => `类别“${v(a, "category")}”不是“五带头”之一（带头学习提高、带头争创佳绩、带头服务群众、带头遵纪守法、带头弘扬正气）。`,
  "criteria.max-invalid": (a) => `满分应为大于0的数，现为“${v(a, "max")}”。`,
  "criteria.max-sum": (a) => `各考核项目满分合计应为100分，现为 ${v(a, "sum")} 分。`,
  "criteria.category-missing": (a) => `“${v(a, "category")}”没有考核项目。`,
  "roster.missing-id": (a) => `${v(a, "name")}没有编号。`,
  "roster.duplicate-id": (a) =>
    a.first !== undefined && a.first !== a.id
      ? `编号“${v(a, "id")}”与“${v(a, "first")}”只有大小写不同，视为同一编号（${v(a, "name")}），每人的编号应唯一。`
      : `编号“${v(a, "id")}”被多人使用（${v(a, "name")}等），每人的编号应唯一。`,
  "roster.invalid-date": (a) => `日期“${v(a, "value")}”无法识别，请写成 2026-11-30。`,
  "roster.invalid-kind": (a) => `类别“${v(a, "kind")}”无效，应为“党员”或“党外”。`,
  "roster.left-before-joined": (a) => `转出日期 ${v(a, "left")} 早于转入日期 ${v(a, "joined")}。`,
  "month.no-members": () => `本月没有应参加考核的人员：请检查人员名册的转入、转出日期。`,
  "record.unknown-member": (a) => `编号“${v(a, "id")}”不在人员名册中。`,
  "record.member-not-assessed": (a, who) => `${who || v(a, "id")}本月不在册（转入或转出），这一行不计入。`,
  "record.duplicate-row": (_, who) => `${who}本月有两行记实考核，请合并为一行。`,
  "record.unknown-criterion": (a) => `“${v(a, "code")}”不是考核细则中的项目。`,
  "record.points-invalid": (a, who) => `${who}“${v(a, "criterion")}”的得分“${v(a, "value")}”不是数字。`,
  "record.points-out-of-range": (a, who) => `${who}“${v(a, "criterion")}”得分 ${v(a, "value")} 超出范围，应在0–${v(a, "max")}分之间。`,
  "record.points-blank": (a, who) => `${who}“${v(a, "criterion")}”未填写，按0分计算；如确为0分请填0。`,
  "record.exempt-without-reason": (_, who) => `${who}标为不参评，但没有写明原因（说明）。`,
  "record.missing": (_, who) => `${who}本月没有记实考核记录，列为“未考核”。`,
  "adjustment.unknown-member": (a) => `加减分中的编号“${v(a, "id")}”不在人员名册中。`,
  "adjustment.member-not-assessed": (a, who) => `${who || v(a, "id")}本月不在册，这条加减分不计入。`,
  "adjustment.points-invalid": (a) => `分值“${v(a, "points")}”不是数字。`,
  "adjustment.reason-missing": (_, who) => `${who}的加减分没有写事由。`,
  "adjustment.without-record": (a, who) => `${who}本月${v(a, "status")}，这条加减分不计入。`,
  "ballot.number-missing": () => `评议票没有票号：每张票都要有票号。`,
  "ballot.duplicate-number": (a) => `票号“${v(a, "ballotNo")}”在本期重复，每张票的票号应唯一。`,
  "ballot.duplicate-voter": (a) => `评议人“${v(a, "voter")}”本期有两张票。`,
  "ballot.empty": () => `这张评议票没有任何评价。`,
  "ballot.unknown-member": (a) => `被评议人不在人员名册中${a.count ? `（${a.count} 处）` : ""}。`,
  "ballot.member-not-assessed": (a, who) => `${who}本期不在册，对其的评价不计入${a.count ? `（${a.count} 处）` : ""}。`,
  "ballot.invalid-mark": (a) => `评价“${v(a, "mark")}”无效：应为优秀、合格、基本合格、不合格，或0–100的分数。`,
  "ballot.duplicate-mark": (_, who) => `同一张票对${who}评价了两次。`,
  "ballot.self-mark": (_, who) => `${who}给自己的评价不计入（未允许自评）。`,
  "ballot.excellent-cap": (a) => `${a.ballotNo ? `票号“${v(a, "ballotNo")}”` : "这张票（没有票号）"}评为优秀 ${v(a, "excellent")} 人，超过每票优秀上限 ${v(a, "cap")} 人，为废票：这张票的全部评价都不计入。`,
  "ballot.no-mass-representative": (a) => `本月是季度后的第一个月，应邀请群众代表参加评议，但没有群众代表的评议票${a.period ? `（${v(a, "period")}）` : ""}。`,
  "appraisal.quorum": (a, who) => `${who}只有 ${v(a, "validMarks")} 张有效票，少于 ${v(a, "minValidMarks")} 张，标注“票数不足”。`,
  "appraisal.none": (_, who) => `${who}没有有效评议票，列为“未评议”。`,
  "annual.few-months": (a, who) => `${who}全年只考核了 ${v(a, "months")} 个月，少于 ${v(a, "minMonths")} 个月。`,
  "annual.no-months": (_, who) => `${who}全年没有考核月份，没有年度得分。`,
  "annual.appraisal-monthly-mean": (a, who) => `${who}没有年度评议票，年度评议得分按 ${v(a, "months")} 个月的月度评议均值计算。`,
  "annual.no-appraisal": (_, who) => `${who}没有年度评议，也没有月度评议得分。`,
  "approval.before-period": (a) => `通过日期 ${v(a, "approvedOn")} 早于考核月开始（${v(a, "start")}）。`,
  "approval.in-future": (a) => `通过日期 ${v(a, "approvedOn")} 晚于今天（${v(a, "today")}）。`,
  "publicity.days-below-minimum": (a) => `公示天数 ${v(a, "days")} 天少于规定的 ${v(a, "minimum")} 天。`,
  "objection.outside-period": (a) => `异议收到日期 ${v(a, "received")} 不在公示期（${v(a, "start")} 至 ${v(a, "end")}）内。`,
  "objection.adjusted-without-upheld": (a) => `只有核查结果为“属实”时才能调整星级，现为“${v(a, "result")}”。`,
  "objection.adjusted-invalid": (a) => `调整星级“${v(a, "adjustedStars")}”无效，应为0–5的整数。`,
  "objection.upheld-without-adjustment": () => `核查结果为“属实”，但没有填写调整星级：星级维持拟评。`,
  "objection.conflicting-adjustments": (a) => `同一人有两条属实的异议，调整星级不一致（${v(a, "first")} 与 ${v(a, "second")}）。`,
  "objection.unknown-member": (a) => `异议中的编号“${v(a, "id")}”不在人员名册中。`,
  "meeting.date-missing": (a) => `${v(a, "period")}的${v(a, "kind")}只写了月份，请填写会议的具体日期（如 2026-11-27），以便核对会议时间。`,
  "meeting.monthly-not-last-week": (a) => `组织生活会日期 ${v(a, "date")} 不在当月最后一周（${v(a, "from")} 至 ${v(a, "to")}），请核对。`,
  "meeting.branch-not-first-week": (a) => `支部生活会（${v(a, "date")}）应在每季度结束后次月（1、4、7、10月）的第一周（1–7日）召开，请核对。`,
  "meeting.branch-no-mass-rep": (a) => `支部生活会（${v(a, "date")}）没有群众代表出席，方案要求邀请群众代表全程参与。`,
  "meeting.no-non-party": (a) => `组织生活会（${v(a, "date")}）没有党外干部职工列席，而名册中有党外人员。`,
  "meeting.low-attendance": (a) => `组织生活会（${v(a, "date")}）出席党员 ${v(a, "present")} 人，不到本月应参加考核党员 ${v(a, "assessed")} 人的一半。`,
  "final.period-not-ended": (a) => `公示期到 ${v(a, "end")} 才结束，${v(a, "earliest")} 起才能确定年度星级（今天是 ${v(a, "today")}）。`,
  "final.objection-pending": (a, who) => `${who}的异议（${v(a, "received")} 收到）尚待核查，核查后才能确定年度星级。`,
  "register.sheet-missing": (a) => `缺少工作表。请用“建立登记簿”添加，表头应包含：${v(a, "expected")}。`,
  "register.settings-missing": () => `没有“设置”工作表，全部按方案默认值计算。`,
  "register.columns-missing": (a) => `前10行中找不到表头，缺少列：${v(a, "missing")}。表头应包含：${v(a, "expected")}。`,
  "register.header-duplicate": (a) => `表头“${v(a, "header")}”与 ${v(a, "first")} 重复，请删除或改名其中一列。`,
  "register.merged-cells": (a) => `表格中有合并单元格（${v(a, "range")}），请取消合并后每格各填一个值。`,
  "register.cell-error": (a) => `单元格显示错误值 ${v(a, "value")}，请改正公式或填入数值。`,
  "register.number-invalid": (a) => `“${v(a, "value")}”不是数字，这里应填${v(a, "expected")}。`,
  "register.number-ambiguous": (a) => `“${v(a, "value")}”中有逗号或空格，无法确定是哪个数（千位分隔还是小数点）。这里应填${v(a, "expected")}，请只写数字，小数用小数点，如 1.9。`,
  "register.number-is-date": (a) => `单元格是日期或时间（${v(a, "value")}），这里应填${v(a, "expected")}。请把单元格格式改为“常规”或“数值”后重新填写。`,
  "register.points-out-of-range": (a) => `加减分“${v(a, "value")}”超出合理范围（-${v(a, "limit")} 至 +${v(a, "limit")}），请核对，是否把月份或日期填进了分值？`,
  "register.formula-no-result": () => `单元格是公式，但文件中没有保存它的计算结果（文件可能由不计算公式的程序生成），只能读成空白。请在 Excel 或 WPS 中打开并保存后再试，或直接填入数值。`,
  "register.sheet-duplicate": (a) => `工作表“${v(a, "sheet")}”看起来也是“${v(a, "expected")}”，但读取的是“${v(a, "used")}”，这张表的内容不会被计入。请删除其中一张或改名。`,
  "register.date-invalid": (a) => `日期“${v(a, "value")}”无法识别，请写成 2026-11-30。`,
  "register.month-invalid": (a) => `月份“${v(a, "value")}”无法识别，请写成 2026-11 或 2026年11月。`,
  "register.period-invalid": (a) => `评议期“${v(a, "value")}”无法识别：月度写 2026-11，年度写 2026。`,
  "register.year-invalid": (a) => `年度“${v(a, "value")}”无法识别，请写成 2026。`,
  "register.yes-no-invalid": (a) => `“${v(a, "value")}”无法识别，请填“是”或留空。`,
  "register.kind-invalid": (a) => `类别“${v(a, "value")}”无效，应为“党员”或“党外”。`,
  "register.role-invalid": (a) => `身份“${v(a, "value")}”无法识别，应为：${v(a, "expected")}；按普通票计算。`,
  "register.text-missing": (a) => `“${v(a, "column")}”未填写。`,
  "register.name-mismatch": (a) => `编号 ${v(a, "id")} 在人员名册中是“${v(a, "expected")}”，这里写的是“${v(a, "name")}”，请核对。`,
  "register.column-member-unknown": (a) => `列“${v(a, "header")}”不是人员名册中的姓名或编号。`,
  "register.column-member-ambiguous": (a) => `名册中有多人叫“${v(a, "header")}”（${v(a, "ids")}），请把列名改成编号。`,
  "register.column-member-duplicate": (a) => `${v(a, "name")}已有一列（${v(a, "first")}），同一人只能有一列。`,
  "register.column-criterion-missing": (a) => `缺少考核项目“${v(a, "criterion")}”（${v(a, "code")}）的列，列名应为项目名称或编号。`,
  "register.column-unknown": (a) => `列“${v(a, "header")}”不是考核细则中的项目，已忽略。`,
  "register.voter-ambiguous": (a) => `名册中有多人叫“${v(a, "name")}”，无法判断评议人是谁（无法排除自评），请改写编号。`,
  "register.setting-unknown": (a) => `未知的设置项“${v(a, "name")}”，已忽略。`,
  "register.setting-invalid": (a) => `“${v(a, "name")}”的值“${v(a, "value")}”无效${a.expected ? `，应为：${expected(v(a, "expected"), "zh-CN")}` : ""}。`,
  "register.setting-duplicate": (a) => `设置项“${v(a, "name")}”重复（第一次在 ${v(a, "first")}）。`,
  "register.objection-result-invalid": (a) => `核查结果“${v(a, "value")}”无效，应为：${v(a, "expected")}。`,
  "register.sheet-not-ours": (a) => `工作表“${v(a, "sheet")}”不是本插件生成的，为保护您的内容没有改动它。请把它改名或移走后再生成。`,
  "register.registry-taken": (a) => `工作表“${v(a, "sheet")}”是您自己的工作表，而本插件要用这个名字记录哪些工作表是它生成的。为保护您的内容，什么也没有写入。请把这张工作表改名后再生成。`,
  "register.approval-stale": (a) => `本月结果已于 ${v(a, "approvedOn")} 经党员大会通过，但之后数据有改动：重新生成的结果为“拟评”，需再次提交党员大会通过。`,
  "register.sheet-absent": (a) => `没有“${v(a, "sheet")}”工作表，档案中这一部分为空。可用“建立登记簿”添加。`,
  "register.member-unknown": (a) => `编号“${v(a, "id")}”不在人员名册中，这一行不计入。`,
  "register.choice-invalid": (a) => `${v(a, "column")}“${v(a, "value")}”不是规定的选项（${v(a, "expected")}），按原样记入档案，请核对。`,
  "register.publicity-missing": (a) => `${v(a, "year")}年度还没有生成年度公示，无法确定年度星级：请先生成年度公示，公示期满后再确定。`,
  "register.publicity-stale": (a) => `年度公示（${v(a, "start")} 至 ${v(a, "end")}）之后数据有改动，公示的已不是现在的结果：请重新生成年度公示，公示满一个完整期限后再确定年度星级。`,
  // where a period stands (issue 14)
  "register.approval-not-generated": (a) => `${month(v(a, "period"), "zh-CN")}还没有生成评星结果，党员大会无从通过：请先生成本月评星，再记录通过。未作任何改动。`,
  "register.approval-inputs-changed": (a) => `${month(v(a, "period"), "zh-CN")}的结果生成后数据有改动，党员大会看到的不是现在的数据：请先重新生成，再提交党员大会通过。未作任何改动。`,
  "register.approval-in-future": (a) => `通过日期 ${v(a, "approvedOn")} 晚于今天（${v(a, "today")}）：只能记录已经召开的党员大会。未作任何改动。`,
  "register.approval-before-generation": (a) => `通过日期 ${v(a, "approvedOn")} 早于结果生成的日期（${v(a, "generatedOn")}）：党员大会不可能通过尚未生成的结果。未作任何改动。`,
  "register.approval-reopen": (a) => `${month(v(a, "period"), "zh-CN")}已于 ${v(a, "approvedOn")} 经党员大会通过，之后数据有改动：重新生成将撤销这次通过，结果回到“拟评”。请确认后再生成（命令行加 --reopen）。未作任何改动。`,
  "register.withdraw-not-approved": (a) => `${month(v(a, "period"), "zh-CN")}没有有效的党员大会通过记录，无需撤销。`,
  "register.withdraw-reason-missing": () => `请填写撤销通过的原因（将记入生成记录）。`,
  "register.publicity-before-notice": (a) => `公示开始日期 ${v(a, "start")} 早于公示表生成的日期（${v(a, "noticeOn")}）：公示不能在公示表出现之前开始。请选择 ${v(a, "noticeOn")} 或以后的日期。`,
  "register.archive-member-unknown": (a) => `编号“${v(a, "id")}”在${v(a, "year")}年度没有考核记录，无法生成其档案。`,
  "register.text-too-long": (a) =>
    `这段文字有 ${num(a.length)} 个字符，写入“${v(a, "target")}”后超过 Excel 每个单元格 32,767 个字符的上限。请缩短到 ${num(a.max)} 个字符以内。`,
  "register.text-cut": (a) => `生成的文字有 ${num(a.length)} 个字符，超过 Excel 每个单元格 ${num(a.max)} 个字符的上限，已截断（以“…”结尾）。`,
  ...IMPORT_SENTENCES["zh-CN"],
  "register.more-problems": (a) => `同类问题还有 ${v(a, "count")} 处未逐一列出（${describeCode(v(a, "code"), "zh-CN")}）。`,
};

const en: Sentences = {
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
  "month.no-members": () => `Nobody is assessed this month: check the roster's joined and left dates.`,
  "record.unknown-member": (a) => `ID "${v(a, "id")}" is not on the roster.`,
  "record.member-not-assessed": (a, who) => `${who || v(a, "id")} is not on the roster this month; the row is left out.`,
  "record.duplicate-row": (_, who) => `${who} has two record rows this month; merge them into one.`,
  "record.unknown-criterion": (a) => `"${v(a, "code")}" is not a criterion.`,
  "record.points-invalid": (a, who) => `${who}: the points for "${v(a, "criterion")}" ("${v(a, "value")}") are not a number.`,
  "record.points-out-of-range": (a, who) => `${who}: ${v(a, "value")} points for "${v(a, "criterion")}" is outside 0–${v(a, "max")}.`,
  "record.points-blank": (a, who) => `${who}: "${v(a, "criterion")}" is blank and counts 0; type 0 if that is meant.`,
  "record.exempt-without-reason": (_, who) => `${who} is marked exempt without a reason (说明).`,
  "record.missing": (_, who) => `${who} has no record this month and is listed as not assessed (未考核).`,
  "adjustment.unknown-member": (a) => `Adjustment for ID "${v(a, "id")}", who is not on the roster.`,
  "adjustment.member-not-assessed": (a, who) => `${who || v(a, "id")} is not on the roster this month; the adjustment is left out.`,
  "adjustment.points-invalid": (a) => `Points "${v(a, "points")}" are not a number.`,
  "adjustment.reason-missing": (_, who) => `The adjustment for ${who} has no reason.`,
  "adjustment.without-record": (a, who) => `${who} is ${v(a, "status")} this month; the adjustment is not counted.`,
  "ballot.number-missing": () => `A ballot has no number; every ballot needs one.`,
  "ballot.duplicate-number": (a) => `Ballot number "${v(a, "ballotNo")}" is used twice in the period.`,
  "ballot.duplicate-voter": (a) => `Voter "${v(a, "voter")}" has two ballots in the period.`,
  "ballot.empty": () => `This ballot has no marks.`,
  "ballot.unknown-member": (a) => `A mark for someone not on the roster${a.count ? ` (${a.count} marks)` : ""}.`,
  "ballot.member-not-assessed": (a, who) => `${who} is not on the roster in this period; marks are left out${a.count ? ` (${a.count})` : ""}.`,
  "ballot.invalid-mark": (a) => `Mark "${v(a, "mark")}" is not valid: use 优秀, 合格, 基本合格, 不合格 or a number 0–100.`,
  "ballot.duplicate-mark": (_, who) => `The same ballot marks ${who} twice.`,
  "ballot.self-mark": (_, who) => `${who}'s mark for themself is left out (self-marks are not allowed).`,
  "ballot.excellent-cap": (a) => `${a.ballotNo ? `Ballot "${v(a, "ballotNo")}"` : "This ballot (no number)"} rates ${v(a, "excellent")} members 优秀, more than the cap of ${v(a, "cap")} per ballot: the ballot is void and none of its marks count.`,
  "ballot.no-mass-representative": () => `This is the month after a quarter: a mass representative should take part, but no ballot has that role.`,
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
  "meeting.date-missing": (a) => `The ${v(a, "kind")} of ${v(a, "period")} has only its month written: enter the meeting's date (e.g. 2026-11-27) so that its timing can be checked.`,
  "meeting.monthly-not-last-week": (a) => `The 组织生活会 of ${v(a, "date")} is not in the month's last week (${v(a, "from")} to ${v(a, "to")}); please check.`,
  "meeting.branch-not-first-week": (a) => `The 支部生活会 (${v(a, "date")}) belongs in the first week (days 1–7) of the month after a quarter (January, April, July, October); please check.`,
  "meeting.branch-no-mass-rep": (a) => `No 群众代表 attended the 支部生活会 (${v(a, "date")}); the scheme invites mass representatives throughout.`,
  "meeting.no-non-party": (a) => `No 党外 cadre or staff attended the 组织生活会 (${v(a, "date")}), though the roster has 党外 members.`,
  "meeting.low-attendance": (a) => `${v(a, "present")} 党员 attended the 组织生活会 (${v(a, "date")}): fewer than half of the ${v(a, "assessed")} assessed this month.`,
  "final.period-not-ended": (a) => `The publicity period ends on ${v(a, "end")}: final stars can be fixed from ${v(a, "earliest")} (today is ${v(a, "today")}).`,
  "final.objection-pending": (a, who) => `The objection about ${who} (received ${v(a, "received")}) is still 待核查: check it first.`,
  "register.sheet-missing": (a) => `The sheet is missing. Add it with "Set up the register"; its header needs: ${v(a, "expected")}.`,
  "register.settings-missing": () => `No 设置 sheet: every setting takes the scheme's default.`,
  "register.columns-missing": (a) => `No header row in the first 10 rows; missing columns: ${v(a, "missing")}. The header needs: ${v(a, "expected")}.`,
  "register.header-duplicate": (a) => `Header "${v(a, "header")}" repeats ${v(a, "first")}; delete or rename one of them.`,
  "register.merged-cells": (a) => `Merged cells (${v(a, "range")}) inside the table: unmerge them and put one value in each cell.`,
  "register.cell-error": (a) => `The cell shows the error ${v(a, "value")}: fix the formula or type a value.`,
  "register.number-invalid": (a) => `"${v(a, "value")}" is not a number; expected ${englishExpected(v(a, "expected"))}.`,
  "register.number-ambiguous": (a) => `"${v(a, "value")}" has a comma or a space among its digits, so it cannot be told which number is meant (a thousands separator or a decimal comma). Expected ${englishExpected(v(a, "expected"))}: write digits only, with a decimal point, e.g. 1.9.`,
  "register.number-is-date": (a) => `The cell holds a date or a time (${v(a, "value")}); expected ${englishExpected(v(a, "expected"))}. Format the cell as General or Number and type the value again.`,
  "register.points-out-of-range": (a) => `Adjustment "${v(a, "value")}" is outside the plausible range (−${v(a, "limit")} to +${v(a, "limit")}); was a month or a date typed into the points?`,
  "register.formula-no-result": () => `The cell holds a formula, but the file has no stored result for it (it was probably written by a program that does not calculate), so it reads as blank. Open and save the file in Excel or WPS, or type the value.`,
  "register.sheet-duplicate": (a) => `Sheet "${v(a, "sheet")}" looks like "${v(a, "expected")}" too, but "${v(a, "used")}" is the one read: this sheet's content does not count. Delete or rename one of them.`,
  "register.date-invalid": (a) => `Date "${v(a, "value")}" cannot be read; write it as 2026-11-30.`,
  "register.month-invalid": (a) => `Month "${v(a, "value")}" cannot be read; write it as 2026-11.`,
  "register.period-invalid": (a) => `Period "${v(a, "value")}" cannot be read: 2026-11 for a month, 2026 for the year.`,
  "register.year-invalid": (a) => `Year "${v(a, "value")}" cannot be read; write it as 2026.`,
  "register.yes-no-invalid": (a) => `"${v(a, "value")}" cannot be read; write 是 or leave it blank.`,
  "register.kind-invalid": (a) => `Kind "${v(a, "value")}" must be 党员 or 党外.`,
  "register.role-invalid": (a) => `Role "${v(a, "value")}" is not one of ${v(a, "expected")}; the ballot counts as an ordinary one.`,
  "register.text-missing": (a) => `"${v(a, "column")}" is empty.`,
  "register.name-mismatch": (a) => `ID ${v(a, "id")} is "${v(a, "expected")}" on the roster but "${v(a, "name")}" here; please check.`,
  "register.column-member-unknown": (a) => `Column "${v(a, "header")}" is not the name or ID of anyone on the roster.`,
  "register.column-member-ambiguous": (a) => `Several people are called "${v(a, "header")}" (${v(a, "ids")}): head the column with the ID instead.`,
  "register.column-member-duplicate": (a) => `${v(a, "name")} already has a column (${v(a, "first")}); one column per person.`,
  "register.column-criterion-missing": (a) => `No column for criterion "${v(a, "criterion")}" (${v(a, "code")}); head it with the criterion's name or code.`,
  "register.column-unknown": (a) => `Column "${v(a, "header")}" is not a criterion and is ignored.`,
  "register.voter-ambiguous": (a) => `Several people are called "${v(a, "name")}": the voter cannot be identified (self-marks cannot be excluded); write the ID.`,
  "register.setting-unknown": (a) => `Unknown setting "${v(a, "name")}", ignored.`,
  "register.setting-invalid": (a) => `The value "${v(a, "value")}" of "${v(a, "name")}" is not valid${a.expected ? `; expected ${expected(v(a, "expected"), "en-US")}` : ""}.`,
  "register.setting-duplicate": (a) => `Setting "${v(a, "name")}" appears twice (first at ${v(a, "first")}).`,
  "register.objection-result-invalid": (a) => `The check result "${v(a, "value")}" is not valid; expected ${v(a, "expected")}.`,
  "register.sheet-not-ours": (a) => `Sheet "${v(a, "sheet")}" was not made by the add-in and is left alone; rename or move it, then generate again.`,
  "register.registry-taken": (a) => `Sheet "${v(a, "sheet")}" is your own sheet, but the add-in keeps its record of the sheets it made under that name. Nothing was written, to protect your work; rename that sheet, then generate again.`,
  "register.approval-stale": (a) => `The month was approved on ${v(a, "approvedOn")}, but the data changed since: the regenerated results are proposed (拟评) and need approval again.`,
  "register.sheet-absent": (a) => `There is no "${v(a, "sheet")}" sheet: that part of the archive is empty. Add it with "Set up the register".`,
  "register.member-unknown": (a) => `ID "${v(a, "id")}" is not on the roster; the row is left out.`,
  "register.choice-invalid": (a) => `${englishColumn(v(a, "column"))} "${v(a, "value")}" is not one of the listed choices (${v(a, "expected")}); it is kept as written in the archive, please check.`,
  "register.publicity-missing": (a) => `No annual publicity has been generated for ${v(a, "year")}, so the final stars cannot be fixed: generate the annual publicity first and fix the stars after its period.`,
  "register.publicity-stale": (a) => `The data changed after the annual publicity (${v(a, "start")} to ${v(a, "end")}): what was publicised is not the results as they are now. Generate the annual publicity again and fix the final stars after a full period.`,
  // where a period stands (issue 14)
  "register.approval-not-generated": (a) => `${month(v(a, "period"), "en-US")} has not been generated, so no meeting can have passed it: generate the month first, then record the approval. Nothing was changed.`,
  "register.approval-inputs-changed": (a) => `The data of ${month(v(a, "period"), "en-US")} changed after its results were generated, so the meeting did not see these data: generate again, then have the meeting pass it. Nothing was changed.`,
  "register.approval-in-future": (a) => `The approval date ${v(a, "approvedOn")} is after today (${v(a, "today")}): only a meeting that has taken place can be recorded. Nothing was changed.`,
  "register.approval-before-generation": (a) => `The approval date ${v(a, "approvedOn")} is before the results were generated (${v(a, "generatedOn")}): a meeting cannot pass results that did not exist yet. Nothing was changed.`,
  "register.approval-reopen": (a) => `${month(v(a, "period"), "en-US")} was approved on ${v(a, "approvedOn")} and its data changed since: generating again drops that approval and the results become proposed (拟评). Confirm to go on (on the command line, --reopen). Nothing was changed.`,
  "register.withdraw-not-approved": (a) => `${month(v(a, "period"), "en-US")} has no approval in force: there is nothing to withdraw.`,
  "register.withdraw-reason-missing": () => `Give the reason for withdrawing the approval (it goes into the log).`,
  "register.publicity-before-notice": (a) => `The publicity start ${v(a, "start")} is before the notice was generated (${v(a, "noticeOn")}): a publicity cannot begin before its notice exists. Choose ${v(a, "noticeOn")} or later.`,
  "register.archive-member-unknown": (a) => `ID "${v(a, "id")}" has no assessment in ${v(a, "year")}, so there is no archive to print.`,
  "register.text-too-long": (a) =>
    `This text has ${num(a.length)} characters; written to "${v(a, "target")}" it exceeds Excel's limit of 32,767 characters per cell. Shorten it to at most ${num(a.max)} characters.`,
  "register.text-cut": (a) => `The generated text has ${num(a.length)} characters, more than Excel's ${num(a.max)} per cell: it was cut (ending in "…").`,
  ...IMPORT_SENTENCES["en-US"],
  "register.more-problems": (a) => `${v(a, "count")} more problems of the same kind are not listed one by one (${describeCode(v(a, "code"), "en-US")}).`,
};

const SENTENCES: Record<Lang, Sentences> = { "zh-CN": zh, "en-US": en };

/** A count with thousands separators: 32,767. */
function num(x: string | number | undefined): string {
  const n = Number(x);
  return Number.isFinite(n) ? n.toLocaleString("en-US") : String(x ?? "");
}

function pct(x: string | number | undefined): string {
  return `${Number((Number(x) * 100).toPrecision(12))}%`;
}

function expected(kind: string, lang: Lang): string {
  const zhWords: Record<string, string> = {
    weight: "30% 或 0.3",
    number: "数字",
    yesno: "是 或 否",
    text: "文字",
    share: "0到1之间的比例，如 1/3、33% 或 0.33，或“无”（输入1/3后如被Excel识别为日期，请先把单元格设为文本，或改写为33%）",
  };
  const enWords: Record<string, string> = {
    weight: "30% or 0.3",
    number: "a number",
    yesno: "是 or 否 (yes/no)",
    text: "text",
    share: "a share between 0 and 1 such as 1/3, 33% or 0.33, or 无 for none (if Excel turned 1/3 into a date, format the cell as text first or write 33%)",
  };
  return (lang === "zh-CN" ? zhWords : enWords)[kind] ?? kind;
}

function englishExpected(zhWord: string): string {
  const words: Record<string, string> = { 分数: "points", 分值: "points (+ or −)", 满分: "the maximum points", 评议等次或分数: "a grade or a score", "0–5、三星级、3星或★★★": "stars 0–5, 三星级, 3星 or ★★★" };
  return words[zhWord] ?? zhWord;
}

function englishColumn(zhWord: string): string {
  const words: Record<string, string> = {
    四德: "Virtue (四德)",
    方面: "Area (方面)",
    状态: "Status (状态)",
    会议类型: "Meeting kind (会议类型)",
    身份: "Role (身份)",
    出席: "Attendance (出席)",
  };
  return words[zhWord] ?? zhWord;
}

function describeCode(code: string, lang: Lang): string {
  return lang === "zh-CN" ? `问题类型 ${code}` : `problem ${code}`;
}

/** The sentence of a problem without its place. */
export function problemSentence(problem: Problem, lang: Lang, memberName: (id: string) => string | undefined = () => undefined): string {
  const sentence = SENTENCES[lang][problem.code] as Sentence | undefined;
  const id = problem.place.member;
  const who = id ? (memberName(id) ?? id) : "";
  if (!sentence) return lang === "zh-CN" ? `问题 ${problem.code}` : `Problem ${problem.code}`;
  return sentence(problem.args, who);
}

/** Where a problem lies, as users read it: 民主评议!F7, or the member and period. */
export function problemPlace(problem: Problem, lang: Lang): string {
  if (problem.place.ref) return problem.place.ref;
  const parts = [problem.place.period, problem.place.setting].filter(Boolean);
  return parts.join(lang === "zh-CN" ? "，" : ", ");
}

/** A whole line: "民主评议!F7：……" / "民主评议!F7: …". */
export function describeProblem(problem: Problem, lang: Lang, memberName?: (id: string) => string | undefined): string {
  const place = problemPlace(problem, lang);
  const sentence = problemSentence(problem, lang, memberName);
  if (!place) return sentence;
  return lang === "zh-CN" ? `${place}：${sentence}` : `${place}: ${sentence}`;
}

/** Every code that has a sentence (for tests). */
export const KNOWN_PROBLEM_CODES = Object.keys(zh);

/** "2026-11" → 2026年11月 / November 2026 (a month named in a guard's sentence). */
function month(period: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  if (lang === "zh-CN") return `${m[1]}年${Number(m[2])}月`;
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${names[Number(m[2]) - 1]} ${m[1]}`;
}
