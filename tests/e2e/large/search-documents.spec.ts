import { expect, test, type Page } from '@playwright/test';
import { axeBuilder, WCAG_TAGS } from '../axe';
import { markedWord, search, searchResults, searchStatus } from '../search';
import { SECOND_SLUGS, SECOND_TITLES } from '../../fixtures/large-notice/second-document';
import { SLUGS } from '../../fixtures/large-notice/generate';

/**
 * Two documents on one site (tests/fixtures/large-notice/): the large notice and a small cookie notice
 * that shares words with it. A page searches its own document first, every hit names its document,
 * and the other documents are one click away.
 */
const LARGE_TITLE = 'TESTDATA – Stor generert erklæring';
const large = `/nb/${SLUGS.nb}/`;
const cookies = `/nb/${SECOND_SLUGS.nb}/`;

const hits = (page: Page) => searchResults(page).getByRole('link');
const otherDocuments = (page: Page) => page.getByRole('checkbox', { name: /andre dokumentene|other documents/ });
/** Every hit's address and the document it names, once the list answers `query`. */
async function shownHits(page: Page, query: string): Promise<{ href: string; document: string }[]> {
  await expect(searchResults(page)).toHaveAttribute('data-query', query);
  return hits(page).evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href') ?? '', document: link.querySelector('.hit-document')?.textContent ?? '' })),
  );
}

test('from the large notice, every hit is the large notice’s and says so; one click adds the cookie notice’s, named', async ({ page }) => {
  await page.goto(large);
  await search(page, 'informasjonskapsler');
  const own = await shownHits(page, 'informasjonskapsler');
  expect(own.length).toBeGreaterThan(0);
  expect(own.every((hit) => hit.href.startsWith(large) && hit.document === LARGE_TITLE)).toBe(true);

  await otherDocuments(page).check();
  await expect(hits(page).filter({ hasText: SECOND_TITLES.nb }).first()).toBeVisible();
  const all = await shownHits(page, 'informasjonskapsler');
  const fromCookies = all.filter((hit) => hit.href.startsWith(cookies));
  expect(fromCookies.length).toBeGreaterThan(0);
  expect(fromCookies.every((hit) => hit.document === SECOND_TITLES.nb)).toBe(true);
  expect(all.filter((hit) => hit.href.startsWith(large)).every((hit) => hit.document === LARGE_TITLE)).toBe(true);

  // A hit of the other document opens its exact section, with the word marked.
  await hits(page).filter({ hasText: '2. Samtykke til informasjonskapsler' }).click();
  await expect(page).toHaveURL(new RegExp(`${cookies}#cookie-consent$`));
  await expect(page.locator('#cookie-consent')).toBeInViewport();
  await expect(markedWord(page, 'informasjonskapsler')).toBeVisible();
});

test('from the small cookie notice, the large notice does not crowd out its own hits', async ({ page }) => {
  await page.goto(cookies);
  await search(page, 'informasjonskapsler');
  const own = await shownHits(page, 'informasjonskapsler');
  expect(own.map((hit) => hit.href.replace(/\?[^#]*/, ''))).toEqual(
    expect.arrayContaining([`${cookies}#which-cookies`, `${cookies}#cookie-consent`, `${cookies}#cookie-questions`]),
  );
  expect(own.every((hit) => hit.href.startsWith(cookies) && hit.document === SECOND_TITLES.nb)).toBe(true);
  const { violations } = await axeBuilder(page)
    .include('.site-search')
    .withTags([...WCAG_TAGS, 'best-practice'])
    .analyze();
  expect(violations).toEqual([]);
});

test('a word only another document has: its hits are offered, named, and the other language is not', async ({ page }) => {
  await page.goto(large);
  await search(page, 'kakeboksen');
  await expect(searchStatus(page)).toHaveText('Ingen treff i dette dokumentet for «kakeboksen». 1 treff i et annet dokument:');
  const [hit] = await shownHits(page, 'kakeboksen');
  expect(hit).toEqual({ href: `${cookies}?highlight=kakeboksen#cookie-consent`, document: SECOND_TITLES.nb });
  await expect(hits(page).first()).not.toHaveAttribute('lang', /./);
});

test('a version page of one document searches that version of that document, not the other’s same-named version', async ({ page }) => {
  // Both documents have a version 2001-01, and both speak of "informasjonskapsler" in it.
  await page.goto(`${cookies}versjoner/2001-01/`);
  await search(page, 'informasjonskapsler');
  const shown = await shownHits(page, 'informasjonskapsler');
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((hit) => hit.href.startsWith(`${cookies}versjoner/2001-01/`) && hit.document === SECOND_TITLES.nb)).toBe(true);
  await expect(hits(page).first()).toContainText('Arkivert versjon 2001-01');
});

test('a page of no document searches every document, and each hit names its own', async ({ page }) => {
  await page.goto('/nb/');
  await search(page, 'informasjonskapsler');
  const shown = await shownHits(page, 'informasjonskapsler');
  expect(new Set(shown.map((hit) => hit.document))).toEqual(new Set([LARGE_TITLE, SECOND_TITLES.nb]));
  await expect(otherDocuments(page)).toHaveCount(0);
});

test('in English, nothing in any document: the Norwegian hits are offered, each naming its document', async ({ page }) => {
  await page.goto(`/en/${SECOND_SLUGS.en}/`);
  await search(page, 'kakeboksen');
  await expect(searchStatus(page)).toHaveText('No results in English for “kakeboksen”. 1 result in the Norwegian version:');
  const hit = hits(page).first();
  await expect(hit).toHaveAttribute('lang', 'nb');
  await expect(hit.locator('.hit-document')).toHaveText(SECOND_TITLES.nb);
  await expect(hit).toHaveAttribute('href', `${cookies}?highlight=kakeboksen#cookie-consent`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a page of the cookie notice leads to its own table of contents', async ({ page }) => {
    await page.goto(`${cookies}endringer/`);
    await expect(page.getByRole('link', { name: 'Gå til innholdsfortegnelsen' })).toHaveAttribute('href', `${cookies}#toc-list`);
  });
});
