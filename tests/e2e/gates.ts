import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { builtPages, type BuiltPage, type PageType } from '../../scripts/lib/built-site';
import { cspDirectives } from '../../scripts/lib/headers';

/**
 * Quality gates shared by the `site` (dist/) and `fixtures` (dist-fixtures/) projects.
 * Pages are discovered from the build, so a new page type is swept as soon as it is built.
 */

/** The WCAG 2.2 AA rule sets axe checks. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * Page types the issue names; each must be built in at least one of the two builds once
 * its feature is merged. Add a type here when a feature adds one.
 */
export const EXPECTED_PAGE_TYPES: Record<'site' | 'fixtures', PageType[]> = {
  site: ['chooser', 'language-home', 'current', 'version', 'changelog', 'not-found'],
  fixtures: ['chooser', 'language-home', 'current', 'version', 'changelog', 'diff', 'not-found'],
};

/**
 * Opens a built page as a reader would. The language chooser forwards readers on to a
 * language page (swept on its own); to check the chooser itself, that navigation is
 * answered with HTTP 204, which leaves the browser on the chooser.
 */
export async function openBuiltPage(
  browser: Browser,
  built: BuiltPage,
  { baseURL, ...options }: Omit<BrowserContextOptions, 'baseURL'> & { baseURL: string | undefined },
  prepare: (page: Page) => Promise<void> = async () => undefined,
): Promise<Page> {
  const context = await browser.newContext({ ...options, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await prepare(page);
  if (built.type === 'chooser') {
    await page.route(
      (url) => url.pathname !== built.path,
      (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
    );
  }
  // Playwright's own "load" wait does not settle once a navigation is answered with 204.
  const response = await page.goto(built.path, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'complete');
  expect(response?.status(), `${built.path} should be served`).toBe(200);
  expect(new URL(page.url()).pathname).toBe(built.path);
  return page;
}

/**
 * Runs axe (WCAG 2.2 AA) once per colour scheme, with every <details> open: a closed
 * disclosure only hides its content from axe, so the open page is the whole page.
 */
export async function expectNoAxeViolations(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
    expect(summary, `axe violations on ${path} (${colorScheme}, disclosures open)`).toEqual([]);
  }
}

/** What a keyboard user sees on the focused element: where it is and whether a focus indicator is drawn. */
export interface FocusStop {
  description: string;
  inViewport: boolean;
  indicator: boolean;
}

/** Tabs through a page from the top and describes every focus stop, until focus wraps or leaves the page. */
export async function focusStops(page: Page, limit = 400): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`);
      }
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return {
        key: path.join('>'),
        description: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}> "${label}"`,
        inViewport:
          rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
        indicator: outline || shadow,
      };
    });
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({
      description: stop.description,
      inViewport: stop.inViewport,
      indicator: stop.indicator,
    });
  }
  return stops;
}

/** A control smaller than WCAG 2.2's 24×24 CSS px minimum (2.5.8), with its size. */
export interface SmallTarget {
  description: string;
  width: number;
  height: number;
}

/**
 * Interactive controls under 24×24 px. Links inside a line of text are exempt (WCAG 2.5.8's
 * "inline" exception) and are recognised by their computed display being `inline`.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const rendered = rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && rect.bottom > 0;
      if (!rendered || style.display === 'inline') return [];
      if (rect.width >= 24 && rect.height >= 24) return [];
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return [
        {
          description: `<${element.tagName.toLowerCase()}> "${label}"`,
          width: Math.round(rect.width),
          height: Math.round(rect.height),
        },
      ];
    });
  });
}

/** Every control at least 24×24 px at desktop and phone widths, and every focus stop on-screen with a visible indicator. */
export async function expectVisibleFocusAndTargets(page: Page): Promise<void> {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    await page.setViewportSize(viewport);
    expect(await smallTargets(page), `controls under 24×24 px at ${viewport.width} px wide`).toEqual([]);
  }
  const stops = await focusStops(page);
  expect(stops.length, 'the page has keyboard focus stops').toBeGreaterThan(0);
  expect(
    stops.filter((stop) => !stop.inViewport || !stop.indicator),
    'focus stops that are off-screen or have no visible focus indicator',
  ).toEqual([]);
}

/** The directives of a page's CSP <meta> (name → values), or null when it has none. */
export async function metaCspDirectives(page: Page): Promise<Map<string, string[]> | null> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return content === null ? null : cspDirectives(content);
}

/** What a visit sent and logged, recorded from before the page loads. */
export interface VisitRecord {
  requests: string[];
  cspConsole: string[];
}

/** Starts recording a visit's requests, CSP messages and CSP violations; call before the page loads. */
export async function recordVisit(page: Page): Promise<VisitRecord> {
  const record: VisitRecord = { requests: [], cspConsole: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) record.cspConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return record;
}

/** Reads a page as a reader would, then checks that the visit stayed on its origin, stored nothing and kept to its CSP. */
export async function expectPrivateVisit(page: Page, record: VisitRecord, baseURL: string): Promise<void> {
  // Read: scroll to the end a screen at a time (a frame each, so scroll handlers and observers run), then follow an in-page link.
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  const inPageLink = page.locator('main a[href^="#"]').first();
  if (await inPageLink.count()) await inPageLink.click();
  await page.waitForLoadState('networkidle');

  const origin = new URL(baseURL).origin;
  expect(
    record.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin),
    'requests that leave the site',
  ).toEqual([]);
  expect(
    record.requests.filter((url) => new URL(url).pathname.includes('/pagefind/')),
    'search files downloaded before search is used',
  ).toEqual([]);

  expect(await page.context().cookies(), 'cookies').toEqual([]);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
  }));
  expect(stored, 'what the visit left in the browser').toEqual({
    cookie: '',
    localStorage: [],
    sessionStorage: [],
    indexedDB: [],
    caches: [],
    serviceWorkers: 0,
  });

  const csp = await metaCspDirectives(page);
  expect(csp, 'a Content-Security-Policy <meta>').not.toBeNull();
  const scriptSrc = csp!.get('script-src') ?? csp!.get('default-src') ?? [];
  expect(scriptSrc, 'script-src').toContain("'self'");
  expect(scriptSrc, 'script-src').not.toContain("'unsafe-inline'");
  expect(scriptSrc, 'script-src').not.toContain("'unsafe-eval'");
  expect(csp!.get('object-src')).toEqual(["'none'"]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
  expect(record.cspConsole, 'CSP messages in the console').toEqual([]);
}

/**
 * The page sweep over every page of a build, one page load each: the visit stays
 * private (no other origin, nothing stored, CSP kept), then, reloaded, every focus
 * stop is visible and every control ≥ 24×24 px, then axe finds nothing, light and dark.
 */
export function definePageSweep(dir: string, project: 'site' | 'fixtures'): void {
  const pages = builtPages(dir);

  test('every page type the issue names that exists so far is built', () => {
    const types = new Set(pages.map((built) => built.type));
    for (const type of EXPECTED_PAGE_TYPES[project]) expect(types, `a ${type} page in ${dir}/`).toContain(type);
    expect(
      pages.filter((built) => built.type === 'other').map((built) => built.path),
      'pages outside the URL scheme',
    ).toEqual([]);
  });

  for (const built of pages) {
    test(`sweep: ${built.path} (${built.type}): private visit, visible focus, targets, axe light and dark`, async ({
      browser,
      baseURL,
    }) => {
      // Three checks on one load: more work than one test's default 30 s allows on a busy machine.
      test.setTimeout(120_000);
      let record: VisitRecord = { requests: [], cspConsole: [] };
      const page = await openBuiltPage(browser, built, { baseURL }, async (page) => {
        record = await recordVisit(page);
      });
      await expectPrivateVisit(page, record, baseURL!);
      // Reduced motion: should any smooth scrolling return, focus still scrolls into view at once and its position can be read.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // Tab from the top of a fresh load, not from where the in-page link left focus.
      await page.goto(built.path, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState === 'complete');
      await expectVisibleFocusAndTargets(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await expectNoAxeViolations(page, built.path);
      await page.context().close();
    });
  }
}

/**
 * The privacy and CSP checks alone, over the given pages of a build: the served builds
 * (tests/e2e/serving-browser.ts) run them on a sample under nginx's headers.
 */
export function definePrivacyChecks(dir: string, pages: BuiltPage[] = builtPages(dir)): void {
  for (const built of pages) {
    test(`privacy: ${built.path} (${built.type}) stays on its origin, stores nothing and keeps to its CSP`, async ({
      browser,
      baseURL,
    }) => {
      let record: VisitRecord = { requests: [], cspConsole: [] };
      const page = await openBuiltPage(browser, built, { baseURL }, async (page) => {
        record = await recordVisit(page);
      });
      await expectPrivateVisit(page, record, baseURL!);
      await page.context().close();
    });
  }
}
