import type { Lang } from "./catalogue";

/**
 * The web app's own strings (opening and saving the secretary's file), zh-CN first; the task pane inside it
 * speaks through the main catalogue.
 */
const zhCN = {
  title: "积分评星 · 网页版",
  subtitle: "党员积分评星登记簿",
  intro:
    "在浏览器中打开支部的登记簿（.xlsx，WPS、Excel 或 LibreOffice 制作的均可），按步骤完成每月和年度的评星，然后保存一份副本。文件只在本机浏览器中读取和处理，不会上传到任何地方。",
  open: "打开登记簿…",
  drop: "或者把 .xlsx 文件拖到这里",
  trySample: "试用示例支部",
  newBlank: "新建空白登记簿",
  opening: "正在打开…",
  notXlsx: (name: string) => `“${name}”不是 .xlsx 工作簿。请在 WPS 或 Excel 中“另存为” Excel 工作簿（*.xlsx）后再打开。`,
  unreadable: (name: string) => `无法读取“${name}”：文件可能已损坏、被加密，或不是工作簿。原文件没有改动。`,
  failed: (detail: string) => `出现意外错误：${detail}。原文件没有改动；请把这段文字发给技术支持。`,
  file: (name: string) => `当前文件：${name}`,
  unsaved: "有尚未保存的更改",
  allSaved: "更改已保存为副本",
  unchanged: "未修改",
  save: "保存副本",
  saving: "正在保存…",
  saved: (name: string) => `已下载副本“${name}”。原文件没有改动；以后请打开这份副本继续工作。`,
  noVisibleSheet: "工作簿里还没有可见的工作表，无法保存。请先在左侧“建立登记簿”。",
  openOther: "打开其他文件",
  discard: "当前的更改尚未保存。放弃这些更改并打开其他文件吗？",
  lostTitle: "副本中将缺少以下内容",
  lostIntro: "您的工作簿中有下列内容，网页版保存的副本无法保留它们（原文件不受影响）：",
  lostContinue: "仍然保存",
  cancel: "取消",
  sheetsNote: "右侧是您的工作簿：可以直接修改输入表；加载项生成的表（★）只能通过左侧的步骤更新。",
  sampleName: "示例支部登记簿.xlsx",
  blankName: "积分评星登记簿.xlsx",
  offline: "网页版打开后无需联网，所有数据都留在这台电脑上。",
};

export type WebMessages = typeof zhCN;

const enUS: WebMessages = {
  title: "Party Star Register · web app",
  subtitle: "The branch's scoring register",
  intro:
    "Open the branch's register (.xlsx, made in WPS, Excel or LibreOffice) in the browser, work through the month and the year step by step, then save a copy. The file is read and processed in this browser only; nothing is uploaded.",
  open: "Open register…",
  drop: "or drop an .xlsx file here",
  trySample: "Try the sample branch",
  newBlank: "New empty register",
  opening: "Opening…",
  notXlsx: (name) => `"${name}" is not an .xlsx workbook. Save it as an Excel workbook (*.xlsx) in WPS or Excel, then open it.`,
  unreadable: (name) => `"${name}" cannot be read: it may be damaged, encrypted or not a workbook. The file is unchanged.`,
  failed: (detail) => `Something unexpected went wrong: ${detail}. The file is unchanged; please send this text to support.`,
  file: (name) => `File: ${name}`,
  unsaved: "Unsaved changes",
  allSaved: "Changes saved as a copy",
  unchanged: "Not modified",
  save: "Save a copy",
  saving: "Saving…",
  saved: (name) => `Downloaded the copy "${name}". The original file is unchanged; open this copy to go on next time.`,
  noVisibleSheet: "The workbook has no visible sheet yet and cannot be saved. Use 建立登记簿 (set up) on the left first.",
  openOther: "Open another file",
  discard: "The changes are not saved. Discard them and open another file?",
  lostTitle: "The copy will not have these",
  lostIntro: "Your workbook has the following, which the web app's copy cannot keep (the original file is not affected):",
  lostContinue: "Save anyway",
  cancel: "Cancel",
  sheetsNote: "On the right, your workbook: input sheets can be edited here; the add-in's sheets (★) are updated only through the steps on the left.",
  sampleName: "sample-register.xlsx",
  blankName: "register.xlsx",
  offline: "Once open, the web app needs no network; all data stays on this computer.",
};

/** The web app's strings in `lang`. */
export function webMessages(lang: Lang): WebMessages {
  return lang === "en-US" ? enUS : zhCN;
}
