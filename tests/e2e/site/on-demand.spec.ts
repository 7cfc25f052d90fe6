import { expect, test, type Page } from '@playwright/test';
import { search, searchResults } from '../search';

/**
 * A reader who only reads loads no script or style file: each enhancement loads when the reader
 * first needs it (src/browser/on-demand.ts), and then works at once, so a reader waits for nothing.
 */

/** The script and style files (`/_astro/…`) the page fetches from now on, by name without hash. */
function assetsFetched(page: Page): () => string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const name = /\/_astro\/([^/]+?)\.[\w-]+\.(js|css)$/.exec(new URL(request.url()).pathname);
    if (name) fetched.push(`${name[1]}.${name[2]}`);
  });
  return () => [...new Set(fetched)].sort();
}

test('reading the top of the page loads no script or style file', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/nb/personvern/', { waitUntil: 'networkidle' });
  expect(fetched()).toEqual([]);
  // The search field is there all the same, in place of its no-JavaScript fallback.
  await expect(page.getByRole('searchbox', { name: 'Søk i teksten' })).toBeVisible();
});

test('the first scroll loads the section marker, which marks the section in view', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/nb/personvern/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.getElementById('sharing')?.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#toc a[aria-current="location"]')).toHaveAttribute('href', '#sharing');
  expect(fetched()).toEqual(['reading.js']);
  // The language switch keeps the section.
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', /\/en\/privacy\/#sharing$/);
});

test('a link to a section loads the section marker at once', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/en/privacy/#retention', { waitUntil: 'networkidle' });
  await expect(page.locator('#toc a[aria-current="location"]')).toHaveAttribute('href', '#retention');
  expect(fetched()).toEqual(['reading.js']);
});

test('pointing at a section’s controls loads them before the click; the citation opens at once', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/nb/personvern/', { waitUntil: 'networkidle' });
  const cite = page.getByRole('link', { name: 'Lenke og sitat for 6. Lagring og sletting' });
  await cite.hover();
  await expect.poll(fetched).toEqual(expect.arrayContaining(['section-controls.css', 'section-controls.js']));
  expect(fetched()).not.toContain('search-ui.js');
  await cite.click();
  await expect(page.getByRole('dialog', { name: 'Lenke og sitat: 6. Lagring og sletting' })).toBeVisible();
  await expect(page).toHaveURL(/\/nb\/personvern\/$/);
});

test('a click that comes before the controls have loaded waits for them', async ({ page }) => {
  // A touch or a script's click: no pointer over the control first.
  await page.goto('/en/privacy/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a.cite-link[href$="#security"]')?.click());
  await expect(page.getByRole('dialog', { name: 'Link and citation: 9. Security' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/privacy\/$/);
});

test('the search and its styles load when the reader turns to the field, and it works', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/nb/personvern/', { waitUntil: 'networkidle' });
  await search(page, 'sletting');
  await expect(searchResults(page).getByRole('link').first()).toBeVisible();
  expect(fetched()).toEqual(expect.arrayContaining(['search-panel.css', 'search-ui.js']));
  expect(fetched()).not.toContain('section-controls.js');
});
