/**
 * The years the annual steps offer, from today (passed in: components never read the clock).
 *
 * The default is the year being assessed: today's year, except in January and February, when it is the
 * year just ended. The annual cycle runs across the turn of the year — the publicity often starts in late
 * December and the final stars, the results usage and the talks follow in January or February — so a
 * secretary who opens the pane then is finishing last year, not starting this one. From March on the
 * default is the current year (the months being recorded); any other year is one choice away.
 */

/** The year the annual steps default to, YYYY. */
export function defaultYear(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return String(month <= 2 ? year - 1 : year);
}

/** Today's year and the `back` years before it, newest first (the default is always among them). */
export function yearOptions(today: string, back = 4): string[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: back + 1 }, (_, i) => String(current - i));
}
