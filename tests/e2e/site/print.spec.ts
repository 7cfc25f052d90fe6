import { expect, test } from '@playwright/test';
import { normalizeWhitespace } from '~/lib/diff/diff';
import { horizontalOverflow } from '../layout';
import { readPdf } from '../pdf-text';
import { loadVersion, readingOrder } from '../sources';

/**
 * Print: a printout of the notice can be filed and cited. It names the text
 * (title, version, last updated, the version's permanent address) and leaves out what
 * only works on screen: navigation, search, the table of contents and the controls.
 */

const pages = [
  {
    path: '/nb/personvern/',
    updated: 'Sist oppdatert: 2025',
    version: 'Versjon 2025',
    permalink: 'https://jtec.no/nb/personvern/versjoner/2025/',
  },
  { path: '/en/privacy/', updated: 'Last updated: 2025', version: 'Version 2025', permalink: 'https://jtec.no/en/privacy/versions/2025/' },
] as const;

for (const { path, updated, version, permalink } of pages) {
  test(`${path} in print shows title, version, date and permanent address, and no navigation or controls`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    const meta = page.locator('.policy-meta');
    for (const fact of [updated, version, permalink]) await expect(meta).toContainText(fact);
    await expect(meta.getByText(permalink)).toBeVisible();
    for (const selector of ['.site-nav', '.site-search', '#toc', '.policy-aside', '.toc-back', '.copy-link', '.cite-link', '.skip-link'])
      await expect(page.locator(selector).first(), `${selector} is not printed`).toBeHidden();
    // The link to earlier versions is a screen control: found by its text, so the check cannot pass on a renamed class.
    const archiveLink = page.locator('a', { hasText: /^(Tidligere versjoner og endringer|Earlier versions and changes)$/ });
    await expect(archiveLink, 'the link to earlier versions is not printed').toBeHidden();
    // On screen the address is not repeated.
    await page.emulateMedia({ media: 'screen' });
    await expect(meta.getByText(permalink)).toBeHidden();
    await expect(archiveLink).toBeVisible();
  });
}

test('the A4 printout of the Norwegian notice has all its text, in order, inside the page', async ({ page }) => {
  const { data, sections } = await loadVersion('content/privacy/nb/2025.mdx');
  await page.goto('/nb/personvern/');
  await page.emulateMedia({ media: 'print' });
  // Laid out at A4's printable width (210 mm less Chromium's default margins, at 96 px per inch), nothing overflows sideways.
  await page.setViewportSize({ width: 718, height: 1000 });
  expect(await horizontalOverflow(page)).toEqual([]);

  const pdf = await readPdf(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: false })));
  expect(pdf.length).toBeGreaterThan(1);
  for (const sheet of pdf) {
    // A4 is 595.3 × 841.9 points; Chromium rounds it to its own units (8.27 × 11.7 in), within a point.
    expect(Math.abs(sheet.width - 595.3), `page width ${sheet.width} pt`).toBeLessThan(1.5);
    expect(Math.abs(sheet.height - 841.9), `page height ${sheet.height} pt`).toBeLessThan(1.5);
    expect(
      sheet.runs.filter((run) => run.left < 0 || run.right > sheet.width),
      'text outside the page',
    ).toEqual([]);
  }
  // Print adds each outside link's address after it, "jtec.no (https://jtec.no)": left out to compare with the source.
  const text = normalizeWhitespace(pdf.map((sheet) => sheet.text).join(' ')).replace(/ \((?:https?|mailto):[^)]*\)/g, '');
  const expected = [
    String(data['title']),
    'Sist oppdatert: 2025',
    'Versjon 2025',
    'https://jtec.no/nb/personvern/versjoner/2025/',
    ...readingOrder(sections),
  ];
  let from = 0;
  for (const piece of expected) {
    const at = text.indexOf(piece, from);
    expect(at, `“${piece}” after “…${text.slice(Math.max(0, from - 80), from + 300)}…” in the PDF text`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
  // The table of contents is not printed: each section title appears once, as its heading.
  for (const title of sections.map((section) => section.title).filter(Boolean))
    expect(text.split(normalizeWhitespace(String(title))).length - 1, `“${title}” printed once`).toBe(1);
  for (const screenOnly of ['Read in English', 'Tidligere versjoner og endringer', 'Til innholdsfortegnelsen'])
    expect(text, `“${screenOnly}” is not printed`).not.toContain(screenOnly);
});
