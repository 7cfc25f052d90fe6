import { expect, test } from '@playwright/test';
import { search, searchResults } from '../search';

// The real site has one document: its hits do not name it, and there are no other documents to offer
// (a site with several is tested in tests/e2e/large/search-documents.spec.ts).
for (const [path, query] of [
  ['/nb/personvern/', 'informasjonskapsler'],
  ['/en/privacy/', 'cookies'],
] as const) {
  test(`${path}: hits of the only document do not name it`, async ({ page }) => {
    await page.goto(path);
    await search(page, query);
    await expect(searchResults(page)).toHaveAttribute('data-query', query);
    const hits = searchResults(page).getByRole('link');
    await expect(hits.first()).toBeVisible();
    // Each hit shows its section's title and an excerpt, nothing more.
    const parts = await hits.evaluateAll((links) => [
      ...new Set(links.flatMap((link) => [...link.children].map((part) => part.className))),
    ]);
    expect(parts.sort()).toEqual(['hit-excerpt', 'hit-title']);
    await expect(page.getByRole('checkbox', { name: /andre dokumentene|other documents/ })).toHaveCount(0);
  });
}
