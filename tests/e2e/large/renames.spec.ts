import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';

/**
 * Section links over 30 versions of the generated large notice (tests/fixtures/large-notice):
 * every old id still lands on the section its text went to, and never on another one.
 */
const CURRENT = '/en/large-test-notice/';

test.describe('old section links on the current version', () => {
  for (const { old, heading, shape } of [
    { old: 'email-address', heading: 'Your Email Address', shape: 'heading-only rename' },
    { old: 'questions', heading: 'Further Information', shape: 'same text under a different heading' },
    { old: 'retention', heading: 'Retention periods', shape: 'heading and half of the text changed' },
  ]) {
    test(`#${old} lands on “${heading}” (${shape})`, async ({ page }) => {
      await page.goto(`${CURRENT}#${old}`);
      const heading_ = page.locator(`h2:has(> #${old})`);
      await expect(heading_).toContainText(heading);
      await expect(heading_).toBeInViewport();
    });
  }

  test('a removed section’s id leads nowhere, not to the new section that took its place', async ({ page }) => {
    await page.goto(`${CURRENT}#catalogue`);
    await expect(page.locator('#catalogue')).toHaveCount(0);
    await expect(page.locator('#chat-support')).toContainText('Chat support');
    // The section removed in one version and written again later has a new id; the old one stays retired.
    await expect(page.locator('#newsletter')).toHaveCount(0);
    await expect(page.locator('#mailing-list')).toContainText('Mailing list');
  });

  test('a split section keeps its id on the half that kept its text, a moved one keeps its id', async ({ page }) => {
    await page.goto(CURRENT);
    await expect(page.locator('#storage')).toContainText('Storage');
    await expect(page.locator('#storage-locations')).toContainText('Where we store the data');
    await page.goto(`${CURRENT}#complaints`);
    await expect(page.locator('#complaints')).toContainText('Complaints to the authority');
  });
});

test.describe('renames on the diff pages', () => {
  for (const { at, from, to } of [
    { at: 1, from: 'email-address', to: 'email' },
    { at: 7, from: 'questions', to: 'further-information' },
    { at: 10, from: 'retention', to: 'retention-periods' },
  ]) {
    test(`version ${versionName(at)} shows #${from} → #${to} as one section with a new id`, async ({ page }) => {
      await page.goto(`/en/large-test-notice/compare/${versionName(at - 1)}...${versionName(at)}/`);
      const section = page.locator(`section.diff-section:has(> #${to})`);
      await expect(section.locator('.diff-kind')).toContainText(['New id']);
      await expect(section.locator('.diff-formerly')).toHaveText(`Links to #${from} now lead here, to #${to}.`);
      await expect(page.locator(`section.diff-section:has(> #${from})`)).toHaveCount(0);
    });
  }

  test('the section inserted at the top is the only one added; the others are not renamed', async ({ page }) => {
    await page.goto(`/en/large-test-notice/compare/${versionName(3)}...${versionName(4)}/`);
    await expect(page.locator('.diff-kind.kind-added')).toHaveCount(1);
    await expect(page.locator('.diff-kind.kind-renamed')).toHaveCount(0);
    await expect(page.locator('.diff-kind.kind-removed')).toHaveCount(0);
  });
});
