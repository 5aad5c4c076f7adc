/**
 * The golden run of the three paper sheets (考核办法公示, 承诺公示, 组织生活会记录) for the sample branch: the year's 考核办法公示 and 承诺公示,
 * and October's 组织生活会记录 (a month after a quarter: both meetings). Shared by the golden test and the
 * fixture's build script, so that both run exactly the same steps through a register port.
 */
import type { Grid } from "../../src/register/cells";
import { generateMonth } from "../../src/register/month-workflow";
import { generateNotices } from "../../src/register/notices-workflow";
import type { WorkbookPort } from "../../src/register/port";

export const NOTICES_AT = "2026-03-02T10:00:00+08:00";
export const MONTH = "2026-10";
export const MONTH_AT = "2026-10-30T10:00:00+08:00";
export const OUTPUTS = ["2026 考核办法公示", "2026 承诺公示", `${MONTH} 组织生活会记录`];

export interface NoticesFixture {
  description: string;
  sheets: Record<string, Grid>;
  expected: { problems: { severity: string; code: string; ref: string | null }[]; outputs: Record<string, Grid> };
}

/** Loads the fixture's input sheets, generates the notices and the month, and reads the three sheets back. */
export async function runNotices(port: WorkbookPort, sheets: Record<string, Grid>, reopen: (port: WorkbookPort) => Promise<WorkbookPort> = async (p) => p) {
  await port.write({ inputSheets: Object.entries(sheets).map(([name, values]) => ({ name, values })) });
  const notices = await generateNotices(port, { year: "2026", generatedAt: NOTICES_AT });
  const month = await generateMonth(port, { period: MONTH, generatedAt: MONTH_AT });
  const back = await reopen(port);
  const read = await back.readSheets(OUTPUTS);
  const outputs: Record<string, Grid> = {};
  for (const name of OUTPUTS) outputs[name] = trim(read.get(name)?.values ?? []);
  const problems = [...notices.problems, ...month.problems.filter((p) => p.code.startsWith("meeting."))].map((p) => ({
    severity: p.severity,
    code: p.code,
    ref: p.place.ref ?? null,
  }));
  return { notices, month, outputs, problems };
}

/** Values without trailing empty cells and rows, as every host reads them back. */
export function trim(grid: Grid): Grid {
  const rows = grid.map((row) => {
    const r = row.map((v) => (v === "" ? null : v));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
