import { expect, test } from '@playwright/test';
import { search, searchResults, searchStatus } from '../search';
import { ENGLISH_RECALL, measureRecall, NORWEGIAN_RECALL, type RecallRow } from '../search-recall';

// Search as people write: inflected forms, Norwegian letters typed the ASCII way, typos.
// Every recall row must land its section among the first 3 hits, with no hit that lacks a
// real form of the word (npm run bench:search reports the same rows as recall and precision).

const failing = async (page: import('@playwright/test').Page, path: string, rows: readonly RecallRow[]) => {
  await page.goto(path);
  await page.getByRole('searchbox').focus();
  const results = await measureRecall(page, rows);
  return results
    .filter((result) => !result.found || result.real < result.shown)
    .map((result) => `${result.row.query}: ${result.hits.join(', ')}`);
};

test('Norwegian recall rows: each section in the first 3 hits, and no junk', async ({ page }) => {
  test.setTimeout(240_000); // one page, many queries
  expect(await failing(page, '/nb/personvern/', NORWEGIAN_RECALL)).toEqual([]);
});

test('English recall rows: each section in the first 3 hits, and no junk', async ({ page }) => {
  test.setTimeout(240_000); // one page, many queries
  expect(await failing(page, '/en/privacy/', ENGLISH_RECALL)).toEqual([]);
});

test('a query that finds nothing: respelled, or corrected from the site’s own words, loaded only then', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (request) => /\/pagefind\/vocabulary-/.test(request.url()) && vocabulary.push(new URL(request.url()).pathname));
  await page.goto('/nb/personvern/');

  await test.step('a query with hits loads no vocabulary', async () => {
    await search(page, 'sletting');
    await expect(searchStatus(page)).toHaveText('2 treff');
    expect(vocabulary).toEqual([]);
  });

  await test.step('Norwegian letters typed the ASCII way find the word, and say so', async () => {
    await page.getByRole('searchbox').fill('markedsforing');
    await expect(searchStatus(page)).toHaveText(/^Viser treff for «markedsføring»: \d+ treff$/);
    await expect(searchResults(page).getByRole('link').first()).toContainText('markedsføring');
  });

  await test.step('a typo offers corrections; one click runs the first', async () => {
    await page.getByRole('searchbox').fill('personvren');
    await expect(searchStatus(page)).toContainText('Ingen treff for «personvren» Mente du: personvern');
    expect(vocabulary).toContain('/pagefind/vocabulary-nb.json');
    await searchStatus(page).getByRole('link', { name: 'personvern', exact: true }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('personvern');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(searchResults(page).getByRole('link', { name: /11\. Kontaktinformasjon/ })).toBeVisible();
  });

  await test.step('at most 3 corrections, none for a word far from every word of the text', async () => {
    await page.getByRole('searchbox').fill('xqzvw');
    await expect(searchStatus(page)).toHaveText('Ingen treff for «xqzvw»');
  });
});

test('highlights: no function word on its own, no punctuation inside a mark', async ({ page }) => {
  await page.goto('/nb/personvern/');
  await search(page, 'rett til innsyn');
  const hit = searchResults(page).getByRole('link').first();
  await expect(hit).toContainText('7. Dine rettigheter');
  await test.step('in the hit list', async () => {
    const marks = await searchResults(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => /^(til|og|i)$/i.test(mark))).toEqual([]);
    expect(marks.filter((mark) => /[^\p{L}\p{N}]$/u.test(mark))).toEqual([]);
  });
  await test.step('on the page the hit opens', async () => {
    await hit.click();
    await expect(page).toHaveURL(/#your-rights$/);
    const marks = await page.locator('mark.search-highlight').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => /^(til|og|i)$/i.test(mark))).toEqual([]);
  });
  await test.step('a function word searched alone is still marked', async () => {
    await page.goto('/nb/personvern/');
    await search(page, 'til');
    await expect(searchResults(page).locator('mark').first()).toBeVisible();
    expect(await searchResults(page).locator('mark').allTextContents()).toContain('til');
  });
});
