import { expect, test } from '@playwright/test';
import { builtPages } from '../../../scripts/lib/built-site';
import { pageWeight } from '../../../scripts/lib/page-weight';

/**
 * The performance budget, on byte counts (deterministic; timings are only measured by
 * `npm run bench`). The current notice must be readable without JavaScript; what JavaScript
 * it loads with the page only enhances it. The first view's bytes as served, brotli and gzip,
 * are budgeted in tests/e2e/served/budget.spec.ts.
 */
/** The scripts a page loads with it (the on-demand loader, inline), gzip. */
const JS_GZIP_BUDGET = 4 * 1024;

/** The current notices, read from the build when a test runs (listing the tests needs no build). */
const currentPage = (path: string) => {
  const built = builtPages('dist').find((page) => page.type === 'current' && page.path === path);
  if (!built) throw new Error(`dist/ has no current notice at ${path}`);
  return built;
};

test('the real content has a current notice in each language', () => {
  expect(
    builtPages('dist')
      .filter((page) => page.type === 'current')
      .map((page) => page.path)
      .sort(),
  ).toEqual(['/en/privacy/', '/nb/personvern/']);
});

for (const path of ['/nb/personvern/', '/en/privacy/']) {
  test(`${path}: no render-blocking or heavy JavaScript, nothing downloaded beyond the count`, async ({ page }) => {
    const built = currentPage(path);
    const weight = pageWeight('dist', built.file, built.path);
    const report = `HTML ${weight.html.raw} B (${weight.html.gzip} B gzip), CSS ${weight.css.raw} B (${weight.css.gzip} B gzip), JS ${weight.js.raw} B (${weight.js.gzip} B gzip)`;
    test.info().annotations.push({ type: 'bytes', description: `${built.path}: ${report}` });

    expect(weight.blockingScripts, 'render-blocking scripts').toBe(0);
    expect(weight.js.gzip, 'JavaScript bytes after gzip').toBeLessThanOrEqual(JS_GZIP_BUDGET);

    // The browser downloads nothing the count above left out: no fonts, no extra CSS or JS.
    const fetched: { path: string; type: string }[] = [];
    page.on('request', (request) => fetched.push({ path: new URL(request.url()).pathname, type: request.resourceType() }));
    await page.goto(built.path, { waitUntil: 'networkidle' });
    const counted = new Set([built.path, ...weight.assets]);
    expect(
      fetched.filter((request) => !counted.has(request.path) && !(request.type === 'other' && request.path.endsWith('/favicon.svg'))),
      'downloads not counted in the budget',
    ).toEqual([]);
    expect(fetched.filter((request) => request.type === 'font')).toEqual([]);
  });

  test(`${path}: reads the same with JavaScript off`, async ({ page, browser, baseURL }) => {
    const built = currentPage(path);
    await page.goto(built.path);
    const withScripts = await page.locator('main').innerText();
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const noScripts = await context.newPage();
    await noScripts.goto(built.path);
    expect(await noScripts.locator('main').innerText()).toBe(withScripts);
    await context.close();
  });
}
