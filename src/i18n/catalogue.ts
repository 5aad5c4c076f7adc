/**
 * Every string the product shows, in zh-CN (first) and en-US, as one typed catalogue: a key missing in
 * either language is a type error. Messages with arguments are functions.
 */

export type Lang = "zh-CN" | "en-US";

const zhCN = {
  appTitle: "积分评星",
  appSubtitle: "党员积分评星登记簿",
  language: "语言",
  languageName: "中文",
  otherLanguage: "English",
  month: "月份",
  working: "正在处理…",
  busy: "请稍候，上一步还在进行中",
  done: "完成",
  failed: (what: string) => `操作未完成：${what}。工作簿没有被修改，请检查后重试。`,
  steps: {
    setup: "建立登记簿",
    setupHint: "添加缺少的输入工作表（表头、列宽、下拉选项），不会改动已有的工作表。",
    setupWithSample: "同时填入示例支部（25人，三个月数据）",
    setupRun: "建立登记簿",
    setupDone: (added: number, kept: number) =>
      added === 0 ? `输入工作表已齐全（${kept}张），没有改动。` : `已添加 ${added} 张工作表；已有的 ${kept} 张保持不变。`,
    prepare: "准备本月",
    check: "检查数据",
    generate: "生成本月评星",
    approve: "党员大会通过",
    settings: "设置",
  },
  sheets: "工作表",
  previewTitle: "积分评星 · 浏览器预览",
  previewNote: "这是不需要 Excel 的预览：右侧是内存中的示例工作簿，任务窗格与 Excel 中运行的是同一份代码。",
  emptySheet: "（空工作表）",
  ourSheet: "由积分评星生成",
};

export type Messages = typeof zhCN;

const enUS: Messages = {
  appTitle: "Party Star Register",
  appSubtitle: "Party members' scoring register",
  language: "Language",
  languageName: "English",
  otherLanguage: "中文",
  month: "Month",
  working: "Working…",
  busy: "Please wait: the previous step is still running",
  done: "Done",
  failed: (what: string) => `The step did not finish: ${what}. The workbook was not changed; check and try again.`,
  steps: {
    setup: "Set up the register",
    setupHint: "Adds the missing input sheets (headers, widths, drop-down lists). Existing sheets are left alone.",
    setupWithSample: "Also fill in the sample branch (25 people, three months)",
    setupRun: "Set up",
    setupDone: (added: number, kept: number) =>
      added === 0 ? `All ${kept} input sheets exist; nothing changed.` : `Added ${added} sheets; ${kept} existing sheets left as they were.`,
    prepare: "Prepare the month",
    check: "Check the data",
    generate: "Generate the month",
    approve: "Record approval",
    settings: "Settings",
  },
  sheets: "Sheets",
  previewTitle: "Party Star Register · browser preview",
  previewNote: "A preview that needs no Excel: on the right, the sample workbook in memory; the task pane runs the same code as in Excel.",
  emptySheet: "(empty sheet)",
  ourSheet: "made by Party Star Register",
};

const CATALOGUE: Record<Lang, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}

/** Picks the product language from Office's display language (or the browser's): English for en-*, else Chinese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en-US" : "zh-CN";
}
