import { describe, expect, test } from 'vitest';
import { byteLength, gzipSize, htmlFileToPath, pageTypeOf } from '../../scripts/lib/built-site';

describe('htmlFileToPath', () => {
  test.each([
    ['index.html', '/'],
    ['nb/index.html', '/nb/'],
    ['nb/personvern/index.html', '/nb/personvern/'],
    ['en/privacy/versions/2024-06/index.html', '/en/privacy/versions/2024-06/'],
    ['404.html', '/404.html'],
    ['/en/privacy/index.html', '/en/privacy/'],
  ])('%s is served at %s', (file, path) => {
    expect(htmlFileToPath(file)).toBe(path);
  });
});

describe('pageTypeOf', () => {
  test.each([
    ['/', 'chooser'],
    ['/404.html', 'not-found'],
    ['/404/', 'not-found'],
    ['/en/404.html', 'not-found'],
    ['/en/404/', 'not-found'],
    ['/nb/', 'language-home'],
    ['/en/', 'language-home'],
    ['/nb/personvern/', 'current'],
    ['/en/privacy/', 'current'],
    ['/nb/personvern/versjoner/2025/', 'version'],
    ['/en/privacy/versions/2024-06/', 'version'],
    ['/nb/personvern/endringer/', 'changelog'],
    ['/en/privacy/changes/', 'changelog'],
    ['/en/privacy/compare/2023...2024-06/', 'diff'],
    ['/nb/personvern/sammenlign/2023...2024-06/', 'diff'],
    ['/en/privacy/compare/2023...2024-06/side-by-side/', 'diff'],
    ['/nb/personvern/sammenlign/2023...2024-06/side-ved-side/', 'diff'],
    ['/en/privacy/compare/', 'compare-any'],
    ['/nb/personvern/sammenlign/', 'compare-any'],
    ['/en/privacy/compare/2023...2024-06/other-view/', 'other'],
    // Norwegian segments under an English path are not part of the scheme.
    ['/en/privacy/versjoner/2025/', 'other'],
    ['/en/privacy/compare/2024/', 'other'],
    ['/de/datenschutz/', 'other'],
    ['/robots.txt', 'other'],
  ])('%s is a %s page', (path, type) => {
    expect(pageTypeOf(path)).toBe(type);
  });
});

describe('byte counts', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['æøå', 6],
  ])('%j is %i bytes in UTF-8', (text, bytes) => {
    expect(byteLength(text)).toBe(bytes);
  });

  test.each([
    ['an empty file is just the gzip header and trailer', '', 20, 20],
    ['repeated markup compresses well', '<p>Personvern</p>'.repeat(200), 30, 100],
  ])('%s', (_name, text, atLeast, atMost) => {
    expect(gzipSize(text)).toBeGreaterThanOrEqual(atLeast);
    expect(gzipSize(text)).toBeLessThanOrEqual(atMost);
  });
});
