import { expect, test } from '@playwright/test';
import { changedWords } from '../diff-words';
import { versionName } from '../../fixtures/large-notice/generate';

/** Tables in the diff of the generated large notice: compared row by row and cell by cell. */

test('a changed cell shows its word diff, an added row is marked, unchanged cells are not', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(2)}...${versionName(3)}/`);
  const table = page.getByRole('region', { name: /Table 1 in “\d+\. Payment data”/ });
  await expect(table.locator('th')).toHaveText(['Category', 'Description', 'Retention']);
  const changed = table.locator('tr.is-changed');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('td.is-changed')).toHaveCount(1);
  expect(await changedWords(changed, 'del')).toEqual(['Five']);
  expect(await changedWords(changed, 'ins')).toEqual(['Six']);
  expect(await changedWords(table.locator('tr.is-added'), 'ins')).toEqual(['Gift cards', 'Code and balance', 'Three years']);
  // Four unchanged rows with three cells each: not one word of them is marked.
  await expect(table.locator('tr.is-unchanged')).toHaveCount(4);
  await expect(table.locator('tr.is-unchanged :is(ins, del)')).toHaveCount(0);
});

test('a removed row and a changed cell in another table', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(12)}...${versionName(13)}/`);
  const table = page.getByRole('region', { name: /^Table 1 in “\d+\. Sharing with processors”$/ });
  expect(await changedWords(table.locator('tr.is-removed'), 'del')).toEqual(['Prøvebetaling ApS', 'Card payments', 'Denmark']);
  const changed = table.locator('tr.is-changed td.is-changed');
  await expect(changed).toHaveCount(1);
  expect((await changedWords(changed, 'ins')).join(' ')).toContain('logs');
  await expect(table.locator('tr.is-unchanged :is(ins, del)')).toHaveCount(0);
});

test('side by side, each half shows its own version of the table', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(2)}...${versionName(3)}/side-by-side/`);
  const section = page.locator('section.diff-section:has(> #payment-data)');
  await expect(section.locator('.diff-column.old tr')).toHaveCount(5);
  await expect(section.locator('.diff-column.new tr')).toHaveCount(6);
});

test('on a 320 px phone a table diff scrolls inside its own region, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/en/large-test-notice/compare/${versionName(15)}...${versionName(16)}/`);
  const region = page.getByRole('region', { name: /^Table 1 in “\d+\. Retention periods”$/ });
  await expect(region).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
