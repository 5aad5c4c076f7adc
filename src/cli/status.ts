import type { Lang } from "../i18n/catalogue";
import { monthStateLine, yearStateLine } from "../i18n/period-state";
import { closingSheetsToRead, monthBeingClosed, periodState, stateSheetsToRead } from "../register/period-state";
import { isIsoMonth, isIsoYear } from "../scheme/dates";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import type { CliIo } from "./io";
import { cliMessages } from "./messages";
import { inputFile, openRegister } from "./step-files";

/** `status`: where the month and the year stand, read from the register (nothing written). */
export async function status(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "year", "lang", "today"], ["json"]);
  const input = inputFile(positional, t);
  const now = clock(options.get("today"), io, t);
  const today = localIso(now).slice(0, 10);
  const given = options.has("month") ? String(options.get("month")) : undefined;
  const year = options.has("year") ? String(options.get("year")) : options.has("month") ? undefined : today.slice(0, 4);
  if (given !== undefined && !isIsoMonth(given)) throw new UsageError(t.badMonth(given));
  if (year !== undefined && !isIsoYear(year)) throw new UsageError(t.badYear(year));
  const workbook = await openRegister(input, io, t);
  if (!workbook) return 2;
  // Without --month (and without --year alone), the month being closed: the previous one while it is open.
  const closing = given === undefined && !options.has("year");
  const month = closing ? monthBeingClosed(await workbook.readSheets(closingSheetsToRead(today)), today) : given;
  const wanted = { ...(month && { month }), ...(year && { year }) };
  const state = periodState(await workbook.readSheets(stateSheetsToRead(wanted)), { ...wanted, today });
  const lines = [...(state.month ? [monthStateLine(state.month, lang)] : []), ...(state.year ? [yearStateLine(state.year, lang)] : [])];
  if (options.has("json")) io.stdout(JSON.stringify({ today, month: state.month, year: state.year, lines }, null, 2));
  else io.stdout(lines.join("\n"));
  return 0;
}
