import { expect, test } from '@playwright/test';
import { changedWords } from '../diff-words';
import { versionName } from '../../fixtures/large-notice/generate';

/**
 * Cases of the generated large notice that the other specs do not open: a subsection moved
 * to another section, a split, a table cell with a line break, and a new section that reuses a removed
 * one's text (the editor answered "new", so it is not a rename and old links do not follow it).
 */
const CURRENT = '/en/large-test-notice/';
const diffPage = (at: number) => `/en/large-test-notice/compare/${versionName(at - 1)}...${versionName(at)}/`;

test('a subsection moved to another section keeps its id and is marked moved', async ({ page }) => {
  await test.step('the diff says moved, and nothing was added or removed', async () => {
    await page.goto(diffPage(15));
    await expect(page.locator('section.diff-section:has(> #competitions-examples) .diff-kind')).toContainText(['Moved']);
    await expect(page.locator('.diff-kind.kind-added, .diff-kind.kind-removed, .diff-kind.kind-renamed')).toHaveCount(0);
  });
  await test.step('an old link lands on it, now under “Reviews”', async () => {
    await page.goto(`${CURRENT}#competitions-examples`);
    const heading = page.locator('h3#competitions-examples');
    await expect(heading).toBeInViewport();
    // The section it belongs to: the last h2 before it in reading order.
    const parent = await heading.evaluate(
      (element) =>
        [...document.querySelectorAll('h2')].filter((h2) => h2.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)
          ?.textContent ?? '',
    );
    expect(parent).toContain('Reviews');
  });
});

test('a split section keeps its id on the part that kept its heading, and the text that left is marked moved', async ({ page }) => {
  await page.goto(diffPage(8));
  await expect(page.locator('section.diff-section:has(> #storage) .diff-kind')).toContainText(['Changed']);
  await expect(page.locator('section.diff-section:has(> #storage-locations) .diff-kind')).toContainText(['Added']);
  await expect(page.locator('.diff-kind.kind-renamed, .diff-kind.kind-removed')).toHaveCount(0);
  // The three paragraphs that went to the new section, at both ends.
  await expect(page.locator('section.diff-section:has(> #storage) .diff-block.is-moved')).toHaveCount(3);
  await expect(page.locator('section.diff-section:has(> #storage-locations) .diff-block.is-moved')).toHaveCount(3);
});

test('a line break in a table cell: two lines on the page, and the new line marked in the diff', async ({ page }) => {
  await test.step('the page', async () => {
    await page.goto(CURRENT);
    const cell = page.locator('td', { hasText: 'then 30 days in the backups' });
    await expect(cell.locator('br')).toHaveCount(1);
    expect(await cell.innerText()).toBe('Until you delete it\nthen 30 days in the backups');
  });
  await test.step('the diff', async () => {
    await page.goto(diffPage(17));
    const table = page.getByRole('region', { name: /^Table 1 in “\d+\. Retention periods”$/ });
    const changed = table.locator('td.is-changed');
    await expect(changed).toHaveCount(1);
    expect(await changedWords(changed, 'ins')).toEqual(['then 30 days in the backups']);
    // The words on either side of the line break stay apart.
    await expect(changed).not.toContainText('itthen');
    await expect(table.locator('tr.is-unchanged :is(ins, del)')).toHaveCount(0);
  });
});

test('a new section that reuses a removed one’s text, answered “new”: not a rename', async ({ page }) => {
  await test.step('the diff shows one removed and one added section, with the reused text marked moved', async () => {
    await page.goto(diffPage(18));
    await expect(page.locator('section.diff-section:has(> #device-data) .diff-kind')).toHaveText(['Removed']);
    await expect(page.locator('section.diff-section:has(> #app-data) .diff-kind')).toHaveText(['Added']);
    await expect(page.locator('.diff-formerly')).toHaveCount(0);
    await expect(page.locator('section.diff-section:has(> #app-data) .diff-block.is-moved')).toHaveCount(3);
  });
  await test.step('an old link to the removed section does not open the new one', async () => {
    await page.goto(`${CURRENT}#device-data`);
    await expect(page.locator('#device-data')).toHaveCount(0);
    await expect(page.locator('#app-data')).toContainText('Data from our app');
  });
});
