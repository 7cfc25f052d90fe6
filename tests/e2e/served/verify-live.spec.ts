import { expect, test } from '@playwright/test';
import { DIST } from '../serving';
import { defineVerifyLiveChecks, verifyLive } from '../verify-live';

// `npm run verify:live` against dist/ behind nginx: a match, and a mismatch it must report.
defineVerifyLiveChecks(DIST);

test('verify:live reports every missing header on a server that sends none (astro preview) and exits 1', () => {
  test.setTimeout(120_000);
  // The `site` project's astro preview of the same dist/ (playwright.config.ts: E2E_PORT).
  const { status, report } = verifyLive(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4400)}/`);
  expect(report).toMatch(
    /✘ http:\/\/127\.0\.0\.1:\d+\/nb\/personvern\/: content-security-policy: expected "frame-ancestors 'none';.*", got none/,
  );
  expect(report).toMatch(/✘ .*: strict-transport-security: expected "max-age=31536000", got none/);
  expect(status).toBe(1);
});
