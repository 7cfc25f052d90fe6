import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  changelogPath,
  comparePath,
  documentPath,
  pairSegment,
  parsePairSegment,
  versionPath,
  withBase,
} from '~/lib/site/urls';
import { isLocale } from '~/i18n/locales';

describe('localized paths', () => {
  test.each([
    [documentPath('nb', 'personvern'), '/nb/personvern/'],
    [documentPath('en', 'privacy'), '/en/privacy/'],
    [versionPath('nb', 'personvern', '2025'), '/nb/personvern/versjoner/2025/'],
    [versionPath('en', 'privacy', '2025'), '/en/privacy/versions/2025/'],
    [changelogPath('nb', 'personvern'), '/nb/personvern/endringer/'],
    [changelogPath('en', 'privacy'), '/en/privacy/changes/'],
    [comparePath('en', 'privacy', '2024', '2025'), '/en/privacy/compare/2024...2025/'],
    [comparePath('nb', 'personvern', '2024', '2025'), '/nb/personvern/sammenlign/2024...2025/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('withBase', () => {
  test.each([
    ['/nb/personvern/', '/', '/nb/personvern/'],
    ['/nb/personvern/', '/personvern/', '/personvern/nb/personvern/'],
    ['/nb/personvern/', '/personvern', '/personvern/nb/personvern/'],
    ['favicon.svg', '/sub/', '/sub/favicon.svg'],
    ['/', '/sub/', '/sub/'],
  ])('%s under %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['/en/privacy/', 'https://jtec.no', '/', 'https://jtec.no/en/privacy/'],
    ['/en/privacy/', 'https://jtec.no', '/personvern/', 'https://jtec.no/personvern/en/privacy/'],
  ])('%s on %s%s', (path, site, base, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });
});

describe('isLocale', () => {
  test.each([
    ['nb', true],
    ['en', true],
    ['no', false],
    ['', false],
    [undefined, false],
  ])('%s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('pair segments', () => {
  test.each([
    ['2024', '2025', '2024...2025'],
    ['2024-06', '2025-01-15', '2024-06...2025-01-15'],
  ])('%s → %s is %s and reads back', (from, to, segment) => {
    expect(pairSegment(from, to)).toBe(segment);
    expect(parsePairSegment(segment)).toEqual({ from, to });
  });

  test.each([['2025'], ['2024...'], ['...2025'], ['2023...2024...2025'], ['']])('%s is not a comparison', (segment) => {
    expect(parsePairSegment(segment)).toBeUndefined();
  });
});
