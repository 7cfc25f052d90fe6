import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { ServedBuild } from './serving';

/** Runs `npm run verify:live` (without npm's start-up) and returns its exit code and report. */
export function verifyLive(...args: string[]): { status: number | null; report: string } {
  const result = spawnSync('tsx', ['scripts/verify-live.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, report: `${result.stdout}${result.stderr}` };
}

/** Defines the checks of the live-site verifier against the nginx-served build, and that it catches differences. */
export function defineVerifyLiveChecks(build: ServedBuild): void {
  test(`verify:live finds ${build.base} on nginx identical to ${build.dir}/ and the lock`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const { status, report } = verifyLive(`${baseURL}${build.base}`, '--build', build.dir);
    expect(report).toContain('✔ The site matches the repository.');
    expect(report).toMatch(/✔ 2 versions\.json; 2 locked versions compared by sha256/);
    expect(report).toMatch(/✔ \d+ pages: 200, brotli, every header, byte for byte/);
    expect(status).toBe(0);
  });

  test(`verify:live reports a lock that does not match ${build.base} and exits 1`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    // The made-up multi-version content has other versions and hashes than the published site.
    const { status, report } = verifyLive(`${baseURL}${build.base}`, '--content', 'tests/fixtures/content');
    expect(report).toMatch(/✘ privacy\/nb\/\S+\.mdx is published in the repository but missing from the site's versions\.json/);
    expect(report).not.toContain('✔ The site matches');
    expect(status).toBe(1);
  });
}
