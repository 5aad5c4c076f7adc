import type { PrintSetup } from "./sheet-plan";

/** Header and footer distance from the page edge, in inches, when the plan sets margins (Excel's default). */
const HEADER_FOOTER_MARGIN = 0.3;

/** A plan's margins as both hosts set them: the header and footer no further in than the page's margins. */
export function pageMargins(margins: NonNullable<PrintSetup["margins"]>): {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
} {
  const { top, bottom, left, right } = margins;
  return { top, bottom, left, right, header: Math.min(HEADER_FOOTER_MARGIN, top), footer: Math.min(HEADER_FOOTER_MARGIN, bottom) };
}
