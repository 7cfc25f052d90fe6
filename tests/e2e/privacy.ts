import { expect, type Page } from '@playwright/test';
import { cspDirectives } from '../../scripts/lib/headers';

/**
 * What a reader's visit sends and leaves behind, and the Content-Security-Policy: the one
 * recorder every browser test uses (the template sweep, the served checks, search).
 */

/** The directives of a page's CSP <meta> (name → values), or null when it has none. */
export async function metaCspDirectives(page: Page): Promise<Map<string, string[]> | null> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return content === null ? null : cspDirectives(content);
}

/** What a visit sent and logged, recorded from before the page loads. */
export interface VisitRecord {
  requests: string[];
  cspConsole: string[];
  /** The `securitypolicyviolation` events and CSP console messages so far. */
  cspViolations: () => Promise<string[]>;
}

/** Starts recording a tab's requests, CSP messages and CSP violations; call before the page loads. */
export async function recordVisit(page: Page): Promise<VisitRecord> {
  const requests: string[] = [];
  const cspConsole: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/content.security.policy|refused to/i.test(message.text())) cspConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} (${event.originalPolicy.slice(0, 40)}…)`),
    );
  });
  return {
    requests,
    cspConsole,
    cspViolations: async () => [
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
      ...cspConsole,
    ],
  };
}

/** Requests of a visit that left the page's origin (data: and blob: URLs stay in the page). */
export function offSiteRequests(record: VisitRecord, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  return record.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
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

  expect(offSiteRequests(record, baseURL), 'requests that leave the site').toEqual([]);
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
  expect(await record.cspViolations(), 'CSP violations').toEqual([]);
}
