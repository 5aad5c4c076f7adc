import type { Lang } from "./catalogue";
import { WorkbookFileError, type FileRefusal, type ForeignKind } from "../xlsx/errors";

/**
 * The one table of file refusals, for the command line and the web app: why a file is not read, in the
 * person's terms, naming the sheet, cell or part where known and what to do. Never a library's text.
 */

/** A name as shown in a message: bidirectional controls made visible, so the rest of the line is not reversed. */
export function visibleName(name: string): string {
  return name.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

const MB = 1024 * 1024;

const foreignZh: Record<ForeignKind, string> = {
  ods: "它是 OpenDocument 电子表格（.ods）",
  docx: "它是 Word 文档",
  pptx: "它是 PowerPoint 演示文稿",
  xls: "它是旧版 Excel 97-2003 工作簿（.xls）",
  zip: "它是一个压缩包，但其中没有工作簿",
  other: "它不是 Excel 工作簿",
};
const foreignEn: Record<ForeignKind, string> = {
  ods: "it is an OpenDocument spreadsheet (.ods)",
  docx: "it is a Word document",
  pptx: "it is a PowerPoint presentation",
  xls: "it is an old Excel 97-2003 workbook (.xls)",
  zip: "it is a zip archive without a workbook",
  other: "it is not an Excel workbook",
};

/** Where in the file, in words: 工作表“人员名册”单元格 B3 / the part xl/sharedStrings.xml. */
function placeZh(r: FileRefusal): string {
  const { sheet, cell, part } = r.where;
  if (sheet !== undefined) return `工作表“${visibleName(sheet)}”${cell ? `单元格 ${cell}` : ""}`;
  return part ? `文件中的“${visibleName(part)}”部分` : "";
}
function placeEn(r: FileRefusal): string {
  const { sheet, cell, part } = r.where;
  if (sheet !== undefined) return `sheet "${visibleName(sheet)}"${cell ? ` cell ${cell}` : ""}`;
  return part ? `the part "${visibleName(part)}"` : "";
}

/** Why the file is refused, one sentence in the chosen language, without the file's name. */
export function refusalReason(r: FileRefusal, lang: Lang): string {
  const size = r.where.size !== undefined ? Math.round(r.where.size / MB) : undefined;
  if (lang === "en-US") {
    const at = placeEn(r);
    switch (r.kind) {
      case "damaged":
        return `the file is damaged${at ? ` (${at})` : ""}. Open it in WPS or Excel, save it again as an Excel workbook (*.xlsx), then try again.`;
      case "encrypted":
        return "the file is protected by a password. Remove the password in WPS or Excel (save a copy without it), then try again.";
      case "not-workbook":
        return `not an Excel workbook: ${foreignEn[r.where.foreign ?? "other"]}. Save it as an Excel workbook (*.xlsx) in WPS or Excel, then try again.`;
      case "too-large":
        return `${at || "the workbook"} holds about ${size} MB of content, far more than a register needs. Save it again from WPS or Excel (deleting what is not needed), then try again.`;
      case "too-many-parts":
        return `the file holds ${r.where.count} parts, far more than a workbook has. Save it again from WPS or Excel as an Excel workbook (*.xlsx), then try again.`;
    }
  }
  const at = placeZh(r);
  switch (r.kind) {
    case "damaged":
      return `文件已损坏${at ? `（${at}）` : ""}。请在 WPS 或 Excel 中打开并重新保存为 Excel 工作簿（*.xlsx）后再试。`;
    case "encrypted":
      return "文件设有打开密码。请在 WPS 或 Excel 中取消密码（另存一份无密码的副本）后再试。";
    case "not-workbook":
      return `不是 Excel 工作簿：${foreignZh[r.where.foreign ?? "other"]}。请在 WPS 或 Excel 中“另存为” Excel 工作簿（*.xlsx）后再试。`;
    case "too-large":
      return `${at || "工作簿"}约有 ${size} MB 内容，远超登记簿所需。请在 WPS 或 Excel 中删去不需要的内容并重新保存后再试。`;
    case "too-many-parts":
      return `文件由 ${r.where.count} 个部分组成，远超工作簿所有。请在 WPS 或 Excel 中重新保存为 Excel 工作簿（*.xlsx）后再试。`;
  }
}

/**
 * A workbook file's refusal in the person's terms when `error` is one (a sheet refused when a step reads
 * it), else null: the pane and the web app show it so, never the library's text.
 */
export function refusalText(error: unknown, lang: Lang): string | null {
  return error instanceof WorkbookFileError ? refusalReason(error.refusal, lang) : null;
}
