import type { VersionPeriod, VersionState } from './timeline';

/**
 * The machine-readable version list an app reads (`/{lang}/{document}/versions.json`)
 * to learn that a new version exists and ask users to accept it. Format version 1.
 *
 * Which version applied on a day D (`YYYY-MM-DD`)? The one whose
 * `effectiveFrom <= D` and (`effectiveUntil` is null or `D < effectiveUntil`).
 * Dates are the first day the editor's date covers (`"2025"` → `2025-01-01`);
 * `updated` keeps the date exactly as the editor wrote it.
 */
export interface VersionsJson {
  format: 1;
  document: string;
  language: string;
  title: string;
  /** The page that always shows the current version. */
  url: string;
  changelog: string;
  feed: string;
  /** The version in effect when the site was built, or null before the first one. */
  current: string | null;
  /** Published versions that take effect later, soonest first. */
  upcoming: string[];
  /** Newest first. */
  versions: VersionRecord[];
}

/** One published version in the JSON. */
export interface VersionRecord {
  version: string;
  /** The date as the editor wrote it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  updated: string;
  /** The first day this version applies, inclusive. */
  effectiveFrom: string;
  /** The day the next version replaces it, exclusive; null while nothing replaces it. */
  effectiveUntil: string | null;
  state: VersionState;
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
  status: 'published' | 'draft';
  change: 'substantive' | 'editorial';
  summary: string;
  sha256: string;
  url: string;
  compareWithPrevious: string | undefined;
}

/** Builds the version list for one document in one language from its periods (newest first, from `versionPeriods`). */
export function buildVersionsJson(
  head: Pick<VersionsJson, 'document' | 'language' | 'title' | 'url' | 'changelog' | 'feed'>,
  periods: readonly VersionPeriod<VersionFacts>[],
): VersionsJson {
  return {
    format: 1,
    ...head,
    current: periods.find((period) => period.state === 'current')?.version ?? null,
    upcoming: periods
      .filter((period) => period.state === 'upcoming')
      .map((period) => period.version)
      .reverse(),
    versions: periods.map((period) => ({
      version: period.version,
      updated: period.updated,
      effectiveFrom: period.effective,
      effectiveUntil: period.until ?? null,
      state: period.state,
      change: period.change,
      summary: period.summary,
      url: period.url,
      sha256: period.sha256,
      compareWithPrevious: period.compareWithPrevious ?? null,
    })),
  };
}

/** The version that applied on a day, read from the JSON the way an app would (see the rule above). */
export function versionOnDate(json: Pick<VersionsJson, 'versions'>, day: string): VersionRecord | undefined {
  return json.versions.find((record) => record.effectiveFrom <= day && (record.effectiveUntil === null || day < record.effectiveUntil));
}
