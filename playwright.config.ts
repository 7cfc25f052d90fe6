import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run in a real Chromium against the built sites, each served by nginx with
 * the repository's configuration (deploy/nginx/, scripts/serve-nginx.ts) exactly as jtec.no
 * serves it — headers, CSP, precompression, types, caching and the 404 page — from one nginx
 * process with a port per build:
 *   `site` and `served` → dist/ (real content) on E2E_PORT;
 *   `fixtures` → dist-fixtures/ (the multi-version test content) on E2E_PORT + 1;
 *   `base-path` and `served-base-path` → dist-base/ (real content under /personvern/) on E2E_PORT + 2;
 *   `large` → dist-large/ (the generated large notice, tests/fixtures/large-notice/) on E2E_PORT + 3.
 * `npm run test:e2e` builds all four first. Tests read the builds only while they run, so
 * `npx playwright test --list` works before anything is built.
 *
 * Playwright cannot download browsers on our machines, so we use Debian's Chromium headless
 * shell (scripts/ensure-chromium.sh installs it): the same engine as the `chromium` package
 * without the windowed browser around it, as Playwright's own headless runs use, and about half
 * the CPU time for the same tests. Set CHROMIUM_PATH to use another browser binary.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;
const sitePort = Number(process.env.E2E_PORT ?? 4400);
const fixturesPort = sitePort + 1;
const basePathPort = sitePort + 2;
const largePort = sitePort + 3;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // PLAYWRIGHT_JSON_OUTPUT_NAME=file.json adds the JSON report (per-test times, docs/quality-gates.md).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    // A trace only when a failed test is retried (`--retries 1`): recording every action costs time on every run.
    trace: 'on-first-retry',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: `http://127.0.0.1:${sitePort}` } },
    { name: 'fixtures', testDir: 'tests/e2e/fixtures', use: { baseURL: `http://127.0.0.1:${fixturesPort}` } },
    { name: 'base-path', testDir: 'tests/e2e/base-path', use: { baseURL: `http://127.0.0.1:${basePathPort}` } },
    // The generated large notice (tests/fixtures/large-notice/, 30 versions): renames, tables, any pair, scale.
    { name: 'large', testDir: 'tests/e2e/large', use: { baseURL: `http://127.0.0.1:${largePort}` } },
    { name: 'served', testDir: 'tests/e2e/served', use: { baseURL: `http://127.0.0.1:${sitePort}` } },
    { name: 'served-base-path', testDir: 'tests/e2e/served-base-path', use: { baseURL: `http://127.0.0.1:${basePathPort}` } },
    // Pages that exist only in `astro dev` (the editors' checklist): the spec starts its own dev server
    // on E2E_PORT + 9 (tests/e2e/dev/dev-server.ts), so no build and no nginx are needed for it.
    { name: 'dev', testDir: 'tests/e2e/dev' },
  ],
  // One nginx for the four builds (fails with the apt-get command when nginx is not installed).
  webServer: {
    command: `tsx scripts/serve-nginx.ts dist / ${sitePort} dist-fixtures / ${fixturesPort} dist-base /personvern/ ${basePathPort} dist-large / ${largePort}`,
    url: `http://127.0.0.1:${basePathPort}/personvern/`,
    reuseExistingServer: false,
  },
});
