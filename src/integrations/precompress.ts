import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

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

/** Brotli at its highest quality, told the input size and whether it is text. */
export function brotli(content: Buffer, text: boolean): Buffer {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

/** Gzip at level 9 (what gzip_static serves to clients without brotli). */
export function gzip(content: Buffer): Buffer {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
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

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

/** Writes `<file>.br` and `<file>.gz` next to every compressible file below `dir` where both save bytes. */
export function precompressDirectory(dir: string): PrecompressSummary {
  const summary: PrecompressSummary = { files: 0, compressed: 0, skipped: 0, bytes: 0, brotliBytes: 0 };
  for (const file of filesBelow(dir)) {
    const extension = extname(file);
    if (!COMPRESSIBLE_EXTENSIONS.has(extension)) continue;
    const content = readFileSync(file);
    summary.files++;
    summary.bytes += content.length;
    const text = !extension.startsWith('.pf') && extension !== '.pagefind';
    const br = brotli(content, text);
    const gz = gzip(content);
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
  }
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
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const summary = precompressDirectory(fileURLToPath(dir));
        logger.info(
          `Precompressed ${summary.compressed} of ${summary.files} files (${summary.bytes} B → ${summary.brotliBytes} B with brotli), .br and .gz each; ${summary.skipped} left as they are (too small or already compressed), in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
