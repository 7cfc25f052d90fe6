import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';

/** What the text alone would hide: a changed link address, and text that moved between sections. */

test('a link whose words stayed but whose address changed is shown with both addresses', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(1)}...${versionName(2)}/`);
  const section = page.locator('section.diff-section:has(> #cookies)');
  await expect(section.locator('.diff-kind')).toHaveText(['Changed']);
  const change = section.locator('.diff-links li');
  await expect(change).toContainText('The link “the settings page” now leads to another address:');
  await expect(change.locator('del code')).toHaveText('https://example.org/fixture/cookie-settings');
  await expect(change.locator('ins code')).toHaveText('https://example.org/fixture/settings/cookies');
  await expect(page.locator('.diff-summary')).not.toContainText('No changes to the text');
});

test('a link address changed in a list item', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(13)}...${versionName(14)}/`);
  const change = page.locator('section.diff-section:has(> #complaints) .diff-links li');
  await expect(change.locator('ins code')).toHaveText('https://example.org/fixture/forms/complaint');
});

test('a paragraph moved to another section is marked at both ends, each linking to the other', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(5)}...${versionName(6)}/`);
  const from = page.locator('section.diff-section:has(> #device-data) .diff-block.is-moved');
  const to = page.locator('section.diff-section:has(> #location-data) .diff-block.is-moved');
  await expect(from).toHaveCount(1);
  await expect(to).toHaveCount(1);
  await expect(to).toHaveText(
    new RegExp(
      ((await from.textContent()) ?? '')
        .replace('removed: ', '')
        .slice(0, 40)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    ),
  );
  await page.getByRole('link', { name: /^Moved to “\d+\. Location data”$/ }).click();
  await expect(to).toBeInViewport();
  await page.getByRole('link', { name: /^Moved here from “\d+\. Device data”$/ }).click();
  await expect(from).toBeInViewport();
});

test('a section that moved far up is marked moved, not removed and added', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/${versionName(4)}...${versionName(5)}/`);
  await expect(page.locator('section.diff-section:has(> #complaints) .diff-kind')).toContainText(['Moved']);
  await expect(page.locator('.diff-kind.kind-added, .diff-kind.kind-removed')).toHaveCount(0);
});
