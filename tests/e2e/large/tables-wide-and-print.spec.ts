import { expect, test } from '@playwright/test';
import { axeViolations } from '../axe';
import { horizontalOverflow } from '../layout';
import { readPdf } from '../pdf-text';
import { NOTICES, tableLayouts, tableRegions, widenFirstTable } from './table-layout';

/**
 * The same tables on wide screens and on paper: a normal table; one too wide for its screen
 * scrolls inside its own named region, by keyboard too, with its first column in view; a
 * printout shows every table whole.
 */

for (const { path } of NOTICES) {
  test(`${path} at 1024 px: normal tables, every column with room for eight characters, nothing scrolls`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(path);
    for (const [index, layout] of (await tableLayouts(page)).entries()) {
      expect(layout, `table ${index + 1}`).toMatchObject({
        display: 'table',
        headerShown: true,
        rowsSideBySide: true,
        regionScrolls: false,
      });
      expect(layout.labels.every((label) => label === 'none')).toBe(true);
      expect(layout.narrowestChars).toBeGreaterThanOrEqual(8);
    }
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
}

test('a table too wide for the screen scrolls inside its region by keyboard, with its first column in view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(NOTICES[0].path);
  await widenFirstTable(page);
  const region = tableRegions(page).first();
  const [wide] = await tableLayouts(page);
  expect(wide).toMatchObject({ display: 'table', rowsSideBySide: true, regionScrolls: true });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'the page itself does not scroll sideways',
  ).toBe(true);

  // Reached with Tab like any control, from the link just before it in the text.
  await page.locator('#payment-data').scrollIntoViewIfNeeded();
  await region.evaluate((element) => {
    const before = [...document.querySelectorAll<HTMLElement>('a[href], [tabindex="0"]')].filter(
      (candidate) => candidate.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    before.at(-1)?.focus();
  });
  await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  expect(await region.evaluate((element) => element.matches(':focus-visible') && getComputedStyle(element).outlineStyle !== 'none')).toBe(
    true,
  );

  const firstCell = region.locator('tbody tr').first().locator('td').first();
  const secondCell = region.locator('tbody tr').first().locator('td').nth(1);
  const left = async () => ({ first: (await firstCell.boundingBox())!.x, second: (await secondCell.boundingBox())!.x });
  const before = await left();
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
  const after = await left();
  expect(after.second, 'the other columns moved').toBeLessThan(before.second - 100);
  expect(Math.abs(after.first - before.first), 'the first column stayed where it was').toBeLessThanOrEqual(1);
});

test('a printout shows every table whole, the widest one too: every cell on the paper', async ({ page }) => {
  await page.goto(NOTICES[1].path);
  await widenFirstTable(page);
  await page.emulateMedia({ media: 'print' });
  const cells = await tableRegions(page).evaluateAll((regions) =>
    regions.flatMap((region) => [...region.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
  const pages = await readPdf(
    new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } })),
  );
  const text = pages
    .map((printed) => printed.text)
    .join(' ')
    .replace(/\s+/g, '');
  // Every cell's text is printed (a word broken at the edge of a narrow column is still all there) …
  const missing = cells.filter((cell) => !text.includes(cell.replace(/\s+/g, '')));
  expect(missing).toEqual([]);
  // … and nothing is printed past the paper's edge.
  for (const printed of pages) for (const run of printed.runs) expect(run.right, run.text).toBeLessThanOrEqual(printed.width);
  const scrolling = await tableRegions(page).evaluateAll(
    (regions) => regions.filter((region) => region.scrollWidth > region.clientWidth).length,
  );
  expect(scrolling, 'regions that would clip their table on paper').toBe(0);
});
