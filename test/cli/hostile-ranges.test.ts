/**
 * Ranges over a whole sheet in a file made elsewhere — a merge A40:XFD1048576, a data validation and a
 * conditional format over A1:XFD1048576, a dimension A1:XFD1048576 — are clipped or carried, never expanded:
 * the command line reads the register and writes the month beside them (or refuses the merge in the roster as
 * any merge in a table), and the saved copy keeps the validation and the conditional format as they were.
 * Their time and memory are measured by bench/hostile.bench.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import { HOSTILE_RANGES, sampleFile, WHOLE_SHEET } from "../xlsx/hostile-files";
import { zipEntries } from "../xlsx/zip-entries";

let dir: string;
let base: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "hostile-ranges-"));
  base = await sampleFile();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const io: CliIo = { stdout: (t) => lines.push(t), stderr: (t) => lines.push(t), now: () => new Date(2026, 10, 28, 10) };
  const code = await main(args, io);
  return { code, text: lines.join("\n") };
}

describe("ranges over a whole sheet through the command line", () => {
  it.each(["validation", "conditional format", "dimension"] as const)("a %s over the whole 人员名册: status and monthly as usual", async (kind) => {
    const file = path.join(dir, `${kind}.xlsx`);
    writeFileSync(file, HOSTILE_RANGES[kind](base));
    expect(await run(["status", file, "--month", "2026-11"])).toMatchObject({ code: 0 });
    const out = path.join(dir, `${kind}-out.xlsx`);
    const monthly = await run(["monthly", file, "--month", "2026-11", "--out", out]);
    expect(monthly).toMatchObject({ code: 0 });
    expect(monthly.text).toContain("25");
    const saved = [...zipEntries(readFileSync(out)).values()].join("");
    if (kind === "validation") expect(saved).toContain(`sqref="${WHOLE_SHEET}"`);
    if (kind === "conditional format") expect(saved).toMatch(new RegExp(`<conditionalFormatting sqref="${WHOLE_SHEET}"`));
  });

  it("a merge from A40 to the sheet's last cell: refused as a merge in the roster, its range clipped", async () => {
    const file = path.join(dir, "merge.xlsx");
    writeFileSync(file, HOSTILE_RANGES.merge(base));
    const monthly = await run(["monthly", file, "--month", "2026-11", "--out", path.join(dir, "merge-out.xlsx")]);
    expect(monthly.code).toBe(1);
    expect(monthly.text).toMatch(/人员名册!A40:[A-Z]+\d+：表格中有合并单元格/);
    expect(monthly.text).not.toContain("XFD1048576");
  });
});
