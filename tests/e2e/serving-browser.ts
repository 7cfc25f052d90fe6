import { expect, test } from '@playwright/test';
import { recordVisit } from './privacy';
import { search, searchResults } from './search';
import type { ServedBuild } from './serving';

/**
 * Browser checks of what only nginx decides (the `served` projects): search with nginx's types,
 * encodings and both CSPs in force, the 404 page, the encoding Chromium gets. Every page is
 * already opened through nginx, with the header CSP and its <meta> CSP both in force, by the
 * template sweep (sweep.ts), which records CSP violations, privacy and axe; the headers of every
 * file are checked byte for byte by serving.ts.
 */

/** Defines the browser checks for one served build. */
export function defineBrowserChecks(build: ServedBuild): void {
  test(`search on ${build.base}nb/personvern/ works under both CSPs, its index and wasm served by nginx`, async ({ page }) => {
    const record = await recordVisit(page);
    const pagefind: { path: string; status: number; type: string; encoding: string }[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.includes('/pagefind/'))
        pagefind.push({
          path,
          status: response.status(),
          type: response.headers()['content-type'] ?? '',
          encoding: response.headers()['content-encoding'] ?? 'identity',
        });
    });
    await page.goto(`${build.base}nb/personvern/`);
    await search(page, 'opplysningene');
    await expect(searchResults(page).getByRole('link').first()).toBeVisible();
    expect(
      pagefind.filter((response) => response.status !== 200),
      'Pagefind files that failed',
    ).toEqual([]);
    expect(pagefind.find((response) => /\/wasm\.nb\.pagefind$/.test(response.path))?.type, 'the wasm').toBe('application/wasm');
    expect(pagefind.find((response) => response.path.endsWith('/pagefind.js'))?.encoding, 'pagefind.js').toBe('br');
    expect(await record.cspViolations(), 'CSP violations while searching').toEqual([]);
  });

  test(`a missing page under ${build.base} shows the bilingual 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(`${build.base}nb/personvern/finnes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-encoding']).toBe(
      (await response!.request().allHeaders())['accept-encoding']?.includes('br') ? 'br' : 'gzip',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the privacy notice' }).click();
    await expect(page).toHaveURL(new RegExp(`${build.base}en/`));
  });

  test(`a missing page under ${build.base}en/ answers in English with status 404`, async ({ page }) => {
    const response = await page.goto(`${build.base}en/nope`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/^Page not found/);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fant ikke siden' })).toHaveCount(0);
    // The address's own words, less the site's, fill the English search.
    await expect(page.locator('#not-found-search-en')).toHaveValue('nope');
    await page.getByRole('link', { name: 'Go to the privacy notice' }).click();
    await expect(page).toHaveURL(new RegExp(`${build.base}en/`));
  });

  for (const missing of ['nb/nope', 'nope']) {
    test(`a missing page at ${build.base}${missing} answers in Norwegian with status 404`, async ({ page }) => {
      const response = await page.goto(`${build.base}${missing}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
      await expect(page).toHaveTitle(/^Fant ikke siden/);
      await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    });
  }

  test(`Chromium gets ${build.base}nb/personvern/ in the best encoding it asks for`, async ({ page }) => {
    const response = await page.goto(`${build.base}nb/personvern/`);
    const asked = (await response!.request().allHeaders())['accept-encoding'] ?? '';
    expect(asked, 'Chromium asks for gzip').toContain('gzip');
    expect(response!.headers()['content-encoding']).toBe(asked.includes('br') ? 'br' : 'gzip');
  });
}
