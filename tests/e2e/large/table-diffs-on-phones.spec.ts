import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';
import { changedWords } from '../diff-words';
import { horizontalOverflow } from '../layout';
import { brokenWordsThatFit } from '../word-breaks';

/**
 * A diff's tables on a phone read like the notice's: one card per row, each value after its
 * column's name, the changed words still marked, no word that fits broken, nothing sideways.
 */

const diffPath = (view: '' | 'side-by-side/') => `/en/large-test-notice/compare/${versionName(2)}...${versionName(3)}/${view}`;

for (const view of ['', 'side-by-side/'] as const) {
  for (const width of [320, 375]) {
    test(`a table diff (${view || 'inline'}) at ${width} px: cards, the changes marked, no word that fits broken, nothing sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(diffPath(view));
      const region = page.getByRole('region', { name: /^Table 1 in “\d+\. Payment data”$/ }).last();
      await expect(region.locator('table')).toHaveCSS('display', 'block');
      const added = region.locator('tr.is-added');
      await expect(added.locator('td').first()).toBeVisible();
      expect(await added.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content))).toEqual([
        '"Category: " / ""',
        '"Description: " / ""',
        '"Retention: " / ""',
      ]);
      expect(await changedWords(added, 'ins')).toEqual(['Gift cards', 'Code and balance', 'Three years']);
      expect(await brokenWordsThatFit(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
    });
  }
}

test('a table diff at 1024 px is a normal table, its header row in sight', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(diffPath(''));
  const region = page.getByRole('region', { name: /^Table 1 in “\d+\. Payment data”$/ });
  await expect(region.locator('table')).toHaveCSS('display', 'table');
  expect(await region.locator('th').evaluateAll((cells) => cells.every((cell) => cell.getBoundingClientRect().height > 10))).toBe(true);
  expect(await horizontalOverflow(page)).toEqual([]);
});
