import type { Lang } from "../i18n/catalogue";
import { UsageError } from "./args";
import { WorkbookFileError } from "../xlsx/errors";
import { OutputError, debugReason, readFailure, reasonText, systemCode } from "./files";
import { importBallotsCommand } from "./import-ballots";
import { defaultIo, type CliIo } from "./io";
import { cliMessages } from "./messages";
import { approve, monthly } from "./month-commands";
import { rollupCommand } from "./rollup-command";
import { status } from "./status";
import { template } from "./template";
import { annual, notices } from "./year-commands";

export type { CliIo } from "./io";

/**
 * star-register: the register over .xlsx files, for branches on WPS and for batch work. The composition
 * root of the command line: it reads the clock (or --today), the files and the arguments, and wires the
 * same register workflow the task pane uses to the ExcelJS adapter.
 */

/**
 * Runs one command; resolves to the exit code: 0 written, 1 blocked by errors in the data or refused,
 * 2 wrong usage or a file that cannot be read or written. It never rejects: whatever goes wrong ends in
 * one of these codes with a message in the chosen language.
 */
export async function main(args: readonly string[], base: CliIo = defaultIo): Promise<number> {
  let lang: Lang = "zh-CN";
  // --debug may come anywhere: technical reasons follow the messages, as STAR_REGISTER_DEBUG=1 does.
  const io: CliIo = { ...base, debug: base.debug || args.includes("--debug") || !!process.env.STAR_REGISTER_DEBUG };
  const argv = args.filter((a) => a !== "--debug");
  // --lang may come anywhere, even before the command, and chooses the language of every message.
  const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langValue = langAt < 0 ? undefined : argv[langAt].includes("=") ? argv[langAt].split("=")[1] : argv[langAt + 1];
  if (langValue === "zh-CN" || langValue === "en-US") lang = langValue;
  const width = langAt >= 0 && !argv[langAt].includes("=") ? 2 : 1;
  const [command, ...rest] = langAt === 0 ? [...argv.slice(width), ...argv.slice(0, width)] : argv;
  try {
    if (langAt >= 0 && lang !== langValue) throw new UsageError(cliMessages(lang).badLang(String(langValue)));
    switch (command) {
      case "monthly":
        return await monthly(rest, lang, io);
      case "annual":
        return await annual(rest, lang, io);
      case "status":
        return await status(rest, lang, io);
      case "approve":
        return await approve(rest, lang, io);
      case "notices":
        return await notices(rest, lang, io);
      case "import-ballots":
        return await importBallotsCommand(rest, lang, io);
      case "template":
        return await template(rest, lang, io);
      case "rollup":
        return await rollupCommand(rest, lang, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(cliMessages(lang).usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(cliMessages(lang).unknownCommand(command));
    }
  } catch (e) {
    const t = cliMessages(lang);
    if (e instanceof UsageError) {
      io.stderr(`${e.option ? t[e.option.kind](e.option.name) : e.message}\n\n${t.usage}`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr(t.cannotWrite(e.file, (e.code && t.systemReasons[e.code]) || reasonText(e.reason)));
      return 2;
    }
    if (e instanceof WorkbookFileError) {
      // A part of the file read only when a step needed it (a sheet, the strings) is refused like the file.
      io.stderr(t.cannotRead(e.path, readFailure(e, t, e.path)));
      if (io.debug) io.stderr(debugReason(e));
      return 2;
    }
    io.stderr(t.unexpected(reasonText(e)));
    if (io.debug) io.stderr(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 2;
  }
}

/**
 * Runs the command line as a process. The exit code goes to process.exitCode and the process ends when
 * stdout and stderr have drained: process.exit() right after a write cuts piped output at 64 KiB
 * (https://nodejs.org/api/process.html#processexitcode — "process.exit() ... will
 * force the process to exit as quickly as possible even if there are still asynchronous operations pending
 * ... including I/O operations to process.stdout and process.stderr").
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (systemCode(e) !== "EPIPE") throw e;
    });
  }
  process.exitCode = await main(argv);
}

if (require.main === module) void runProcess(process.argv.slice(2));
