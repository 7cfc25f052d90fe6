/**
 * `npm run verify:live -- <site URL> [--build dist] [--content content] [--canonical https://jtec.no]`
 *
 * Checks a deployed site against this repository, for an operator after each deployment
 * (`npm run verify:live -- https://jtec.no`; `-- https://jtec.no/personvern/ --build dist-base`
 * for the base-path deployment). It reads the sitemap and every page in it, then checks:
 *   - every version in content/versions.lock.json is in the site's versions.json with the same sha256,
 *     and the site lists no version the lock does not know;
 *   - every page answers 200 as brotli-compressed HTML and, with --build, is byte for byte the built page;
 *   - every page, the files they load, versions.json, the feeds and the 404 responses (en/ and the rest) carry the headers
 *     of public/_headers (deploy/nginx/ sends the same);
 *   - no page links outside the site except the links written in the notice itself;
 *   - the feeds and sitemaps are well-formed XML of the right kind and type.
 * Prints one line per finding and a summary; exits 1 on any difference.
 *
 * `npm run verify:live -- <site URL> --before-deploy --build dist` instead compares a NEW
 * build, before it is deployed, with what the live site serves (scripts/lib/live-witness.ts):
 * it refuses when a published version is missing, or its text changed without a new
 * erratum on its page. The live site is the witness nobody in the repository can rewrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expectedHeaders, parseHeadersFile } from './lib/headers.ts';
import { compareWithLive } from './lib/live-witness.ts';
import {
  addressesIn,
  headerDifferences,
  leavesSite,
  lockDifferences,
  noticeLinks,
  sitemapLocations,
  type VersionsJson,
} from './lib/verify-live.ts';
import { parseLock } from '~/lib/versions/lock-file.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    canonical: { type: 'string', default: process.env.SITE_URL ?? 'https://jtec.no' },
    'before-deploy': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run verify:live -- <site URL, e.g. https://jtec.no> [--build dist] [--content content]');
  process.exit(2);
}
const site = new URL(positionals[0]!.endsWith('/') ? positionals[0]! : `${positionals[0]}/`);
if (values['before-deploy']) {
  if (!values.build) {
    console.error('Usage: npm run verify:live -- <site URL> --before-deploy --build dist');
    process.exit(2);
  }
  const { differences, compared, newDocuments } = await compareWithLive(site, values.build);
  console.log(`verify:live --before-deploy: ${values.build}/ against ${site.href}\n`);
  for (const path of newDocuments) console.log(`note: ${path} is not on the live site yet (a new document or language)`);
  for (const line of differences) console.log(`✘ ${line}`);
  console.log(
    differences.length
      ? `\n✘ ${differences.length} difference(s): do not deploy. Published text changes only with a visible erratum (docs/editing.md).`
      : `\n✔ ${compared} published version(s) on the live site are in the new build, unchanged or with a new erratum.`,
  );
  process.exit(differences.length ? 1 : 0);
}
const base = site.pathname;
const canonicalOrigin = new URL(values.canonical!).origin;
const siteOrigins = [site.origin, canonicalOrigin];
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const lock = parseLock(readFileSync(join(values.content!, 'versions.lock.json'), 'utf8'));
const allowedLinks = await noticeLinks(values.content!);

const failures: string[] = [];
const passes: string[] = [];
const fail = (message: string) => failures.push(message);

/** A URL on the checked site for a URL the build wrote with the canonical origin. */
const onSite = (url: string) => {
  const parsed = new URL(url, site);
  return parsed.origin === canonicalOrigin ? new URL(parsed.pathname + parsed.search, site.origin).href : parsed.href;
};
/** The path a URL has inside the build (without the base path), as public/_headers names it. */
const buildPath = (url: string) => `/${new URL(url).pathname.slice(base.length)}`;

async function get(url: string): Promise<{ response: Response; body: Buffer } | undefined> {
  try {
    const response = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' }, redirect: 'manual' });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    fail(`${url}: could not fetch (${(error as Error).message})`);
    return undefined;
  }
}

/** Fetches a URL and checks its status, type and every header public/_headers promises for it. */
async function check(url: string, status: number, type: RegExp, headersPath = buildPath(url)) {
  const got = await get(url);
  if (!got) return undefined;
  const { response } = got;
  if (response.status !== status) fail(`${url}: status ${response.status}, expected ${status}`);
  if (!type.test(response.headers.get('content-type') ?? '')) fail(`${url}: Content-Type "${response.headers.get('content-type')}"`);
  for (const difference of headerDifferences(expectedHeaders(rules, headersPath), response.headers)) fail(`${url}: ${difference}`);
  return got;
}

function parseXml(url: string, body: Buffer): Record<string, unknown> | undefined {
  const valid = XMLValidator.validate(body.toString('utf8'));
  if (valid !== true) {
    fail(`${url}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return undefined;
  }
  return new XMLParser({ ignoreAttributes: false }).parse(body.toString('utf8')) as Record<string, unknown>;
}

// 1. Sitemaps → pages.
const pages = new Set<string>();
const sitemapUrl = new URL('sitemap-index.xml', site).href;
const index = await check(sitemapUrl, 200, /xml/);
const sitemaps = index ? sitemapLocations(parseXml(sitemapUrl, index.body) ?? {}).map(onSite) : [];
for (const sitemap of sitemaps) {
  const got = await check(sitemap, 200, /xml/);
  if (got) for (const page of sitemapLocations(parseXml(sitemap, got.body) ?? {})) pages.add(onSite(page));
}
if (pages.size === 0) fail(`${sitemapUrl}: no pages found in the sitemap`);
passes.push(`${sitemaps.length} sitemap(s) parse; ${pages.size} pages listed`);

// 2. Pages: status, compression, headers, the built bytes, and where they link.
const assets = new Set<string>();
const feeds = new Set<string>();
const versionLists = new Set<string>();
let externalCount = 0;
for (const page of pages) {
  const got = await check(page, 200, /^text\/html; charset=utf-8$/i);
  if (!got) continue;
  if (got.response.headers.get('content-encoding') !== 'br') fail(`${page}: not brotli-compressed for a browser that asks for it`);
  const html = got.body.toString('utf8');
  if (values.build) {
    const file = join(values.build, buildPath(page), buildPath(page).endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) fail(`${page}: no such page in ${values.build}/`);
    else if (!readFileSync(file).equals(got.body)) fail(`${page}: differs from ${file}`);
  }
  for (const { tag, rel, address } of addressesIn(html)) {
    if (leavesSite(address, page, siteOrigins)) {
      externalCount++;
      if (!allowedLinks.has(address)) fail(`${page} links outside the site: ${address} (not a link of the notice's own text)`);
      continue;
    }
    const url = onSite(new URL(address, page).href.replace(/#.*$/, ''));
    if (/\.json$/.test(url)) versionLists.add(url);
    else if (rel.includes('alternate') && /feed\.xml$/.test(url)) feeds.add(url);
    else if (tag === 'script' || (tag === 'link' && /stylesheet|icon|preload|modulepreload/.test(rel)) || tag === 'img') assets.add(url);
  }
}
passes.push(`${pages.size} pages: 200, brotli, every header${values.build ? `, byte for byte as in ${values.build}/` : ''}`);
passes.push(`${externalCount} links leave the site, all written in the notice itself`);

// 3. Files the pages load.
for (const asset of assets) await check(asset, 200, /./);
passes.push(`${assets.size} files the pages load: 200 and every header`);

// 4. versions.json against the lock.
const lists: VersionsJson[] = [];
for (const url of versionLists) {
  const got = await check(url, 200, /^application\/json/);
  if (!got) continue;
  try {
    lists.push(JSON.parse(got.body.toString('utf8')) as VersionsJson);
  } catch {
    fail(`${url}: not JSON`);
  }
}
for (const difference of lockDifferences(lock, lists)) fail(difference);
if (lists.length === 0) fail('no versions.json found linked from any page');
passes.push(`${lists.length} versions.json; ${Object.keys(lock.versions).length} locked versions compared by sha256`);
for (const list of lists)
  for (const version of list.versions)
    if (!pages.has(onSite(version.url))) fail(`${version.url}: a published version missing from the sitemap`);

// 5. Feeds.
for (const feed of feeds) {
  const got = await check(feed, 200, /^application\/rss\+xml/);
  const parsed = got ? parseXml(feed, got.body) : undefined;
  if (parsed && !(parsed.rss as { channel?: unknown } | undefined)?.channel) fail(`${feed}: not an RSS feed (no <rss><channel>)`);
}
if (feeds.size === 0) fail('no RSS feed found linked from any page');
passes.push(`${feeds.size} feeds: RSS, well-formed`);

// 6. A missing page: status 404, the 404 page of its language (English under en/), every header.
for (const file of ['404.html', 'en/404.html']) {
  const missing = new URL(`${file.replace(/404\.html$/, '')}verify-live-no-such-page/`, site).href;
  const notFound = await check(missing, 404, /^text\/html/, `/${file}`);
  if (notFound && values.build && !readFileSync(join(values.build, file)).equals(notFound.body)) fail(`${missing}: not the built ${file}`);
}
passes.push('a missing page: 404, the 404 page of its language (en/404.html under en/), every header');

console.log(`verify:live ${site.href} against this repository${values.build ? ` and ${values.build}/` : ''}\n`);
for (const line of failures) console.log(`✘ ${line}`);
if (failures.length === 0) for (const line of passes) console.log(`✔ ${line}`);
console.log(failures.length ? `\n✘ ${failures.length} difference(s).` : '\n✔ The site matches the repository.');
process.exit(failures.length ? 1 : 0);
