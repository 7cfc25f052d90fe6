/**
 * Search rules, written once: which policy pages go into the Pagefind index and
 * with which filters, and how a Pagefind result becomes a link to a section.
 * Used by PolicyArticle.astro at build time and by the search script in the browser.
 */
import type { VersionState } from '~/lib/versions/timeline';

/** How a policy text is indexed: searched by default, only when the reader widens the search, or not at all. */
export type SearchIndexing = { state: 'current' | 'archived' | 'upcoming'; version: string } | 'skip';

/** The Pagefind filter that separates current versions from archived and upcoming ones. */
export const STATE_FILTER = 'state';
/** The Pagefind filter (and meta) that names a hit's version. */
export const VERSION_FILTER = 'version';
/** The query parameter that carries the words to highlight on the page a hit opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Decides how one rendering of a version is indexed. The current version is indexed
 * once, on the document's main page; its permanent version page repeats the same
 * text and is skipped so hits are not doubled. Drafts are never indexed.
 */
export function searchIndexingFor(version: string, state: VersionState, isMainPage: boolean): SearchIndexing {
  if (state === 'draft') return 'skip';
  if (state === 'current') return isMainPage ? { state, version } : 'skip';
  return { state, version };
}

/** What PolicyArticle writes for Pagefind: attributes for the text's element, and one `key:value` filter per marker element (Pagefind reads one filter per attribute). */
export function searchIndexMarkup(indexing: SearchIndexing): { bodyAttributes: Record<string, string>; filters: string[] } {
  if (indexing === 'skip') return { bodyAttributes: {}, filters: [] };
  return {
    bodyAttributes: { 'data-pagefind-body': '' },
    filters: [`${STATE_FILTER}:${indexing.state}`, `${VERSION_FILTER}:${indexing.version}`],
  };
}

/** The Pagefind `filters` option: current versions only, unless the reader asked for every version. */
export function searchFilters(includeOtherVersions: boolean): Record<string, string> {
  return includeOtherVersions ? {} : { [STATE_FILTER]: 'current' };
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
  /** Set when the hit is not in a current version, so the list can label it. */
  version?: { name: string; state: 'archived' | 'upcoming' };
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
export function sectionHits(data: PagefindResultData, limit = 5): SectionHit[] {
  const state = data.filters?.[STATE_FILTER]?.[0];
  const name = data.filters?.[VERSION_FILTER]?.[0];
  const version: SectionHit['version'] = name && (state === 'archived' || state === 'upcoming') ? { name, state } : undefined;
  const pageTitle = data.meta['title'] ?? data.url;
  const sections = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 1) > 0);
  const ranked: PagefindSubResult[] = sections.length > 0 ? sections : [{ title: pageTitle, url: data.url, excerpt: data.excerpt }];
  return ranked
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => matchWeight(b.sub) - matchWeight(a.sub) || a.order - b.order)
    .slice(0, limit)
    .map(({ sub }) => ({
      title: sub.title || pageTitle,
      excerpt: sub.excerpt,
      href: withHighlight(sub.url, markedWords(sub.excerpt)),
      ...(version ? { version } : {}),
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
