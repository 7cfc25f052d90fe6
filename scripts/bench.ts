/**
 * `npm run bench:site` — the site's benchmark (timings live here, never in tests):
 *   1. build time of the real content, median of 5 runs of the build (scripts/build.ts);
 *   2. page weights per page type, raw and gzip, HTML / CSS / JS (both builds);
 *   3. Lighthouse 12 (mobile) scores for performance, accessibility, best practices
 *      and SEO, against `astro preview` in Debian's Chromium;
 *   4. the first view of /nb/personvern/ as nginx (deploy/nginx/) serves it: every request
 *      Chromium makes (and the favicon), body bytes on the wire with brotli, gzip and none.
 * Prints Markdown tables and writes .bench/site.json. Options (env): BENCH_RUNS=5,
 * PORT=4321 (preview; fixtures on PORT+1; nginx on PORT+2), CHROMIUM_PATH=/usr/bin/chromium,
 * BENCH_SKIP_BUILD=1, BENCH_SKIP_LIGHTHOUSE=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, startPreview } from './lib/bench-utils.ts';
import { builtPages, type PageType } from './lib/built-site.ts';
import { startNginx } from './lib/nginx.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { servedFirstView, type ServedRequest } from './lib/served-weight.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.PORT ?? 4321);
// CHROME_PATH is the variable Lighthouse (chrome-launcher) itself reads; it is still accepted as a fallback.
const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const fixturesEnv = { ...env, CONTENT_DIR: 'tests/fixtures/content', OUT_DIR: 'dist-fixtures' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function build(buildEnv: NodeJS.ProcessEnv): number {
  const start = performance.now();
  // The project's build command (`npm run build` without npm's start-up): astro build --force, swapped in on success.
  const result = spawnSync('tsx', ['scripts/build.ts'], { env: buildEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('astro build failed; run `npm run build` to see why.');
  return performance.now() - start;
}

// 1. Build time.
let buildTimes: number[] = [];
if (!process.env.BENCH_SKIP_BUILD) {
  console.error(`Building the real content ${runs} times…`);
  buildTimes = Array.from({ length: runs }, () => build(env));
  build(fixturesEnv);
}

// 2. Page weights.
interface WeightRow extends PageWeight {
  build: string;
  path: string;
  type: PageType;
}
const weights: WeightRow[] = ['dist', 'dist-fixtures'].flatMap((dir) =>
  builtPages(dir).map((page) => ({ build: dir, path: page.path, type: page.type, ...pageWeight(dir, page.file, page.path) })),
);

// 3. Lighthouse, one run per page: every page of the real site and one page of each other type from the fixtures.
type Scores = Record<(typeof CATEGORIES)[number], number>;
function lighthouse(url: string): { scores: Scores; failing: string[] } {
  const result = spawnSync(
    'lighthouse',
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    { env: { ...env, CHROME_PATH: chromiumPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`lighthouse ${url} failed:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  ) as Scores;
  const failing = CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${report.audits[ref.id]?.title}`),
  );
  return { scores, failing };
}

const lighthouseRows: { build: string; path: string; type: PageType; scores: Scores; failing: string[] }[] = [];
const sitePages = builtPages('dist').filter((page) => page.type !== 'not-found' && page.type !== 'chooser');
const siteTypes = new Set(sitePages.map((page) => page.type));
const fixtureExtras = [...new Map(builtPages('dist-fixtures').map((page) => [page.type, page])).values()].filter(
  (page) => !siteTypes.has(page.type) && page.type !== 'not-found' && page.type !== 'chooser',
);
for (const [dir, pages, previewPort, previewEnv] of process.env.BENCH_SKIP_LIGHTHOUSE
  ? []
  : ([
      ['dist', sitePages, port, env],
      ['dist-fixtures', fixtureExtras, port + 1, fixturesEnv],
    ] as const)) {
  if (pages.length === 0) continue;
  const stop = await startPreview(previewPort, previewEnv);
  try {
    for (const page of pages) {
      console.error(`Lighthouse ${dir} ${page.path}…`);
      lighthouseRows.push({ build: dir, path: page.path, type: page.type, ...lighthouse(`http://127.0.0.1:${previewPort}${page.path}`) });
    }
  } finally {
    stop();
  }
}

// 4. First view as served by nginx, brotli and gzip.
const FIRST_VIEW = '/nb/personvern/';
const nginx = await startNginx([{ buildDir: 'dist', base: '/', port: port + 2 }]);
let firstView: ServedRequest[];
try {
  firstView = await servedFirstView(`http://127.0.0.1:${port + 2}${FIRST_VIEW}`, chromiumPath);
} finally {
  nginx.stop();
}
const total = (key: 'br' | 'gzip' | 'identity' | 'headers') => firstView.reduce((sum, row) => sum + row[key], 0);

// Report.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const lines: string[] = [];
if (buildTimes.length) {
  lines.push(
    `## Build time (real content)`,
    '',
    `median of ${buildTimes.length}: **${(median(buildTimes) / 1000).toFixed(2)} s** (runs: ${buildTimes.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s)`,
    '',
  );
}
lines.push(
  '## Page weights (raw / gzip -9)',
  '',
  '| build | page | type | HTML | CSS | JS | HTML+CSS gzip |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...weights.map(
    (row) =>
      `| ${row.build} | ${row.path} | ${row.type} | ${row.html.raw} / ${row.html.gzip} B | ${row.css.raw} / ${row.css.gzip} B | ${row.js.raw} / ${row.js.gzip} B | ${kb(row.html.gzip + row.css.gzip)} |`,
  ),
  '',
  '## Lighthouse 12 (mobile)',
  '',
  '| build | page | type | performance | accessibility | best practices | SEO |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...lighthouseRows.map(
    (row) =>
      `| ${row.build} | ${row.path} | ${row.type} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} |`,
  ),
);
lines.push(
  '',
  `## First view of ${FIRST_VIEW} as served by nginx (body bytes on the wire)`,
  '',
  '| request | brotli | gzip | none | headers (HTTP/1.1, brotli) |',
  '| --- | --- | --- | --- | --- |',
  ...firstView.map((row) => `| ${row.path} | ${row.br} B | ${row.gzip} B | ${row.identity} B | ${row.headers} B |`),
  `| **all ${firstView.length} requests** | **${kb(total('br'))}** | **${kb(total('gzip'))}** | ${kb(total('identity'))} | ${kb(total('headers'))} |`,
);
const failing = lighthouseRows.flatMap((row) => row.failing.map((audit) => `- ${row.path}: ${audit}`));
if (failing.length) lines.push('', 'Audits below 100%:', ...new Set(failing));
console.log(lines.join('\n'));

mkdirSync('.bench', { recursive: true });
writeFileSync(
  '.bench/site.json',
  `${JSON.stringify(
    {
      buildTimesMs: buildTimes,
      buildMedianMs: buildTimes.length ? median(buildTimes) : null,
      weights,
      lighthouse: lighthouseRows,
      firstView,
    },
    null,
    2,
  )}\n`,
);
