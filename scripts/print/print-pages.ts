/**
 * Prints every generated sheet of the sample branch as it would be pinned on a board: each sheet plan is
 * written alone into an .xlsx by the command line's adapter, converted to PDF by LibreOffice
 * (soffice --headless --convert-to pdf) and to one PNG per page (pdftoppm). The pages go to docs/print/.
 *
 *   npx tsx scripts/print/print-pages.ts [outDir]
 *
 * Needs LibreOffice Calc and poppler-utils, and CJK fonts (Debian: libreoffice-calc poppler-utils
 * fonts-noto-cjk). scripts/print/fonts.conf maps the fonts the sheets name — 宋体/仿宋 (SimSun, FangSong)
 * and 黑体 (SimHei), which a Chinese office has — to Noto Serif CJK SC and Noto Sans CJK SC where they are
 * missing.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { planMonth } from "../../src/register/month-workflow";
import { planNotices } from "../../src/register/notices-workflow";
import { OUTPUT_SHEETS, outputSheetNamed, type OutputSheet, type OutputSheetKey } from "../../src/register/output-sheets";
import type { SheetData } from "../../src/register/port";
import { sampleYear } from "../../src/sample/sample-branch";
import type { SheetPlan } from "../../src/register/sheet-plan";
import { planPublish, planYear } from "../../src/register/year-workflow";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

const out = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "..", "docs", "print"));
const AT = "2026-10-30T10:00:00+08:00";

function sheetsOf(register: Map<string, unknown[][]>): Map<string, SheetData> {
  return new Map([...register].map(([name, values]) => [name, { name, values: values as SheetData["values"], merges: [], ours: false }]));
}

async function main(): Promise<void> {
  const sheets = sheetsOf(sampleYear("2026"));
  const month = planMonth(sheets, { period: "2026-10", generatedAt: AT });
  const year = planYear(sheets, { year: "2026", generatedAt: "2026-12-31T10:00:00+08:00" });
  const published = planPublish(sheets, { year: "2026", generatedAt: "2026-12-31T10:00:00+08:00", start: "2026-12-31" });
  const notices = planNotices(sheets, { year: "2026", generatedAt: "2026-03-02T10:00:00+08:00" });
  const written: SheetPlan[] = [month, year, published, notices].flatMap((run) => run.change?.sheets ?? []);
  // Every output sheet with a page file in the table (register/output-sheets.ts), as the workflows wrote it.
  const plans: { file: string; plan: SheetPlan }[] = [];
  for (const [key, entry] of Object.entries(OUTPUT_SHEETS) as [OutputSheetKey, OutputSheet][]) {
    if (!entry.printFile) continue;
    const plan = written.find((p) => outputSheetNamed(p.name)?.key === key);
    if (!plan) throw new Error(`${key}: not written by the sample's month, year or notices`);
    plans.push({ file: entry.printFile, plan });
  }

  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), "print-"));
  const env = { ...process.env, FONTCONFIG_FILE: path.join(__dirname, "fonts.conf"), HOME: work };
  for (const { file, plan } of plans) {
    const book = XlsxWorkbook.empty();
    await book.write({ sheets: [plan] });
    const xlsx = path.join(work, `${file}.xlsx`);
    await book.saveAs(xlsx);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { env, stdio: "ignore" });
    for (const old of readdirSync(out).filter((f) => f.startsWith(`${file}-`))) rmSync(path.join(out, old));
    execFileSync("pdftoppm", ["-r", "60", "-png", path.join(work, `${file}.pdf`), path.join(out, file)], { env });
    renameSync(path.join(work, `${file}.pdf`), path.join(work, `${file}.done.pdf`));
    process.stdout.write(`${file}: ${readdirSync(out).filter((f) => f.startsWith(`${file}-`)).length} page(s)\n`);
  }
  rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
