import type { Lang } from "./catalogue";
import type { UnmodelledPart } from "../xlsx/zip-parts";

/** What an .xlsx file can hold that the output copy cannot carry (xlsx/zip-parts.ts). */
const ZH_PARTS: Record<UnmodelledPart["kind"], string> = {
  macros: "宏（VBA 代码）",
  "pivot-tables": "数据透视表",
  slicers: "切片器",
  "external-links": "外部链接",
  timelines: "日程表",
  "embedded-objects": "嵌入的对象",
  controls: "表单控件",
  "background-picture": "背景图片",
  "outside-links": "指向工作簿以外文件的链接（已删除，不会读取）",
  "long-sheet-name": "完整名称（超过 31 个字符，Excel 不接受；输出文件中截短为 31 个字符）",
};
const EN_PARTS: Record<UnmodelledPart["kind"], string> = {
  macros: "macros (VBA code)",
  "pivot-tables": "pivot tables",
  slicers: "slicers",
  "external-links": "external links",
  timelines: "timelines",
  "embedded-objects": "embedded objects",
  controls: "form controls",
  "background-picture": "the background picture",
  "outside-links": "links to files outside the workbook (dropped, never read)",
  "long-sheet-name": "full name (over 31 characters, which Excel does not accept; cut to 31 in the output file)",
};

/** A part the .xlsx writer cannot carry, named for the person: 工作表“名册”的数据透视表 / pivot tables on sheet "名册". */
export function unmodelledPartName(part: Pick<UnmodelledPart, "kind" | "sheet">, lang: Lang): string {
  return lang === "en-US"
    ? `${EN_PARTS[part.kind]}${part.sheet ? ` on sheet "${part.sheet}"` : ""}`
    : `${part.sheet ? `工作表“${part.sheet}”的` : ""}${ZH_PARTS[part.kind]}`;
}
