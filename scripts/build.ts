/**
 * `npm run build`: builds the site into a temporary folder next to the output
 * folder (OUT_DIR, default dist/) and swaps it in only when the build succeeds.
 * A failed build — for example content that breaks a rule — leaves the previous
 * output exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const building = `${outDir}.building`;
const previous = `${outDir}.previous`;

rmSync(building, { recursive: true, force: true });
// --force clears Astro's content cache: it would otherwise keep entries of the previous build's
// CONTENT_DIR (content/ vs tests/fixtures/content) and fail to resolve them.
// A production build whatever the caller's environment: Vitest, for one, sets DEV=1, MODE=test and
// NODE_ENV=test, which Vite reads into import.meta.env — DEV would then be true and drafts published.
const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _baseUrl, ...callerEnv } = process.env;
const result = spawnSync('astro', ['build', '--force', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...callerEnv, NODE_ENV: 'production', OUT_DIR: building },
});
if (result.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\n✘ The build failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.`);
  process.exit(result.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✔ Built into ${outDir}`);
