/**
 * The committee roll-up's words (党委汇总), zh-CN first and en-US: a branch's state, why a file is not in the
 * roll-up, the warnings, and the command line's and the web page's sentences. The sheet's own words are
 * the register's (src/register/rollup/render.ts, in Chinese like every printed sheet).
 */
import type { BranchRollup, RollupWarning, SkipReason } from "../register/rollup/rollup";
import type { Lang } from "./catalogue";
import { monthStateLine, yearStateLine } from "./period-state";
import { enList, enMonth, zhList, zhMonth } from "./words";

/** A branch's state in one line without the period ("已生成 · 待党员大会通过"). */
export function branchStateText(b: BranchRollup, lang: Lang): string {
  const line = b.month ? monthStateLine(b.month, lang) : yearStateLine(b.year!, lang);
  return line.replace(/^[^：:]*[：:]\s*/, "");
}

const zh = {
  period: (period: string) => (period.length === 7 ? zhMonth(period) : `${period}年度`),
  skip: {
    "not-register": "不是积分评星登记簿（没有人员名册、设置或生成记录工作表）",
    encrypted: "文件已加密（设有打开密码），请在 Excel 或 WPS 中取消密码后另存一份再汇总",
    damaged: "文件已损坏或不是 .xlsx 工作簿",
    unreadable: "无法读取该文件",
  } satisfies Record<SkipReason, string>,
  warning: (w: RollupWarning): string => {
    const a = w.args;
    switch (w.code) {
      case "same-branch-name":
        return `支部名称“${a.branch}”出现在${w.files.length}个文件中（${zhList(w.files)}），请确认是否重复提交`;
      case "person-in-two-branches":
        return `${a.name}${a.id ? `（${a.id}）` : ""}同时在${zhList(a.branches as string[])}参加本月考核，请核实组织关系转接是否重复登记`;
      case "settings-differ":
        return `${a.branch}的设置与多数支部不同：${zhList(a.settings as string[])}；其结果与其他支部不可直接比较`;
      case "turnout-below-quorum":
        return `${a.branch}民主评议收回评议票${a.ballots}张，不足参加考核人数（${a.expected}人）的一半`;
      case "all-same-star":
        return `${a.branch}全部${a.members}名有星级的人员星级相同（${a.stars}星），请确认是否认真开展考核`;
    }
  },
  wrote: (file: string, branches: number, published: number) => `已写出 ${file}：汇总${branches}个支部，其中${published}个有已生成的结果。`,
  skipped: (n: number) => `${n}个文件未汇总：`,
  skippedLine: (file: string, why: string) => `  ${file}：${why}`,
  warnings: (n: number) => `${n}个提醒：`,
  branchLine: (b: BranchRollup, lang: Lang) => `  ${b.branch || "（未设置支部名称）"}（${b.file}）：${branchStateText(b, lang)}`,
  noRegister: "没有一个文件能作为登记簿读取，未写出汇总。",
  needsPeriod: "请用 --month YYYY-MM 或 --year YYYY 指定汇总的月份或年度（二者选一）。",
  noFiles: "缺少登记簿文件或文件夹参数。",
  noXlsx: (folder: string) => `文件夹 ${folder} 中没有 .xlsx 文件。`,
  notFound: (file: string) => `找不到文件或文件夹：${file}`,
  page: {
    title: "党委汇总",
    lead: "选择或拖入各支部的登记簿（可一次选多个）。文件只在本机浏览器中读取，不会上传；各支部的数字取自其已生成的结果。",
    period: "汇总期间（月份 YYYY-MM 或年度 YYYY）",
    badPeriod: "请填写月份（如 2026-11）或年度（如 2026）。",
    choose: "选择登记簿…",
    drop: "或把文件拖到这里",
    reading: (n: number) => `正在读取${n}个文件…`,
    summary: (branches: number, published: number, skipped: number) =>
      `汇总${branches}个支部，其中${published}个有已生成的结果${skipped ? `；${skipped}个文件未汇总` : ""}。`,
    columns: ["支部名称", "状态", "考核人数", "五星级", "四星级", "三星级", "二星级", "一星级", "未评星", "无星级", "评为优秀"],
    total: "合计",
    skipped: "未汇总的文件",
    warnings: "提醒",
    save: "保存汇总",
    saved: (name: string) => `已下载 ${name}。`,
    back: "返回网页版",
    failed: (why: string) => `处理失败：${why}`,
  },
};

type RollupMessages = typeof zh;

const en: RollupMessages = {
  period: (period: string) => (period.length === 7 ? enMonth(period) : period),
  skip: {
    "not-register": "not a star register (no 人员名册, 设置 or 生成记录 sheet)",
    encrypted: "the file is encrypted (it has a password to open): remove the password in Excel or WPS, save a copy and roll that up",
    damaged: "the file is damaged or not an .xlsx workbook",
    unreadable: "the file cannot be read",
  },
  warning: (w: RollupWarning): string => {
    const a = w.args;
    switch (w.code) {
      case "same-branch-name":
        return `The branch name "${a.branch}" is in ${w.files.length} files (${enList(w.files)}): check whether one was sent twice`;
      case "person-in-two-branches":
        return `${a.name}${a.id ? ` (${a.id})` : ""} is assessed this month by ${enList(a.branches as string[])}: check that a transfer was not recorded twice`;
      case "settings-differ":
        return `${a.branch}'s settings differ from most branches': ${enList(a.settings as string[])}; its results are not directly comparable`;
      case "turnout-below-quorum":
        return `${a.branch} received ${a.ballots} appraisal ballots, fewer than half of the ${a.expected} people assessed`;
      case "all-same-star":
        return `Every one of ${a.branch}'s ${a.members} people with a star has the same star (${a.stars}): check that the assessment was done in earnest`;
    }
  },
  wrote: (file: string, branches: number, published: number) => `Wrote ${file}: ${branches} branches rolled up, ${published} with generated results.`,
  skipped: (n: number) => `${n} ${n === 1 ? "file" : "files"} not rolled up:`,
  skippedLine: (file: string, why: string) => `  ${file}: ${why}`,
  warnings: (n: number) => `${n} warnings:`,
  branchLine: (b: BranchRollup, lang: Lang) => `  ${b.branch || "(no branch name)"} (${b.file}): ${branchStateText(b, lang)}`,
  noRegister: "No file could be read as a register: nothing written.",
  needsPeriod: "Name the month or the year to roll up with --month YYYY-MM or --year YYYY (one of them).",
  noFiles: "A register file or folder argument is missing.",
  noXlsx: (folder: string) => `The folder ${folder} holds no .xlsx file.`,
  notFound: (file: string) => `No such file or folder: ${file}`,
  page: {
    title: "Committee roll-up",
    lead: "Choose or drop the branches' registers (several at once). The files are read in this browser and never uploaded; each branch's numbers are those it generated.",
    period: "Period (a month YYYY-MM or a year YYYY)",
    badPeriod: "Enter a month (e.g. 2026-11) or a year (e.g. 2026).",
    choose: "Choose registers…",
    drop: "or drop the files here",
    reading: (n: number) => `Reading ${n} ${n === 1 ? "file" : "files"}…`,
    summary: (branches: number, published: number, skipped: number) =>
      `${branches} branches rolled up, ${published} with generated results${skipped ? `; ${skipped} ${skipped === 1 ? "file" : "files"} not rolled up` : ""}.`,
    columns: ["Branch", "State", "Assessed", "5 stars", "4 stars", "3 stars", "2 stars", "1 star", "No star", "Unscored", "Excellent"],
    total: "Total",
    skipped: "Files not rolled up",
    warnings: "Warnings",
    save: "Save the roll-up",
    saved: (name: string) => `Downloaded ${name}.`,
    back: "Back to the web app",
    failed: (why: string) => `Failed: ${why}`,
  },
};

/** The roll-up's messages in a language. */
export function rollupMessages(lang: Lang): RollupMessages {
  return lang === "en-US" ? en : zh;
}
