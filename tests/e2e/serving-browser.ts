import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site';
import { cspDirectives, parseHeadersFile } from '../../scripts/lib/headers';
import { COLOR_SCHEMES, definePrivacyChecks, metaCspDirectives, openBuiltPage, WCAG_TAGS } from './gates';
import { search, searchResults } from './search';
import type { ServedBuild } from './serving';

/**
 * Browser checks of a build served by nginx (the `served` projects): with the header CSP
 * and the page's <meta> CSP both in force, nothing is blocked, search included; privacy
 * and axe as in the `site` project, on one page of every type.
 */

const headerCsp = parseHeadersFile(readFileSync('public/_headers', 'utf8')).get('/*')!.get('content-security-policy')!;

/** One page of every type in a build, with its path under the base path. */
export function samplePages(build: ServedBuild): BuiltPage[] {
  const byType = new Map(builtPages(build.dir).map((built) => [built.type, built]));
  return [...byType.values()].map((built) => ({ ...built, path: `${build.base}${built.path.slice(1)}` }));
}

/** Collects `securitypolicyviolation` events and the browser's CSP console messages from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) consoleMessages.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} (${event.originalPolicy.slice(0, 40)}…)`),
    );
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...consoleMessages];
}

/**
 * Defines the browser checks for one served build; `axe` adds the axe sweep (light and dark),
 * needed once: the base-path build has the same pages.
 */
export function defineBrowserChecks(build: ServedBuild, { axe }: { axe: boolean }): void {
  const pages = samplePages(build);

  for (const built of pages) {
    test(`${built.path} (${built.type}): both CSPs in force, nothing blocked${axe ? '; axe light and dark' : ''}`, async ({
      browser,
      baseURL,
    }) => {
      // axe takes seconds per run on a busy machine; this is a time limit, not a measurement.
      test.setTimeout(120_000);
      let documentHeaders: Record<string, string> = {};
      let violations: () => Promise<string[]> = async () => [];
      const page = await openBuiltPage(browser, built, { baseURL }, async (page) => {
        page.on('response', (response) => {
          if (new URL(response.url()).pathname === built.path) documentHeaders = response.headers();
        });
        violations = await watchCsp(page);
      });
      expect(documentHeaders['content-security-policy'], 'the header CSP').toBe(headerCsp);
      expect(cspDirectives(documentHeaders['content-security-policy']!).get('frame-ancestors')).toEqual(["'none'"]);
      expect(await metaCspDirectives(page), 'the <meta> CSP').not.toBeNull();
      expect(await violations(), 'CSP violations').toEqual([]);
      for (const colorScheme of axe ? COLOR_SCHEMES : []) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
          `axe on ${built.path} (${colorScheme})`,
        ).toEqual([]);
      }
      await page.context().close();
    });
  }

  test(`search on ${build.base}nb/personvern/ works under both CSPs, its index and wasm served by nginx`, async ({ page }) => {
    const violations = await watchCsp(page);
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
    expect(await violations(), 'CSP violations while searching').toEqual([]);
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

  test(`Chromium gets ${build.base}nb/personvern/ in the best encoding it asks for`, async ({ page }) => {
    const response = await page.goto(`${build.base}nb/personvern/`);
    const asked = (await response!.request().allHeaders())['accept-encoding'] ?? '';
    expect(asked, 'Chromium asks for gzip').toContain('gzip');
    expect(response!.headers()['content-encoding']).toBe(asked.includes('br') ? 'br' : 'gzip');
  });

  // What a reader's visit sends and stores, and the CSP, as in the `site` project; on one page of each type.
  test.describe('privacy', () => {
    // Scrolling a long page step by step takes long on a busy machine: a time limit, not a measurement.
    test.describe.configure({ timeout: 90_000 });
    definePrivacyChecks(build.dir, pages);
  });
}
