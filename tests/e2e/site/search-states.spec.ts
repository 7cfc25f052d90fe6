import { expect, test, type Page } from '@playwright/test';
import { axeBuilder, WCAG_TAGS } from '../axe';
import { search, searchResults, searchStatus } from '../search';

const axeViolations = async (page: Page) =>
  (
    await axeBuilder(page)
      .withTags([...WCAG_TAGS, 'best-practice'])
      .analyze()
  ).violations;
const hits = (page: Page) => searchResults(page).getByRole('link');

test.describe('what search says when this language has no hit', () => {
  test('on the English page, axe finds nothing: a word in neither language says "no results"; a Norwegian word is offered in Norwegian', async ({
    page,
  }) => {
    // Two axe runs in one test: room for them on a busy machine.
    test.slow();
    await test.step('a word in neither language: "no results"', async () => {
      await page.goto('/en/privacy/');
      await search(page, 'Datatilsynet');
      await expect(searchStatus(page)).toHaveText('No results for “Datatilsynet”');
      await expect(searchResults(page)).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });
    await test.step('a Norwegian word: offered in Norwegian, and its hit opens the Norwegian section', async () => {
      await page.goto('/en/privacy/');
      await search(page, 'behandlingsansvarlig');
      await expect(searchStatus(page)).toHaveText('No results in English for “behandlingsansvarlig”. 1 result in the Norwegian version:');
      await expect(hits(page)).toHaveCount(1);
      await expect(hits(page)).toHaveAttribute('href', /^\/nb\/personvern\/\?highlight=[^#]+#controller$/);
      await expect(hits(page)).toContainText('1. Behandlingsansvarlig');
      expect(await axeViolations(page)).toEqual([]);
      await hits(page).click();
      await expect(page).toHaveURL(/\/nb\/personvern\/#controller$/);
    });
  });

  test('the other language’s index is loaded only when this one has no hit', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const englishIndex = () => requested.filter((path) => /\/pagefind\/(wasm\.en\.|pagefind\.en_)/.test(path));
    await page.goto('/nb/personvern/');
    await search(page, 'sletting');
    await expect(hits(page).first()).toBeVisible();
    expect(englishIndex()).toEqual([]);
    await page.getByRole('searchbox').fill('erasure');
    await expect(searchStatus(page)).toHaveText(/^Ingen treff på norsk for «erasure»/);
    expect(englishIndex().length).toBeGreaterThan(0);
  });
});

test.describe('a search in the address (?q=)', () => {
  test('opens the search with the query and its hits, and axe finds nothing', async ({ page }) => {
    await page.goto('/nb/personvern/?q=sletting');
    await expect(page.getByRole('searchbox')).toHaveValue('sletting');
    await expect(hits(page).filter({ hasText: '6. Lagring og sletting' })).toBeVisible();
    await expect(searchStatus(page)).toHaveText('2 treff');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('follows the query as the reader types, without a history entry per keystroke', async ({ page }) => {
    await page.goto('/en/privacy/');
    const entries = await page.evaluate(() => history.length);
    await search(page, 'cookies');
    await expect(page).toHaveURL(/\/en\/privacy\/\?q=cookies$/);
    await page.keyboard.type(' consent');
    await expect(page).toHaveURL(/\/en\/privacy\/\?q=cookies\+consent$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.getByRole('searchbox').fill('');
    await expect(page).toHaveURL(/\/en\/privacy\/$/);
  });
});

test.describe('hits', () => {
  test('a snippet does not repeat its section heading', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await search(page, 'behandlingsansvarlig');
    const hit = hits(page).filter({ hasText: '1. Behandlingsansvarlig' });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('.hit-excerpt')).toHaveText(/^Johnsentechnology AS/);
  });

  test('keys: down and up move through the hits, Home and End jump, Escape returns to the field', async ({ page }) => {
    await page.goto('/en/privacy/');
    await search(page, 'consent');
    await expect(hits(page)).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(hits(page).nth(3)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(hits(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(searchResults(page)).toBeHidden();
  });
});

test.describe('the 404 page', () => {
  test('offers a search filled with the words of the missing address, which opens the document’s search', async ({ page }) => {
    await page.goto('/nb/personvern/informasjonskapsler.html');
    const form = page.getByRole('search', { name: 'Søk i personvernerklæringen' });
    // The document's own slug ("personvern") names the address, not what the reader looked for.
    await expect(form.getByRole('searchbox')).toHaveValue('informasjonskapsler');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Søk' }).click();
    await expect(page).toHaveURL(/\/nb\/personvern\/\?q=informasjonskapsler&match=any$/);
    await expect(page.getByRole('searchbox', { name: 'Søk i teksten' })).toHaveValue('informasjonskapsler');
    await expect(searchStatus(page)).toHaveText('1 treff');
  });

  test('an English address’s words: any of them finds its hits', async ({ page }) => {
    await page.goto('/en/privacy/cookie-policy/');
    const form = page.getByRole('search', { name: 'Search the privacy notice' });
    await expect(form.getByRole('searchbox')).toHaveValue('cookie policy');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(searchStatus(page)).toHaveText('Showing results for “cookies”: 3 results');
  });
});

test('the search field takes the place of its fallback without moving anything (no layout shift)', async ({ page }) => {
  await page.goto('/nb/personvern/');
  await expect(page.getByRole('searchbox')).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
  expect(shift).toBe(0);
});
