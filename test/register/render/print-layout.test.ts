/**
 * The shared print helper: no heading stranded at a page's foot, print titles only where their table
 * continues, and where they repeat, never above a page that holds none of their table's rows.
 */
import { paginate, pageCapacity, rowHeight } from "../../../src/register/render/print-layout";
import { renderMonthSheetWithLayout, renderPublicitySheet } from "../../../src/register/render";
import type { SheetPlan } from "../../../src/register/sheet-plan";
import { member, monthResult, SETTINGS } from "./fixtures";

const AT = "2026-11-30T09:00:00+08:00";

function plain(rows: number, height = 20, titleRows?: string): SheetPlan {
  return {
    name: "t",
    values: Array.from({ length: rows }, (_, i) => [`r${i}`]),
    columnWidths: [60],
    rowHeights: Object.fromEntries(Array.from({ length: rows }, (_, i) => [i, height])),
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 }, titleRows },
  };
}

/** First row of every printed page, as the helper estimates them. */
function pageStarts(plan: SheetPlan): number[] {
  const capacity = pageCapacity(plan);
  const title = /^\$(\d+):\$(\d+)$/.exec(plan.print?.titleRows ?? "");
  const titleRow = title ? Number(title[1]) - 1 : -1;
  const starts = [0];
  let used = 0;
  const breaks = new Set(plan.pageBreaks ?? []);
  for (let r = 0; r < plan.values.length; r++) {
    const h = rowHeight(plan, r);
    if ((breaks.has(r) || used + h > capacity) && r > starts[starts.length - 1]) {
      starts.push(r);
      used = titleRow >= 0 && r > titleRow ? rowHeight(plan, titleRow) : 0;
    }
    used += h;
  }
  return starts;
}

function party(n: number, kind: "党员" | "党外" = "党员") {
  return Array.from({ length: n }, (_, i) =>
    member({
      id: `${kind === "党员" ? "D" : "W"}${String(i + 1).padStart(3, "0")}`,
      name: `成员${i + 1}`,
      kind,
      group: "第一党小组",
      record: 80 + (i % 20),
      appraisal: 85,
    }),
  );
}

describe("paginate", () => {
  it("moves a block that would be cut at the page's foot to the next page", () => {
    const plan = plain(60);
    const perPage = Math.floor(pageCapacity(plan) / 20);
    const heading = perPage - 2; // heading, header and two rows would straddle the break
    const out = paginate(plan, { blocks: [{ from: heading, to: heading + 3 }] });
    expect(out.pageBreaks).toEqual([heading]);
  });

  it("writes the natural breaks as manual ones, and adds none for a block that fits where it is", () => {
    const plan = plain(60);
    const perPage = Math.floor(pageCapacity(plan) / 20);
    expect(paginate(plan, { blocks: [{ from: 3, to: 6 }] }).pageBreaks).toEqual([perPage]);
    expect(paginate(plain(10), { blocks: [{ from: 3, to: 6 }] }).pageBreaks).toBeUndefined();
  });

  it("drops the print titles when the table they head ends on the first page", () => {
    const out = paginate(plain(20, 20, "$2:$2"), { blocks: [], titleTableEnd: 15 });
    expect(out.print?.titleRows).toBeUndefined();
  });

  it("keeps them, and takes the last rows of that table along, when the table continues", () => {
    const plan = plain(90, 20, "$2:$2");
    const perPage = Math.floor(pageCapacity(plan) / 20);
    // A section after the table starts near the foot of page 2.
    const section = 2 * perPage - 3;
    const out = paginate(plan, { blocks: [{ from: section, to: section + 4, glue: 2 }], titleTableEnd: section - 1 });
    expect(out.print?.titleRows).toBe("$2:$2");
    expect(out.pageBreaks).toContain(section - 2);
    expect(out.pageBreaks).not.toContain(section);
  });
});

describe("the printed month sheet", () => {
  it("keeps the 星级分布 heading with its table and never starts a page with it under a repeated header (50 members)", () => {
    const { plan, layout } = renderMonthSheetWithLayout(monthResult([...party(46), ...party(4, "党外")]), { settings: SETTINGS, generatedAt: AT });
    expect(plan.print?.titleRows).toBe(`$${layout.memberHeaderRow + 1}:$${layout.memberHeaderRow + 1}`);
    const starts = pageStarts(plan);
    const distributionSection = layout.distributionHeaderRow - 1;
    const page = starts.filter((s) => s <= distributionSection).length - 1;
    // On the distribution's page, table rows come first (the repeated header stands above its own rows)...
    expect(starts[page]).toBeLessThan(distributionSection);
    // ...and the whole block, from its heading to its note, is on that page.
    const next = starts[page + 1] ?? plan.values.length;
    expect(next).toBeGreaterThan(distributionSection + 9);
  });

  it("prints the sample-sized month without repeated headers", () => {
    const { plan } = renderMonthSheetWithLayout(monthResult([...party(21), ...party(4, "党外")]), { settings: SETTINGS, generatedAt: AT });
    expect(plan.print?.titleRows).toBeUndefined();
  });
});

describe("the printed monthly publicity", () => {
  it("never leaves a section heading as the last row of a page (50 members)", () => {
    const plan = renderPublicitySheet(monthResult([...party(45), ...party(5, "党外")]), { settings: SETTINGS, generatedAt: AT });
    const starts = pageStarts(plan);
    const headings = plan.values.map((row, i) => (/^[一二三]、/.test(String(row[0])) ? i : -1)).filter((i) => i >= 0);
    for (const h of headings) {
      for (const s of starts) expect(s === h + 1 || s === h + 2).toBe(false);
    }
  });
});
