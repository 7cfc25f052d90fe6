import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * What the build compresses and how: the settings of the brotli and gzip copies nginx serves
 * with `brotli_static` and `gzip_static` (deploy/nginx/). Shared by the precompression pool's
 * workers and its tests; plain Node, so a worker thread can load it without a bundler.
 */

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

/**
 * Names the settings below in the cache key: change it whenever a setting changes, so that no
 * copy made with the old settings is reused.
 */
export const SETTINGS_VERSION = 'brotli-11-size-hint+gzip-9+v1';

/** Whether a file is text (brotli's text mode) or binary (Pagefind's own formats). */
export function isText(file: string): boolean {
  const extension = extname(file);
  return !extension.startsWith('.pf') && extension !== '.pagefind';
}

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

/** The cache key of a file's compressed copies: its content, its mode and the settings. */
export function contentKey(content: Buffer, text: boolean): string {
  return createHash('sha256')
    .update(`${SETTINGS_VERSION}\0${text ? 'text' : 'binary'}\0`)
    .update(content)
    .digest('hex');
}
