/**
 * The command-line tests' harness: a temporary folder per test, registers written into it as .xlsx, and an
 * io that captures stdout and stderr at a fixed time.
 */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { CliIo } from "../../src/cli/main";
import type { Grid } from "../../src/register/cells";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";

/** A fresh temporary folder for each test (removed after it); call at the top of a file or describe. */
export function tempFolder(prefix: string): { readonly path: string } {
  const folder = { path: "" };
  beforeEach(() => {
    folder.path = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => rmSync(folder.path, { recursive: true, force: true }));
  return folder;
}

/** Writes the sheets as a register .xlsx named `name` in `dir`; its path. */
export async function registerFile(dir: string, name: string, sheets: Iterable<[string, Grid]>): Promise<string> {
  const wb = XlsxWorkbook.empty();
  await wb.write({ inputSheets: [...sheets].map(([sheet, values]) => ({ name: sheet, values })) });
  const at = path.join(dir, name);
  await wb.saveAs(at);
  return at;
}

/** An io that keeps what is written, with the clock at `now`. */
export function captureIo(now: Date): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date(now.getTime()) };
}

/** The add-in's own sheets in a written file, in order. */
export async function ourSheets(at: string): Promise<string[]> {
  return (await (await XlsxWorkbook.fromFile(at)).listSheets()).filter((s) => s.ours).map((s) => s.name);
}
