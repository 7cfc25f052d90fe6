/**
 * `npm run check:links` — every internal link of both builds resolves, and every
 * `#fragment` names an id on its target page (section ids and their alias spans
 * alike), with linkinator serving each build folder locally.
 *
 * Start points are every built HTML page (so pages nothing links to are checked
 * too) plus every site URL named in a sitemap, feed or JSON file in the build.
 * Absolute links to the production site (canonical, hreflang, sitemap, feeds) are
 * checked against the local build. Links to other sites and mailto: are not
 * fetched (no network in CI); they are counted in the summary.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { BUILD_DIRS } from './lib/built-site.ts';
import { checkSiteLinks } from './lib/check-site-links.ts';

const site = process.env.SITE_URL ?? 'https://jtec.no';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : BUILD_DIRS.filter((dir) => existsSync(dir));
if (dirs.length === 0) {
  console.error('No build to check: run `npm run build` (and `npm run build:fixtures`) first.');
  process.exit(1);
}
let failures = 0;
for (const dir of dirs) {
  const { broken, checked, external, pages } = await checkSiteLinks(dir, site);
  for (const link of broken) console.error(`${dir}: ${link.url} (linked from ${link.from}): ${link.reason}`);
  failures += broken.length;
  console.log(
    `Links (${relative(process.cwd(), dir) || dir}): ${pages} pages, ${checked} internal links checked (fragments included), ${broken.length} broken; ${external} external links not fetched.`,
  );
}
if (failures > 0) process.exit(1);
