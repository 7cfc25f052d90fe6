import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompressDirectory, pruneCache, worthServing } from '../../src/integrations/precompress';

describe('worthServing', () => {
  test.each([
    [1000, 100, true],
    [1000, 950, true],
    [1000, 951, false],
    [10, 30, false],
  ])('%i B compressed to %i B: %s', (original, compressed, worth) => {
    expect(worthServing(original, compressed)).toBe(worth);
  });
});

describe('precompressDirectory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = `<!doctype html><title>x</title>${'<p>Personvernerklæring for Johnsentechnology AS.</p>\n'.repeat(200)}`;
  mkdirSync(join(dir, 'nb/personvern'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
  writeFileSync(join(dir, 'nb/personvern/index.html'), page);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, 'pagefind/index/nb_1.pf_index'), gzipSync(Buffer.from(page)));
  writeFileSync(join(dir, 'image.png'), page);
  let summary: Awaited<ReturnType<typeof precompressDirectory>>;
  beforeAll(async () => {
    summary = await precompressDirectory(dir, { cacheDir: null });
  });

  test.each([
    ['a page: brotli and gzip copies that decode to it', 'nb/personvern/index.html', true],
    ['a tiny file: left as it is', 'robots.txt', false],
    ['already gzip (Pagefind): left as it is', 'pagefind/index/nb_1.pf_index', false],
    ['not a compressible type', 'image.png', false],
  ])('%s', (_name, file, compressed) => {
    const path = join(dir, file);
    expect(existsSync(`${path}.br`)).toBe(compressed);
    expect(existsSync(`${path}.gz`)).toBe(compressed);
    if (compressed) {
      const original = readFileSync(path);
      expect(brotliDecompressSync(readFileSync(`${path}.br`)).equals(original)).toBe(true);
      expect(gunzipSync(readFileSync(`${path}.gz`)).equals(original)).toBe(true);
      expect(readFileSync(`${path}.br`).length).toBeLessThan(readFileSync(`${path}.gz`).length);
    }
  });

  test('the summary counts what it read and wrote', () => {
    expect(summary).toMatchObject({ files: 3, compressed: 1, skipped: 2 });
  });
});

describe('precompressDirectory: a bounded pool of threads, and a cache by content hash', () => {
  const root = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
  const cacheDir = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** A fresh build folder with `count` distinct pages, as scripts/build.ts makes one per build. */
  const build = (name: string, count: number, changed = -1) => {
    const dir = join(root, name);
    for (let index = 0; index < count; index++) {
      mkdirSync(join(dir, `p${index}`), { recursive: true });
      const words = index === changed ? 'Endret tekst om informasjonskapsler.' : 'Vi behandler personopplysninger.';
      writeFileSync(join(dir, `p${index}/index.html`), `<!doctype html><h1>Side ${index}</h1>${`<p>${words}</p>`.repeat(100)}`);
    }
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
    return dir;
  };
  const copies = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(br|gz)$/.test(file))
      .sort()
      .map((file) => [file, readFileSync(join(dir, file)).toString('base64')]);

  test('the first build compresses everything on at most the threads asked for', async () => {
    const summary = await precompressDirectory(build('first', 12), { cacheDir, threads: 3 });
    expect(summary).toMatchObject({ files: 13, compressed: 12, skipped: 1, fromCache: 0, threads: 3 });
  });

  test('the next build, in a fresh folder with the same content, takes every copy from the cache: the same bytes', async () => {
    const summary = await precompressDirectory(build('second', 12), { cacheDir, threads: 2 });
    expect(summary).toMatchObject({ files: 13, compressed: 12, skipped: 1, fromCache: 13 });
    expect(copies(join(root, 'second'))).toEqual(copies(join(root, 'first')));
  });

  test('a changed file is compressed again, and only that one', async () => {
    const dir = build('third', 12, 5);
    const summary = await precompressDirectory(dir, { cacheDir });
    expect(summary).toMatchObject({ files: 13, compressed: 12, fromCache: 12 });
    const page = readFileSync(join(dir, 'p5/index.html'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'p5/index.html.br'))).equals(page)).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, 'p5/index.html.gz'))).equals(page)).toBe(true);
  });

  test('never more threads than files', async () => {
    const summary = await precompressDirectory(build('small', 1), { cacheDir: null, threads: 8 });
    expect(summary.threads).toBe(2);
  });

  test('a cache folder left half-written by a stopped build is never read: entries are renamed into place', () => {
    const entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' });
    expect(entries.filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  });

  test('cached copies unused for a month are removed, recent ones kept', () => {
    const files = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
      .map((entry) => join(cacheDir, entry))
      .filter((path) => statSync(path).isFile());
    const [old, recent] = files;
    const monthAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    utimesSync(old!, monthAgo, monthAgo);
    pruneCache(cacheDir);
    expect(existsSync(old!)).toBe(false);
    expect(existsSync(recent!)).toBe(true);
  });
});
