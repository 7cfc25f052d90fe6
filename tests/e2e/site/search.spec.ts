import { expect, test } from '@playwright/test';
import { axeBuilder, WCAG_TAGS } from '../axe';
import { search, searchResults, searchStatus } from '../search';

test.describe('search on the built site', () => {
  const norwegian = [
    { query: 'sletting', section: 'retention', title: '6. Lagring og sletting' },
    { query: 'informasjonskapsler', section: 'cookies', title: '8. Informasjonskapsler (cookies)' },
    // An inflected form finds the base form through Pagefind's Bokmål stemmer.
    { query: 'opplysningene', section: 'data-we-collect', title: '2. Hvilke opplysninger vi samler inn', word: 'opplysninger' },
  ];
  // One page per language, a step per query: the page and its search index load once.
  test('nb: each query finds its section, and the hit opens that section', async ({ page }) => {
    for (const { query, section, title, word } of norwegian) {
      await test.step(`"${query}" finds ${section}`, async () => {
        await page.goto('/nb/personvern/');
        await search(page, query);
        const hits = searchResults(page).getByRole('link');
        await expect(hits.filter({ hasText: title })).toHaveCount(1);
        const hit = hits.filter({ hasText: title });
        await expect(hit.locator('mark').first()).toBeVisible();
        if (word)
          await expect(
            hits
              .locator('mark')
              .filter({ hasText: new RegExp(`^${word}$`, 'i') })
              .first(),
          ).toBeVisible();
        await hit.click();
        await expect(page).toHaveURL(new RegExp(`/nb/personvern/#${section}$`));
        await expect(page.locator(`#${section}`)).toBeInViewport();
        await expect(page.locator('.policy-text mark.search-highlight').first()).toBeVisible();
      });
    }
  });

  const english = [
    { query: 'cookies', section: 'cookies', title: '8. Cookies' },
    { query: 'erasure', section: 'your-rights', title: '7. Your rights' },
    { query: 'portability', section: 'your-rights', title: '7. Your rights' },
  ];
  test('en: each query finds its section in English', async ({ page }) => {
    for (const { query, section, title } of english) {
      await test.step(`"${query}" finds ${section}`, async () => {
        await page.goto('/en/privacy/');
        await search(page, query);
        const hit = searchResults(page).getByRole('link').first();
        await expect(hit).toContainText(title);
        await expect(hit).toHaveAttribute('href', new RegExp(`^/en/privacy/\\?highlight=[^#]+#${section}$`));
      });
    }
  });

  test('a word of the other language finds nothing in this one, and is offered in the other, marked as such', async ({ page }) => {
    for (const { path, query, other } of [
      { path: '/en/privacy/', query: 'informasjonskapsler', other: 'nb' },
      { path: '/nb/personvern/', query: 'erasure', other: 'en' },
    ]) {
      await page.goto(path);
      await search(page, query);
      await expect(searchStatus(page)).toHaveText(/^(No results in English|Ingen treff på norsk)/);
      const links = searchResults(page).getByRole('link');
      await expect(links.first()).toBeVisible();
      const attributes = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.getAttribute('href') ?? '', anchor.getAttribute('lang'), anchor.getAttribute('hreflang')]),
      );
      for (const [href, lang, hreflang] of attributes) {
        expect(href?.startsWith(`/${other}/`)).toBe(true);
        expect([lang, hreflang]).toEqual([other, other]);
      }
    }
  });

  test('every hit stays in the page language', async ({ page }) => {
    await page.goto('/en/privacy/');
    await search(page, 'data');
    await expect(searchStatus(page)).toHaveText(/^\d+ results$/);
    const hrefs = await searchResults(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
  });

  test('keyboard only: Ctrl+K, type, arrow to a hit, Enter opens the section', async ({ page }) => {
    await page.goto('/en/privacy/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search the text' })).toBeFocused();
    await page.keyboard.type('erasure');
    await expect(searchStatus(page)).toHaveText(/^\d+ results?$/);
    await page.keyboard.press('ArrowDown');
    const first = searchResults(page).getByRole('link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(searchResults(page)).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/privacy\/#your-rights$/);
    await expect(page.locator('#your-rights')).toBeInViewport();
    await expect(page.locator('#your-rights ~ * mark, .policy-text mark').filter({ hasText: /^erasure$/ })).toBeVisible();
  });

  test('with hits for "sletting" shown, axe finds no violations, and Enter in the field opens the best hit', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await search(page, 'sletting');
    await expect(searchResults(page).getByRole('link').first()).toContainText('6. Lagring og sletting');
    const { violations } = await axeBuilder(page)
      .withTags([...WCAG_TAGS, 'best-practice'])
      .analyze();
    expect(violations).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/nb\/personvern\/#retention$/);
  });

  test('nothing is fetched for search before the reader starts to search', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/|search-ui|highlight/.test(request.url())) searchRequests.push(request.url());
    });
    await page.goto('/nb/personvern/');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 800);
    await page.getByRole('link', { name: '7. Dine rettigheter' }).first().hover();
    await page.waitForLoadState('networkidle');
    expect(searchRequests).toEqual([]);
    await search(page, 'sletting');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    expect(searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the copy-link labels and the table of contents are not indexed', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await search(page, 'kopier');
    await expect(searchStatus(page)).toHaveText('Ingen treff for «kopier»');
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search control is a link to the table of contents, which it unfolds on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/nb/personvern/');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await test.step('the "back to contents" control is hidden at the top', async () => {
      await expect(page.locator('.toc-back')).toBeHidden();
    });
    const link = page.getByRole('link', { name: 'Gå til innholdsfortegnelsen' });
    await expect(link).toHaveAttribute('href', '#toc-list');
    await link.click();
    await expect(page.locator('#toc details')).toHaveAttribute('open', '');
    await expect(page.locator('#toc-list a').first()).toBeInViewport();
  });

  test('on pages without a table of contents it links to the document’s', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('link', { name: 'Go to the table of contents' })).toHaveAttribute('href', '/en/privacy/#toc-list');
  });
});
