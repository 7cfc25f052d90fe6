import { expect, test } from '@playwright/test';
import { rawGet } from '../serving';

/**
 * The first view as nginx serves it, which must stay small on a slow phone connection: every request a browser makes to show the
 * current notice, before the reader does anything, in bytes on the wire (response bodies).
 * The scripts that enhance the page load only once the reader acts (src/browser/on-demand.ts).
 */
const BROTLI_BUDGET = 6 * 1024;
const GZIP_BUDGET = 7 * 1024;

for (const path of ['/nb/personvern/', '/en/privacy/']) {
  test(`${path}: the first view is the page and its icon, ≤ 6 KB with brotli, ≤ 7 KB with gzip`, async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(path, { waitUntil: 'networkidle' });
    // Headless Chromium may skip the icon; every other browser fetches it with the first view, so it is counted.
    const icon = (await page.locator('link[rel~="icon"]').getAttribute('href')) ?? '';
    expect(
      requested.filter((fetched) => fetched !== icon),
      'what the browser fetched before the reader did anything',
    ).toEqual([path]);

    const sizes: string[] = [];
    let brotli = 0;
    let gzip = 0;
    for (const url of [path, icon]) {
      const br = await rawGet(new URL(url, baseURL).href, { 'accept-encoding': 'br, gzip' });
      const gz = await rawGet(new URL(url, baseURL).href, { 'accept-encoding': 'gzip' });
      expect(br.headers['content-encoding'], `${url} with brotli`).toBe('br');
      brotli += br.body.length;
      gzip += gz.body.length;
      sizes.push(`${url} ${br.body.length} B br, ${gz.body.length} B gzip`);
    }
    test.info().annotations.push({ type: 'bytes', description: `${sizes.join('; ')}; total ${brotli} B br, ${gzip} B gzip` });
    expect(brotli, 'brotli bytes of the first view').toBeLessThanOrEqual(BROTLI_BUDGET);
    expect(gzip, 'gzip bytes of the first view').toBeLessThanOrEqual(GZIP_BUDGET);
  });
}
