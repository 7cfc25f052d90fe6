// The only script a page runs before the reader does anything. Each enhancement is a chunk
// of its own, imported here on the first sign that the reader needs it: intent to search,
// a scroll or a linked section for the table of contents, a pointer or focus on a section's
// link controls. Reading a page needs none of it, so the first view carries only this script.
// Each module's `enhance` takes over; the section controls export one function per control.
import { enhancement } from './enhancements';

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
  // On a slow network the search takes a while to arrive: the hint under the field says so at once (aria-busy, CSS), until the search is wired up.
  const start = () => {
    searchRoot.querySelector('.search-hint')?.setAttribute('aria-busy', 'true');
    return (started ??= enhancement('search-ui').then((search) => search.enhance(searchRoot, searchInput)));
  };
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
if (params.has('highlight')) void enhancement('highlight').then((highlight) => highlight.enhance());

// Reading: the section in view is marked in the table of contents from the first scroll, and
// the language switch keeps the section the reader is on or linked to; both at once when the
// address names a section. The "back to contents" button waits for that script too.
const toc = document.querySelector('.toc');
let reading: Promise<unknown> | undefined;
const read = () => void (reading ??= enhancement('reading').then((reading) => reading.enhance()));
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
const controls = () => enhancement('section-controls');
const nearControl = (event: Event) => {
  if ((event.target as Element | null)?.closest?.(CONTROLS)) void controls().catch(() => undefined);
};
addEventListener('pointerover', nearControl, { passive: true });
addEventListener('focusin', nearControl);
document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(CONTROLS);
  if (!control) return;
  // Both controls stay where they are: the copy control copies, the citation control opens the dialog.
  // Until the script arrives the control is pressed (aria-busy), which shows "Loading …" beside it (global.css).
  // Without the script, they are the links they are.
  const cite = control.classList.contains('cite-link');
  event.preventDefault();
  control.setAttribute('aria-busy', 'true');
  controls()
    .then(
      (module) => (cite ? module.openCitation(control) : module.copyLink(control)),
      () => location.assign(control.href),
    )
    .finally(() => control.removeAttribute('aria-busy'));
});

// The parts of a page that a script takes over as soon as it arrives (page-parts.ts).
if (document.querySelector('[data-enhance]')) void enhancement('page-parts').then((parts) => parts.enhance());
