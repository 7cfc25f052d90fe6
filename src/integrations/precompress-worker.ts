/**
 * One thread of the precompression pool (precompress.ts): compresses one file per message and
 * answers with what it did. It holds one file at a time, so the pool's memory does not grow
 * with the number of files. Loaded by Node itself (type stripping), hence the `.ts` imports.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { brotli, contentKey, gzip, isText, worthServing } from './compression.ts';

/** A file to compress, and where the copies of earlier builds are kept (or null for no cache). */
export interface CompressJob {
  file: string;
  cacheDir: string | null;
}

/** What compressing one file did. */
export interface CompressResult {
  bytes: number;
  brotliBytes: number;
  compressed: boolean;
  fromCache: boolean;
}

/** Writes a file whole or not at all: a build running at the same time never reads half of it. */
function writeAtomically(path: string, content: Buffer): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Compresses one file (or copies its compressed copies from the cache) and writes `<file>.br` and `<file>.gz` when worth it. */
export function compressFile({ file, cacheDir }: CompressJob): CompressResult {
  const content = readFileSync(file);
  const text = isText(file);
  const hash = contentKey(content, text);
  const key = cacheDir ? join(cacheDir, hash.slice(0, 2), hash) : null;
  // A cached ".none" marker: an earlier build found no copy worth serving for this content.
  if (key && existsSync(`${key}.none`)) {
    utimesSync(`${key}.none`, new Date(), new Date());
    return { bytes: content.length, brotliBytes: content.length, compressed: false, fromCache: true };
  }
  if (key && existsSync(`${key}.br`) && existsSync(`${key}.gz`)) {
    copyFileSync(`${key}.br`, `${file}.br`);
    copyFileSync(`${key}.gz`, `${file}.gz`);
    for (const copy of [`${key}.br`, `${key}.gz`]) utimesSync(copy, new Date(), new Date());
    return { bytes: content.length, brotliBytes: readFileSync(`${file}.br`).length, compressed: true, fromCache: true };
  }
  const br = brotli(content, text);
  const gz = gzip(content);
  // Both copies or neither: every encoded answer then says Vary: Accept-Encoding, and caches keep them apart.
  const worth = worthServing(content.length, br.length) && worthServing(content.length, gz.length);
  if (worth) {
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
  }
  if (key) {
    mkdirSync(join(key, '..'), { recursive: true });
    if (worth) {
      writeAtomically(`${key}.br`, br);
      writeAtomically(`${key}.gz`, gz);
    } else {
      writeAtomically(`${key}.none`, Buffer.alloc(0));
    }
  }
  return { bytes: content.length, brotliBytes: worth ? br.length : content.length, compressed: worth, fromCache: false };
}

parentPort?.on('message', (job: CompressJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: compressFile(job) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: `${job.file}: ${(error as Error).message}` });
  }
});
