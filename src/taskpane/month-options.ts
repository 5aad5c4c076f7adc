/**
 * The months a step offers, around today's (passed in: components never read the clock). Newest first,
 * so that the default — the current month — is at the top.
 */

/** "2026-11-23" → "2026-11". */
export function monthOf(today: string): string {
  return today.slice(0, 7);
}

/** Shifts a YYYY-MM month by whole months. */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The next month, the current one and the `back` months before it, newest first. */
export function monthOptions(today: string, back = 12): string[] {
  const current = monthOf(today);
  return Array.from({ length: back + 2 }, (_, i) => shiftMonth(current, 1 - i));
}
