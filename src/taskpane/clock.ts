/**
 * Dates as the composition roots pass them in: the roots are the only code that reads the clock; these
 * helpers only format the Date they are given, in the machine's local time.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** The local date, YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local date-time with its offset, "2026-11-23T10:05:00+08:00", as the generated sheets record it. */
export function isoDateTime(d: Date, date: string = isoDate(d)): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
