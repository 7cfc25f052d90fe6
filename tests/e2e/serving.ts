import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { expectedHeaders, parseHeadersFile } from '../../scripts/lib/headers';
import { IMMUTABLE_CACHE_CONTROL, isImmutable, REVALIDATE_CACHE_CONTROL } from '../../scripts/lib/immutable-files';

/**
 * HTTP checks of a build served by nginx with deploy/nginx/ (the `served` projects): what
 * jtec.no sends, byte for byte. Requests go through node:http, which neither asks for nor
 * undoes any compression, so the test sees exactly what is on the wire.
 */

/** A build and the base path it is served under. */
export interface ServedBuild {
  dir: string;
  base: string;
}

export const DIST: ServedBuild = { dir: 'dist', base: '/' };
export const DIST_BASE: ServedBuild = { dir: 'dist-base', base: '/personvern/' };

/** A response as it came over the wire. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GETs a URL with exactly the given request headers; the body is left as sent. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { connection: 'close', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every file of a build as its URL path without the base path; the .br/.gz copies are left out (they are served in place of their file). */
export function servedFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`No build in ${dir}/: run \`npm run test:e2e\` (it builds first).`);
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
  return walk(dir)
    .filter((file) => !/\.(br|gz)$/.test(file))
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`)
    .sort();
}

/** The URL path a file is requested at: pages by their folder (`/nb/index.html` → `/nb/`), under the base path. */
export function servedPath(build: ServedBuild, file: string): string {
  return `${build.base}${file.replace(/(^|\/)index\.html$/, '$1').slice(1)}`;
}

const TYPES: [RegExp, string][] = [
  [/\.html$/, 'text/html; charset=utf-8'],
  [/\.js$/, 'application/javascript; charset=utf-8'],
  [/\.css$/, 'text/css; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/\/feed\.xml$/, 'application/rss+xml; charset=utf-8'],
  [/\.xml$/, 'text/xml; charset=utf-8'],
  [/\.svg$/, 'image/svg+xml; charset=utf-8'],
  [/\.txt$/, 'text/plain; charset=utf-8'],
  [/\/pagefind\/wasm\.[^/]+\.pagefind$/, 'application/wasm'],
  [/\.pf_(meta|index|fragment|filter)$|\/_headers$/, 'application/octet-stream'],
];

/** The Content-Type a file must be served with, by its name. */
export function expectedType(file: string): string {
  const type = TYPES.find(([pattern]) => pattern.test(file))?.[1];
  if (!type) throw new Error(`${file}: no Content-Type expected for this kind of file; add it to TYPES in tests/e2e/serving.ts.`);
  return type;
}

const headersRules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

/** Every header public/_headers promises for `file` (a path without the base), checked on a response. */
export function expectPromisedHeaders(response: RawResponse, file: string, what: string): number {
  const expected = expectedHeaders(headersRules, file);
  for (const [name, value] of expected) expect(response.headers[name], `${name} of ${what}`).toBe(value);
  return expected.size;
}

/** The file's bytes as the server would decode them for a given Content-Encoding. */
export function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  expect(encoding, 'Content-Encoding').toBeUndefined();
  return response.body;
}

/** The Accept-Encoding values the tests send, and which precompressed copy each must get. */
export const ENCODINGS: { accept: string | undefined; served: 'br' | 'gzip' | 'identity'; client: string }[] = [
  { accept: 'gzip, deflate, br, zstd', served: 'br', client: "Chromium's" },
  { accept: 'br', served: 'br', client: 'brotli only' },
  { accept: 'gzip, deflate', served: 'gzip', client: 'a client without brotli' },
  { accept: 'identity', served: 'identity', client: 'identity only' },
  { accept: undefined, served: 'identity', client: 'no Accept-Encoding' },
];

/** Checks one file as served to every kind of client: status, type, every promised header, caching, encoding and bytes. */
async function checkFile(build: ServedBuild, file: string, baseURL: string): Promise<void> {
  const path = servedPath(build, file);
  const original = readFileSync(join(build.dir, file));
  const copies = { br: existsSync(join(build.dir, `${file}.br`)), gzip: existsSync(join(build.dir, `${file}.gz`)) };
  expect(copies.br, `${file}: the build writes both compressed copies or neither`).toBe(copies.gzip);
  for (const { accept, served, client } of ENCODINGS) {
    const what = `${path} for ${client} (${accept ?? 'none'})`;
    const response = await rawGet(`${baseURL}${path}`, accept ? { 'accept-encoding': accept } : {});
    expect(response.status, what).toBe(200);
    expect(response.headers['content-type'], `type of ${what}`).toBe(expectedType(file));
    expectPromisedHeaders(response, file, what);
    expect(response.headers['cache-control'], `caching of ${what}`).toBe(
      isImmutable(file) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL,
    );
    // A copy is served where the build wrote one; files it left alone (already compressed) go as they are.
    const encoding = served !== 'identity' && copies[served] ? served : undefined;
    expect(response.headers['content-encoding'], `Content-Encoding of ${what}`).toBe(encoding);
    if (copies.br || copies.gzip) expect(response.headers.vary, `Vary of ${what}`).toBe('Accept-Encoding');
    const expectedBody = encoding ? readFileSync(join(build.dir, `${file}.${encoding === 'gzip' ? 'gz' : 'br'}`)) : original;
    expect(response.body.equals(expectedBody), `${what}: the bytes of the build's ${encoding ?? 'uncompressed'} file`).toBe(true);
    expect(decoded(response).equals(original), `${what}: decodes to the file itself`).toBe(true);
    expect(Number(response.headers['content-length']), `Content-Length of ${what}`).toBe(response.body.length);
  }
}

/** The kinds of file a build has, each checked in a test of its own (so the workers share them). */
const FILE_KINDS: { name: string; test: (file: string) => boolean }[] = [
  { name: 'pages', test: (file) => file.endsWith('.html') },
  { name: "Astro's bundles (_astro/)", test: (file) => file.startsWith('/_astro/') },
  { name: "Pagefind's files (pagefind/)", test: (file) => file.startsWith('/pagefind/') },
  { name: 'feeds, versions.json, sitemaps, robots.txt and the icon', test: (file) => !/\.html$|^\/(_astro|pagefind)\//.test(file) },
];

/**
 * Defines the per-file checks, a test per kind of file that checks every file of that kind in the
 * build (read when the test runs): status, type, every promised header, caching, and the encoding
 * and bytes for every kind of client. Every problem of every file is reported, not just the first.
 */
export function defineFileChecks(build: ServedBuild): void {
  for (const kind of FILE_KINDS) {
    test(`${build.dir}/ under ${build.base}, ${kind.name}: type, headers, caching and encodings of every file`, async ({ baseURL }) => {
      test.setTimeout(120_000);
      const files = servedFiles(build.dir).filter(kind.test);
      expect(files.length, `${kind.name} in ${build.dir}/`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const file of files) {
        await checkFile(build, file, baseURL!).catch((error: Error) => problems.push(error.message.split('\n').slice(0, 4).join(' ')));
      }
      expect(problems, `files of ${build.dir}/ served wrongly`).toEqual([]);
    });
  }
}

/** Defines the checks of everything that is not a file: the 404 page, trailing slashes, revalidation. */
export function defineResponseChecks(build: ServedBuild): void {
  for (const missing of [
    'nb/finnes-ikke/',
    'finnes-ikke',
    'en/privacy/versions/1999/',
    'en/nope',
    '_astro/gone.B0aaaaaa.js',
    'pagefind/fragment/nb_0000000.pf_fragment',
  ]) {
    // Under en/ the English 404 page, anywhere else the Norwegian (bilingual) one.
    const notFoundFile = missing.startsWith('en/') ? 'en/404.html' : '404.html';
    test(`${build.base}${missing}: 404 with ${notFoundFile} and every header`, async ({ baseURL }) => {
      const notFoundPage = readFileSync(join(build.dir, notFoundFile));
      for (const { accept, served, client } of ENCODINGS) {
        const what = `${build.base}${missing} for ${client}`;
        const response = await rawGet(`${baseURL}${build.base}${missing}`, accept ? { 'accept-encoding': accept } : {});
        expect(response.status, what).toBe(404);
        expect(response.headers['content-type'], what).toBe('text/html; charset=utf-8');
        expect(response.headers['content-encoding'], what).toBe(served === 'identity' ? undefined : served);
        expectPromisedHeaders(response, `/${notFoundFile}`, what);
        expect(response.headers['cache-control'], `an error is never kept: ${what}`).toBe('no-cache');
        expect(decoded(response).equals(notFoundPage), `${what}: ${notFoundFile}`).toBe(true);
      }
    });
  }

  test(`${build.base}nb/personvern without its slash is redirected to the page`, async ({ baseURL }) => {
    const response = await rawGet(`${baseURL}${build.base}nb/personvern`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`${build.base}nb/personvern/`);
    expectPromisedHeaders(response, '/nb/personvern', 'the redirect');
  });

  test(`${build.base}nb/personvern/: a revisit is answered 304 when nothing changed, in every encoding`, async ({ baseURL }) => {
    for (const { accept, client } of ENCODINGS) {
      const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
      const first = await rawGet(`${baseURL}${build.base}nb/personvern/`, headers);
      expect(first.headers.etag, client).toBeTruthy();
      expect(first.headers['last-modified'], client).toBeTruthy();
      const again = await rawGet(`${baseURL}${build.base}nb/personvern/`, { ...headers, 'if-none-match': first.headers.etag! });
      expect(again.status, client).toBe(304);
      expect(again.body.length, client).toBe(0);
    }
  });

  test(`${build.base}: the server names no version and sets no cookie`, async ({ baseURL }) => {
    for (const path of ['', 'nb/personvern/', 'finnes-ikke/']) {
      const response = await rawGet(`${baseURL}${build.base}${path}`);
      expect(response.headers.server, path).toBe('nginx');
      expect(response.headers['set-cookie'], path).toBeUndefined();
    }
  });
}
