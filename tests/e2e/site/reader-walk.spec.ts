import { expect, test, type Page } from '@playwright/test';

// The rough edges a visitor meets on a phone, a slow network, a keyboard and the changelog.

/**
 * Holds every request the page makes from now on until `release` is called: the network is as
 * slow as it gets, so whatever the page shows meanwhile did not wait for it.
 */
async function holdNetwork(page: Page): Promise<{ held: () => number; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/*', async (route) => {
    held++;
    await released;
    await route.continue().catch(() => undefined);
  });
  return { held: () => held, release };
}

test.describe('a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });

  test('no keyboard hint; on its side the header keeps to a third of the height', async ({ page }) => {
    await page.goto('/nb/personvern/');
    await test.step('no "/ or Ctrl+K" hint where nothing hovers', async () => {
      expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      await expect(page.locator('.search-hint')).toBeHidden();
    });
    await test.step('landscape 640 × 320: the header takes at most a third', async () => {
      await page.setViewportSize({ width: 640, height: 320 });
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(320 / 3);
    });
  });

  // Answering at once, without waiting for the network: what a reader on a slow connection needs.
  // The requests a tap starts are held until the answer has been seen, so no timing is measured.
  test('on a slow network, tapping search or the citation control answers before anything it loads arrives', async ({ page }) => {
    await page.goto('/nb/personvern/');
    const network = await holdNetwork(page);
    await test.step('search: "Laster …" under the field, the field focused', async () => {
      await page.locator('#site-search-input').tap();
      await expect(page.locator(".search-hint[aria-busy='true']")).toBeVisible();
      const shown = await page.locator('.search-hint').evaluate((hint) => getComputedStyle(hint, '::after').content);
      expect(shown).toBe('"Laster …"');
      await expect(page.locator('#site-search-input')).toBeFocused();
      expect(network.held(), 'the search loads its code over the network').toBeGreaterThan(0);
    });
    await test.step('citation: the control is pressed and says "Laster …"', async () => {
      await page.keyboard.press('Escape');
      const control = page.locator('#retention ~ .cite-link').first();
      await control.tap();
      await expect(control).toHaveAttribute('aria-busy', 'true');
      expect(await control.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('"Laster …"');
      network.release();
      await expect(page.getByRole('dialog')).toBeVisible({ timeout: 20_000 });
    });
  });
});

test('the desktop table of contents shows the whole focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/nb/personvern/');
  const link = page.locator('.toc a').first();
  await link.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(link).toBeFocused();
  const [ring, box] = await link.evaluate((element) => {
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const rect = element.getBoundingClientRect();
    const scroller = element.closest('.toc')!.getBoundingClientRect();
    return [
      { left: rect.left - width, right: rect.right + width, top: rect.top - width },
      { left: scroller.left, right: scroller.right, top: scroller.top },
    ];
  });
  expect(ring.left).toBeGreaterThanOrEqual(box.left);
  expect(ring.right).toBeLessThanOrEqual(box.right);
  expect(ring.top).toBeGreaterThanOrEqual(box.top);
});

test('the changelog’s date field: a year under 100 is that year, and today is in the present tense', async ({ page }) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  await page.goto(`/nb/personvern/endringer/?date=${today}`);
  const answer = page.locator('[data-date-answer]');
  await expect(answer).toContainText('I dag,');
  await expect(answer).toContainText('gjelder versjon 2025');
  await expect(answer).not.toContainText('gjaldt versjon');
  await page.goto('/nb/personvern/endringer/?date=0025-06-01');
  await expect(answer).toContainText('1. juni 25');
  await expect(answer).not.toContainText('1925');
});
