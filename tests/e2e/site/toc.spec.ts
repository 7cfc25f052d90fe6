import { expect, test } from '@playwright/test';

/**
 * The table of contents on the current notice: it marks the section being read,
 * folds away on a phone so the text starts near the top, and a reader can always get back to it.
 */

const marked = '#toc a[aria-current="location"]';

test.describe('the marked section', () => {
  test('at the end of the page the last section is marked, and none once back at the top', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await expect(page.locator(marked)).toHaveCount(0);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.locator(marked)).toHaveAttribute('href', '#contact');
    await expect(page.locator(marked)).toHaveText('11. Kontaktinformasjon');
    await page.evaluate(() => scrollTo(0, 0));
    await expect(page.locator(marked)).toHaveCount(0);
  });

  for (const id of ['payment-information', 'changes']) {
    test(`opening #${id} (a short section) marks that section, not the next one`, async ({ page }) => {
      await page.goto(`/en/privacy/#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      await expect(page.locator(marked)).toHaveAttribute('href', `#${id}`);
    });
  }

  test('following a table-of-contents link to a short section marks it', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await page.locator('#toc a[href="#payment-information"]').click();
    await expect(page.locator(marked)).toHaveAttribute('href', '#payment-information');
  });

  test('scrolling on from a linked section marks the sections that follow', async ({ page }) => {
    await page.goto('/nb/personvern/#payment-information');
    await page.evaluate(() => document.getElementById('legal-basis')?.scrollIntoView({ block: 'start' }));
    await expect(page.locator(marked)).toHaveAttribute('href', '#legal-basis');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the contents are folded, so the text starts on the first screen', async ({ page }) => {
    await page.goto('/nb/personvern/');
    const summary = page.locator('#toc summary');
    await expect(summary).toHaveText('Innhold');
    await expect(page.locator('#toc a').first()).toBeHidden();
    await expect(page.locator('article.policy-text p').first()).toBeInViewport();
    await summary.click();
    await expect(page.locator('#toc a').first()).toBeVisible();
  });

  test('from any section a button leads back to the contents, opened', async ({ page }) => {
    await page.goto('/nb/personvern/');
    const back = page.getByRole('link', { name: 'Til innholdsfortegnelsen' });
    await expect(back).toBeHidden();
    await page.evaluate(() => document.getElementById('security')?.scrollIntoView({ block: 'start' }));
    await expect(back).toBeVisible();
    await back.click();
    await expect(page.locator('#toc a[href="#controller"]')).toBeInViewport();
    await page.locator('#toc a[href="#cookies"]').click();
    await expect(page.locator('#cookies')).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the contents open and the way back is there', async ({ page }) => {
      await page.goto('/en/privacy/#security');
      await page.getByRole('link', { name: 'Back to contents' }).click();
      await expect(page.locator('#toc a[href="#controller"]')).toBeInViewport();
    });
  });
});

test('on a wide screen the contents stay open beside the text, with no control to fold them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/nb/personvern/');
  await expect(page.locator('#toc summary')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Innhold' })).toBeVisible();
  await expect(page.locator('#toc a[href="#contact"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til innholdsfortegnelsen' })).toBeHidden();
});
