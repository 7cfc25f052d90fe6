import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompressDirectory, worthServing } from '../../src/integrations/precompress';

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
    summary = await precompressDirectory(dir);
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
