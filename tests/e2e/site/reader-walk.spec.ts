import { expect, test, type Page } from '@playwright/test';

// The rough edges a visitor meets on a phone, a slow network, a keyboard and the changelog.

/** Milliseconds from the touch on `target` to the first frame in which `shown` (a selector) matches, measured in the page. */
async function responseTime(page: Page, target: string, shown: string): Promise<number> {
  await page.evaluate((shown) => {
    const state = { down: 0, seen: 0 };
    (window as unknown as { __walk: typeof state }).__walk = state;
    const check = () => {
      if (document.querySelector(shown)) state.seen = performance.now();
      else requestAnimationFrame(check);
    };
    addEventListener(
      'touchstart',
      () => {
        state.down = performance.now();
        requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  }, shown);
  await page.locator(target).first().tap();
  await page.waitForFunction(() => (window as unknown as { __walk: { seen: number } }).__walk.seen > 0, null, { timeout: 20_000 });
  return page.evaluate(() => {
    const { down, seen } = (window as unknown as { __walk: { down: number; seen: number } }).__walk;
    return seen - down;
  });
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

  test('on a slow network, tapping search or the citation control answers within 100 ms', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await page.goto('/nb/personvern/');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 50 * 1024,
    });
    await test.step('search: "Laster søket …" under the field', async () => {
      const took = await responseTime(page, '#site-search-input', ".search-hint[aria-busy='true']");
      test.info().annotations.push({ type: 'search response', description: `${Math.round(took)} ms` });
      expect(took).toBeLessThan(100);
      const shown = await page.locator('.search-hint').evaluate((hint) => getComputedStyle(hint, '::after').content);
      expect(shown).toBe('"Laster …"');
      await expect(page.locator('.search-hint')).toBeVisible();
      await expect(page.locator('#site-search-input')).toBeFocused();
    });
    await test.step('citation: the control is pressed and says "Laster …"', async () => {
      await page.keyboard.press('Escape');
      const control = '#retention ~ .cite-link';
      const took = await responseTime(page, control, `${control}[aria-busy='true']`);
      test.info().annotations.push({ type: 'citation response', description: `${Math.round(took)} ms` });
      expect(took).toBeLessThan(100);
      await expect(page.locator(control)).toHaveAttribute('aria-busy', 'true');
      expect(await page.locator(control).evaluate((link) => getComputedStyle(link, '::after').content)).toBe('"Laster …"');
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
