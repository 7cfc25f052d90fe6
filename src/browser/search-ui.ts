// The search box's behaviour, loaded when the reader starts to search. It shows the
// hits that really match (search-engine.ts) as a list of links announced through a
// live region, offers the other language's hits when this one has none, keeps the
// query in the address (`?q=`) and moves focus with the arrow keys. Where the site has
// more than one document, a page searches its own first and every hit names its document.
import { browserTranslations, type BrowserKey } from '~/i18n/browser';
import { LOCALES } from '~/i18n/locales';
import {
  addressWithQuery,
  MATCH_PARAM,
  highlightWordsFrom,
  wholeWordPattern,
  type SearchScope,
  type SectionHit,
} from '~/lib/search/search';
import stylesheet from '~/styles/search-panel.css?url&no-inline';
import { preloadQuery, searchDocuments, type SearchAnswer } from './search-engine';
import { loadStylesheet } from './stylesheet';

type Say = ReturnType<typeof browserTranslations>;

/** What a hit from another version says about it. */
const VERSION_LABELS = {
  current: 'search.versionCurrent',
  archived: 'search.versionArchived',
  upcoming: 'search.versionUpcoming',
} as const satisfies Record<NonNullable<SectionHit['version']>['state'], BrowserKey>;

/** Wires the search form inside `root` to Pagefind; runs a first search for whatever is typed already. */
export async function enhance(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const language = document.documentElement.lang;
  const otherLanguage = LOCALES.find((locale) => locale !== language);
  const say = browserTranslations(language);
  const panel = root.querySelector<HTMLElement>('.search-panel');
  const form = input.form;
  if (!panel || !form) return;
  const { status, list } = addResultParts(panel, say);
  // The development server has no index (see below).
  const dev = root.dataset['dev'] !== undefined;
  // The index starts loading while the panel's styles do; the panel opens once it is styled.
  if (!dev) void preloadQuery(language, input.value).catch(() => undefined);
  await loadStylesheet(stylesheet);
  // The choices of versions and documents wait for their styles (24 px targets), like the rest of the panel.
  for (const choice of root.querySelectorAll('.search-versions, .search-documents')) choice.removeAttribute('hidden');
  // The hint said "Loading …" (on-demand.ts) until now.
  root.querySelector('.search-hint')?.removeAttribute('aria-busy');
  const thisVersion = root.dataset['version'];
  const anyWord = new URLSearchParams(location.search).get(MATCH_PARAM) === 'any';
  const everyVersion = root.querySelector<HTMLInputElement>('[data-search-all]');
  const scopeChoice = root.querySelector<HTMLFieldSetElement>('[data-search-scope]');
  // Set when the site has more than one document: the page's own ('' on a page of none).
  const documents = root.dataset['documents'];
  const otherDocuments = root.querySelector<HTMLInputElement>('[data-search-documents]');
  const ownDocument = () => (otherDocuments?.checked ? undefined : documents || undefined);

  const open = (isOpen: boolean) => {
    panel.classList.toggle('sr-only', !isOpen);
    list.hidden = !isOpen || list.childElementCount === 0;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const scope = (): SearchScope => {
    if (scopeChoice) {
      // On a version's own page, that version is searched first; the current one is one click away.
      const chosen = scopeChoice.querySelector<HTMLInputElement>('input:checked')?.value;
      return chosen === 'this' && thisVersion ? { version: thisVersion } : chosen === 'all' ? 'all' : 'current';
    }
    return everyVersion?.checked ? 'all' : 'current';
  };

  if (dev) {
    const explain = () => {
      open(true);
      status.textContent = say('search.devOnly');
    };
    input.addEventListener('focus', explain);
    input.addEventListener('input', explain);
    if (document.activeElement === input) explain();
    return;
  }

  let latest = 0;
  // Escape closes the hits until the reader types again or asks for them with the down arrow.
  let dismissed = false;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    // The address follows the query without a history entry per keystroke, so it can be copied and shared.
    history.replaceState(history.state, '', addressWithQuery(location.href, query));
    if (query === '') {
      list.replaceChildren();
      delete list.dataset['query'];
      status.textContent = '';
      open(false);
      return;
    }
    if (!dismissed) open(true);
    let answer: SearchAnswer & { widened: boolean };
    let otherHits: SectionHit[] = [];
    try {
      const loading = setTimeout(() => ticket === latest && (status.textContent = say('search.loading')), 150);
      const nameDocuments = documents !== undefined;
      const labelCurrent = thisVersion !== undefined;
      answer = await searchDocuments(language, query, scope(), ownDocument(), { labelCurrent, anyWord, nameDocuments });
      // Only when this language has nothing is the other language's index loaded and asked.
      if (answer.hits.length === 0 && otherLanguage && ticket === latest)
        otherHits = (await searchDocuments(otherLanguage, query, 'current', ownDocument(), { nameDocuments })).hits;
      clearTimeout(loading);
    } catch {
      if (ticket === latest) status.textContent = say('search.failed');
      return;
    }
    if (ticket !== latest) return;
    const { hits, shownFor } = answer;
    const shown = hits.length > 0 ? hits : otherHits;
    const hitLanguage = hits.length > 0 ? undefined : otherLanguage;
    list.replaceChildren(...shown.map((hit) => renderHit(hit, say, hitLanguage)));
    // Which query the list answers; the panel's tests wait for it.
    list.dataset['query'] = query;
    list.hidden = shown.length === 0 || panel.classList.contains('sr-only');
    const corrections = otherHits.length > 0 ? [] : answer.corrections;
    const said = answer.widened ? widenedText(query, hits.length, say) : statusText(query, hits.length, otherHits.length, say);
    // The status line says which words the hits are for when they are not the reader's, and offers the corrections, each a link.
    status.replaceChildren(
      shownFor ? `${say('search.shownFor', { query: shownFor })} ${said}` : said,
      ...(corrections.length > 0 ? [' ', renderCorrections(corrections, say)] : []),
    );
  };

  // A correction runs its query at once, in the field, as if the reader had typed it.
  status.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-correction]');
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset['correction'] ?? '';
    input.focus();
    void run();
  });

  // No debounce: after the first load a query takes a few milliseconds, and stale answers are dropped by `ticket`.
  input.addEventListener('input', () => {
    dismissed = false;
    void run();
  });
  everyVersion?.addEventListener('change', () => void run());
  otherDocuments?.addEventListener('change', () => void run());
  scopeChoice?.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) location.assign(first.href);
  });
  root.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (panel.classList.contains('sr-only') && document.activeElement === input) return;
      event.preventDefault();
      dismissed = true;
      open(false);
      input.focus();
    } else if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      event.preventDefault();
      dismissed = false;
      open(true);
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : items[at - 1])?.focus();
    } else if ((event.key === 'Home' || event.key === 'End') && at >= 0) {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  });
  root.addEventListener('focusin', () => {
    if (!dismissed && input.value.trim() !== '') open(true);
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) open(false);
  });
  void run();
}

/**
 * The panel's live status line and its list of hits, added when the search starts rather than
 * carried in every page's HTML: the status line exists, empty, before it first speaks.
 */
function addResultParts(panel: HTMLElement, say: Say): { status: HTMLElement; list: HTMLOListElement } {
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  list.setAttribute('aria-label', say('search.results'));
  list.hidden = true;
  panel.append(status, list);
  return { status, list };
}

/** The status line: how many hits, or that there are none here and how many the other language has. */
function statusText(query: string, count: number, otherCount: number, say: Say): string {
  if (count === 1) return say('search.resultOne');
  if (count > 1) return say('search.resultCount', { count: String(count) });
  const none = say('search.noResults', { query });
  if (otherCount === 0) return none;
  const offer = otherCount === 1 ? say('search.otherLanguageOne') : say('search.otherLanguageCount', { count: String(otherCount) });
  return `${say('search.noResultsHere', { query })} ${offer}`;
}

/** The status line when the page's document has nothing and the other documents have `count` hits. */
function widenedText(query: string, count: number, say: Say): string {
  const offer = count === 1 ? say('search.otherDocumentsOne') : say('search.otherDocumentsCount', { count: String(count) });
  return `${say('search.noResultsInDocument', { query })} ${offer}`;
}

/** "Did you mean:" and a link per corrected query (a link to `?q=`, which opens the search with it, like a shared search). */
function renderCorrections(corrections: readonly string[], say: Say): HTMLElement {
  const links = corrections.map((correction) => {
    const link = document.createElement('a');
    link.href = addressWithQuery(location.href, correction);
    link.dataset['correction'] = correction;
    link.textContent = correction;
    return link;
  });
  const line = document.createElement('span');
  line.className = 'search-suggestions';
  line.append(`${say('search.didYouMean')} `, ...links.flatMap((link, at) => (at === 0 ? [link] : [', ', link])));
  return line;
}

/** One hit: the section title, its version when asked, and the excerpt with marked words; `language` when it is not the page's. */
function renderHit(hit: SectionHit, say: Say, language?: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.href;
  if (language) {
    link.lang = language;
    link.hreflang = language;
  }
  const title = document.createElement('span');
  title.className = 'hit-title';
  // The words the hit matched are marked in its heading too: the excerpt no longer repeats the heading.
  const pattern = wholeWordPattern(highlightWordsFrom(new URL(hit.href, location.href).search));
  let last = 0;
  for (const match of pattern ? hit.title.matchAll(pattern) : []) {
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    title.append(hit.title.slice(last, match.index), mark);
    last = match.index + match[0].length;
  }
  title.append(hit.title.slice(last));
  link.append(title);
  if (hit.document) {
    const source = document.createElement('span');
    source.className = 'hit-document';
    source.textContent = hit.document;
    link.append(source);
  }
  if (hit.version) {
    const version = document.createElement('span');
    version.className = 'hit-version';
    version.textContent = say(VERSION_LABELS[hit.version.state], { version: hit.version.name });
    link.append(version);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'hit-excerpt';
  // Pagefind escapes the page text and adds only <mark> elements.
  excerpt.innerHTML = hit.excerpt;
  link.append(excerpt);
  item.append(link);
  return item;
}
