import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';

/**
 * A comparison that is not prerendered (the first version against the twelfth of thirty), and
 * the prerendered ones nearest to it: each of its two versions against the one before it, the
 * one after it and the current one. With JavaScript the page lists exactly those beside the
 * computed diff; without it, the page cannot read the address (a static page), says why, and
 * its open list of prepared comparisons (one row per version) holds them.
 */
const [OLD, NEW, CURRENT] = [0, 11, 29].map(versionName) as [string, string, string];
const ANY = `/en/large-test-notice/compare/?from=${OLD}&to=${NEW}`;
const NEAREST = [
  [OLD, versionName(1)],
  [OLD, CURRENT],
  [versionName(10), NEW],
  [NEW, versionName(12)],
  [NEW, CURRENT],
].map(([from, to]) => `${from} to ${to}`);

test('with JavaScript, the nearest prepared comparisons are listed beside the computed one', async ({ page }) => {
  await page.goto(ANY);
  const nearest = page.getByRole('navigation', { name: 'Prepared comparisons close to this one' });
  await expect(nearest).toBeVisible();
  const texts = (await nearest.getByRole('link').allTextContents()).map((text) => text.replace(' → ', ' to '));
  expect(texts.sort()).toEqual([...NEAREST].sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says why, and its list of prepared comparisons holds the nearest ones, which open', async ({ page, request }) => {
    await page.goto(ANY);
    await expect(page.locator('[data-any-pair-status]')).toContainText('This comparison is made in your browser, which needs JavaScript.');
    await expect(page.locator('details.compare-links')).toHaveAttribute('open');
    // One row per version: against the one before it, and against the current one.
    await expect(
      page
        .locator('.compare-links li')
        .filter({ hasText: new RegExp(`^\\s*Version ${NEW}:`) })
        .getByRole('link'),
    ).toHaveText([`${versionName(10)} to ${NEW}`, `${NEW} to ${CURRENT} (against the current one)`]);
    for (const pair of NEAREST) {
      const link = page.locator('.compare-links a', { hasText: new RegExp(`^${pair}( \\(|$)`) });
      await expect(link, pair).toHaveCount(1);
      expect((await request.get((await link.getAttribute('href')) ?? '')).status(), pair).toBe(200);
    }
  });
});
