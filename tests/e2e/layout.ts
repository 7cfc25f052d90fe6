import { expect, test, type Page } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site';
import { COLOR_SCHEMES } from './gates';

/**
 * The overflow sweep: every page of a build, at phone to desktop widths, light and dark,
 * with every disclosure open, must not scroll sideways and must keep every element's box
 * inside the window horizontally.
 * One browser context (and one tab, reused) per width and colour scheme keeps it to seconds.
 */

/** Phone (320, 375, 414), tablet (768), laptop (1024) and desktop (1440) widths, in CSS px. */
export const SWEEP_WIDTHS = [320, 375, 414, 768, 1024, 1440] as const;

/** What overflows the window sideways on the page as it is now: the document, then each element whose box pokes out. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems: string[] = [];
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > ${width}`);
    const reported = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden content (for screen readers) is clipped to 1 px: nothing of it shows or
      // widens the page (scrollWidth above would say so), wherever its box lies.
      if (element.closest('.sr-only')) continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      // Report the outermost element only: its descendants poke out with it.
      if (element.parentElement && reported.has(element.parentElement)) {
        reported.add(element);
        continue;
      }
      reported.add(element);
      const name = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      problems.push(`${name} "${text}" spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
    }
    return problems;
  });
}

/** A build's pages in groups of one page type and at most `size` pages, so the workers can share the sweep. */
function groupsOf(pages: BuiltPage[], size = 20): [string, BuiltPage[]][] {
  const byType = new Map<string, BuiltPage[]>();
  for (const built of pages) byType.set(built.type, [...(byType.get(built.type) ?? []), built]);
  return [...byType].flatMap(([type, group]) =>
    Array.from({ length: Math.ceil(group.length / size) }, (_, index): [string, BuiltPage[]] => [
      group.length > size ? `${type} ${index + 1}` : type,
      group.slice(index * size, (index + 1) * size),
    ]),
  );
}

/**
 * The problems on one page with every <details> opened, at each width, in each colour scheme.
 * Opened is the page at its widest: a closed disclosure only hides content, and what it
 * shows when closed (its summary) is there when open too.
 */
async function sweepPage(page: Page, url: string, label: string): Promise<string[]> {
  await page.setViewportSize({ width: SWEEP_WIDTHS[0], height: 800 });
  const response = await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(response?.status(), `${url} should be served`).toBe(200);
  // Folded content (the phone's table of contents, version lists) must fit too.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const problems: string[] = [];
  for (const width of SWEEP_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const problem of await horizontalOverflow(page)) problems.push(`${label} at ${width} px, ${colorScheme}: ${problem}`);
    }
  }
  return problems;
}

/**
 * Defines the sweep over every page of a build (served under `base`), a test per page type
 * (or per 20 pages of it). One browser context and one reused tab per test: each page is loaded
 * once, then resized to every width and switched to every colour scheme in place, which lays it
 * out again exactly as a fresh load at that size would.
 */
export function defineOverflowSweep(dir: string, base = '/'): void {
  for (const [name, group] of groupsOf(builtPages(dir))) {
    const size = `${group.length} pages × ${SWEEP_WIDTHS.length} widths × ${COLOR_SCHEMES.length} schemes`;
    test(`no ${name} page of ${dir}/ overflows sideways at ${SWEEP_WIDTHS.join(', ')} px, light and dark (${size})`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(30_000 + group.length * 10_000);
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      // The chooser forwards readers to a language page; that navigation is answered with 204, so it stays put.
      let onChooser = false;
      await page.route(
        (url) => onChooser && url.pathname !== base,
        (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
      );
      const problems: string[] = [];
      for (const built of group) {
        onChooser = built.type === 'chooser';
        problems.push(...(await sweepPage(page, `${base}${built.path.slice(1)}`, built.path)));
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}
