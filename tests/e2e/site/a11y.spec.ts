import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('keyboard-only reading of the current notice', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/nb/personvern/');
  });

  test('the first Tab shows the skip link, and it moves focus to the main content', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
  });

  test('a table-of-contents link takes the reader to its section', async ({ page }) => {
    const link = page.locator('.toc a').nth(2);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('the table of contents is reached by Tab before the text', async ({ page }) => {
    await tabTo(page, '.toc a');
    await expect(page.locator('.toc a').first()).toBeFocused();
  });

  test('a heading’s copy-link control is reachable, named after its section, and copies the section URL', async ({ page }) => {
    await tabTo(page, '.policy-text .copy-link');
    const control = page.locator('.policy-text .copy-link').first();
    await expect(control).toBeFocused();
    const heading = page.locator('.policy-text :is(h2, h3)').first();
    const id = await heading.getAttribute('id');
    await expect(control).toHaveAccessibleName(`Kopier lenke til ${(await heading.textContent())!.trim()}`);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copy-status]')).toHaveText('Lenken er kopiert');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/nb/personvern/#${id}$`));
  });

  test('the language switch is reachable and opens the English notice', async ({ page }) => {
    await tabTo(page, 'a.language-switch');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/privacy\/(#.*)?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('motion', () => {
  test('with reduced motion asked for, nothing scrolls smoothly or animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/nb/personvern/');
    const smoothOrAnimated = () =>
      page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const problems = [];
          if (style.scrollBehavior === 'smooth') problems.push('scroll-behavior: smooth');
          if (style.animationName !== 'none') problems.push(`animation: ${style.animationName}`);
          return problems.map(
            (problem) => `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} ${problem}`,
          );
        }),
      );
    expect(await smoothOrAnimated()).toEqual([]);
    await page.locator('.toc a').last().click();
    await page.locator('.policy-text .copy-link').first().focus();
    expect(await page.evaluate(() => document.getAnimations().length), 'running animations or transitions').toBe(0);
    expect(await smoothOrAnimated()).toEqual([]);
  });
});
