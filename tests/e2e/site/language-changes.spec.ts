import { expect, test } from '@playwright/test';

/** The English erratum of version 2025 changed wording only, and both changelogs say so, section by section. */
for (const { path, label, first } of [
  { path: '/en/privacy/changes/', label: 'English wording only', first: '1. Controller' },
  { path: '/nb/personvern/endringer/', label: 'Bare engelsk ordlyd', first: '1. Behandlingsansvarlig' },
]) {
  test(`${path} shows the acknowledged English-only wording changes of version 2025`, async ({ page }) => {
    await page.goto(path);
    const changes = page.locator('.changelog-entry[data-version="2025"] .language-changes');
    await expect(changes.locator('dt')).toHaveText([label]);
    const links = changes.locator('a');
    await expect(links).toHaveCount(5);
    await expect(links.first()).toHaveText(first);
    await expect(changes.locator('.reason').first()).toHaveAttribute('lang', 'en');
    await links.nth(2).click();
    await expect(page).toHaveURL(/\/versjoner\/2025\/#retention$|\/versions\/2025\/#retention$/);
  });
}
