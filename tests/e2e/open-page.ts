import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import type { BuiltPage } from '../../scripts/lib/built-site';

/**
 * Opens a built page (its path under the base path) in a fresh browser context, as a reader
 * would. The language chooser forwards readers on to a language page (swept on its own); to
 * check the chooser itself, that navigation is answered with HTTP 204, which leaves the browser
 * on the chooser. `prepare` runs before the page loads (to start recording).
 */
export async function openBuiltPage(
  browser: Browser,
  built: BuiltPage,
  { baseURL, ...options }: Omit<BrowserContextOptions, 'baseURL'> & { baseURL: string | undefined },
  prepare: (page: Page) => Promise<void> = async () => undefined,
): Promise<Page> {
  const context = await browser.newContext({ ...options, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await prepare(page);
  await stayOnChooser(page, built);
  await loadBuiltPage(page, built);
  return page;
}

/** On the chooser, answers the navigation it starts with 204, so the browser stays on it. */
export async function stayOnChooser(page: Page, built: BuiltPage): Promise<void> {
  await page.unrouteAll();
  if (built.type !== 'chooser') return;
  await page.route(
    (url) => url.pathname !== built.path,
    (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
  );
}

/** Loads a built page in an open tab and waits until it has loaded. */
export async function loadBuiltPage(page: Page, built: BuiltPage): Promise<void> {
  // Playwright's own "load" wait does not settle once a navigation is answered with 204.
  const response = await page.goto(built.path, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(response?.status(), `${built.path} should be served`).toBe(200);
  expect(new URL(page.url()).pathname).toBe(built.path);
}

/** Opens every <details>: a closed disclosure only hides content, so the open page is the whole page. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}
