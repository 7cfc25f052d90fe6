import { expect, test, type Page } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site';
import { COLOR_SCHEMES } from './gates';

/**
 * The overflow sweep: every page of a build, at phone to desktop widths, light and dark,
 * must not scroll sideways and must keep every element's box inside the window horizontally.
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

/** Splits a build's pages into groups by page type, so the sweep runs as a few tests the workers can share. */
function groupsOf(pages: BuiltPage[]): [string, BuiltPage[]][] {
  const groups = new Map<string, BuiltPage[]>();
  for (const built of pages) groups.set(built.type, [...(groups.get(built.type) ?? []), built]);
  return [...groups];
}

/**
 * Defines the sweep over every page of a build (served under `base`): one test per page type.
 * Each page is loaded once in one reused tab; the window is then resized to every width and
 * switched to every colour scheme in place, which re-lays the page out exactly as a fresh load would.
 */
export function defineOverflowSweep(dir: string, base = '/'): void {
  const pages = builtPages(dir);
  for (const [type, group] of groupsOf(pages)) {
    test(`no ${type} page of ${dir}/ overflows sideways at ${SWEEP_WIDTHS.join(', ')} px, light and dark (${group.length} pages × ${SWEEP_WIDTHS.length} widths × ${COLOR_SCHEMES.length} schemes)`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(30_000 + group.length * 5_000);
      const context = await browser.newContext({ viewport: { width: SWEEP_WIDTHS[0], height: 800 }, ...(baseURL ? { baseURL } : {}) });
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
        const response = await page.goto(`${base}${built.path.slice(1)}`, { waitUntil: 'commit' });
        await page.waitForFunction(() => document.readyState === 'complete');
        expect(response?.status(), `${built.path} should be served`).toBe(200);
        // Folded content (the phone's table of contents, version lists) must fit too once opened: checked closed, then open.
        for (const state of ['as loaded', 'disclosures open'] as const) {
          if (state === 'disclosures open') {
            const opened = await page.evaluate(() => {
              const closed = [...document.querySelectorAll('details:not([open])')];
              for (const details of closed) (details as HTMLDetailsElement).open = true;
              return closed.length;
            });
            if (opened === 0) continue;
          }
          for (const width of SWEEP_WIDTHS) {
            await page.setViewportSize({ width, height: 800 });
            for (const colorScheme of COLOR_SCHEMES) {
              await page.emulateMedia({ colorScheme });
              for (const problem of await horizontalOverflow(page))
                problems.push(`${built.path} at ${width} px, ${colorScheme}, ${state}: ${problem}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
}
