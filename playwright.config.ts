import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the built sites in a real Chromium:
 * `site` against the real content (dist/), `fixtures` against the multi-version
 * test content (dist-fixtures/), `base-path` against the real content published
 * under /personvern/ (dist-base/). `npm run test:e2e` builds all three first.
 * The `served` projects serve dist/ and dist-base/ with the repository's nginx
 * configuration (deploy/nginx/, started by scripts/serve-nginx.ts): headers,
 * precompression, types, caching and the 404 page as jtec.no sends them.
 *
 * Playwright cannot download browsers on our machines, so we use the system's
 * Chromium; set CHROMIUM_PATH to use another browser binary.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;
const sitePort = Number(process.env.E2E_PORT ?? 4400);
const fixturesPort = sitePort + 1;
const basePathPort = sitePort + 2;
const servedPort = sitePort + 3;
const servedBasePathPort = sitePort + 4;
const largePort = sitePort + 5;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    trace: 'retain-on-failure',
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
    {
      name: 'served',
      testDir: 'tests/e2e/served',
      use: { baseURL: `http://127.0.0.1:${servedPort}` },
    },
    {
      name: 'served-base-path',
      testDir: 'tests/e2e/served-base-path',
      use: { baseURL: `http://127.0.0.1:${servedBasePathPort}` },
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --port ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
    },
    {
      command: `astro preview --ignore-lock --port ${fixturesPort}`,
      url: `http://127.0.0.1:${fixturesPort}/`,
      env: { OUT_DIR: 'dist-fixtures', CONTENT_DIR: 'tests/fixtures/content' },
      reuseExistingServer: false,
    },
    {
      command: `astro preview --ignore-lock --port ${basePathPort}`,
      url: `http://127.0.0.1:${basePathPort}/personvern/`,
      env: { OUT_DIR: 'dist-base', BASE_PATH: '/personvern/' },
      reuseExistingServer: false,
    },
    {
      command: `astro preview --ignore-lock --port ${largePort}`,
      url: `http://127.0.0.1:${largePort}/`,
      env: { OUT_DIR: 'dist-large', CONTENT_DIR: 'tests/fixtures/large-notice/.generated' },
      reuseExistingServer: false,
    },
    // nginx with deploy/nginx/; fails with the apt-get command when nginx is not installed.
    {
      command: `tsx scripts/serve-nginx.ts dist / ${servedPort}`,
      url: `http://127.0.0.1:${servedPort}/`,
      reuseExistingServer: false,
    },
    {
      command: `tsx scripts/serve-nginx.ts dist-base /personvern/ ${servedBasePathPort}`,
      url: `http://127.0.0.1:${servedBasePathPort}/personvern/`,
      reuseExistingServer: false,
    },
  ],
});
