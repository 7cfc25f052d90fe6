/**
 * The URL scheme, written once. Every page path is built here, without the base
 * path; `withBase` adds the deployment's base (set once, in astro.config.mjs).
 *
 *   /                                          language chooser
 *   /{lang}/{document}/                        current version        /nb/personvern/  /en/privacy/
 *   /{lang}/{document}/{versions}/{version}/   a version, permanent   /nb/personvern/versjoner/2025/
 *   /{lang}/{document}/{changelog}/            changelog              /en/privacy/changes/
 *   /{lang}/{document}/{compare}/{a}...{b}/    diff between versions  /en/privacy/compare/2024...2025/
 *   /{lang}/{document}/{compare}/{a}...{b}/{sideBySide}/   the same diff, side by side
 *   /{lang}/{document}/{compare}/?from={a}&to={b}          any other pair, computed in the browser
 *   /{lang}/{document}/{compare}/{version}.json            a version's sections, for that computation
 *   /{lang}/{document}/feed.xml                RSS feed of versions   /nb/personvern/feed.xml
 *   /{lang}/{document}/versions.json           versions for apps      /en/privacy/versions.json
 */

import type { Locale } from '~/i18n/locales';

/** Localized path segments, so Norwegian readers see Norwegian URLs. */
export const PATH_SEGMENTS = {
  nb: { versions: 'versjoner', changelog: 'endringer', compare: 'sammenlign', sideBySide: 'side-ved-side' },
  en: { versions: 'versions', changelog: 'changes', compare: 'compare', sideBySide: 'side-by-side' },
} as const satisfies Record<Locale, Record<string, string>>;

/** Prefixes a site path with the base path, e.g. `/nb/` → `/personvern/nb/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.replace(/\/+$/, '');
  return `${trimmedBase}/${path.replace(/^\/+/, '')}`;
}

/** The language's home path: `/nb/`. */
export function localeHomePath(locale: Locale): string {
  return `/${locale}/`;
}

/** The current version of a document: `/nb/personvern/`. */
export function documentPath(locale: Locale, documentSlug: string): string {
  return `/${locale}/${documentSlug}/`;
}

/** A version's permanent page: `/nb/personvern/versjoner/2025/`. */
export function versionPath(locale: Locale, documentSlug: string, version: string): string {
  return `/${locale}/${documentSlug}/${PATH_SEGMENTS[locale].versions}/${version}/`;
}

/** The changelog: `/en/privacy/changes/`. */
export function changelogPath(locale: Locale, documentSlug: string): string {
  return `/${locale}/${documentSlug}/${PATH_SEGMENTS[locale].changelog}/`;
}

/** The path segment naming a comparison, older first: `2024...2025`. */
export function pairSegment(from: string, to: string): string {
  return `${from}${PAIR_SEPARATOR}${to}`;
}

/** Reads a `2024...2025` segment back into its two versions; undefined when it is not one. */
export function parsePairSegment(segment: string): { from: string; to: string } | undefined {
  const parts = segment.split(PAIR_SEPARATOR);
  const [from, to] = parts;
  return parts.length === 2 && from && to ? { from, to } : undefined;
}

const PAIR_SEPARATOR = '...';

/** The diff from version `from` to version `to`: `/en/privacy/compare/2024...2025/`. */
export function comparePath(locale: Locale, documentSlug: string, from: string, to: string): string {
  return `/${locale}/${documentSlug}/${PATH_SEGMENTS[locale].compare}/${pairSegment(from, to)}/`;
}

/** The page that compares any two versions in the browser: `/en/privacy/compare/?from=2019&to=2023` (no query: the page itself). */
export function compareAnyPath(locale: Locale, documentSlug: string, from?: string, to?: string): string {
  const path = `/${locale}/${documentSlug}/${PATH_SEGMENTS[locale].compare}/`;
  return from && to ? `${path}?${new URLSearchParams({ from, to }).toString()}` : path;
}

/** A version's sections as data, for comparing it in the browser: `/en/privacy/compare/2025.json`. */
export function versionSectionsPath(locale: Locale, documentSlug: string, version: string): string {
  return `/${locale}/${documentSlug}/${PATH_SEGMENTS[locale].compare}/${version}.json`;
}

/** The same diff with the two versions side by side: `/en/privacy/compare/2024...2025/side-by-side/`. */
export function compareSideBySidePath(locale: Locale, documentSlug: string, from: string, to: string): string {
  return `${comparePath(locale, documentSlug, from, to)}${PATH_SEGMENTS[locale].sideBySide}/`;
}

/** The RSS feed of a document's versions in one language: `/nb/personvern/feed.xml`. */
export function feedPath(locale: Locale, documentSlug: string): string {
  return `/${locale}/${documentSlug}/feed.xml`;
}

/** The machine-readable list of a document's versions: `/en/privacy/versions.json`. */
export function versionsJsonPath(locale: Locale, documentSlug: string): string {
  return `/${locale}/${documentSlug}/versions.json`;
}

/** An absolute URL on the site, for canonical links, hreflang, feeds and sitemaps. */
export function absoluteUrl(path: string, site: URL | string, base?: string): string {
  return new URL(withBase(path, base), site).href;
}
