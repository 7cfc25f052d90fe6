import { expect, test } from '@playwright/test';
import { axeBuilder, axeViolations, WCAG_TAGS } from '../axe';
import { horizontalOverflow } from '../layout';
import { brokenWordsThatFit } from '../word-breaks';
import { asScreenReadersGetIt, NOTICES, tableLayouts, tableRegions, widenFirstTable } from './table-layout';

/**
 * The generated notice's three tables on phones (320, 375 and 414 px): one card per row, each
 * value after its column's name, so that no column is squeezed, no word that fits is broken and
 * nothing scrolls sideways; screen readers still get a table. docs/tables.md says why cards.
 */

const PHONES = [320, 375, 414] as const;
/** About eight characters: the least room a column may give its text. */
const MIN_CHARS = 8;

for (const { path, names } of NOTICES) {
  for (const width of PHONES) {
    test(`${path} at ${width} px: each table shows a card per row, every value labelled, no word broken, nothing wider than the screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const regions = tableRegions(page);
      await expect(regions).toHaveCount(names.length);
      for (const [index, name] of names.entries()) await expect(regions.nth(index)).toHaveAccessibleName(name);

      const layouts = await tableLayouts(page);
      const headers = await regions.evaluateAll((all) =>
        all.map((region) => [...region.querySelectorAll('th')].map((th) => th.textContent?.trim() ?? '')),
      );
      for (const [index, layout] of layouts.entries()) {
        expect(layout.display, `table ${index + 1}`).toBe('block');
        expect(layout.headerShown, `table ${index + 1}: the header row is only for screen readers`).toBe(false);
        expect(layout.rowsSideBySide, `table ${index + 1}: one value under another`).toBe(false);
        expect(layout.narrowestChars, `table ${index + 1}: room for the narrowest value`).toBeGreaterThanOrEqual(MIN_CHARS);
        expect(layout.regionScrolls, `table ${index + 1} scrolls`).toBe(false);
        const columns = headers[index]!;
        expect(layout.labels, `table ${index + 1}: each value after its column's name`).toEqual(
          layout.labels.map((_, cell) => `"${columns[cell % columns.length]}: " / ""`),
        );
      }
      expect(await brokenWordsThatFit(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
    });
  }

  test(`${path} at 320 px in Android's font (Roboto): no word that fits is broken, every value has room`, async ({ browser, baseURL }) => {
    // The font is forced with a style element, which the page's CSP would refuse.
    const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), bypassCSP: true, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    await page.addStyleTag({ content: 'html, html * { font-family: "Roboto" !important; }' });
    expect(await page.evaluate(() => document.fonts.check('16px "Roboto"')), 'Roboto must be installed (apt: fonts-roboto)').toBe(true);
    for (const layout of await tableLayouts(page)) expect(layout.narrowestChars).toBeGreaterThanOrEqual(MIN_CHARS);
    expect(await brokenWordsThatFit(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
    await context.close();
  });
}

test('a screen reader still gets a table on a phone: cells in rows under column headers, the drawn labels not read twice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(NOTICES[0].path);
  const region = tableRegions(page).first();
  const cdp = await page.context().newCDPSession(page);
  const cell = region.locator('tbody td').first();
  const cellText = (await cell.textContent())?.trim() ?? '';
  expect(await asScreenReadersGetIt(cdp, cell)).toEqual([`cell "${cellText}"`, 'row ""', 'table ""']);
  // The header row, out of sight, still names the columns.
  expect(await asScreenReadersGetIt(cdp, region.locator('th').nth(1))).toEqual(['columnheader "Description"', 'row ""', 'table ""']);
});

test('the regions pass axe on a phone in light mode, and their colours hold in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(NOTICES[1].path);
  const results = await axeBuilder(page).include('.table-region').withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
});

test('a table of nine columns is cards on a phone too: nothing scrolls, every value has room', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(NOTICES[1].path);
  await widenFirstTable(page);
  const [wide] = await tableLayouts(page);
  expect(wide?.display).toBe('block');
  expect(wide?.narrowestChars).toBeGreaterThanOrEqual(MIN_CHARS);
  expect(await horizontalOverflow(page)).toEqual([]);
});
