import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cspDirectiveNames, expectedHeaders, headersPatternMatches, parseHeadersFile } from '../../scripts/lib/headers';

describe('parseHeadersFile', () => {
  test.each([
    ['one rule', '/*\n  X-Test: 1\n', [['/*', [['x-test', '1']]]]],
    [
      'comments and blank lines',
      '# c\n\n/*\n  # inside\n  A: b c\n/x/*\n  B: d\n',
      [
        ['/*', [['a', 'b c']]],
        ['/x/*', [['b', 'd']]],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const parsed = [...parseHeadersFile(text)].map(([path, headers]) => [path, [...headers]]);
    expect(parsed).toEqual(expected);
  });

  test.each([['  X-Orphan: 1\n'], ['/*\n  not a header\n']])('rejects %j with the line number', (text) => {
    expect(() => parseHeadersFile(text)).toThrow(/_headers line \d+/);
  });
});

describe('cspDirectiveNames', () => {
  test.each([
    ["frame-ancestors 'none'; base-uri 'self'", ['frame-ancestors', 'base-uri']],
    ["Script-Src 'self';;", ['script-src']],
    ['', []],
  ])('%s', (policy, names) => {
    expect(cspDirectiveNames(policy)).toEqual(names);
  });
});

describe('headersPatternMatches', () => {
  test.each([
    ['/*', '/nb/personvern/', true],
    ['/_astro/*', '/_astro/a.B1.js', true],
    ['/_astro/*', '/nb/_astro/a.js', false],
    ['/robots.txt', '/robots.txt', true],
    ['/robots.txt', '/robots.txt.br', false],
  ])('%s matches %s: %s', (pattern, path, matches) => {
    expect(headersPatternMatches(pattern, path)).toBe(matches);
  });
});

describe('expectedHeaders', () => {
  const rules = parseHeadersFile('/*\n  A: 1\n/_astro/*\n  Cache-Control: immutable\n  B: 2\n');
  test.each([
    [
      '/nb/',
      [
        ['a', '1'],
        ['cache-control', 'no-cache'],
      ],
    ],
    [
      '/_astro/x.js',
      [
        ['a', '1'],
        ['cache-control', 'immutable'],
        ['b', '2'],
      ],
    ],
  ])('%s', (path, headers) => {
    expect([...expectedHeaders(rules, path)]).toEqual(headers);
  });
});

describe('public/_headers, served with every page', () => {
  const all = parseHeadersFile(readFileSync('public/_headers', 'utf8')).get('/*');

  test.each([
    ['strict-transport-security', /^max-age=\d{7,}/],
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^(no-referrer|strict-origin-when-cross-origin|same-origin|strict-origin)$/],
    ['permissions-policy', /camera=\(\).*geolocation=\(\).*microphone=\(\)/],
    ['cross-origin-opener-policy', /^same-origin$/],
    ['content-security-policy', /frame-ancestors 'none'/],
  ])('sets %s', (name, value) => {
    expect(all?.get(name)).toMatch(value);
  });

  test('its CSP only adds restrictions a <meta> cannot express, so it never blocks the hashed inline scripts', () => {
    // Two policies both apply; a script-src, style-src or default-src here would block Astro's hashed inline code.
    const names = cspDirectiveNames(all?.get('content-security-policy') ?? '');
    expect(names.filter((name) => /^(default|script|style)-src/.test(name))).toEqual([]);
  });
});
