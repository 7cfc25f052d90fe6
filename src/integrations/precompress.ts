import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { filesBelow } from './output-files';

/**
 * Extensions worth compressing: text formats, plus Pagefind's index, fragments, filters and
 * wasm, which are tried too but are already gzip inside (Pagefind inflates them itself).
 */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.svg',
  '.txt',
  '.webmanifest',
  '.pagefind',
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
  '.pf_filter',
]);

/** A compressed copy is written only when it is at least this much smaller than the file. */
export const MIN_SAVING = 0.05;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzipCallback);

/** Brotli at its highest quality, told the input size and whether it is text (on zlib's thread pool). */
export function brotli(content: Buffer, text: boolean): Promise<Buffer> {
  return brotliAsync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** Gzip at level 9 (what gzip_static serves to clients without brotli). */
export function gzip(content: Buffer): Promise<Buffer> {
  return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
}

/** Whether a compressed copy is worth serving instead of the file itself. */
export function worthServing(original: number, compressed: number): boolean {
  return compressed <= original * (1 - MIN_SAVING);
}

/** What precompressing a folder wrote: counts and byte totals. */
export interface PrecompressSummary {
  files: number;
  compressed: number;
  skipped: number;
  bytes: number;
  brotliBytes: number;
}

/** Writes `<file>.br` and `<file>.gz` next to every compressible file below `dir` where both save bytes. */
export async function precompressDirectory(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, compressed: 0, skipped: 0, bytes: 0, brotliBytes: 0 };
  const files = filesBelow(dir).filter((file) => COMPRESSIBLE_EXTENSIONS.has(extname(file)));
  await Promise.all(
    files.map(async (file) => {
      const extension = extname(file);
      const content = readFileSync(file);
      const text = !extension.startsWith('.pf') && extension !== '.pagefind';
      const [br, gz] = await Promise.all([brotli(content, text), gzip(content)]);
      summary.files++;
      summary.bytes += content.length;
      // Both copies or neither: every encoded answer then says Vary: Accept-Encoding, and caches keep them apart.
      if (worthServing(content.length, br.length) && worthServing(content.length, gz.length)) {
        writeFileSync(`${file}.br`, br);
        writeFileSync(`${file}.gz`, gz);
        summary.compressed++;
        summary.brotliBytes += br.length;
      } else {
        summary.skipped++;
        summary.brotliBytes += content.length;
      }
    }),
  );
  return summary;
}

/**
 * After the build (and after Pagefind, so its files are included): writes brotli and gzip
 * copies next to every compressible file, for nginx's `brotli_static` and `gzip_static`
 * (deploy/nginx/). Node's own zlib does the work; no native dependency.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'jtec:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await precompressDirectory(fileURLToPath(dir));
        logger.info(
          `Precompressed ${summary.compressed} of ${summary.files} files (${summary.bytes} B → ${summary.brotliBytes} B with brotli), .br and .gz each; ${summary.skipped} left as they are (too small or already compressed), in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
