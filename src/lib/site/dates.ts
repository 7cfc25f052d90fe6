/** A date known to the year, the month or the day: `2025`, `2025-06` or `2025-06-01`. */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

/** A date with the precision the source gives it, never more. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or a day that does not exist. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  const daysInMonth = utcDate(year, month, 0).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day, precision: 'day' };
}

/** A UTC date for any year: unlike `Date.UTC`, years 0–99 are not read as 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** True when the value is a partial date that exists in the calendar. */
export function isRealPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/** The first day a partial date covers, as `YYYY-MM-DD`: the day a version takes effect. */
export function startOfPartialDate(value: string): string {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`Not a date: "${value}"`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Formats a partial date for readers in a locale, at its own precision ("2025", "juni 2025", "1. juni 2025"). */
export function formatPartialDate(value: string, locale: string): string {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`Not a date: "${value}"`);
  const utc = utcDate(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utc);
}

/** Today's date in Oslo as `YYYY-MM-DD`: the day against which "current" and "upcoming" are decided. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
}

/**
 * The RSS `pubDate` of a version, which must be a full day: the day an editor gave
 * (`precision: 'day'`) and only once it has come; otherwise none, never an invented day.
 */
export function feedItemDate(date: { date: string; precision: DatePrecision }, today: string): string | undefined {
  return date.precision === 'day' && date.date <= today ? date.date : undefined;
}
