// Calendar dates as the analyses use them: ISO strings, "today" in the Netherlands.
import type { IsoDate } from './model.js';

const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** The last minute asked for and its date: formatting a date in a time zone costs more than a whole request's lookups. */
let memo = { minute: Number.NaN, date: '' };

/**
 * Today's date in Europe/Amsterdam, the date a Dutch analyst means by "today". Amsterdam's days begin on a whole UTC
 * hour, so the date is the same throughout one UTC minute: it is formatted once a minute.
 */
export function today(now: Date = new Date()): IsoDate {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== memo.minute) memo = { minute, date: amsterdam.format(now) };
  return memo.date;
}

/** True for a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
