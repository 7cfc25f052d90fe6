// Kept apart from timeline.ts so that the browser's comparison script can use it without the date rules.

/** A comparison from an older version to a newer one. */
export interface VersionPair {
  from: string;
  to: string;
}

/** True when `pairs` holds the comparison older → newer. */
export function hasPair(pairs: readonly VersionPair[], from: string, to: string): boolean {
  return pairs.some((pair) => pair.from === from && pair.to === to);
}

/**
 * The prerendered comparisons closest to one that is not: those that start or end at
 * either of its two versions (each against the one before or after it, and against the
 * current one). What a reader is offered when the comparison cannot be computed.
 */
export function nearestPairs(pairs: readonly VersionPair[], from: string, to: string): VersionPair[] {
  if (hasPair(pairs, from, to)) return [{ from, to }];
  return pairs.filter((pair) => pair.from === from || pair.to === to || pair.to === from || pair.from === to);
}
