import { parsePartialDate, type DatePrecision } from '~/lib/site/dates';
import { versionOnDay, type DateAnswer } from './on-date';
import type { AppliesFrom, AppliesFromBasis, VersionPeriod, VersionState } from './timeline';

/**
 * The machine-readable version list an app reads (`/{lang}/{document}/versions.json`)
 * to learn that a new version exists and ask users to accept it. Format version 2:
 * every date is published with the precision the source gives it (`"2025"` is a year,
 * never `2025-01-01`), and says whether it is the last-updated date or an effective
 * date an editor stated.
 */
export interface VersionsJson {
  format: 2;
  document: string;
  language: string;
  title: string;
  /** The page that always shows the current version. */
  url: string;
  changelog: string;
  feed: string;
  /** How to tell which version applied on a day, in words. */
  rule: string;
  /** The version in effect when the site was built, or null before the first one. */
  current: string | null;
  /** Published versions that take effect later, soonest first. */
  upcoming: string[];
  /** Newest first. */
  versions: VersionRecord[];
}

/** A date as precise as its source: `{ "date": "2025", "precision": "year" }`. */
export interface JsonDate {
  date: string;
  precision: DatePrecision;
}

/** The date a version's period starts (or ends) on, and which of the version's dates it is. */
export interface JsonPeriodDate extends JsonDate {
  /** `effective`: the date editors said the version takes effect. `updated`: none was given, so the last-updated date. */
  basis: AppliesFromBasis;
}

/** One published version in the JSON. */
export interface VersionRecord {
  version: string;
  /** When the text was last updated, as the source states it. */
  updated: JsonDate;
  /** When the version takes effect, as an editor stated it; null when no one did. */
  effective: JsonDate | null;
  /** Where the version's period starts: `effective` where given, else `updated`. */
  appliesFrom: JsonPeriodDate;
  /** Where the next version's period starts (this one's ends); null while nothing replaces it. */
  appliesUntil: JsonPeriodDate | null;
  state: VersionState;
  /** True for the first version in the archive (its `change` is not a change to an earlier text). */
  first: boolean;
  change: 'substantive' | 'editorial';
  summary: string;
  url: string;
  /** SHA-256 (hex) of the version's MDX source file. */
  sha256: string;
  /** The diff against the version before it, or null for the first. */
  compareWithPrevious: string | null;
}

/** What the JSON needs to know about each version, beyond its dates. */
export interface VersionFacts {
  version: string;
  updated: string;
  effective?: string | undefined;
  status: 'published' | 'draft';
  change: 'substantive' | 'editorial';
  summary: string;
  sha256: string;
  url: string;
  compareWithPrevious: string | undefined;
}

/** The rule of `versionOnDate`, in the JSON for app developers. */
export const VERSION_RULE =
  'A version applies from appliesFrom (its effective date where editors gave one, else the date it was last updated) until appliesUntil (the next version\'s appliesFrom). Dates keep the precision of the source: with precision "year" or "month" the day is not known, so on a day inside that year or month the version may not have applied yet.';

/** A partial date with its precision, for the JSON. */
export function jsonDate(date: string): JsonDate {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`Not a date: "${date}"`);
  return { date, precision: parsed.precision };
}

function periodDate(from: AppliesFrom): JsonPeriodDate {
  return { date: from.date, precision: from.precision, basis: from.basis };
}

/** Builds the version list for one document in one language from its periods (newest first, from `versionPeriods`). */
export function buildVersionsJson(
  head: Pick<VersionsJson, 'document' | 'language' | 'title' | 'url' | 'changelog' | 'feed'>,
  periods: readonly VersionPeriod<VersionFacts>[],
): VersionsJson {
  return {
    format: 2,
    ...head,
    rule: VERSION_RULE,
    current: periods.find((period) => period.state === 'current')?.version ?? null,
    upcoming: periods
      .filter((period) => period.state === 'upcoming')
      .map((period) => period.version)
      .reverse(),
    versions: periods.map((period, index) => ({
      version: period.version,
      updated: jsonDate(period.updated),
      effective: period.effective ? jsonDate(period.effective) : null,
      appliesFrom: periodDate(period.appliesFrom),
      appliesUntil: period.until ? periodDate(period.until) : null,
      state: period.state,
      first: index === periods.length - 1,
      change: period.change,
      summary: period.summary,
      url: period.url,
      sha256: period.sha256,
      compareWithPrevious: period.compareWithPrevious ?? null,
    })),
  };
}

/** The version that applied on a day, read from the JSON the way an app would (see `VERSION_RULE`). */
export function versionOnDate(json: Pick<VersionsJson, 'versions'>, day: string): DateAnswer {
  return versionOnDay(
    json.versions.map((record) => ({ version: record.version, date: record.appliesFrom.date })),
    day,
  );
}
