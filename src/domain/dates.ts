// Calendar dates as the analyses use them: ISO strings, "today" in the Netherlands.
import type { IsoDate } from './model.js';

const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** Today's date in Europe/Amsterdam, the date a Dutch analyst means by "today". */
export function today(now: Date = new Date()): IsoDate {
  return amsterdam.format(now);
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
