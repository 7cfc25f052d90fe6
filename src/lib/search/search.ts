/**
 * Search rules, written once: which policy pages go into the Pagefind index and
 * with which filters, and how a Pagefind result becomes a link to a section.
 * Used by PolicyArticle.astro at build time and by the search script in the browser.
 */
import { excerptWithoutTitle } from '~/lib/search/match';
import type { Locale } from '~/i18n/locales';
import { documentPath, PATH_SEGMENTS, withBase } from '~/lib/site/urls';
import type { VersionState } from '~/lib/versions/timeline';

/**
 * How a policy text is indexed: searched by default, only when the reader widens the search, or not at all;
 * `document` (the document's folder name) is set when its language has more than one document.
 */
export type SearchIndexing = { state: 'current' | 'archived' | 'upcoming'; version: string; document?: string } | 'skip';

/** The Pagefind filter that separates current versions from archived and upcoming ones. */
export const STATE_FILTER = 'state';
/** The Pagefind filter (and meta) that names a hit's version. */
export const VERSION_FILTER = 'version';
/** The Pagefind filter that names a text's document (its folder name, the same in every language). */
export const DOCUMENT_FILTER = 'document';
/** The query parameter that carries the words to highlight on the page a hit opens. */
export const HIGHLIGHT_PARAM = 'highlight';
/** The query parameter that opens the search with a query: `?q=sletting`. */
export const QUERY_PARAM = 'q';
/** `?match=any`: a search whose words are a guess (the 404 page's address words) shows the hits of any of them. */
export const MATCH_PARAM = 'match';

/**
 * Decides how one rendering of a version is indexed. The current version is indexed
 * once, on the document's main page; its permanent version page repeats the same
 * text and is skipped so hits are not doubled. Drafts are never indexed.
 */
export function searchIndexingFor(version: string, state: VersionState, isMainPage: boolean, document?: string): SearchIndexing {
  if (state === 'draft' || (state === 'current' && !isMainPage)) return 'skip';
  return { state, version, ...(document ? { document } : {}) };
}

/** What PolicyArticle writes for Pagefind: attributes for the text's element, and one `key:value` filter per marker element (Pagefind reads one filter per attribute). */
export function searchIndexMarkup(indexing: SearchIndexing): { bodyAttributes: Record<string, string>; filters: string[] } {
  if (indexing === 'skip') return { bodyAttributes: {}, filters: [] };
  return {
    bodyAttributes: { 'data-pagefind-body': '' },
    filters: [
      `${STATE_FILTER}:${indexing.state}`,
      `${VERSION_FILTER}:${indexing.version}`,
      ...(indexing.document ? [`${DOCUMENT_FILTER}:${indexing.document}`] : []),
    ],
  };
}

/** Which versions a search covers: the current ones, one named version, or every version. */
export type SearchScope = 'current' | 'all' | { version: string };

/** The Pagefind `filters` option for a scope of versions, within one document when `document` is given (else in every document). */
export function searchFilters(scope: SearchScope, document?: string): Record<string, string> {
  const within = document ? { [DOCUMENT_FILTER]: document } : {};
  if (scope === 'all') return within;
  if (scope === 'current') return { ...within, [STATE_FILTER]: 'current' };
  return { ...within, [VERSION_FILTER]: scope.version };
}

/** The same address with the query in `?q=`, or without `q` for an empty query; the rest is kept. */
export function addressWithQuery(href: string, query: string): string {
  const url = new URL(href);
  const trimmed = query.replace(/\s+/g, ' ').trim();
  if (trimmed === '') url.searchParams.delete(QUERY_PARAM);
  else url.searchParams.set(QUERY_PARAM, trimmed);
  return url.href;
}

/** Parts of a missing address that are not words a reader would search for. */
const ADDRESS_NOISE = new Set(['nb', 'en', 'no', 'index', 'html', 'htm', 'php', 'asp', 'aspx']);

/** The words of the site's own paths ("versjoner", "side-ved-side"): they name where a text is, not what it says. */
const PATH_WORDS = Object.values(PATH_SEGMENTS).flatMap((segments) => Object.values(segments).flatMap((segment) => segment.split('-')));

/**
 * Search words from an address that was not found: its path's words, without the base path,
 * language codes, file endings and the site's own path words (its sections, and the
 * documents' slugs passed as `siteWords`: "privacy", "personvern").
 */
export function wordsFromMissingPath(pathname: string, base = '/', siteWords: readonly string[] = []): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const path = trimmedBase && pathname.startsWith(`${trimmedBase}/`) ? pathname.slice(trimmedBase.length) : pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: use the address as written.
  }
  const words = decoded.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
  const noise = new Set([...ADDRESS_NOISE, ...PATH_WORDS, ...siteWords.flatMap((word) => word.toLocaleLowerCase('nb').split('-'))]);
  return [...new Set(words.filter((word) => !noise.has(word)))].join(' ');
}

/** The part of a Pagefind sub-result that we use. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  /** Pagefind weighs words in headings higher than words in body text. */
  weighted_locations?: { weight: number }[];
}

/** The part of a Pagefind result's `data()` that we use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
  locations?: number[];
}

/** One hit as the search list shows it: a section of one version of a page. */
export interface SectionHit {
  title: string;
  /** Pagefind's excerpt: escaped text with the matched words in `<mark>`. */
  excerpt: string;
  /** Link to the section, with the matched words to highlight there. */
  href: string;
  /** Set when the hit is not in a current version (or when asked to label every hit), so the list can say which version it is from. */
  version?: { name: string; state: 'current' | 'archived' | 'upcoming' };
  /** The title of the hit's document, set when the site has more than one document. */
  document?: string;
}

/** The distinct words Pagefind marked in an excerpt, lower-cased, in order of appearance. */
export function markedWords(excerpt: string): string[] {
  const words = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) =>
    trimPunctuation(decodeEntities(match[1] ?? '')).toLowerCase(),
  );
  return [...new Set(words.filter((word) => word.length > 0))];
}

/** Adds the words to highlight to a hit's URL, before its `#section` fragment. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const query = words.map((word) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(word)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

/** Reads the words to highlight from a page's query string (`?highlight=a&highlight=b`). */
export function highlightWordsFrom(search: string): string[] {
  const words = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).map((word) => word.trim().toLowerCase());
  return [...new Set(words.filter((word) => word.length > 0))];
}

/**
 * Turns one Pagefind page result into section hits, best match first: each
 * sub-result is a section whose heading id Pagefind put in its URL. A page with
 * no sections gives one hit for the page itself.
 */
export function sectionHits(data: PagefindResultData, limit = 5, labelCurrent = false, nameDocument = false): SectionHit[] {
  const state = data.filters?.[STATE_FILTER]?.[0];
  const name = data.filters?.[VERSION_FILTER]?.[0];
  const labelled = state === 'archived' || state === 'upcoming' || (labelCurrent && state === 'current');
  const version: SectionHit['version'] = name && labelled ? { name, state } : undefined;
  const pageTitle = data.meta['title'] ?? data.url;
  const sections = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 1) > 0);
  const ranked: PagefindSubResult[] = sections.length > 0 ? sections : [{ title: pageTitle, url: data.url, excerpt: data.excerpt }];
  return ranked
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => matchWeight(b.sub) - matchWeight(a.sub) || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => ({
      title: sub.title || pageTitle,
      excerpt: excerptWithoutTitle(sub.excerpt, sub.title || pageTitle),
      href: withHighlight(sub.url, markedWords(sub.excerpt)),
      ...(version ? { version } : {}),
      // The page's title is its document's title (its <h1>, which Pagefind takes as the title).
      ...(nameDocument ? { document: pageTitle } : {}),
    }));
}

/** How strongly a section matches: its matched words, weighted as Pagefind weighs them (headings count more). */
function matchWeight(sub: PagefindSubResult): number {
  if (sub.weighted_locations) return sub.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
  return sub.locations?.length ?? 0;
}

/** Drops the punctuation Pagefind keeps around a marked word (`sletting.` → `sletting`). */
function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Decodes the few entities Pagefind writes in excerpts. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, entity: string) => ENTITIES[entity] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** A pattern matching any of the words as a whole word, case-insensitively (letters of every script count as word characters). */
export function wholeWordPattern(words: readonly string[]): RegExp | undefined {
  const alternatives = words.filter((word) => word.length > 0).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** What a page tells its search box (Search.astro's data, worked out by the page). */
export interface SearchContext {
  /** Where the search box leads without JavaScript: a table of contents; none where there is none to lead to. */
  tocHref?: string;
  /** The document has archived or upcoming versions, so the reader may widen the search to them. */
  hasOtherVersions: boolean;
  /** Set on an archived or upcoming version's own page: hits name their version and the reader may search this one only. */
  version?: { name: string; state: 'archived' | 'upcoming' };
  /**
   * Set when the language has more than one document: hits then name their document, and a page of one
   * document searches it first (`own`, its folder name), with the others one click away.
   */
  documents?: { own?: string };
}

/** The part of a localized document that the search box needs. */
export interface SearchableDocument {
  /** The folder name under content/: the same in every language. */
  document: string;
  locale: Locale;
  slug: string;
  current: unknown;
  versions: readonly { version: string; state: VersionState }[];
}

/**
 * The search box's data for a page in `locale`: its fallback leads to the page's own
 * table of contents (`hasToc`), or to that of the page's document (`document`, its slug),
 * or else of the first current document; it knows the version the page shows when that is
 * an archived or upcoming one, and the page's document when the language has several.
 */
export function searchContext(
  documents: readonly SearchableDocument[],
  locale: Locale,
  page: { hasToc?: boolean; document?: string; version?: { slug: string; name: string } } = {},
): SearchContext {
  const inLocale = documents.filter((doc) => doc.locale === locale);
  const own = inLocale.find((doc) => doc.slug === (page.document ?? page.version?.slug));
  const main = own?.current ? own : inLocale.find((doc) => doc.current);
  // The list inside the folded contents: a browser unfolds a <details> to show a fragment inside it.
  const tocHref = page.hasToc ? '#toc-list' : main && `${withBase(documentPath(locale, main.slug))}#toc-list`;
  const hasOtherVersions = inLocale.some((doc) =>
    doc.versions.some((version) => version.state === 'archived' || version.state === 'upcoming'),
  );
  const shown = inLocale.find((doc) => doc.slug === page.version?.slug)?.versions.find((version) => version.version === page.version?.name);
  const version =
    shown && (shown.state === 'archived' || shown.state === 'upcoming') ? { name: shown.version, state: shown.state } : undefined;
  const several = inLocale.length > 1 ? { documents: own ? { own: own.document } : {} } : {};
  return { ...(tocHref ? { tocHref } : {}), hasOtherVersions, ...(version ? { version } : {}), ...several };
}
