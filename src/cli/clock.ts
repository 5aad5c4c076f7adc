import { isIsoDate } from "../scheme/dates";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import type { cliMessages } from "./messages";

/** The time a command runs at: now, or noon of --today. */
export function clock(today: string | true | undefined, io: CliIo, t: ReturnType<typeof cliMessages>): Date {
  if (today === undefined) return io.now();
  const text = String(today);
  if (!isIsoDate(text)) throw new UsageError(t.badToday(text));
  // Noon local time on that day, so that the date never shifts with the time zone.
  const [y, m, d] = text.split("-").map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** Local ISO date-time with its offset: 2026-11-28T10:00:00+08:00. */
export function localIso(d: Date): string {
  const p = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${sign}${p(Math.trunc(offset / 60))}:${p(offset % 60)}`;
}
