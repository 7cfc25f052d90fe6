import { wordsFromMissingPath } from '~/lib/search/search';

// The 404 page's search (NotFoundSearch.astro), loaded by on-demand.ts: the missing address's
// words are the reader's best guess at what they wanted, so the field starts with them.

/** Fills the 404 page's search field `form` with the words of the address that was not found. */
export function enhance(form: HTMLElement): void {
  const words = wordsFromMissingPath(location.pathname, import.meta.env.BASE_URL, (form.dataset['siteWords'] ?? '').split(' '));
  if (!words) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input && input.value === '') input.value = words;
  form.querySelector('[data-prefilled-hint]')?.removeAttribute('hidden');
}
