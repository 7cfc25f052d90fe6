import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';

/**
 * Any two of the 30 versions can be compared: pairs that are not prerendered are computed
 * in the browser from the two versions' sections, at a static address that can be shared.
 */
const [OLD, NEW] = [versionName(0), versionName(11)];
const ANY = `/en/large-test-notice/compare/?from=${OLD}&to=${NEW}`;

test('a pair that is not prerendered is computed in the browser, with every kind of change', async ({ page }) => {
  await page.goto(ANY);
  await expect(page.locator('h1')).toHaveText(`Changes from version ${OLD} to ${NEW}`);
  await expect(page.locator('[data-any-pair-status]')).toBeEmpty();
  // Eleven versions of events at once: renames, an inserted section, a removed one, a moved paragraph.
  await expect(page.locator('section.diff-section:has(> #email) .diff-formerly')).toHaveText(
    'Links to #email-address now lead here, to #email.',
  );
  await expect(page.locator('section.diff-section:has(> #further-information) .diff-formerly')).toHaveText(
    'Links to #questions now lead here, to #further-information.',
  );
  await expect(page.locator('section.diff-section:has(> #newsletter) .diff-kind')).toHaveText(['Removed']);
  await expect(page.locator('section.diff-section:has(> #at-a-glance) .diff-kind')).toHaveText(['Added']);
  await expect(page.locator('.diff-summary')).toContainText('with a new id');
  await expect(page).toHaveTitle(new RegExp(`^Changes from version ${OLD} to ${NEW} – `));
});

test('the other language compares the same two versions', async ({ page }) => {
  await page.goto(ANY);
  await expect(page.locator('.diff-section').first()).toBeVisible();
  await page.locator('a.language-switch[lang="nb"]').click();
  await expect(page).toHaveURL(new RegExp(`/nb/stor-testerklaering/sammenlign/\\?from=${OLD}&to=${NEW}$`));
  await expect(page.locator('h1')).toHaveText(`Endringer fra versjon ${OLD} til ${NEW}`);
});

test('the address can be shared: a section of the computed comparison opens from the link', async ({ page }) => {
  await page.goto(`${ANY}#payment-data`);
  await expect(page.locator('#payment-data')).toBeInViewport();
});

test('the versions can be given in either order, and a prepared pair opens its prerendered page', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/?from=${NEW}&to=${OLD}`);
  await expect(page.locator('h1')).toHaveText(`Changes from version ${OLD} to ${NEW}`);
  await page.goto(`/en/large-test-notice/compare/?from=${versionName(4)}&to=${versionName(5)}`);
  await expect(page).toHaveURL(new RegExp(`/compare/${versionName(4)}\\.\\.\\.${versionName(5)}/$`));
});

test('side by side works for a computed pair too', async ({ page }) => {
  await page.goto(ANY);
  await page.getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/view=side-by-side/);
  await expect(page.locator('section.diff-section:has(> #payment-data) .diff-column.new tr')).toHaveCount(6);
});

test('a version that does not exist is named, and the prepared comparisons stay one click away', async ({ page }) => {
  await page.goto(`/en/large-test-notice/compare/?from=${OLD}&to=1999-01`);
  await expect(page.locator('[data-any-pair-status]')).toHaveText(
    `Choose two different versions that exist: “${OLD}” and “1999-01” cannot be compared.`,
  );
  await expect(page.locator('details.compare-links[open] summary')).toHaveText('Prepared comparisons');
});

test('the script loads only on the page that compares', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  await page.goto(`/en/large-test-notice/changes/`);
  const onChangelog = scripts.length;
  await page.goto(ANY);
  await expect(page.locator('.diff-section').first()).toBeVisible();
  expect(scripts.length).toBeGreaterThan(onChangelog);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says why nothing is computed and links to the prepared comparisons, which all open', async ({ page, request }) => {
    await page.goto(ANY);
    await expect(page.getByText('This comparison is made in your browser, which needs JavaScript.')).toBeVisible();
    const links = page.locator('.compare-links a');
    // Thirty versions: each against the one before it (29) and the older ones against the current one (28, one of them shared).
    expect(await links.count()).toBeGreaterThanOrEqual(29 + 28);
    await expect(links.filter({ hasText: `${OLD} to ${versionName(1)}` })).toHaveCount(1);
    await expect(links.filter({ hasText: `${NEW} to ${versionName(29)} (against the current one)` })).toHaveCount(1);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
});
