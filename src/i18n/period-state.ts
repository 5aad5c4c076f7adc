/**
 * Where a period stands, in one line (docs/workbook.md): `2026年11月：已生成 · 待党员大会通过`,
 * `2026年度：公示中（至12月7日）`. The task pane's state line and `star-register status` say the same.
 */
import type { MonthState, YearState } from "../register/period-state";
import type { Lang } from "./catalogue";
import { EN_MONTHS, enMonth, zhMonth } from "./words";

/** "2026-12-07" → 12月7日 / December 7 (the year is the line's own). */
function day(date: string, lang: Lang): string {
  const [, m, d] = date.split("-").map(Number);
  return lang === "zh-CN" ? `${m}月${d}日` : `${EN_MONTHS[m - 1]} ${d}`;
}

function monthName(period: string, lang: Lang): string {
  return lang === "zh-CN" ? zhMonth(period) : enMonth(period);
}

/** The month's state and what comes next. */
export function monthStateLine(s: MonthState, lang: Lang): string {
  const zh = lang === "zh-CN";
  const parts: string[] = [];
  switch (s.state) {
    case "未准备":
      parts.push(zh ? "未准备 · 请先准备本月" : "not prepared · prepare the month first");
      break;
    case "可以生成":
      if (zh) parts.push(s.warnings > 0 ? `可以生成（${s.warnings}个提醒）` : "可以生成");
      else parts.push(s.warnings > 0 ? `ready to generate (${s.warnings} ${s.warnings === 1 ? "warning" : "warnings"})` : "ready to generate");
      break;
    case "有错误":
      parts.push(zh ? `有错误（${s.errors}个）· 改正后才能生成` : `${s.errors} ${s.errors === 1 ? "error" : "errors"} · fix them to generate`);
      break;
    case "已生成·拟评":
      parts.push(
        s.changedSinceGeneration
          ? zh
            ? "已生成 · 之后数据有改动，请重新生成"
            : "generated · the data changed since: generate again"
          : zh
            ? "已生成 · 待党员大会通过"
            : "generated · awaiting the members' meeting",
      );
      break;
    case "已通过":
      parts.push(zh ? `已通过（${day(s.approvedOn!, lang)}党员大会）` : `approved (members' meeting of ${day(s.approvedOn!, lang)})`);
      break;
    case "需重新通过": {
      const when = s.approvedOn ? day(s.approvedOn, lang) : "";
      parts.push(
        s.needsGeneration
          ? zh
            ? `需重新通过 · ${when}通过后数据有改动，请重新生成`
            : `needs approval again · the data changed after the approval of ${when}: generate again`
          : zh
            ? "需重新通过 · 已重新生成，待党员大会通过"
            : "needs approval again · generated again, awaiting the members' meeting",
      );
      break;
    }
  }
  if (s.inPublicity && s.publicity) parts.push(zh ? `公示中（至${day(s.publicity.end, lang)}）` : `in publicity (until ${day(s.publicity.end, lang)})`);
  return `${monthName(s.period, lang)}${zh ? "：" : ": "}${parts.join(" · ")}`;
}

/** The year's state and what comes next. */
export function yearStateLine(s: YearState, lang: Lang): string {
  const zh = lang === "zh-CN";
  const open = s.openObjections;
  const objections = open > 0 ? (zh ? `${open}条异议待核查` : `${open} ${open === 1 ? "objection" : "objections"} to be checked`) : "";
  let text: string;
  switch (s.state) {
    case "未生成":
      text = zh ? "未生成" : "not generated";
      break;
    case "已生成":
      text = s.changedSinceGeneration
        ? zh
          ? "已生成 · 之后数据有改动，请重新生成"
          : "generated · the data changed since: generate again"
        : zh
          ? "已生成 · 待年度公示"
          : "generated · to be publicised";
      break;
    case "公示中": {
      const p = s.publicity!;
      text = s.publicityNotStarted
        ? zh
          ? `公示中（${day(p.start, lang)}起，至${day(p.end, lang)}）`
          : `in publicity (from ${day(p.start, lang)} until ${day(p.end, lang)})`
        : zh
          ? `公示中（至${day(p.end, lang)}）`
          : `in publicity (until ${day(p.end, lang)})`;
      if (objections) text += ` · ${objections}`;
      break;
    }
    case "公示期满":
      text = objections
        ? zh
          ? `公示期满 · ${objections}，核查后才能确定年度星级`
          : `publicity ended · ${objections} before the final stars`
        : zh
          ? "公示期满 · 可确定年度星级"
          : "publicity ended · the final stars can be fixed";
      break;
    case "已确定":
      text = zh ? `已确定（${day(s.finalizedOn!, lang)}）` : `final (${day(s.finalizedOn!, lang)})`;
      break;
    case "结果运用已写出":
      text = zh ? `已确定（${day(s.finalizedOn!, lang)}）· 结果运用已写出` : `final (${day(s.finalizedOn!, lang)}) · results usage written`;
      break;
    case "需重新公示":
      text = zh
        ? "需重新公示 · 公示后数据有改动，须重新公示满一个完整期限"
        : "to be publicised again · the data changed after the publicity: a full new period is needed";
      break;
  }
  return zh ? `${s.year}年度：${text}` : `${s.year}: ${text}`;
}
