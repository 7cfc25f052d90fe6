import { availableParallelism } from 'node:os';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { COMPRESSIBLE_EXTENSIONS } from './compression.ts';
import { AFTER_ASTRO_ENV, filesBelow } from './output-files.ts';
import type { CompressJob, CompressResult } from './precompress-worker.ts';

export { COMPRESSIBLE_EXTENSIONS, MIN_SAVING, worthServing } from './compression.ts';

/**
 * Where compressed copies of earlier builds are kept, by content hash. Outside the build
 * folder on purpose: scripts/build.ts builds into a fresh folder every time and switches
 * dist/ to it, so a cache inside it would always start empty.
 */
export const DEFAULT_CACHE_DIR = resolve('node_modules/.cache/jtec-precompress');

/** Cached copies no build has used for this long are removed. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** What precompressing a folder wrote: counts and byte totals. */
export interface PrecompressSummary {
  files: number;
  compressed: number;
  skipped: number;
  /** Files whose copies (or whose "not worth it") came from the cache, unchanged since an earlier build. */
  fromCache: number;
  bytes: number;
  brotliBytes: number;
  /** How many threads compressed at once. */
  threads: number;
}

/** How the pool runs: its size, and the cache folder (null: compress everything, keep nothing). */
export interface PrecompressOptions {
  threads?: number;
  cacheDir?: string | null;
}

/** The pool's default size: one thread per core, at most 4 (the build waits for it and does nothing else meanwhile). */
export function defaultThreads(): number {
  return Math.min(4, availableParallelism());
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file below `dir` where both save
 * bytes, on a fixed pool of worker threads fed one file at a time: memory stays flat however many
 * files there are, and a file whose content was compressed by an earlier build is copied from the cache.
 */
export async function precompressDirectory(dir: string, options: PrecompressOptions = {}): Promise<PrecompressSummary> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const queue = filesBelow(dir).filter((file) => COMPRESSIBLE_EXTENSIONS.has(extname(file)));
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), queue.length));
  const summary: PrecompressSummary = { files: 0, compressed: 0, skipped: 0, fromCache: 0, bytes: 0, brotliBytes: 0, threads };
  if (queue.length === 0) return summary;

  const workerUrl = new URL('./precompress-worker.ts', import.meta.url);
  const runThread = (worker: Worker) =>
    new Promise<void>((done, fail) => {
      const next = () => {
        const file = queue.pop();
        if (file === undefined) return done();
        worker.postMessage({ file, cacheDir } satisfies CompressJob);
      };
      worker.on('message', (answer: { ok: true; result: CompressResult } | { ok: false; message: string }) => {
        if (!answer.ok) return fail(new Error(`Precompression failed: ${answer.message}`));
        const { result } = answer;
        summary.files++;
        summary.bytes += result.bytes;
        summary.brotliBytes += result.brotliBytes;
        if (result.compressed) summary.compressed++;
        else summary.skipped++;
        if (result.fromCache) summary.fromCache++;
        next();
      });
      worker.on('error', fail);
      next();
    });

  const workers = Array.from({ length: threads }, () => new Worker(workerUrl));
  try {
    await Promise.all(workers.map(runThread));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (cacheDir) pruneCache(cacheDir);
  return summary;
}

/** Removes cached copies that no build has used for a month, so the cache does not grow for ever. */
export function pruneCache(cacheDir: string, now = Date.now()): void {
  let folders: string[];
  try {
    folders = readdirSync(cacheDir);
  } catch {
    return; // no cache yet
  }
  for (const folder of folders) {
    for (const name of readdirSync(join(cacheDir, folder))) {
      const path = join(cacheDir, folder, name);
      if (now - statSync(path).mtimeMs > CACHE_MAX_AGE_MS) rmSync(path, { force: true });
    }
  }
}

/** Writes the compressed copies of a built site (unless PRECOMPRESS=off) and returns a line for the log. */
export async function precompressSite(dir: string): Promise<string> {
  if (process.env.PRECOMPRESS === 'off') return 'PRECOMPRESS=off: no .br or .gz copies written';
  const started = performance.now();
  const cacheDir = process.env.PRECOMPRESS_CACHE_DIR;
  const summary = await precompressDirectory(dir, cacheDir ? { cacheDir } : {});
  return `Precompressed ${summary.compressed} of ${summary.files} files (${summary.bytes} B → ${summary.brotliBytes} B with brotli), .br and .gz each; ${summary.skipped} left as they are (too small or already compressed); ${summary.fromCache} unchanged since an earlier build (from the cache); ${summary.threads} threads, in ${Math.round(performance.now() - started)} ms`;
}

/**
 * After the build (and after Pagefind, so its files are included): writes brotli and gzip
 * copies next to every compressible file, for nginx's `brotli_static` and `gzip_static`
 * (deploy/nginx/). Node's own zlib does the work; no native dependency.
 * PRECOMPRESS=off skips it, for builds nothing serves with nginx (the fixture build);
 * PRECOMPRESS_CACHE_DIR=<folder> keeps the cache there (a benchmark's cold build starts from an empty one).
 * scripts/build.ts does it itself once Astro has exited (see `AFTER_ASTRO_ENV`).
 */
export function precompress(): AstroIntegration {
  return {
    name: 'jtec:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[AFTER_ASTRO_ENV]) return;
        logger.info(await precompressSite(fileURLToPath(dir)));
      },
    },
  };
}
