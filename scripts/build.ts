/**
 * `npm run build`: checks the content, then builds the site into a fresh folder and
 * points the output path (OUT_DIR, default dist/) at it by switching a symbolic link:
 *
 *   dist -> dist.builds/1764390000000/
 *
 * - The content rules run first, before Astro starts: refused content prints our list
 *   of problems and nothing else, and nothing is built. They run in a process of their
 *   own, which has ended (and returned its memory) before Astro starts.
 * - The search index (Pagefind) and the compressed copies are written after Astro has
 *   exited, in the same order as `astro build` alone would: Pagefind's process and
 *   Astro's never hold memory at the same time.
 * - Astro runs with V8's heap allowed to grow only a fixed share above what is still
 *   in use after each full collection (ASTRO_V8_FLAGS): a limit that follows the
 *   content, not a fixed cap that a larger history would run into.
 * - One build at a time per output folder and per content folder (the lock files
 *   `<OUT_DIR>.lock` and `<content>.lock`; `publish-version` takes the content one):
 *   a second build waits and says which one it waits for, so two builds never delete
 *   each other's folders.
 * - The switch is one rename(2) of a new link over the old one, which is atomic: at
 *   every moment `dist` is either the whole previous build or the whole new one. The
 *   first switch from a plain `dist/` folder swaps folder and link in one atomic step
 *   (renameat2), so there is never a moment without `dist` either.
 * - A failed build, a full disk (ENOSPC), a permission (EACCES) or read-only (EROFS)
 *   problem leaves `dist` exactly as it was and says so in one line.
 *
 * The previous build is kept (for a reader in the middle of a page and for rollback:
 * `ln -sfn dist.builds/<older> dist`); older ones are removed. Deploy with
 * `rsync -a dist/` (the trailing slash follows the link).
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { indexSite } from '~/integrations/pagefind';
import { precompressSite } from '~/integrations/precompress';
import { AFTER_ASTRO_ENV } from '~/integrations/output-files';
import { buildLogFilter } from './lib/build-log';
import { exchangePaths } from './lib/exchange-paths';
import { explainFsError } from './lib/fs-errors';
import { takeProcessLock } from './lib/process-lock';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const builds = `${outDir}.builds`;
const stamp = String(Date.now());
const target = join(builds, stamp);

function fail(message: string): never {
  rmSync(target, { recursive: true, force: true });
  if (existsSync(builds) && readdirSync(builds).length === 0) rmSync(builds, { recursive: true, force: true });
  console.error(`\n✘ ${message}; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.`);
  process.exit(1);
}

/**
 * By default V8 lets the heap grow to several times what a full collection leaves, and
 * keeps the memory: rendering a thousand pages, Astro's process reached about 1.2 GB of
 * heap over 300–500 MB in use. Growing by at most a fifth each time keeps the peak near
 * what is in use, for a few per cent more CPU (README, "Benchmark"). Not settable in
 * NODE_OPTIONS, so Astro is started on this Node with the flag.
 */
const ASTRO_V8_FLAGS = ['--heap-growing-percent=20'];
const ASTRO_BIN = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/** Runs `astro build`, passing its output through without a line per page or Vite's directive notes (scripts/lib/build-log.ts). */
function astroBuild(env: NodeJS.ProcessEnv): Promise<number> {
  const args = [...ASTRO_V8_FLAGS, ASTRO_BIN, 'build', '--force', ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    const shown = buildLogFilter();
    createInterface({ input: stream }).on('line', (line) => {
      const kept = shown(line);
      if (kept !== undefined) out.write(`${kept}\n`);
    });
  }
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

/** Runs the content check (build-content-check.ts) in a child process, on the same Node and loader as this one. */
function contentCheck(): Promise<number> {
  const script = join(import.meta.dirname, 'lib/build-content-check.ts');
  const child = spawn(process.execPath, [...process.execArgv, script, contentDir], { stdio: 'inherit' });
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

try {
  mkdirSync(dirname(outDir), { recursive: true });
  await takeProcessLock(`${outDir}.lock`, 'npm run build');
  await takeProcessLock(`${contentDir}.lock`, 'npm run build');

  if ((await contentCheck()) !== 0) fail('the content check failed');
  mkdirSync(builds, { recursive: true });

  // --force clears Astro's content cache: it would otherwise keep entries of the previous build's
  // CONTENT_DIR (content/ vs tests/fixtures/content) and fail to resolve them.
  // A production build whatever the caller's environment: Vitest, for one, sets DEV=1, MODE=test and
  // NODE_ENV=test, which Vite reads into import.meta.env — DEV would then be true and drafts published.
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _baseUrl, ...callerEnv } = process.env;
  // The content was checked just now: Astro's content-check integration need not read it all again.
  const status = await astroBuild({
    ...callerEnv,
    NODE_ENV: 'production',
    OUT_DIR: target,
    JTEC_CONTENT_CHECKED: contentDir,
    [AFTER_ASTRO_ENV]: '1',
  });
  if (status !== 0) fail('the build failed');
  for (const [name, step] of [
    ['jtec:pagefind', indexSite],
    ['jtec:precompress', precompressSite],
  ] as const) {
    const line = await step(target).catch((error: unknown) => {
      if (explainFsError(error)) throw error;
      console.error(`[${name}] ${(error as Error).message}`);
      return fail('the build failed');
    });
    console.log(`[${name}] ${line}`);
  }

  const previous = isLink(outDir) ? basename(readlinkSync(outDir)) : undefined;
  const link = `${outDir}.${stamp}.link`;
  symlinkSync(join(basename(builds), stamp), link, 'dir');
  if (existsSync(outDir) && !isLink(outDir)) {
    // Once only, when dist/ is still a plain folder from before builds were switched by a link:
    // swap folder and link in one step, then keep the old folder with the builds.
    if (exchangePaths(link, outDir)) renameSync(link, join(builds, `${stamp}-before`));
    else {
      renameSync(outDir, join(builds, `${stamp}-before`));
      renameSync(link, outDir);
    }
  } else renameSync(link, outDir);
  for (const name of readdirSync(builds)) {
    if (name !== stamp && name !== previous) rmSync(join(builds, name), { recursive: true, force: true });
  }
  console.log(`✔ Built into ${target}; ${outDir} now points to it`);
} catch (error) {
  const explained = explainFsError(error);
  if (!explained) throw error;
  fail(`the build could not finish: ${explained}`);
}
