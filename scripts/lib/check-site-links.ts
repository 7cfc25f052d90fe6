/** Link checking over a built site folder with linkinator; the CLI is scripts/check-links.ts. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages, listFiles } from './built-site.ts';
import { isExternal, siteUrlsIn, toLocalUrl } from './links.ts';

/** Temporary pages that list a sitemap's or feed's URLs start with this. */
const LISTING_PREFIX = '.links-in-';

/** A free TCP port on the loopback interface, so rewrites can name the checker's server. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Sitemaps, feeds and JSON files in a build (not the generated asset folders). */
function dataFiles(dir: string): string[] {
  return listFiles(dir, (name) => /\.(xml|rss|atom|json)$/.test(name)).map((file) => join(dir, file));
}

/** One link that does not resolve, with the page it is on and why. */
interface BrokenLink {
  /** The link as a path on the site, e.g. `/en/privacy/#nope`. */
  url: string;
  /** The page that links to it. */
  from: string;
  reason: string;
}

/** Checks one build folder; `site` is the production origin whose absolute links are checked locally. */
export async function checkSiteLinks(
  dir: string,
  site: string,
): Promise<{
  broken: BrokenLink[];
  checked: number;
  external: number;
  pages: number;
}> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}/`;
  const pages = builtPages(dir);
  // linkinator starts only from files on disk and reads links only from HTML, so each
  // sitemap or feed gets a temporary page listing its site URLs (removed afterwards).
  const listings = new Map<string, string>();
  for (const file of dataFiles(dir)) {
    const urls = siteUrlsIn(readFileSync(file, 'utf8'), site);
    if (urls.length === 0) continue;
    const name = relative(dir, file).split(sep).join('/');
    const listing = `${LISTING_PREFIX}${name.replace(/\//g, '__')}.html`;
    const links = urls.map((url) => `<a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${name}</a>`).join('\n');
    writeFileSync(join(dir, listing), `<!doctype html><html lang="en"><title>${name}</title>${links}</html>`);
    listings.set(`/${listing}`, `/${name}`);
  }

  const external = new Set<string>();
  const result = await new LinkChecker()
    .check({
      path: [...pages.map((page) => page.path), ...listings.keys()].map((path) => path.replace(/^\//, '')),
      serverRoot: dir,
      port,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      timeout: 10_000,
      urlRewriteExpressions: [
        {
          pattern: new RegExp(`^${new URL(site).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          replacement: local.slice(0, -1),
        },
      ],
      linksToSkip: async (url: string) => {
        const skip = isExternal(toLocalUrl(url, site, local), local);
        if (skip) external.add(url);
        return skip;
      },
    })
    .finally(() => {
      for (const listing of listings.keys()) rmSync(join(dir, listing), { force: true });
    });
  const toPath = (url: string) => (url.startsWith('http') ? url.replace(local.slice(0, -1), '') : `/${url.replace(/^\.?\//, '')}`);
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => {
      const details = (link.failureDetails ?? []).map((detail) => (detail instanceof Error ? detail.message : ''));
      const reason = details.find(Boolean) ?? (link.status === 404 ? 'not found (HTTP 404)' : `HTTP ${link.status ?? 'error'}`);
      const from = link.parent ? toPath(link.parent) : '(start)';
      return {
        url: toPath(link.url),
        from: listings.get(from) ?? from,
        reason,
      };
    });
  return {
    broken,
    checked: result.links.length - external.size,
    external: external.size,
    pages: pages.length,
  };
}
