import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { ServedBuild } from './serving';

/**
 * Runs `npm run verify:live` (without npm's start-up) and returns its exit code and report.
 * Asynchronous, so that a server in this process (a test's own) can answer it.
 */
export function verifyLive(...args: string[]): Promise<{ status: number | null; report: string }> {
  return new Promise((done) => {
    const child = spawn('tsx', ['scripts/verify-live.ts', ...args], { timeout: 120_000 });
    let report = '';
    child.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('close', (status) => done({ status, report }));
  });
}

/** Defines the checks of the live-site verifier against the nginx-served build, and that it catches differences. */
export function defineVerifyLiveChecks(build: ServedBuild): void {
  test(`verify:live finds ${build.base} on nginx identical to ${build.dir}/ and the lock`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const { status, report } = await verifyLive(`${baseURL}${build.base}`, '--build', build.dir);
    expect(report).toContain('✔ The site matches the repository.');
    expect(report).toMatch(/✔ 2 versions\.json; 2 locked versions compared by sha256/);
    expect(report).toMatch(/✔ \d+ pages: 200, brotli, every header, byte for byte/);
    expect(status).toBe(0);
  });

  test(`verify:live reports a lock that does not match ${build.base} and exits 1`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    // The made-up multi-version content has other versions and hashes than the published site.
    const { status, report } = await verifyLive(`${baseURL}${build.base}`, '--content', 'tests/fixtures/content');
    expect(report).toMatch(/✘ privacy\/nb\/\S+\.mdx is published in the repository but missing from the site's versions\.json/);
    expect(report).not.toContain('✔ The site matches');
    expect(status).toBe(1);
  });
}
