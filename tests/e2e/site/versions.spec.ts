import { expect, test } from '@playwright/test';

/** The real content has one version (2025): the archive must show it gracefully, with nothing to compare. */

for (const { path, current, note, mainPath, archiveLink } of [
  {
    path: '/nb/personvern/endringer/',
    current: 'Gjeldende',
    note: 'Dette er den eneste publiserte versjonen så langt.',
    mainPath: '/nb/personvern/',
    archiveLink: 'Tidligere versjoner og endringer',
  },
  {
    path: '/en/privacy/changes/',
    current: 'Current',
    note: 'This is the only published version so far.',
    mainPath: '/en/privacy/',
    archiveLink: 'Earlier versions and changes',
  },
]) {
  test(`${path} lists the single version as current, without comparisons`, async ({ page }) => {
    await page.goto(mainPath);
    await page.getByRole('link', { name: archiveLink, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('.only-one')).toContainText(note);
    const entries = page.locator('.changelog-entry');
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toHaveAttribute('data-version', '2025');
    await expect(entries.first().locator('.changelog-labels')).toContainText(current);
    await expect(entries.first().locator('time')).toHaveText('2025');
    await expect(page.locator('.compare')).toHaveCount(0);
    await expect(entries.first().locator('.changelog-links a')).toHaveCount(1);
    await entries.first().locator('.changelog-links a').click();
    await expect(page.locator('.version-banner')).toHaveCount(1);
    // The version page is its own canonical URL (not the current page, which will change).
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${mainPath}[a-z]+/2025/$`));
  });
}

test('the current page has no upcoming banner, and versions.json has the one current version', async ({ page, request }) => {
  await page.goto('/nb/personvern/');
  await expect(page.locator('.version-banner')).toHaveCount(0);
  const json = await (await request.get('/nb/personvern/versions.json')).json();
  expect(json).toMatchObject({
    current: '2025',
    upcoming: [],
    versions: [
      {
        version: '2025',
        updated: { date: '2025', precision: 'year' },
        effective: null,
        appliesFrom: { date: '2025', precision: 'year', basis: 'updated' },
        appliesUntil: null,
        state: 'current',
        first: true,
        compareWithPrevious: null,
      },
    ],
  });
});
