import { startOfPartialDate } from '~/lib/site/dates';
import { pairSegment } from '~/lib/site/urls';

/** The facts about a version that decide its place in the history. */
export interface VersionInfo {
  version: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the version takes effect on the first day it covers. */
  updated: string;
  status: 'published' | 'draft';
}

export type VersionState = 'current' | 'upcoming' | 'archived' | 'draft';

/** A version with its state on a given day. */
export type DatedVersion<T extends VersionInfo> = T & { state: VersionState; effective: string };

/** Compares version names the way people read them: 2024-6 before 2024-10, 2025 before 2025-03. */
export function compareVersionNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Newest first, by the day each version takes effect; ties broken by version name. */
export function sortVersionsNewestFirst<T extends VersionInfo>(versions: readonly T[]): T[] {
  return [...versions].sort(
    (a, b) => startOfPartialDate(b.updated).localeCompare(startOfPartialDate(a.updated)) || compareVersionNames(b.version, a.version),
  );
}

/**
 * Decides, for the day `today` (`YYYY-MM-DD`), which published version is current
 * (the newest already in effect), which are upcoming (in effect later) and which
 * are archived. Drafts stay drafts. Newest first.
 */
export function classifyVersions<T extends VersionInfo>(versions: readonly T[], today: string): DatedVersion<T>[] {
  let currentFound = false;
  return sortVersionsNewestFirst(versions).map((entry) => {
    const effective = startOfPartialDate(entry.updated);
    let state: VersionState;
    if (entry.status === 'draft') state = 'draft';
    else if (effective > today) state = 'upcoming';
    else if (!currentFound) {
      state = 'current';
      currentFound = true;
    } else state = 'archived';
    return { ...entry, state, effective };
  });
}

/** The published version that applied on a day (`YYYY-MM-DD`), or undefined before the first one. */
export function versionInEffectOn<T extends VersionInfo>(versions: readonly T[], day: string): T | undefined {
  return sortVersionsNewestFirst(versions).find((entry) => entry.status === 'published' && startOfPartialDate(entry.updated) <= day);
}

/** A published version with the days it applied: from `effective` (inclusive) until `until` (exclusive; undefined while it still applies). */
export type VersionPeriod<T extends VersionInfo> = DatedVersion<T> & { until: string | undefined };

/** Adds to each published version the day the next one took (or takes) its place. Newest first; drafts are left out. */
export function versionPeriods<T extends VersionInfo>(versions: readonly DatedVersion<T>[]): VersionPeriod<T>[] {
  const published = versions.filter((entry) => entry.state !== 'draft');
  return published.map((entry, index) => ({ ...entry, until: published[index - 1]?.effective }));
}

/** The published version just before `version` (the one it replaced), or undefined for the first. */
export function previousVersion<T extends VersionInfo>(versions: readonly DatedVersion<T>[], version: string): DatedVersion<T> | undefined {
  const published = versions.filter((entry) => entry.state !== 'draft');
  const index = published.findIndex((entry) => entry.version === version);
  return index === -1 ? undefined : published[index + 1];
}

/** Up to this many published versions, every pair gets a prerendered diff; beyond it, only each version against its previous and the current one. */
export const ALL_PAIRS_LIMIT = 20;

/** A comparison from an older version to a newer one. */
export interface VersionPair {
  from: string;
  to: string;
}

/**
 * The comparisons to prerender. Every pair (older → newer) while there are at most
 * `limit` published versions; beyond that, each version against the one before it
 * and against the current version, so the number of pages grows linearly. Drafts
 * are compared with the current version.
 */
export function comparisonPairs<T extends VersionInfo>(
  versions: readonly DatedVersion<T>[],
  limit: number = ALL_PAIRS_LIMIT,
): VersionPair[] {
  const published = versions.filter((entry) => entry.state !== 'draft');
  const pairs = new Map<string, VersionPair>();
  const add = (older: DatedVersion<T> | undefined, newer: DatedVersion<T> | undefined) => {
    if (older && newer && older !== newer) pairs.set(pairSegment(older.version, newer.version), { from: older.version, to: newer.version });
  };
  const current = published.find((entry) => entry.state === 'current');
  // Newest first: index i is newer than index j > i.
  if (published.length <= limit) {
    published.forEach((newer, i) => published.slice(i + 1).forEach((older) => add(older, newer)));
  } else {
    const currentIndex = current ? published.indexOf(current) : -1;
    published.forEach((entry, i) => {
      add(published[i + 1], entry);
      if (current && i > currentIndex) add(entry, current);
      if (current && i < currentIndex) add(current, entry);
    });
  }
  // A draft (only in `astro dev`) is compared with the version readers see now, so editors can review their change.
  for (const draft of versions.filter((entry) => entry.state === 'draft')) add(current ?? published[0], draft);
  return [...pairs.values()];
}
