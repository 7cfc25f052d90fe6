/**
 * `npm run screenshots` — PNGs of each page type for review, at 375 px (phone) and 1280 px
 * (desktop), light and dark, written to screenshots/ (not committed). Uses the builds in
 * dist/ (real content) and dist-fixtures/ (made-up versions, for the diff pages); run
 * `npm run build` and `npm run build:fixtures` first. Options (env): PORT=4321 (preview;
 * fixtures on PORT+1), CHROMIUM_PATH=/usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/bench-utils.ts';
import { builtPages, type BuiltPage } from './lib/built-site.ts';

const OUT = 'screenshots';
const port = Number(process.env.PORT ?? 4321);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTHS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** One page per type (the Norwegian one where there is a choice), and both views of a diff. */
function samples(dir: string): BuiltPage[] {
  const pages = builtPages(dir);
  const byType = new Map<string, BuiltPage>();
  for (const page of [...pages].sort((a, b) => Number(b.path.startsWith('/nb/')) - Number(a.path.startsWith('/nb/')))) {
    const key = page.type === 'diff' && page.path.split('/').filter(Boolean).length > 4 ? 'diff-side-by-side' : page.type;
    if (!byType.has(key)) byType.set(key, page);
  }
  return [...byType.values()];
}

const builds = [
  { dir: 'dist', name: 'site', port, env: { ...process.env, OUT_DIR: 'dist' } },
  {
    dir: 'dist-fixtures',
    name: 'fixtures',
    port: port + 1,
    env: { ...process.env, OUT_DIR: 'dist-fixtures', CONTENT_DIR: 'tests/fixtures/content' },
  },
];
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let count = 0;
try {
  for (const build of builds) {
    const pages = samples(build.dir);
    const stop = await startPreview(build.port, build.env);
    try {
      for (const { name, width, height } of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          const context = await browser.newContext({ viewport: { width, height }, colorScheme, baseURL: `http://127.0.0.1:${build.port}` });
          const page = await context.newPage();
          // The language chooser forwards readers on; while it is open, that navigation is answered with 204 so it stays.
          let onChooser = false;
          await page.route(
            (url) => onChooser && url.pathname !== '/',
            (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
          );
          for (const built of pages) {
            onChooser = built.type === 'chooser';
            await page.goto(built.path, { waitUntil: 'commit' });
            await page.waitForFunction(() => document.readyState === 'complete');
            const type = built.type === 'diff' && built.path.split('/').filter(Boolean).length > 4 ? 'diff-side-by-side' : built.type;
            const file = `${OUT}/${build.name}-${type}-${name}-${colorScheme}.png`;
            // The top of the page, up to three screens tall: enough to review, small enough to look at.
            const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(scrollHeight, height * 3) } });
            count++;
          }
          await context.close();
        }
      }
    } finally {
      stop();
    }
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${count} screenshots to ${OUT}/.`);
