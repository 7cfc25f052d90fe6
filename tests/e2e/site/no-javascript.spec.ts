import { expect, test } from '@playwright/test';
import { normalizeWhitespace } from '~/lib/diff/diff';
import { loadVersion, readingOrder } from '../sources';

test.use({ javaScriptEnabled: false });

test('the whole notice reads without JavaScript, and section links still work', async ({ page }) => {
  const { sections } = await loadVersion('content/privacy/nb/2025.mdx');
  await page.goto('/nb/personvern/');
  const text = normalizeWhitespace(await page.locator('article.policy-text').innerText());
  for (const piece of readingOrder(sections)) expect(text).toContain(piece);
  await page.locator('#toc a[href="#cookies"]').click();
  await expect(page.locator('#cookies')).toBeInViewport();
});

test('a shared section link opens at its section without JavaScript, in both languages', async ({ page }) => {
  for (const path of ['/nb/personvern/#your-rights', '/en/privacy/#your-rights']) {
    await page.goto(path);
    await expect(page.locator('#your-rights')).toBeInViewport();
  }
});

test('the language chooser offers both languages without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Norsk (bokmål)' })).toHaveAttribute('href', '/nb/personvern/');
  await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', '/en/privacy/');
});

test('the language chooser has no search control, so no link that leads nowhere useful', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Gå til innholdsfortegnelsen' })).toHaveCount(0);
  await expect(page.locator('.site-search')).toHaveCount(0);
});
