import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkSiteLinks } from '../../scripts/lib/check-site-links';
import { isExternal, siteUrlsIn, toLocalUrl } from '../../scripts/lib/links';

const site = 'https://jtec.no';
const local = 'http://127.0.0.1:4000/';

describe('siteUrlsIn', () => {
  test.each([
    ['sitemap <loc>', '<url><loc>https://jtec.no/nb/personvern/</loc></url>', ['https://jtec.no/nb/personvern/']],
    [
      'RSS <link> and guid',
      '<link>https://jtec.no/en/privacy/</link><guid>https://jtec.no/en/privacy/versions/2025/</guid>',
      ['https://jtec.no/en/privacy/', 'https://jtec.no/en/privacy/versions/2025/'],
    ],
    ['Atom href with &amp;', '<link href="https://jtec.no/a/?x=1&amp;y=2"/>', ['https://jtec.no/a/?x=1&y=2']],
    ['JSON feed with escaped slashes', '{"url":"https:\\/\\/jtec.no\\/nb\\/"}', ['https://jtec.no/nb/']],
    ['duplicates once, fragments kept', '<loc>https://jtec.no/x/#a</loc><loc>https://jtec.no/x/#a</loc>', ['https://jtec.no/x/#a']],
    [
      'other sites ignored',
      '<loc>https://example.com/nb/</loc><loc>https://jtec.no.evil.test/</loc><loc>https://jtec.no</loc>',
      ['https://jtec.no'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(siteUrlsIn(text, site)).toEqual(expected);
  });
});

describe('toLocalUrl', () => {
  test.each([
    ['https://jtec.no/nb/personvern/#your-rights', 'http://127.0.0.1:4000/nb/personvern/#your-rights'],
    ['https://jtec.no', 'http://127.0.0.1:4000/'],
    ['https://example.com/nb/', 'https://example.com/nb/'],
  ])('%s → %s', (url, expected) => {
    expect(toLocalUrl(url, site, local)).toBe(expected);
  });
});

describe('isExternal', () => {
  test.each([
    ['mailto:post@example.com', true],
    ['tel:+4700000000', true],
    ['https://example.com/', true],
    ['http://127.0.0.1:4001/', true],
    ['http://127.0.0.1:4000/en/privacy/#x', false],
  ])('%s → %s', (url, expected) => {
    expect(isExternal(url, local)).toBe(expected);
  });
});

describe('checkSiteLinks on a small built site', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dir, 'en'));
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    writeFileSync(
      join(dir, 'index.html'),
      page(
        '<h2 id="here">Here</h2><a href="#here">ok</a><a href="#nowhere">broken fragment</a>' +
          '<a href="/en/#rights">ok</a><a href="/en/#old-rights">alias span</a><a href="/en/#gone">broken fragment elsewhere</a>' +
          '<a href="/missing/">missing page</a><a href="https://jtec.no/en/#rights">absolute site link</a><a href="https://jtec.no/nope/">absolute, missing</a>' +
          '<a href="https://example.com/">external</a><a href="mailto:a@example.com">mail</a>',
      ),
    );
    writeFileSync(join(dir, 'en', 'index.html'), page('<span id="old-rights"></span><h2 id="rights">Rights</h2>'));
    // Nothing links to this page: it is checked because every built page is a start point.
    writeFileSync(join(dir, 'orphan.html'), page('<a href="/en/#orphaned-fragment">x</a>'));
    writeFileSync(
      join(dir, 'sitemap-0.xml'),
      '<urlset><url><loc>https://jtec.no/en/</loc></url><url><loc>https://jtec.no/stale/</loc></url></urlset>',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports exactly the broken links and fragments', async () => {
    const { broken, external } = await checkSiteLinks(dir, site);
    expect(broken.map((link) => link.url).sort()).toEqual([
      '/#nowhere',
      '/en/#gone',
      '/en/#orphaned-fragment',
      '/missing/',
      '/nope/',
      '/stale/',
    ]);
    expect(broken.find((link) => link.url === '/missing/')?.from).toBe('/');
    expect(external).toBe(1);
  });
});
