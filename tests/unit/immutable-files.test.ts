import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectedHeaders, parseHeadersFile } from '../../scripts/lib/headers';
import {
  headersImmutableRules,
  IMMUTABLE_CACHE_CONTROL,
  isImmutable,
  nginxImmutableEntries,
  REVALIDATE_CACHE_CONTROL,
} from '../../scripts/lib/immutable-files';
import { nginxMap, nginxMapValue } from '../../scripts/lib/nginx-config';

const nginxText = readFileSync('deploy/nginx/cache-control.conf', 'utf8');
const headersText = readFileSync('public/_headers', 'utf8');

describe('isImmutable', () => {
  test.each([
    ['/_astro/search-ui.bqlu9RHM.js', true],
    ['/pagefind/fragment/nb_ad1e247.pf_fragment', true],
    ['/pagefind/index/nb_cf5986d.pf_index', true],
    ['/pagefind/filter/en_8cdb569.pf_filter', true],
    ['/pagefind/pagefind.js', false],
    ['/pagefind/pagefind-entry.json', false],
    ['/pagefind/wasm.nb.pagefind', false],
    ['/_astro/nested/x.js', false],
    ['/nb/personvern/', false],
    ['/favicon.svg', false],
  ])('%s → %s', (path, immutable) => {
    expect(isImmutable(path)).toBe(immutable);
  });
});

describe('deploy/nginx/cache-control.conf and public/_headers say what the one list says', () => {
  test('the nginx map: no-cache by default, then exactly one entry per immutable folder', () => {
    const entries = /map \$uri \$jtec_privacy_cache_control \{([^}]*)\}/
      .exec(nginxText)![1]!
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    expect(entries).toEqual([`default "${REVALIDATE_CACHE_CONTROL}";`, ...nginxImmutableEntries()]);
  });

  test('public/_headers: exactly one Cache-Control rule per immutable folder, and no other', () => {
    const lines = headersText.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    const cacheRules = lines.flatMap((line, index) => (/^\s+Cache-Control:/i.test(line) ? [lines[index - 1]!, line] : []));
    expect(cacheRules).toEqual(headersImmutableRules());
  });

  const map = nginxMap(nginxText, 'jtec_privacy_cache_control');
  const rules = parseHeadersFile(headersText);
  test.each([
    '/_astro/search-ui.bqlu9RHM.js',
    '/pagefind/fragment/nb_ad1e247.pf_fragment',
    '/pagefind/index/nb_cf5986d.pf_index',
    '/pagefind/filter/en_8cdb569.pf_filter',
    '/pagefind/pagefind.js',
    '/nb/personvern/',
    '/404.html',
  ])('%s: both give what isImmutable says, at the root and under /personvern/', (path) => {
    const expected = isImmutable(path) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
    expect(nginxMapValue(map, path)).toBe(expected);
    expect(nginxMapValue(map, `/personvern${path}`)).toBe(expected);
    expect(expectedHeaders(rules, path).get('cache-control') ?? REVALIDATE_CACHE_CONTROL).toBe(expected);
  });
});
