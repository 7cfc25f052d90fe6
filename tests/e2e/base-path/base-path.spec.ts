import { expect, test } from '@playwright/test';

// The real site built with BASE_PATH=/personvern/, as if published at https://jtec.no/personvern/.
const base = '/personvern/';

for (const path of ['', 'nb/personvern/', 'en/privacy/', 'nb/']) {
  test(`every same-site address on ${base}${path} stays under the base path and answers`, async ({ page, request }) => {
    await page.goto(`${base}${path}`);
    const addresses = await page
      .locator('a[href], link[href], script[src], img[src]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''));
    const sameSite = addresses.filter((address) => !/^(https?:|mailto:|#)/.test(address));
    expect(sameSite.length).toBeGreaterThan(0);
    for (const address of new Set(sameSite)) {
      expect(address, `${address} ignores the base path`).toMatch(/^\/personvern\//);
      expect((await request.get(address)).status(), address).toBe(200);
    }
    for (const canonical of await page
      .locator('link[rel="canonical"], link[rel="alternate"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''))) {
      expect(canonical).toMatch(/^https:\/\/jtec\.no\/personvern\//);
    }
  });
}

test('the language switch and a section link work under the base path', async ({ page }) => {
  await page.goto(`${base}nb/personvern/#your-rights`);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/personvern\/en\/privacy\/#your-rights$/);
  await expect(page.locator('#your-rights')).toBeInViewport();
});

test('robots.txt points at the sitemap under the base path', async ({ request }) => {
  const robots = await (await request.get(`${base}robots.txt`)).text();
  expect(robots).toContain('Sitemap: https://jtec.no/personvern/sitemap-index.xml');
  expect((await request.get(`${base}sitemap-index.xml`)).status()).toBe(200);
});
