// The parts of a page that a script takes over as soon as it arrives, each in a chunk of its own
// (named once, as in enhancements.ts): the changelog's "what did it say on a date?" (a plain GET
// form, `?date=`, without it), the comparison form, the page that compares any two versions, and
// the 404 page's search. An element names its part in `data-enhance`; loaded by on-demand.ts.
const PAGE_PARTS = {
  'any-pair': () => import('./any-pair'),
  'compare-form': () => import('./compare-form'),
  'date-lookup': () => import('./date-lookup'),
  'not-found-search': () => import('./not-found-search'),
};

/** The name of a page part, as an element gives it in `data-enhance`. */
export type PagePart = keyof typeof PAGE_PARTS;

/** Hands each element that names a page part in `data-enhance` to that part's `enhance`. */
export function enhance(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
    const load = PAGE_PARTS[root.dataset['enhance'] as PagePart] as (typeof PAGE_PARTS)[PagePart] | undefined;
    void load?.().then((part) => part.enhance(root));
  }
}
