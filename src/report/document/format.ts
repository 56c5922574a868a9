// Locale-aware formatting of the report's figures: money, counts, ratios, dates and lists, the same way in every renderer.
import type { ReportLanguage } from './document.js';

export const LOCALES: Record<ReportLanguage, string> = { NL: 'nl-NL', EN: 'en-GB' };

/** Intl puts a no-break space between € and the amount in Dutch; a plain space keeps the text searchable and copyable. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export class Formatter {
  private readonly integer: Intl.NumberFormat;
  private readonly euro: Intl.NumberFormat;
  private readonly euroCents: Intl.NumberFormat;
  private readonly signedEuro: Intl.NumberFormat;
  private readonly signedEuroCents: Intl.NumberFormat;
  private readonly signedInteger: Intl.NumberFormat;
  private readonly pct: Intl.NumberFormat;
  private readonly longDate: Intl.DateTimeFormat;
  private readonly stamp: Intl.DateTimeFormat;
  private readonly conjunction: Intl.ListFormat;

  constructor(readonly locale: string) {
    this.integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    this.euroCents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    this.signedEuro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    this.signedEuroCents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    this.signedInteger = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    this.pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    this.longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    this.conjunction = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  }

  /** A count; non-integers keep up to two decimals. */
  count(n: number): string {
    return Number.isInteger(n) ? this.integer.format(n) : this.decimal(n, 2);
  }

  /** Euro amounts: whole euros unless there are cents. */
  money(n: number): string {
    return plain(hasCents(n) ? this.euroCents.format(n) : this.euro.format(n));
  }

  signedMoney(n: number): string {
    return plain(hasCents(n) ? this.signedEuroCents.format(n) : this.signedEuro.format(n));
  }

  signedCount(n: number): string {
    return this.signedInteger.format(n);
  }

  decimal(n: number, digits: number): string {
    return new Intl.NumberFormat(this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  }

  /** A ratio (0.25) as a percentage ("25%"). */
  percent(ratio: number): string {
    return plain(this.pct.format(ratio));
  }

  /** An ISO date as a long date; anything else is returned as given. */
  date(iso: string): string {
    const d = new Date(`${iso}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(d.getTime()) ? this.longDate.format(d) : iso;
  }

  /** An ISO timestamp in Dutch time; anything else is returned as given. */
  timestamp(iso: string): string {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : plain(this.stamp.format(d));
  }

  list(items: readonly string[]): string {
    return this.conjunction.format(items);
  }
}

function hasCents(n: number): boolean {
  return Math.abs(Math.round(n * 100) - Math.round(n) * 100) >= 1;
}
