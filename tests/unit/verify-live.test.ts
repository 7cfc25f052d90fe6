import { describe, expect, test } from 'vitest';
import { addressesIn, headerDifferences, leavesSite, lockDifferences, noticeLinks, sitemapLocations } from '../../scripts/lib/verify-live';

describe('addressesIn', () => {
  test.each([
    ['<a href="/nb/">x</a>', [{ tag: 'a', rel: '', address: '/nb/' }]],
    ['<link rel="Stylesheet" href="/a.css">', [{ tag: 'link', rel: 'stylesheet', address: '/a.css' }]],
    ['<script type="module" src="/_astro/a.js"></script>', [{ tag: 'script', rel: '', address: '/_astro/a.js' }]],
    ['<a href="/?a=1&amp;b=2">', [{ tag: 'a', rel: '', address: '/?a=1&b=2' }]],
    ['<p data-href="/no">', []],
  ])('%s', (html, addresses) => {
    expect(addressesIn(html)).toEqual(addresses);
  });
});

describe('leavesSite', () => {
  const origins = ['http://127.0.0.1:4503', 'https://jtec.no'];
  test.each([
    ['/nb/', false],
    ['#section', false],
    ['https://jtec.no/en/', false],
    ['https://example.com/', true],
    ['mailto:a@b.no', true],
    ['data:image/svg+xml,x', false],
  ])('%s leaves the site: %s', (address, leaves) => {
    expect(leavesSite(address, 'http://127.0.0.1:4503/nb/personvern/', origins)).toBe(leaves);
  });
});

describe('noticeLinks', () => {
  test('reads the links written in the real notice', async () => {
    expect([...(await noticeLinks('content'))].sort()).toEqual(['https://jtec.no', 'mailto:lars@loddo.no']);
  });
});

describe('lockDifferences', () => {
  const lock = { versions: { 'privacy/nb/2025.mdx': { sha256: 'aaa', errata: 0 } } };
  const list = (sha256: string, version = '2025') => ({ document: 'privacy', language: 'nb', versions: [{ version, sha256, url: '' }] });
  test.each([
    ['the same hash', [list('aaa')], []],
    ['another hash', [list('bbb')], ["privacy/nb/2025.mdx: the site says sha256 bbb, the repository's lock aaa"]],
    ['a version missing on the site', [], ["privacy/nb/2025.mdx is published in the repository but missing from the site's versions.json"]],
    [
      'a version only on the site',
      [list('aaa'), list('ccc', '2026')],
      ["privacy/nb/2026.mdx is on the site but not in the repository's lock (versions.lock.json)"],
    ],
  ])('%s', (_name, lists, differences) => {
    expect(lockDifferences(lock, lists)).toEqual(differences);
  });
});

describe('headerDifferences', () => {
  test.each([
    [[['x-a', '1']], { 'X-A': '1' }, []],
    [[['x-a', '1']], { 'X-A': '2' }, ['x-a: expected "1", got "2"']],
    [[['x-a', '1']], {}, ['x-a: expected "1", got none']],
  ])('%j against %j', (expected, actual, differences) => {
    expect(headerDifferences(new Map(expected as [string, string][]), new Headers(actual))).toEqual(differences);
  });
});

describe('sitemapLocations', () => {
  test.each([
    [{ sitemapindex: { sitemap: { loc: 'https://jtec.no/sitemap-0.xml' } } }, ['https://jtec.no/sitemap-0.xml']],
    [{ urlset: { url: [{ loc: 'https://jtec.no/' }, { loc: 'https://jtec.no/nb/' }] } }, ['https://jtec.no/', 'https://jtec.no/nb/']],
    [{ rss: {} }, []],
  ])('%j', (parsed, locations) => {
    expect(sitemapLocations(parsed)).toEqual(locations);
  });
});
