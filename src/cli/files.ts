import { access, stat } from "fs/promises";
import { constants, statSync } from "fs";
import path from "path";
import { refusalReason } from "../i18n/file-refusals";
import { WorkbookFileError, type XlsxWorkbook } from "../xlsx/xlsx-workbook";
import type { cliMessages } from "./messages";

/**
 * The command line's output files: a missing or read-only folder, a full disk, a path through a file is
 * a clear message and exit code 2, never a stack trace. The folder is checked before
 * the register is read (so a long run does not end in a refusal) and the write is checked again, since
 * permissions can change and root passes every access check that the file system may still refuse.
 */
export class OutputError extends Error {
  constructor(
    readonly file: string,
    /** The system error code (ENOENT, EACCES, …) when there is one. */
    readonly code: string | undefined,
    readonly reason: unknown,
  ) {
    super(`cannot write ${file}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "OutputError";
  }
}

/** The code of a Node.js system error (ENOENT, EACCES, …), if `e` is one. */
export function systemCode(e: unknown): string | undefined {
  const code = e && typeof e === "object" && "code" in e ? (e as { code: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** Throws {@link OutputError} unless `file`'s folder exists, is a folder and may be written. */
export async function checkOutputFolder(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: "ENOTDIR" });
    await access(folder, constants.W_OK);
  } catch (e) {
    throw new OutputError(file, systemCode(e), e);
  }
}

/** Saves the workbook to `file`; a failure of the file system is an {@link OutputError}. */
export async function saveOutput(workbook: XlsxWorkbook, file: string): Promise<void> {
  try {
    await workbook.saveAs(file);
  } catch (e) {
    if (systemCode(e)) throw new OutputError(file, systemCode(e), e);
    throw e;
  }
}

/**
 * Why the input `file` could not be read, in the chosen language: the system's reason (the file is looked at
 * again when the error carries no code), else the file refusal's (i18n/file-refusals.ts), never a library's text.
 */
export function readFailure(e: unknown, t: ReturnType<typeof cliMessages>, file: string): string {
  let code = systemCode(e instanceof WorkbookFileError ? e.reason : e);
  if (!code) {
    try {
      if (statSync(file).isDirectory()) code = "EISDIR";
    } catch (error) {
      code = systemCode(error);
    }
  }
  if (code && t.readReasons[code]) return t.readReasons[code];
  return e instanceof WorkbookFileError ? refusalReason(e.refusal, t.lang) : reasonText(e);
}

/** The technical reason of a read failure, for --debug (STAR_REGISTER_DEBUG=1) only. */
export function debugReason(e: unknown): string {
  const inner = e instanceof WorkbookFileError ? e.reason : e;
  return inner instanceof Error ? (inner.stack ?? inner.message) : String(inner);
}

export function reasonText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
