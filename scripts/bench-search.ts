/**
 * Search benchmark (not a test): serves the built site (dist/) with `astro preview`
 * and drives Chromium through 10 queries, 5 per language.
 *
 *   npm run bench:search            (builds first; PORT=4345 by default)
 *
 * Reports, per query and as median and spread:
 *   - warm latency: the last keystroke of a query to the first rendered hit, once Pagefind is loaded;
 *   - cold: on a fresh page, from pressing `/` (which starts loading Pagefind) to the first hit for the query, typed at machine speed;
 * the bytes fetched for search before use and for the first query (gzip, as a server would send them),
 * the index size per language, and recall and precision over the recall rows of tests/e2e/search-recall.ts
 * (inflected forms, Norwegian letters typed the ASCII way, typos answered by their first correction).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { median, startPreview } from './lib/bench-utils.ts';
import { gzipSize } from './lib/built-site.ts';
import { ENGLISH_RECALL, measureRecall, NORWEGIAN_RECALL, recallAndPrecision, type RecallResult } from '../tests/e2e/search-recall.ts';

const port = Number(process.env.PORT ?? 4345);
const origin = `http://127.0.0.1:${port}`;
const outDir = process.env.OUT_DIR ?? 'dist';
const queries = [
  { path: '/nb/personvern/', query: 'sletting' },
  { path: '/nb/personvern/', query: 'informasjonskapsler' },
  { path: '/nb/personvern/', query: 'opplysningene' },
  { path: '/nb/personvern/', query: 'samtykke' },
  { path: '/nb/personvern/', query: 'betaling' },
  { path: '/en/privacy/', query: 'cookies' },
  { path: '/en/privacy/', query: 'erasure' },
  { path: '/en/privacy/', query: 'portability' },
  { path: '/en/privacy/', query: 'consent' },
  { path: '/en/privacy/', query: 'payment' },
];
/** Requests that belong to search: Pagefind's files and the search's own scripts and styles (no page loads any of them before it is used). */
const isSearchRequest = (url: string) => /\/pagefind\/|\/_astro\//.test(url);

const spread = (values: number[]) => `min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** What a server with gzip would send: Pagefind's index files are gzip already, so they stay as they are. */
const sentSize = (body: Buffer) => Math.min(body.length, gzipSize(body));

/**
 * Starts measuring in the page: from the next keydown to the first time the hit list
 * shows hits while the field holds the whole query (earlier renders are for prefixes).
 */
async function armTimer(page: Page, query: string) {
  await page.evaluate((query) => {
    // The hit list is made by the search script when it starts: watch the whole search box for it.
    const root = document.querySelector('.site-search');
    const input = document.querySelector<HTMLInputElement>('#site-search-input');
    const state = { keydown: 0, hit: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    addEventListener('keydown', () => (state.keydown = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (state.keydown && input?.value === query && root?.querySelector('.search-results li')) {
        state.hit = performance.now();
        observer.disconnect();
      }
    });
    if (root) observer.observe(root, { childList: true, subtree: true });
  }, query);
}

async function readTimer(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __bench: { hit: number } }).__bench.hit > 0, null, { timeout: 10_000 });
  return page.evaluate(() => {
    const { keydown, hit } = (window as unknown as { __bench: { keydown: number; hit: number } }).__bench;
    return hit - keydown;
  });
}

async function measureQuery(page: Page, path: string, query: string) {
  const responses: { url: string; raw: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (!isSearchRequest(response.url())) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    responses.push({ url: response.url(), raw: body.length, gzip: sentSize(body) });
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const beforeSearch = responses.reduce((sum, response) => sum + response.gzip, 0);

  // Cold: a fresh page; the reader presses `/` (Pagefind starts loading) and types the whole query.
  await armTimer(page, query);
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  const cold = await readTimer(page);
  await page.waitForLoadState('networkidle');
  const firstQuery = responses.reduce((sum, response) => sum + response.gzip, 0) - beforeSearch;
  const firstQueryRaw = responses.reduce((sum, response) => sum + response.raw, 0);

  // Warm: Pagefind is loaded; type the query again and time its last keystroke.
  await page.fill('#site-search-input', '');
  await page.keyboard.type(query.slice(0, -1));
  await page.waitForTimeout(150);
  await armTimer(page, query);
  await page.keyboard.press(query.slice(-1));
  const warm = await readTimer(page);
  page.removeAllListeners('response');
  return { cold, warm, beforeSearch, firstQuery, firstQueryRaw, files: responses };
}

/** The bytes of each language's index: its wasm, metadata, word index, filters and page fragments. */
async function indexSizes(): Promise<Record<string, { pages: number; bytes: number }>> {
  const dir = join(outDir, 'pagefind');
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const sizes: Record<string, { pages: number; bytes: number }> = {};
  for (const [language, info] of Object.entries(entry.languages)) {
    const files = [join(dir, `pagefind.${info.hash}.pf_meta`), ...(info.wasm ? [join(dir, `wasm.${info.wasm}.pagefind`)] : [])];
    for (const sub of ['index', 'fragment', 'filter']) {
      const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
      files.push(...names.filter((name) => name.startsWith(`${language}_`)).map((name) => join(dir, sub, name)));
    }
    const bytes = (await Promise.all(files.map((file) => stat(file)))).reduce((sum, file) => sum + file.size, 0);
    sizes[language] = { pages: info.page_count, bytes };
  }
  return sizes;
}

const stopPreview = await startPreview(port, { ...process.env, OUT_DIR: outDir });
try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rows = [];
  for (const { path, query } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    rows.push({ path, query, ...(await measureQuery(page, path, query)) });
    await context.close();
  }
  const recall: RecallResult[] = [];
  for (const [path, recallRows] of [
    ['/nb/personvern/', NORWEGIAN_RECALL],
    ['/en/privacy/', ENGLISH_RECALL],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(origin + path);
    await page.locator('#site-search-input').focus();
    recall.push(...(await measureRecall(page, recallRows)));
    await page.close();
  }
  await browser.close();

  console.log('query                              cold ms  warm ms  bytes before use    first query (gzip)');
  for (const row of rows) {
    console.log(
      `${`${row.path} ${row.query}`.padEnd(36)}${row.cold.toFixed(1).padStart(7)}${row.warm.toFixed(1).padStart(9)}${String(row.beforeSearch).padStart(12)}${kb(row.firstQuery).padStart(22)}`,
    );
  }
  const cold = rows.map((row) => row.cold);
  const warm = rows.map((row) => row.warm);
  console.log(`\nLast keystroke → first rendered hit, Pagefind loaded: median ${median(warm).toFixed(1)} ms (${spread(warm)})`);
  console.log(
    `Fresh page, from pressing / to the first rendered hit (loads Pagefind): median ${median(cold).toFixed(1)} ms (${spread(cold)})`,
  );
  console.log(`Bytes fetched for search before the reader searches: ${Math.max(...rows.map((row) => row.beforeSearch))}`);
  const first = rows.map((row) => row.firstQuery);
  console.log(
    `Bytes fetched for the first query: median ${kb(median(first))} gzip (raw ${kb(median(rows.map((row) => row.firstQueryRaw)))})`,
  );
  console.log('Files of the first query (gzip):');
  for (const file of rows[0]?.files ?? []) console.log(`  ${file.url.replace(origin, '').padEnd(48)} ${kb(file.gzip)}`);
  console.log('\nRecall rows (section in the first 3 hits; hits not holding a real form of the word are marked junk):');
  for (const result of recall)
    console.log(
      `  ${result.found ? '✓' : '✗'} ${result.row.kind.padEnd(10)} ${result.row.query.padEnd(24)} → ${result.row.section || '(intro)'}: ${result.hits.join(', ') || 'no hits'}`,
    );
  for (const kind of ['inflection', 'ascii', 'typo'] as const) {
    const { recall: r, precision: p } = recallAndPrecision(recall.filter((result) => result.row.kind === kind));
    console.log(`  ${kind}: recall ${r.toFixed(3)}, precision ${p.toFixed(3)}`);
  }
  const overall = recallAndPrecision(recall);
  console.log(
    `Recall ${overall.recall.toFixed(3)} (${recall.filter((result) => result.found).length}/${recall.length} rows), precision ${overall.precision.toFixed(3)}`,
  );
  const vocabularies = await readdir(join(outDir, 'pagefind')).then((names) => names.filter((name) => /^vocabulary-.+\.json$/.test(name)));
  for (const name of vocabularies) {
    const body = await readFile(join(outDir, 'pagefind', name));
    console.log(`Vocabulary ${name}: ${body.length} B, ${gzipSize(body)} B gzip`);
  }
  console.log('\nIndex size per language (on disk):');
  for (const [language, { pages, bytes }] of Object.entries(await indexSizes()))
    console.log(`  ${language}: ${pages} page(s), ${kb(bytes)}`);
} finally {
  stopPreview();
}
