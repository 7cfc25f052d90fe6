import { startOfPartialDate } from './dates';

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

/** Newest first, by the day each version takes effect; ties broken by version name. */
export function sortVersionsNewestFirst<T extends VersionInfo>(versions: readonly T[]): T[] {
  return [...versions].sort(
    (a, b) => startOfPartialDate(b.updated).localeCompare(startOfPartialDate(a.updated)) || b.version.localeCompare(a.version),
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
