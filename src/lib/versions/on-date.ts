import { parsePartialDate, startOfPartialDate, type DatePrecision } from '~/lib/site/dates';

/**
 * "Which version applied on this day?" — one rule for versions.json, the changelog's
 * date field (in the browser) and the tests. A version applies from its date (the
 * effective date where editors gave one, else the last-updated date) until the next
 * version's date. A date known only to the year or month does not say on which day
 * the version started: a day inside that year or month gets the version, marked
 * uncertain, with the version before it named.
 */

/** The start of one version's period, as precise as the source. */
export interface PeriodStart {
  version: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, exactly as written. */
  date: string;
}

/** The answer for one day. */
export interface DateAnswer {
  /** The version in effect, or undefined before the first one. */
  version: string | undefined;
  /** The precision of that version's date: `year` means the source gives only the year. */
  precision: DatePrecision | undefined;
  /** True when the day falls inside the year or month the version's date names: it may not have applied yet that day. */
  uncertain: boolean;
  /** The version before it (what applied if it had not started yet), when `uncertain`. */
  previous: string | undefined;
}

/** True when a partial date (`2025`, `2025-03`) names a span that contains the day (`2025-03-14`) without naming the day itself. */
export function partialDateCovers(date: string, day: string): boolean {
  const parsed = parsePartialDate(date);
  return parsed !== undefined && parsed.precision !== 'day' && day.startsWith(`${date}-`);
}

/** The version in effect on a day (`YYYY-MM-DD`), given every published version's start date (any order). */
export function versionOnDay(starts: readonly PeriodStart[], day: string): DateAnswer {
  const ordered = [...starts].sort((a, b) => startOfPartialDate(a.date).localeCompare(startOfPartialDate(b.date)));
  const index = ordered.findLastIndex((start) => startOfPartialDate(start.date) <= day);
  const found = ordered[index];
  if (!found) return { version: undefined, precision: undefined, uncertain: false, previous: undefined };
  const uncertain = partialDateCovers(found.date, day);
  return {
    version: found.version,
    precision: parsePartialDate(found.date)?.precision,
    uncertain,
    previous: uncertain ? ordered[index - 1]?.version : undefined,
  };
}
