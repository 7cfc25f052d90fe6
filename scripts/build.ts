/**
 * `npm run build`: builds the site into a fresh folder and then points the output
 * path (OUT_DIR, default dist/) at it by switching a symbolic link:
 *
 *   dist -> dist.builds/1764390000000/
 *
 * The switch is one rename(2) of a new link over the old one, which is atomic: at
 * every moment `dist` is either the whole previous build or the whole new one, so
 * a deploy that syncs or a server that reads at that moment never sees a missing or
 * half-written site. A failed build — for example content that breaks a rule —
 * leaves `dist` exactly as it was. The previous build is kept (for a reader in the
 * middle of a page and for rollback: `ln -sfn dist.builds/<older> dist`); older
 * ones are removed. Deploy with `rsync -a dist/` (the trailing slash follows the link).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const builds = `${outDir}.builds`;
const stamp = String(Date.now());
const target = join(builds, stamp);
mkdirSync(builds, { recursive: true });

// --force clears Astro's content cache: it would otherwise keep entries of the previous build's
// CONTENT_DIR (content/ vs tests/fixtures/content) and fail to resolve them.
// A production build whatever the caller's environment: Vitest, for one, sets DEV=1, MODE=test and
// NODE_ENV=test, which Vite reads into import.meta.env — DEV would then be true and drafts published.
const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _baseUrl, ...callerEnv } = process.env;
const result = spawnSync('astro', ['build', '--force', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...callerEnv, NODE_ENV: 'production', OUT_DIR: target },
});
if (result.status !== 0) {
  rmSync(target, { recursive: true, force: true });
  if (readdirSync(builds).length === 0) rmSync(builds, { recursive: true, force: true });
  console.error(`\n✘ The build failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.`);
  process.exit(result.status ?? 1);
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};
const previous = isLink(outDir) ? basename(readlinkSync(outDir)) : undefined;
// Once only, when dist/ is still a plain folder from before builds were switched by a link:
// move it into the builds folder (a directory cannot be replaced by a link in one rename).
if (existsSync(outDir) && !isLink(outDir)) renameSync(outDir, join(builds, `${stamp}-before`));
const link = `${outDir}.${stamp}.link`;
symlinkSync(join(basename(builds), stamp), link, 'dir');
renameSync(link, outDir);
for (const name of readdirSync(builds)) {
  if (name !== stamp && name !== previous) rmSync(join(builds, name), { recursive: true, force: true });
}
console.log(`✔ Built into ${target}; ${outDir} now points to it`);
