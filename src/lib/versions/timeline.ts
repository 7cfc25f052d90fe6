import { parsePartialDate, startOfPartialDate, type DatePrecision } from '~/lib/site/dates';
import { pairSegment } from '~/lib/site/urls';
import type { VersionPair } from './pairs';

export { hasPair, nearestPairs, type VersionPair } from './pairs';

/** The facts about a version that decide its place in the history. */
export interface VersionInfo {
  version: string;
  /** When the text was last updated, as the source states it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  updated: string;
  /** When the version takes effect, if an editor stated it (same forms); otherwise `updated` decides. */
  effective?: string | undefined;
  status: 'published' | 'draft';
}

export type VersionState = 'current' | 'upcoming' | 'archived' | 'draft';

/** Which date a version's place in the history rests on: the stated effective date, or the last-updated date. */
export type AppliesFromBasis = 'effective' | 'updated';

/** The date a version applies from, exactly as precise as its source, and the first day it covers (for comparing). */
export interface AppliesFrom {
  /** As written: `2025`, `2025-06` or `2025-06-01`. */
  date: string;
  precision: DatePrecision;
  basis: AppliesFromBasis;
  /** The first day `date` covers, `YYYY-MM-DD`: used only to order and compare, never shown as a fact. */
  firstDay: string;
}

/** A version with its state on a given day. */
export type DatedVersion<T extends VersionInfo> = T & { state: VersionState; appliesFrom: AppliesFrom };

/** The date a version applies from: its effective date where an editor gave one, else its last-updated date. */
export function appliesFrom(entry: Pick<VersionInfo, 'updated' | 'effective'>): AppliesFrom {
  const basis: AppliesFromBasis = entry.effective ? 'effective' : 'updated';
  const date = entry.effective ?? entry.updated;
  const parsed = parsePartialDate(date);
  if (!parsed) throw new Error(`Not a date: "${date}"`);
  return { date, precision: parsed.precision, basis, firstDay: startOfPartialDate(date) };
}

/** True for versions readers can see (published, whatever their state); false for drafts. */
export function isPublished(entry: { state: VersionState }): boolean {
  return entry.state !== 'draft';
}

/** Compares version names the way people read them: 2024-6 before 2024-10, 2025 before 2025-03. */
export function compareVersionNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Oldest first, by the day each version applies from (effective, else last updated); ties broken by version name. */
export function compareVersionsOldestFirst(a: Omit<VersionInfo, 'status'>, b: Omit<VersionInfo, 'status'>): number {
  return appliesFrom(a).firstDay.localeCompare(appliesFrom(b).firstDay) || compareVersionNames(a.version, b.version);
}

/** Newest first, by the day each version applies from; ties broken by version name. */
export function sortVersionsNewestFirst<T extends Omit<VersionInfo, 'status'>>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => compareVersionsOldestFirst(b, a));
}

/**
 * Decides, for the day `today` (`YYYY-MM-DD`), which published version is current
 * (the newest already in effect), which are upcoming (in effect later) and which
 * are archived. Drafts stay drafts. Newest first.
 */
export function classifyVersions<T extends VersionInfo>(versions: readonly T[], today: string): DatedVersion<T>[] {
  let currentFound = false;
  return sortVersionsNewestFirst(versions).map((entry) => {
    const from = appliesFrom(entry);
    let state: VersionState;
    if (entry.status === 'draft') state = 'draft';
    else if (from.firstDay > today) state = 'upcoming';
    else if (!currentFound) {
      state = 'current';
      currentFound = true;
    } else state = 'archived';
    return { ...entry, state, appliesFrom: from };
  });
}

/** The published version that applied on a day (`YYYY-MM-DD`), or undefined before the first one. */
export function versionInEffectOn<T extends VersionInfo>(versions: readonly T[], day: string): T | undefined {
  return sortVersionsNewestFirst(versions).find((entry) => entry.status === 'published' && appliesFrom(entry).firstDay <= day);
}

/** A published version with the date the next one took (or takes) its place: undefined while it still applies. */
export type VersionPeriod<T extends VersionInfo> = DatedVersion<T> & { until: AppliesFrom | undefined };

/** Adds to each published version the date the next one took (or takes) its place. Newest first; drafts are left out. */
export function versionPeriods<T extends VersionInfo>(versions: readonly DatedVersion<T>[]): VersionPeriod<T>[] {
  const published = versions.filter(isPublished);
  return published.map((entry, index) => ({ ...entry, until: published[index - 1]?.appliesFrom }));
}

/** The published version just before `version` (the one it replaced), or undefined for the first. */
export function previousVersion<T extends VersionInfo>(versions: readonly DatedVersion<T>[], version: string): DatedVersion<T> | undefined {
  const published = versions.filter(isPublished);
  const index = published.findIndex((entry) => entry.version === version);
  return index === -1 ? undefined : published[index + 1];
}

/** True for the oldest published version: the changelog labels it "First version", not as a change. */
export function isFirstVersion<T extends VersionInfo>(versions: readonly DatedVersion<T>[], version: string): boolean {
  return versions.filter(isPublished).at(-1)?.version === version;
}

/**
 * The comparisons to prerender, for readers without JavaScript: each published
 * version against the one before it and against the current version, so the number
 * of pages grows linearly with the versions (any other pair is computed in the
 * browser, see src/lib/diff/any-pair.ts). Drafts are compared with the current version.
 */
export function comparisonPairs<T extends VersionInfo>(versions: readonly DatedVersion<T>[]): VersionPair[] {
  const published = versions.filter(isPublished);
  const pairs = new Map<string, VersionPair>();
  const add = (older: DatedVersion<T> | undefined, newer: DatedVersion<T> | undefined) => {
    if (older && newer && older !== newer) pairs.set(pairSegment(older.version, newer.version), { from: older.version, to: newer.version });
  };
  const current = published.find((entry) => entry.state === 'current');
  const currentIndex = current ? published.indexOf(current) : -1;
  // Newest first: index i is newer than index j > i.
  published.forEach((entry, i) => {
    add(published[i + 1], entry);
    if (current && i > currentIndex) add(entry, current);
    if (current && i < currentIndex) add(current, entry);
  });
  // A draft (only in `astro dev`) is compared with the version readers see now, so editors can review their change.
  for (const draft of versions.filter((entry) => entry.state === 'draft')) add(current ?? published[0], draft);
  return [...pairs.values()];
}
