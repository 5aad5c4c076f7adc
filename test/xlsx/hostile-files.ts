/**
 * Hostile workbooks on the sample register, made small: each is the sample with one part changed the way
 * another program (or a mischief) may write it. Shared by the command line's test and bench/hostile.bench.ts.
 */
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { inputSheetPlans } from "../../src/register/template";
import { sampleRegister } from "../../src/sample/sample-branch";
import { makeZip, zipParts } from "./zip-entries";

/** The sample register up to 2026-11, as our writer saves it. */
export async function sampleFile(): Promise<Buffer> {
  const book = XlsxWorkbook.empty({ now: () => new Date("2026-11-26T02:00:00Z") });
  await book.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  return book.toBuffer();
}

/** The sample with its 人员名册 sheet's XML (and, if given, xl/styles.xml) changed. */
export function withRoster(base: Buffer, edit: (xml: string) => string, styles?: (xml: string) => string): Buffer {
  const parts = zipParts(base);
  const text = (name: string) => Buffer.from(parts.find((p) => p.name === name)!.data).toString("utf8");
  const rid = /<sheet\b[^>]*name="人员名册"[^>]*r:id="(rId\d+)"/.exec(text("xl/workbook.xml"))![1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(text("xl/_rels/workbook.xml.rels"))![0];
  const part = `xl/${/Target="([^"]+)"/.exec(target)![1].replace(/^\/?xl\//, "")}`;
  const change = (name: string, f: (xml: string) => string) => {
    const p = parts.find((q) => q.name === name)!;
    const after = f(text(name));
    if (after === text(name)) throw new Error(`${name} unchanged`);
    p.data = Buffer.from(after, "utf8");
  };
  change(part, edit);
  if (styles) change("xl/styles.xml", styles);
  return makeZip(parts);
}

/** After </sheetData> and any <mergeCells>, where the schema puts validations and conditional formats. */
const afterMerges = (xml: string, element: string) => xml.replace(/(<\/sheetData>(?:<mergeCells[\s\S]*?<\/mergeCells>)?)/, `$1${element}`);

export const WHOLE_SHEET = "A1:XFD1048576";

/** The four ranges over a whole sheet, each in 人员名册: a merge, a validation, a conditional format, a dimension. */
export const HOSTILE_RANGES: Record<"merge" | "validation" | "conditional format" | "dimension", (base: Buffer) => Buffer> = {
  merge: (base) =>
    withRoster(base, (x) =>
      x
        .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, "")
        .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A40:XFD1048576"/></mergeCells>'),
    ),
  validation: (base) =>
    withRoster(base, (x) =>
      afterMerges(
        x.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, ""),
        `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${WHOLE_SHEET}"><formula1>"甲,乙"</formula1></dataValidation></dataValidations>`,
      ),
    ),
  "conditional format": (base) =>
    withRoster(
      base,
      (x) =>
        afterMerges(
          x,
          `<conditionalFormatting sqref="${WHOLE_SHEET}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>`,
        ),
      (s) => {
        const dxfs = '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>';
        return /<dxfs\b/.test(s) ? s.replace(/<dxfs\b[^>]*?(\/>|>[\s\S]*?<\/dxfs>)/, dxfs) : s.replace("</cellStyles>", `</cellStyles>${dxfs}`);
      },
    ),
  dimension: (base) =>
    withRoster(base, (x) =>
      /<dimension\b/.test(x)
        ? x.replace(/<dimension\b[^>]*\/>/, `<dimension ref="${WHOLE_SHEET}"/>`)
        : x.replace("<sheetViews", `<dimension ref="${WHOLE_SHEET}"/><sheetViews`),
    ),
};
