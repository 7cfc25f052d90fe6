// The search box's behaviour, loaded when the reader starts to search. Pagefind's
// JS API finds the words; this file shows hits as a list of links announced through
// a live region, and moves focus with the arrow keys.
import { interpolate } from '~/i18n/interpolate';
import { searchFilters, sectionHits, type PagefindResultData, type SectionHit } from '~/lib/search/search';
import { withBase } from '~/lib/site/urls';

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options: { filters: Record<string, string> }) => Promise<PagefindSearch | null>;
}

/** Pages to fetch excerpts for, and sections shown per page. */
const MAX_PAGES = 5;
const MAX_SECTIONS_PER_PAGE = 5;

let pagefindLoad: Promise<Pagefind> | undefined;

/** Loads Pagefind for the page's language once, from under the site's base path. */
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
    // The main thread is enough for one short document, and spares the reader the worker script's bytes.
    await pagefind.options({ baseUrl: withBase('/'), excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoad;
}

/** Wires the search form inside `root` to Pagefind; runs a first search for whatever is typed already. */
export function mountSearch(root: HTMLElement, input: HTMLInputElement): void {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string> = {}) => interpolate(strings[key] ?? key, values);
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const everyVersion = root.querySelector<HTMLInputElement>('[data-search-all]');
  const form = input.form;
  if (!panel || !status || !list || !form) return;

  const open = (isOpen: boolean) => {
    panel.classList.toggle('sr-only', !isOpen);
    list.hidden = !isOpen || list.childElementCount === 0;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  if (root.dataset['dev'] !== undefined) {
    const explain = () => {
      open(true);
      status.textContent = say('search.devOnly');
    };
    input.addEventListener('input', explain);
    explain();
    return;
  }

  let latest = 0;
  // Escape closes the hits until the reader types again or asks for them with the down arrow.
  let dismissed = false;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    open(true);
    let hits: SectionHit[];
    try {
      if (!pagefindLoad) status.textContent = say('search.loading');
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query, { filters: searchFilters(everyVersion?.checked ?? false) });
      if (!search || ticket !== latest) return;
      const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
      if (ticket !== latest) return;
      hits = pages.flatMap((page) => sectionHits(page, MAX_SECTIONS_PER_PAGE));
    } catch {
      if (ticket === latest) status.textContent = say('search.failed');
      return;
    }
    list.replaceChildren(...hits.map((hit) => renderHit(hit, say)));
    list.hidden = hits.length === 0;
    status.textContent =
      hits.length === 0
        ? say('search.noResults', { query })
        : hits.length === 1
          ? say('search.resultOne')
          : say('search.resultCount', { count: String(hits.length) });
  };

  // No debounce: after the first load a query takes a few milliseconds, and stale answers are dropped by `ticket`.
  input.addEventListener('input', () => {
    dismissed = false;
    void run();
  });
  everyVersion?.addEventListener('change', () => void run());
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
    }
  });
  root.addEventListener('focusin', () => {
    if (!dismissed && input.value.trim() !== '') open(true);
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) open(false);
  });
  void loadPagefind().catch(() => undefined);
  void run();
}

/** One hit: the section title, its version when it is not current, and the excerpt with marked words. */
function renderHit(hit: SectionHit, say: (key: string, values?: Record<string, string>) => string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.href;
  const title = document.createElement('span');
  title.className = 'hit-title';
  title.textContent = hit.title;
  link.append(title);
  if (hit.version) {
    const version = document.createElement('span');
    version.className = 'hit-version';
    version.textContent = say(hit.version.state === 'archived' ? 'search.versionArchived' : 'search.versionUpcoming', {
      version: hit.version.name,
    });
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
