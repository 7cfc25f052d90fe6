import { expect, test } from '@playwright/test';
import { search, searchResults } from '../search';

// Search on the site built with BASE_PATH=/personvern/: Pagefind and the hits live under the base path.
test('search loads its index from under the base path and its hits open the section there', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/personvern/en/privacy/');
  await search(page, 'erasure');
  const hit = searchResults(page).getByRole('link').first();
  await expect(hit).toHaveAttribute('href', /^\/personvern\/en\/privacy\/\?highlight=erasure#your-rights$/);
  await hit.click();
  await expect(page).toHaveURL(/\/personvern\/en\/privacy\/#your-rights$/);
  await expect(page.locator('.policy-text mark').filter({ hasText: /^erasure$/ })).toBeVisible();
  expect(failed).toEqual([]);
});
