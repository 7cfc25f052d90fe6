// The only script a page runs before the reader does anything. Each enhancement is a chunk
// of its own, imported here on the first sign that the reader needs it: intent to search,
// a scroll or a linked section for the table of contents, a pointer or focus on a section's
// link controls. Reading a page needs none of it, so the first view carries only this script.
import highlightUrl from './highlight.ts?on-demand';
import readingUrl from './reading.ts?on-demand';
import searchUrl from './search-ui.ts?on-demand';
import sectionControlsUrl from './section-controls.ts?on-demand';
import anyPairUrl from '~/lib/diff/any-pair.ts?on-demand';
import type * as HighlightModule from './highlight';
import type * as ReadingModule from './reading';
import type * as SearchModule from './search-ui';
import type * as SectionControlsModule from './section-controls';
import type * as AnyPairModule from '~/lib/diff/any-pair';

const loaded = new Map<string, Promise<unknown>>();

/** Imports the module at `url` once. */
function enhancement<Module>(url: string): Promise<Module> {
  let module = loaded.get(url);
  if (!module) loaded.set(url, (module = import(/* @vite-ignore */ url)));
  return module as Promise<Module>;
}

const params = new URLSearchParams(location.search);

// Search: the field replaces the fallback link at once; its code loads when the reader
// points at it, focuses it, presses `/` or Ctrl/⌘+K, or arrives with `?q=`.
const searchRoot = document.querySelector<HTMLElement>('.site-search');
const searchForm = searchRoot?.querySelector('form');
const searchInput = searchForm?.querySelector('input[type="search"]');
if (searchRoot && searchForm && searchInput instanceof HTMLInputElement) {
  searchForm.hidden = false;
  searchRoot.querySelector('.search-fallback')?.setAttribute('hidden', '');
  // A pointer over the field shows the intent to search: the search and its index start loading before the click.
  let started: Promise<unknown> | undefined;
  const start = () =>
    (started ??= enhancement<typeof SearchModule>(searchUrl).then(({ mountSearch }) => mountSearch(searchRoot, searchInput)));
  searchRoot.addEventListener('pointerenter', start, { once: true });
  searchInput.addEventListener('focus', start);
  // `?q=` opens the search with that query and its hits, so a search can be linked.
  const query = params.get('q')?.trim();
  if (query) {
    searchInput.value = query;
    searchInput.focus();
  }
  document.addEventListener('keydown', (event) => {
    const inField = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !inField && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !ctrlK) return;
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  });
}

// A search hit opens its section with the matched words in the query string.
if (params.has('highlight')) void enhancement<typeof HighlightModule>(highlightUrl).then(({ highlightFromQuery }) => highlightFromQuery());

// Reading: the section in view is marked in the table of contents from the first scroll, and
// the language switch keeps the section the reader is on or linked to; both at once when the
// address names a section. The "back to contents" button waits for that script too.
const toc = document.querySelector('.toc');
let reading: Promise<unknown> | undefined;
const read = () => void (reading ??= enhancement<typeof ReadingModule>(readingUrl).then(({ trackReading }) => trackReading()));
document.querySelector('.toc-back')?.setAttribute('hidden', '');
if (location.hash) read();
else {
  addEventListener('hashchange', read, { once: true });
  if (toc) addEventListener('scroll', read, { once: true, passive: true });
}

// Section link controls: loaded when a pointer or focus reaches one, so that it is ready for
// the click; a click that comes first waits for it. The citation control opens a dialog.
const CONTROLS = 'a.copy-link, a.cite-link';
for (const control of document.querySelectorAll('a.cite-link')) control.setAttribute('aria-haspopup', 'dialog');
const controls = () => enhancement<typeof SectionControlsModule>(sectionControlsUrl);
const nearControl = (event: Event) => {
  if ((event.target as Element | null)?.closest?.(CONTROLS)) void controls().catch(() => undefined);
};
addEventListener('pointerover', nearControl, { passive: true });
addEventListener('focusin', nearControl);
document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(CONTROLS);
  if (!control) return;
  // The copy control still follows its link (to the section); the citation control opens the dialog instead.
  const cite = control.classList.contains('cite-link');
  if (cite) event.preventDefault();
  controls().then(
    (module) => (cite ? module.openCitation(control) : module.copyLink(control)),
    () => cite && location.assign(control.href),
  );
});

// Comparing two versions that are not prerendered: the diff is computed on the page that asks for it.
const anyPair = document.querySelector<HTMLElement>('[data-any-pair]');
if (anyPair) void enhancement<typeof AnyPairModule>(anyPairUrl).then(({ compareAnyPair }) => compareAnyPair(anyPair));
