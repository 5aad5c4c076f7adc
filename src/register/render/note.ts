/**
 * The 备注 column of the monthly sheet. The renderer writes the member's flags there (票数不足, 不参评 with
 * its reason, …); a person may add their own words, which must survive regeneration (docs/workbook.md). A
 * regenerated note is therefore the new flags followed by whatever the person wrote: {@link mergeNote}
 * takes the previous cell apart and drops the flags the renderer wrote last time, which may no longer hold.
 */
import type { MemberMonth } from "../../scheme/results";
import { isBlank, type CellValue } from "../cells";
import { signedText } from "./format";
import { labelsFor, type RenderLabels, type RenderLang } from "./labels";

/** 备注: the member's flags in words (an exempt member's with the reason), and the month's adjustments if any. */
export function noteText(m: MemberMonth, L: RenderLabels, minValidMarks: number): string {
  const notes: string[] = [];
  // An exempt member's appraisal does not matter (the engine gives no warning about it either).
  const flags = m.recordStatus === "不参评" ? m.flags.filter((f) => f !== "未评议" && f !== "票数不足") : m.flags;
  for (const flag of flags) {
    if (flag === "不参评") notes.push(L.month.exemptNote(m.exemptReason?.trim().split(L.month.noteSplit).join("，")));
    else if (flag === "票数不足") notes.push(L.month.quorumNote(minValidMarks));
    else notes.push(flag);
  }
  if (m.adjustmentTotal !== 0 && m.recordStatus === "scored") notes.push(L.month.adjustmentNote(signedText(m.adjustmentTotal)));
  return notes.join(L.month.noteSeparator);
}

/**
 * The 备注 to write when a sheet is regenerated: the new generated note, then the parts of the previous
 * cell that the renderer did not write (a person's words), in their order, without repeating one.
 * A previous number or boolean (a person typed 1) is kept as its text.
 */
export function mergeNote(generated: string, previous: CellValue | undefined, lang?: RenderLang): string {
  const L = labelsFor(lang).month;
  if (previous === undefined || isBlank(previous)) return generated;
  const parts = generated ? generated.split(L.noteSeparator) : [];
  for (const part of String(previous).split(L.noteSplit)) {
    const text = part.trim();
    if (!text || parts.includes(text) || L.generatedNotes.some((p) => p.test(text))) continue;
    parts.push(text);
  }
  return parts.join(L.noteSeparator);
}
