import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Opens the search with the keyboard shortcut and types a query, as a reader would. */
async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type(query);
}

const results = (page: Page) => page.getByRole('list', { name: /Søkeresultater|Search results/ });

test.describe('search on the built site', () => {
  const norwegian = [
    { query: 'sletting', section: 'retention', title: '6. Lagring og sletting' },
    { query: 'informasjonskapsler', section: 'cookies', title: '8. Informasjonskapsler (cookies)' },
    // An inflected form finds the base form through Pagefind's Bokmål stemmer.
    { query: 'opplysningene', section: 'data-we-collect', title: '2. Hvilke opplysninger vi samler inn', word: 'opplysninger' },
  ];
  for (const { query, section, title, word } of norwegian) {
    test(`nb: "${query}" finds ${section} and its link opens that section`, async ({ page }) => {
      await page.goto('/nb/personvern/');
      await search(page, query);
      const hits = results(page).getByRole('link');
      await expect(hits.filter({ hasText: title })).toHaveCount(1);
      const hit = hits.filter({ hasText: title });
      await expect(hit.locator('mark').first()).toBeVisible();
      if (word) await expect(hits.locator('mark').filter({ hasText: new RegExp(`^${word}$`, 'i') }).first()).toBeVisible();
      await hit.click();
      await expect(page).toHaveURL(new RegExp(`/nb/personvern/#${section}$`));
      await expect(page.locator(`#${section}`)).toBeInViewport();
      await expect(page.locator('.policy-text mark.search-highlight').first()).toBeVisible();
    });
  }

  const english = [
    { query: 'cookies', section: 'cookies', title: '8. Cookies' },
    { query: 'erasure', section: 'your-rights', title: '7. Your rights' },
    { query: 'portability', section: 'your-rights', title: '7. Your rights' },
  ];
  for (const { query, section, title } of english) {
    test(`en: "${query}" finds ${section} in English`, async ({ page }) => {
      await page.goto('/en/privacy/');
      await search(page, query);
      const hit = results(page).getByRole('link').first();
      await expect(hit).toContainText(title);
      await expect(hit).toHaveAttribute('href', new RegExp(`^/en/privacy/\\?highlight=[^#]+#${section}$`));
    });
  }
});
