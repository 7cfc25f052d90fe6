import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe';
import { startDevServer, type DevServer } from './dev-server';

/*
 * The editors' GDPR checklist page exists only in `astro dev`, so this spec starts
 * its own dev server on the made-up checklist fixture (tests/fixtures/checklist/:
 * a current version 2025 and a draft 2026 that adds a complaints section).
 */
test.describe.configure({ mode: 'serial' });

let server: DevServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startDevServer({ contentDir: 'tests/fixtures/checklist', path: '/editors/checklist/privacy/nb/' });
});
test.afterAll(() => server?.stop());

test('shows each item with the sections that cover it in the current version and the draft, and what the draft changes', async ({
  page,
}) => {
  await page.goto(`${server.url}/editors/checklist/privacy/nb/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GDPR checklist: TESTDATA – Personvern (nb)');
  await expect(page.getByText('a checklist aid, not legal advice')).toBeVisible();

  const complaint = page.locator('[data-article="13(2)(d)"]');
  await expect(complaint.getByRole('heading')).toContainText('art. 13 nr. 2 bokstav d');
  await expect(complaint.getByRole('heading')).toContainText('Retten til å klage til en tilsynsmyndighet.');
  await expect(complaint.locator('[data-version="2025"]')).toContainText('Not covered by any section');
  await expect(complaint.locator('[data-version="2026"]')).toContainText('newly covered');
  await expect(page.locator('[data-change="newly covered"]')).toHaveText('Newly covered: art. 13 nr. 2 bokstav d');

  const conditional = page.locator('[data-article="13(1)(b)"]');
  await expect(conditional).toContainText('Check whether this applies: når den behandlingsansvarlige har et personvernombud.');

  await complaint.locator('[data-version="2026"]').getByRole('link', { name: '4. Klage' }).click();
  await expect(page).toHaveURL(/\/nb\/testdata\/versjoner\/2026\/#complaints$/);
  await expect(page.locator('#complaints')).toBeInViewport();
});

test('a link to the current version opens the section on the current page', async ({ page }) => {
  await page.goto(`${server.url}/editors/checklist/privacy/nb/`);
  await page.locator('[data-article="13(2)(b)"] [data-version="2025"]').getByRole('link', { name: '3. Dine rettigheter' }).click();
  await expect(page).toHaveURL(/\/nb\/testdata\/#your-rights$/);
  await expect(page.locator('#your-rights')).toBeInViewport();
});

test('the English page describes the items in English and links to the English sections; it passes axe and fits a 320 px screen', async ({
  page,
}) => {
  await page.goto(`${server.url}/editors/checklist/privacy/en/`);
  const controller = page.locator('[data-article="13(1)(a)"]');
  await expect(controller.getByRole('heading')).toContainText('Art. 13(1)(a)');
  await expect(controller.locator('[data-version="2025"]').getByRole('link', { name: '1. Controller' })).toHaveAttribute(
    'href',
    '/en/test-privacy/#controller',
  );
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page, 'the English checklist page at 320 px');
});
