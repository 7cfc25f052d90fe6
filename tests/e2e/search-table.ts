import { expect, type Page } from '@playwright/test';
import { searchResults, searchStatus } from './search';

/**
 * One row of a search table: a query, the sections (ids; '' for the text before the
 * first heading) whose hits it must show in the page's language — exactly these, in
 * any order; none means "no results" — and, when it has none here, the sections the
 * other language must offer.
 */
export type SearchRow = [query: string, sections: string[], otherLanguage?: string[]];

/** A hit's section id, prefixed with its version (`2025-09#cookies`) when it links to a version's own page. */
function sectionKey(href: string): string {
  const url = new URL(href, 'http://x');
  const version = /\/(?:versjoner|versions)\/([^/]+)\/$/.exec(url.pathname)?.[1];
  return `${version ? `${version}#` : ''}${url.hash.slice(1)}`;
}

/** What the search list shows for a query: the sections of its hits, by language. */
async function shownSections(page: Page, query: string) {
  await page.getByRole('searchbox').fill(query);
  // The list says which query it answers; the status line is written in the same step.
  await page.waitForFunction((query) => document.querySelector<HTMLElement>('.search-results')?.dataset['query'] === query, query.trim());
  const links = await searchResults(page)
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', lang: anchor.getAttribute('lang') })));
  const sections = (wanted: (lang: string | null) => boolean) =>
    links
      .filter((link) => wanted(link.lang))
      .map((link) => sectionKey(link.href))
      .sort();
  return {
    here: sections((lang) => lang === null),
    other: sections((lang) => lang !== null),
    status: await searchStatus(page).textContent(),
  };
}

/** Runs every row of a table on one page and reports all rows that differ at once. */
export async function checkSearchTable(
  page: Page,
  path: string,
  rows: readonly SearchRow[],
  widen?: () => Promise<unknown>,
): Promise<void> {
  await page.goto(path);
  await page.getByRole('searchbox').focus();
  if (widen) {
    await page.getByRole('searchbox').fill('x');
    await widen();
    await page.getByRole('searchbox').focus();
  }
  const differences: string[] = [];
  for (const [query, sections, otherLanguage = []] of rows) {
    const shown = await shownSections(page, query);
    const expected = { here: [...sections].sort(), other: [...otherLanguage].sort() };
    if (JSON.stringify({ here: shown.here, other: shown.other }) !== JSON.stringify(expected))
      differences.push(`"${query}": expected ${JSON.stringify(expected)}, shown ${JSON.stringify(shown)}`);
  }
  expect(differences).toEqual([]);
}
