// Runs a search in the browser: loads Pagefind's index for a language once, asks it
// for hits, and keeps only the hits that really match the reader's words
// (src/lib/search/match.ts explains why Pagefind's own hits are not enough).
import { searchFilters, sectionHits, type PagefindResultData, type SearchScope, type SectionHit } from '~/lib/search/search';
import { correctedQueries, respelledQuery, vocabularyPath } from '~/lib/search/vocabulary';
import { contentTerms } from '~/lib/search/word-forms';
import {
  locationsOfWords,
  needsStemCheck,
  normalizeWord,
  queryTerms,
  realWords,
  sectionsWithMostTerms,
  unmarkWordsExcept,
  wordsAt,
} from '~/lib/search/match';
import { withBase } from '~/lib/site/urls';

export interface PagefindResult {
  id: string;
  /** The word locations Pagefind matched on this page. */
  words: number[];
  data: () => Promise<PagefindResultData & { content: string; raw_content?: string }>;
}
type PageData = Awaited<ReturnType<PagefindResult['data']>>;
interface PagefindSearch {
  results: PagefindResult[];
}
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

/** Pages to fetch excerpts for, and sections shown per page. */
const MAX_PAGES = 5;
const MAX_SECTIONS_PER_PAGE = 5;

const loads = new Map<string, Promise<PagefindModule>>();

/**
 * Loads Pagefind with the index of one language, once per language. Pagefind picks
 * its index from `<html lang>` when it starts, and keeps one WebAssembly module per
 * copy of its script, so another language gets its own copy (a distinct URL) started
 * while `lang` names that language for the length of one synchronous call.
 */
export function loadPagefind(language: string): Promise<PagefindModule> {
  let load = loads.get(language);
  if (!load) {
    const html = document.documentElement;
    const pageLanguage = html.lang;
    const own = language === pageLanguage;
    load = (async () => {
      const url = withBase('/pagefind/pagefind.js') + (own ? '' : `?lang=${encodeURIComponent(language)}`);
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
      // The main thread is enough for one short document, and spares the reader the worker script's bytes.
      await pagefind.options({ basePath: withBase('/pagefind/'), baseUrl: withBase('/'), excerptLength: 24, noWorker: true });
      if (own) {
        await pagefind.init();
      } else {
        html.lang = language;
        const started = pagefind.init(); // reads `lang` before its first await
        html.lang = pageLanguage;
        await started;
      }
      return pagefind;
    })();
    load.catch(() => loads.delete(language));
    loads.set(language, load);
  }
  return load;
}

/** Starts fetching the index chunks for what the reader has typed so far. */
export async function preloadQuery(language: string, query: string): Promise<void> {
  const pagefind = await loadPagefind(language);
  if (queryTerms(query).length > 0) await pagefind.preload(query);
}

export interface FindOptions {
  filters: Record<string, string>;
  /** Label hits from the current version too (on an archived or upcoming version's page). */
  labelCurrent?: boolean;
  /** When no section has every word, show the hits of each word alone (a search sent from the 404 page, with an address's words). */
  anyWord?: boolean;
  /** Say on each hit which document it is from (the site has more than one). */
  nameDocuments?: boolean;
}

/** What a search answers: its hits, the query it searched when it respelled the reader's, and corrections to offer when it found nothing. */
export interface SearchAnswer {
  hits: SectionHit[];
  /**
   * Set when the reader's words found nothing as typed, and the hits are for other words: the
   * query respelled ("markedsforing" → "markedsføring"), or, with `anyWord` and no section that has
   * every word, the words that do find something (an address's words from the 404 page: "cookie", not "policy").
   */
  shownFor?: string;
  /** Up to 3 corrected queries from the site's own words, when nothing was found. */
  corrections: string[];
}

/**
 * Searches `query`; when it finds nothing, loads the language's vocabulary (only then)
 * and searches the query respelled with Norwegian letters, then (with `anyWord`) each of its
 * words alone, or else offers corrections.
 */
export async function searchQuery(language: string, query: string, options: FindOptions): Promise<SearchAnswer> {
  const hits = await findHits(language, query, options);
  if (hits.length > 0 || queryTerms(query).length === 0) return { hits, corrections: [] };
  const vocabulary = await loadVocabulary(language);
  const respelled = respelledQuery(query, vocabulary, language);
  if (respelled) {
    const respelledHits = await findHits(language, respelled, options);
    if (respelledHits.length > 0) return { hits: respelledHits, shownFor: respelled, corrections: [] };
  }
  const terms = contentTerms(queryTerms(respelled ?? query), language);
  if (options.anyWord && terms.length > 1) {
    const byTerm = await Promise.all(terms.map((term) => findHits(language, term, options)));
    const found = terms.filter((_, at) => (byTerm[at]?.length ?? 0) > 0);
    const hits = [...new Map(byTerm.flat().map((hit) => [hit.href.replace(/\?[^#]*/, ''), hit])).values()];
    if (hits.length > 0) return { hits, shownFor: found.join(', '), corrections: [] };
  }
  return { hits: [], corrections: correctedQueries(query, vocabulary, language) };
}

/**
 * Searches the versions in `scope` of one document (`document`, its folder name) and, when it has
 * nothing, of every document; `widened` says the hits are from the other documents. Without
 * `document`, every document is searched at once.
 */
export async function searchDocuments(
  language: string,
  query: string,
  scope: SearchScope,
  document: string | undefined,
  options: Omit<FindOptions, 'filters'>,
): Promise<SearchAnswer & { widened: boolean }> {
  const own = await searchQuery(language, query, { ...options, filters: searchFilters(scope, document) });
  if (own.hits.length > 0 || !document) return { ...own, widened: false };
  const everywhere = await searchQuery(language, query, { ...options, filters: searchFilters(scope) });
  return everywhere.hits.length > 0 ? { ...everywhere, widened: true } : { ...own, widened: false };
}

const vocabularies = new Map<string, Promise<string[]>>();

/** A language's vocabulary, fetched once; empty when it cannot be had (the search still works without corrections). */
function loadVocabulary(language: string): Promise<string[]> {
  let load = vocabularies.get(language);
  if (!load) {
    load = fetch(withBase(vocabularyPath(language))).then(
      (response) => (response.ok ? (response.json() as Promise<string[]>) : []),
      () => [],
    );
    vocabularies.set(language, load);
  }
  return load;
}

let pageDataTurn: Promise<unknown> = Promise.resolve();

/**
 * The pages' data for one search, each a copy of its own. Pagefind's `data()` writes the calling
 * search's locations and sections into one object per page that every search shares, so a search
 * begun while another reads its pages (the reader typing on, or a query's words searched side by
 * side) would rank that one's sections by its own words: searches take turns, and each keeps copies.
 */
export function pageData(results: PagefindResult[]): Promise<PageData[]> {
  const read = pageDataTurn.then(() => Promise.all(results.map(async (result) => ({ ...(await result.data()) }))));
  pageDataTurn = read.catch(() => undefined);
  return read;
}

/** The section hits for a query that really match it, best first: a page is kept only where every term really matches a word of it. */
export async function findHits(language: string, query: string, options: FindOptions): Promise<SectionHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const pagefind = await loadPagefind(language);
  const search = await pagefind.search(query, { filters: options.filters });
  const top = search?.results.slice(0, MAX_PAGES) ?? [];
  if (top.length === 0) return [];
  // One search per term tells which locations belong to which term (a one-term query is its own).
  const perTerm =
    terms.length === 1 ? [search] : await Promise.all(terms.map((term) => pagefind.search(term, { filters: options.filters })));
  const pages = await pageData(top);
  const texts = pages.map(textOf);

  // Per term and page, the locations of the words that really match the term.
  const realLocations = await Promise.all(
    terms.map(async (term, index) => {
      // The last term counts as the start of a word: the reader may still be typing it, and a shared `?q=` gives the same hits.
      const typing = index === terms.length - 1;
      const byPage = new Map((perTerm[index]?.results ?? []).map((page) => [page.id, page.words]));
      const forms = new Set(top.flatMap((result, at) => wordsAt(texts[at] ?? '', byPage.get(result.id) ?? [])));
      const matched = await Promise.all(
        [...forms].map(async (word) => ({
          word,
          sameStem: needsStemCheck(term, typing, word, language) && (await sameIndexWord(language, pagefind, term, word)),
        })),
      );
      const real = realWords(term, typing, matched, language);
      return top.map((result, at) => locationsOfWords(texts[at] ?? '', byPage.get(result.id) ?? [], real));
    }),
  );

  // Function words ("til", "of") must be on the page, but do not decide the sections nor get marked when the query has other words.
  const content = new Set(contentTerms(terms, language));
  return top.flatMap((_, at) => {
    const data = pages[at];
    const locations = realLocations.map((byPage) => byPage[at] ?? new Set<number>());
    if (!data || locations.some((real) => real.size === 0)) return [];
    const deciding = locations.filter((_, index) => content.has(terms[index] ?? ''));
    const keep = new Set(wordsAt(texts[at] ?? '', [...deciding.flatMap((real) => [...real])]).map(normalizeWord));
    const sections = sectionsWithMostTerms(data.sub_results ?? [], deciding).map((section) => ({
      ...section,
      excerpt: unmarkWordsExcept(section.excerpt, keep),
    }));
    return sectionHits(
      { ...data, excerpt: unmarkWordsExcept(data.excerpt, keep), sub_results: sections },
      MAX_SECTIONS_PER_PAGE,
      options.labelCurrent ?? false,
      options.nameDocuments ?? false,
    );
  });
}

const exactSearches = new Map<string, Promise<string>>();

/**
 * True when Pagefind's exact search finds the same index word for `term` and for `word`
 * (the same first location): the index gives them one stem. Exact searches never truncate.
 */
async function sameIndexWord(language: string, pagefind: PagefindModule, term: string, word: string): Promise<boolean> {
  const signature = (text: string) => {
    const key = `${language}:${normalizeWord(text)}`;
    let found = exactSearches.get(key);
    if (!found) {
      found = pagefind.search(`"${normalizeWord(text)}"`).then((search) => {
        const first = search?.results[0];
        return first ? `${first.id}:${first.words.join(',')}` : '';
      });
      exactSearches.set(key, found);
    }
    return found;
  };
  const [ofTerm, ofWord] = await Promise.all([signature(term), signature(word)]);
  return ofTerm !== '' && ofTerm === ofWord;
}

/** The page text whose words Pagefind's locations count. */
function textOf(data: { content: string; raw_content?: string } | undefined): string {
  return data?.raw_content ?? data?.content ?? '';
}
