import { expect, test, type Page } from '@playwright/test';
import { normalizeWhitespace } from '~/lib/diff/diff';
import { loadVersion, readingOrder } from '../sources';

const pages = [
  { locale: 'nb', path: '/nb/personvern/', source: 'content/privacy/nb/2025.mdx', other: '/en/privacy/' },
  { locale: 'en', path: '/en/privacy/', source: 'content/privacy/en/2025.mdx', other: '/nb/personvern/' },
] as const;

/** The text of the policy's headings, paragraphs and list items as rendered, in order. */
async function renderedReadingOrder(page: Page): Promise<string[]> {
  return page
    .locator('article.policy-text')
    .locator(':is(h2, h3, p, li)')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText));
}

async function sectionShape(page: Page) {
  return page.locator('article.policy-text :is(h2, h3)[id]').evaluateAll((headings) =>
    headings.map((heading) => {
      let items = 0;
      for (
        let node = heading.parentElement?.nextElementSibling;
        node && !node.classList.contains('section-heading');
        node = node.nextElementSibling
      ) {
        items += node.querySelectorAll('li').length;
      }
      return { id: heading.id, level: heading.tagName, items };
    }),
  );
}

// One page load per language for everything read from the page as loaded; the clicks come last.
for (const { locale, path, source } of pages) {
  test(`${locale}: ${path} shows its source, metadata and footer, and its contents and heading links lead to their sections`, async ({
    page,
  }) => {
    const { sections, data } = await loadVersion(source);
    await page.goto(path);

    await test.step('shows every heading, paragraph and list item of the MDX source, in order', async () => {
      expect((await renderedReadingOrder(page)).map(normalizeWhitespace)).toEqual(readingOrder(sections));
    });

    await test.step('has its language, title, description, canonical URL and hreflang alternates', async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(String(data['title']));
      await expect(page).toHaveTitle(new RegExp(`^${String(data['title'])}`));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', String(data['description']));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://jtec.no${path}`);
      await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute('href', 'https://jtec.no/nb/personvern/');
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', 'https://jtec.no/en/privacy/');
    });

    await test.step('shows when it was last updated and which version it is', async () => {
      await expect(page.locator('.policy-meta')).toContainText(locale === 'nb' ? 'Sist oppdatert: 2025' : 'Last updated: 2025');
      await expect(page.locator('.policy-meta')).toContainText(locale === 'nb' ? 'Versjon 2025' : 'Version 2025');
    });

    await test.step('the footer gives the company contact details', async () => {
      const footer = page.locator('footer.site-footer');
      for (const fact of ['Johnsentechnology AS', '934 290 909', 'Kongsgård alle 61', 'lars@loddo.no'])
        await expect(footer).toContainText(fact);
      await expect(footer.locator('a[href="mailto:lars@loddo.no"]')).toBeVisible();
    });

    await test.step('each section heading has a keyboard-reachable link to itself', async () => {
      const headings = page.locator('article.policy-text :is(h2, h3)[id]');
      const ids = await headings.evaluateAll((nodes) => nodes.map((node) => node.id));
      for (const id of ids) {
        const control = page.locator(`a.copy-link[href="#${id}"]`);
        await expect(control).toBeVisible();
        const name = await page.locator(`[id="${id}"]`).innerText();
        await expect(control).toHaveAccessibleName(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
      await page.locator('a.copy-link').first().focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
    });

    await test.step('every table-of-contents link scrolls to its section', async () => {
      const links = page.locator('#toc a');
      const count = await links.count();
      expect(count).toBe(14);
      for (let index = 0; index < count; index += 1) {
        const link = links.nth(index);
        const id = ((await link.getAttribute('href')) ?? '').slice(1);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      }
    });
  });
}

test('the Norwegian and English pages have the same section ids, levels and list items', async ({ page }) => {
  await page.goto('/nb/personvern/');
  const nb = await sectionShape(page);
  await page.goto('/en/privacy/');
  const en = await sectionShape(page);
  expect(nb.length).toBe(14);
  expect(en).toEqual(nb);
});

test('the language switch keeps the reader on the same section, both ways', async ({ page }) => {
  await page.goto('/nb/personvern/#your-rights');
  await expect(page.locator('#your-rights')).toBeInViewport();
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/#your-rights$/);
  await expect(page.locator('#your-rights')).toBeInViewport();
  await expect(page.locator('#your-rights')).toHaveText('7. Your rights');

  await page.locator('#toc a[href="#cookies"]').click();
  await page.getByRole('link', { name: 'Les på norsk' }).click();
  await expect(page).toHaveURL(/\/nb\/personvern\/#cookies$/);
  await expect(page.locator('#cookies')).toBeInViewport();
});

test('the language switch follows the section being read, even without a link fragment', async ({ page }) => {
  await page.goto('/nb/personvern/');
  // Scroll (not jump) until section 7 is at the top of the window. (Section 9 can only be scrolled
  // as far as the end of the page, where the last section is marked: tests/e2e/site/toc.spec.ts.)
  await page.evaluate(() => document.getElementById('your-rights')?.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#toc a[aria-current="location"]')).toHaveAttribute('href', '#your-rights');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/#your-rights$/);
});

test.describe('copying a section link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('puts the section’s full address on the clipboard and says so', async ({ page, baseURL }) => {
    await page.goto('/en/privacy/');
    await page.getByRole('link', { name: 'Copy link to 8. Cookies' }).click();
    // The page has two live regions: this one and the search's.
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/privacy/#cookies`);
    await expect(page).toHaveURL(/#cookies$/);
  });
});
