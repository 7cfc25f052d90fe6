import { expect, test } from '@playwright/test';

for (const [browserLocale, expected] of [
  ['nb-NO', '/nb/personvern/'],
  ['no', '/nb/personvern/'],
  ['en-US', '/en/privacy/'],
  ['nn-NO', '/nb/personvern/'],
  // Neither Norwegian nor English: English, which more readers abroad can read.
  ['de-DE', '/en/privacy/'],
] as const) {
  test.describe(`a browser asking for ${browserLocale}`, () => {
    test.use({ locale: browserLocale });
    test(`is sent from / to ${expected}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
    });
  });
}

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/nb/finnes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Fant ikke siden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the privacy notice' })).toHaveAttribute('href', '/en/privacy/');
});

test('the sitemap lists both languages of the notice', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain('https://jtec.no/sitemap-0.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>https://jtec.no/nb/personvern/</loc>');
  expect(sitemap).toContain('<loc>https://jtec.no/en/privacy/</loc>');
  expect(sitemap).not.toContain('404');
});
