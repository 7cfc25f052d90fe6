import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site';
import { expectNoAxeViolations } from './axe';
import { expectVisibleTabWalk, focusProblems, smallTargets } from './focus';
import { BREAKPOINT_WIDTHS, horizontalOverflow, NARROWEST } from './layout';
import { loadBuiltPage, openBuiltPage, openDisclosures, stayOnChooser } from './open-page';
import { EXPECTED_PAGE_TYPES, localesOf, pagesOf, underBase } from './page-templates';
import { expectPrivateVisit, offSiteRequests, recordVisit, type VisitRecord } from './privacy';

/**
 * The template sweep over a build. Every page, at 320 px in light mode with its disclosures
 * open: nothing overflows sideways, every control is at least 24×24 px, every focusable element
 * is on-screen with a visible indicator when focused, no CSP violation, no request to another
 * origin. Then one page of every template × language × state (page-templates.ts), the largest
 * across the real and the fixture builds, in the sweep of the build it belongs to: nothing
 * overflows at one width per breakpoint band, the Tab walk from the top shows every stop, axe
 * (WCAG 2.2 AA) finds nothing in light mode nor a contrast problem in dark mode, and a reader's
 * visit stays private (nothing stored, no other origin, no search files before search is used).
 * Pages are read from the build when each test runs, so listing the tests needs no build.
 */
/** The builds whose sweeps share out the costly checks of each template × language × state between them. */
const STATE_SWEPT_BUILDS = ['dist', 'dist-fixtures'];

export function defineTemplateSweep({
  dir,
  base,
  project,
  everyState,
}: {
  dir: string;
  base: string;
  project: 'site' | 'fixtures';
  /** false: the cheap checks of every page only (the base-path build has the same templates as dist/); true: also the costly checks of the states it shows largest. */
  everyState: boolean;
}): void {
  test(`every page of ${dir}/ follows the URL scheme`, () => {
    expect(
      builtPages(dir)
        .filter((built) => built.type === 'other')
        .map((built) => built.path),
      'pages outside the URL scheme',
    ).toEqual([]);
  });

  for (const type of EXPECTED_PAGE_TYPES[project]) {
    for (const locale of localesOf(type)) {
      const checks = everyState ? '; each state it shows largest at every breakpoint, Tab walk, axe and a private visit' : '';
      test(`${type} pages (${locale}) of ${dir}/: every page at ${NARROWEST} px${checks}`, async ({ browser, baseURL }) => {
        const { pages, representatives } = pagesOf(dir, type, locale, STATE_SWEPT_BUILDS);
        expect(pages.length, `${type} pages (${locale}) in ${dir}/`).toBeGreaterThan(0);
        // Seconds per page on a busy machine: a time limit, not a measurement.
        test.setTimeout(60_000 + pages.length * 4_000 + (everyState ? representatives.size * 60_000 : 0));

        await test.step(`every page at ${NARROWEST} px, light, disclosures open`, async () => {
          const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), viewport: { width: NARROWEST, height: 800 } });
          const page = await context.newPage();
          const record = await recordVisit(page);
          const problems: string[] = [];
          for (const built of pages.map((page) => underBase(page, base))) {
            await stayOnChooser(page, built);
            await loadBuiltPage(page, built);
            await openDisclosures(page);
            const found = [
              ...(await horizontalOverflow(page)),
              ...(await smallTargets(page)).map((target) => `${target.description} is ${target.width}×${target.height} px, under 24×24`),
              ...(await focusProblems(page)),
              ...(await record.cspViolations()).map((violation) => `CSP violation: ${violation}`),
              ...offSiteRequests(record, baseURL!).map((url) => `a request to another origin: ${url}`),
            ];
            problems.push(...found.map((problem) => `${built.path}: ${problem}`));
            record.requests.length = 0;
            record.cspConsole.length = 0;
          }
          expect(problems, `${type} pages (${locale}) at ${NARROWEST} px`).toEqual([]);
          await context.close();
        });

        if (!everyState) return;
        for (const [state, representative] of representatives) {
          const built = underBase(representative, base);
          await test.step(`${state}: ${built.path} at every breakpoint, Tab walk, axe light and dark, private visit`, async () => {
            let record: VisitRecord | undefined;
            const page = await openBuiltPage(browser, built, { baseURL, reducedMotion: 'reduce' }, async (page) => {
              record = await recordVisit(page);
            });
            await expectPrivateVisit(page, record!, baseURL!);
            // Tab from the top of a fresh load at a laptop width (the phone width had its turn above).
            await page.setViewportSize({ width: 1280, height: 800 });
            await loadBuiltPage(page, built);
            await expectVisibleTabWalk(page);
            expect(await smallTargets(page), 'controls under 24×24 px at 1280 px').toEqual([]);
            await openDisclosures(page);
            const overflow: string[] = [];
            for (const width of BREAKPOINT_WIDTHS) {
              await page.setViewportSize({ width, height: 800 });
              overflow.push(...(await horizontalOverflow(page)).map((problem) => `at ${width} px: ${problem}`));
            }
            expect(overflow, `${built.path} at ${BREAKPOINT_WIDTHS.join(', ')} px`).toEqual([]);
            await page.setViewportSize({ width: 1280, height: 800 });
            await expectNoAxeViolations(page, `${built.path} (disclosures open)`);
            await page.context().close();
          });
        }
      });
    }
  }
}
