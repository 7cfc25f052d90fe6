import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The sitemap's language alternates, read from each built page's own
 * `<link rel="alternate" hreflang>` tags, so the sitemap says exactly what the
 * pages say: every page with its other-language page (the slugs differ per
 * language, which @astrojs/sitemap's i18n option cannot pair), and `/` as
 * `x-default`. No `lastmod`: the notice's dates are often only a year or a month,
 * and the sitemap library would turn "2025" into a day the source never gave.
 */

/** One alternate as @astrojs/sitemap's `links` wants it. */
export interface SitemapLink {
  lang: string;
  url: string;
}

/** The `hreflang` alternates declared in a page's HTML, in document order. */
export function hreflangLinks(html: string): SitemapLink[] {
  const links: SitemapLink[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const lang = attribute('hreflang');
    const url = attribute('href');
    if (attribute('rel') === 'alternate' && lang && url) links.push({ lang, url: url.replaceAll('&amp;', '&') });
  }
  return links;
}

/** The built HTML file of a page URL: `https://jtec.no/personvern/nb/` with base `/personvern/` → `{outDir}/nb/index.html`. */
export function builtFileOf(url: string, outDir: string, base: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  const trimmedBase = base.replace(/\/+$/, '');
  const inSite = path.startsWith(`${trimmedBase}/`) ? path.slice(trimmedBase.length) : path;
  return join(outDir, inSite, inSite.endsWith('/') ? 'index.html' : '');
}

/** A `serialize` hook for @astrojs/sitemap that adds each page's hreflang alternates. */
export function withHreflangAlternates(outDir: string, base: string) {
  return <T extends { url: string; links?: SitemapLink[] | undefined }>(item: T): T => {
    const html = readFileSync(builtFileOf(item.url, outDir, base), 'utf8');
    const links = hreflangLinks(html);
    return links.length > 0 ? { ...item, links } : item;
  };
}
