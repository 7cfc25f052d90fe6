import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/headers';
import { fillTemplate } from '../../scripts/lib/nginx';
import { nginxAddHeaders, nginxMap, nginxMapValue } from '../../scripts/lib/nginx-config';

const read = (file: string) => readFileSync(`deploy/nginx/${file}`, 'utf8');

describe('nginxAddHeaders', () => {
  test.each([
    ['add_header X-A "1" always;', [['x-a', '1']]],
    ['# add_header X-Commented "1" always;\n  add_header Cache-Control $v always;', [['cache-control', '$v']]],
    [
      'add_header A "b \'c\'" always;\nadd_header B "d" always;',
      [
        ['a', "b 'c'"],
        ['b', 'd'],
      ],
    ],
  ])('%j', (text, headers) => {
    expect([...nginxAddHeaders(text)]).toEqual(headers);
  });

  test.each([['add_header X-A "1";'], ['add_header X-A 1 always;']])('rejects %j (without "always" a 404 would lose it)', (text) => {
    expect(() => nginxAddHeaders(text)).toThrow(/nginx line 1/);
  });
});

describe('nginxMap / nginxMapValue', () => {
  const map = nginxMap('map $uri $cc {\n  default "d";\n  ~^/a/ "A";\n  ~/b$ "B";\n}\n', 'cc');
  test.each([
    ['/a/x', 'A'],
    ['/a/b', 'A'],
    ['/x/b', 'B'],
    ['/x', 'd'],
  ])('%s → %s', (uri, value) => {
    expect(nginxMapValue(map, uri)).toBe(value);
  });

  test('a missing map is an error naming it', () => {
    expect(() => nginxMap('', 'other')).toThrow(/\$other/);
  });
});

describe('fillTemplate', () => {
  const values = { PREFIX: '/tmp/p', PORT: '4403', ROOT: '/r', BASE: '/' };
  test.each([
    ['listen 127.0.0.1:@PORT@;', 'listen 127.0.0.1:4403;'],
    ['pid @PREFIX@/nginx.pid; root @ROOT@;', 'pid /tmp/p/nginx.pid; root /r;'],
    ['no placeholder', 'no placeholder'],
  ])('%s', (template, filled) => {
    expect(fillTemplate(template, values)).toBe(filled);
  });

  test('an unknown placeholder is an error', () => {
    expect(() => fillTemplate('@NOPE@', values)).toThrow(/@NOPE@/);
  });
});

describe('deploy/nginx and public/_headers send the same headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const nginxHeaders = nginxAddHeaders(read('security-headers.conf'));
  const cacheControl = nginxMap(read('cache-control.conf'), 'jtec_privacy_cache_control');

  test('every header of every file: the same names, values and order', () => {
    const { 'cache-control': variable, ...others } = Object.fromEntries(nginxHeaders);
    expect(others).toEqual(Object.fromEntries(rules.get('/*') ?? []));
    expect(variable).toBe('$jtec_privacy_cache_control');
    expect(cacheControl.source, 'the map reads the file served, so 404 pages get the default').toBe('$uri');
  });
  // Which files are cached for a year: tests/unit/immutable-files.test.ts, against the one list.
});

describe('the deployable server blocks serve the site as the tested one does', () => {
  const template = read('test/server.conf.template');
  // Every location block: the site's, and /en/'s with the English 404 page.
  const locationsOf = (text: string) => [...text.matchAll(/location \S+ \{[^}]*\}/g)].map(([block]) => block.replace(/\s+/g, ' '));

  test.each([
    ['jtec.no.conf', '/'],
    ['jtec.no-base-path.conf', '/personvern/'],
  ])('%s (site at %s)', (file, base) => {
    const deployable = read(file);
    expect(locationsOf(deployable)).toEqual(locationsOf(template.replaceAll('@BASE@', base)));
    expect(locationsOf(deployable)).toContain(
      `location ${base}en/ { error_page 404 ${base}en/404.html; include jtec-privacy/privacy-site.conf; }`,
    );
    expect(deployable).toContain('include jtec-privacy/cache-control.conf;');
    for (const line of ['access_log off;', 'log_not_found off;', 'server_tokens off;', 'absolute_redirect off;']) {
      expect(deployable, `${file} and the template both say ${line}`).toContain(line);
      expect(template).toContain(line);
    }
  });
});
