/** The pure parts of `npm run verify:live`: what a deployed site must match in this repository. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseSource } from '~/lib/content/read-source.ts';
import type { VersionLock } from '~/lib/versions/lock-file.ts';

/** Every address a page refers to: links, scripts, stylesheets, images, form targets. */
export function addressesIn(html: string): { tag: string; rel: string; address: string }[] {
  const found: { tag: string; rel: string; address: string }[] = [];
  for (const [element, tag] of html.matchAll(/<(a|link|script|img|source|iframe|form|area)\b[^>]*>/gi)) {
    const rel = /\srel\s*=\s*["']([^"']*)["']/i.exec(element)?.[1] ?? '';
    for (const [, , value] of element.matchAll(/\s(href|src|action)\s*=\s*["']([^"']*)["']/gi)) {
      found.push({ tag: tag!.toLowerCase(), rel: rel.toLowerCase(), address: value!.replace(/&amp;/g, '&') });
    }
  }
  return found;
}

/**
 * The absolute links and e-mail addresses written in the notice's own text (the MDX sources,
 * read as the site reads them): the only ones a page may point outside the site with.
 */
export async function noticeLinks(contentDir: string): Promise<Set<string>> {
  const links = new Set<string>();
  const sources = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  for (const name of sources) {
    const path = join(contentDir, name);
    const { tree } = await parseSource(readFileSync(path, 'utf8'), path);
    visit(tree, ['link', 'definition'], (node) => {
      const { url } = node as Link | Definition;
      if (/^(?:https?:|mailto:)/i.test(url)) links.add(url);
    });
  }
  return links;
}

/**
 * Whether an address on a page leaves the site: another origin, or a mailto:/tel: link. The
 * canonical origin (https://jtec.no) counts as the site too, as canonical and hreflang links use it.
 */
export function leavesSite(address: string, pageUrl: string, siteOrigins: string[]): boolean {
  if (address.startsWith('#')) return false;
  const url = new URL(address, pageUrl);
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return true;
  if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
  return !siteOrigins.includes(url.origin);
}

/** A versions.json as far as the verifier reads it. */
export interface VersionsJson {
  document: string;
  language: string;
  versions: { version: string; sha256: string; url: string }[];
}

/** The differences between the repository's lock file and the site's versions.json files; empty when they agree. */
export function lockDifferences(lock: VersionLock, lists: VersionsJson[]): string[] {
  const differences: string[] = [];
  const published = new Map<string, string>();
  for (const list of lists)
    for (const version of list.versions) published.set(`${list.document}/${list.language}/${version.version}.mdx`, version.sha256);
  for (const [key, entry] of Object.entries(lock.versions)) {
    const live = published.get(key);
    if (live === undefined) differences.push(`${key} is published in the repository but missing from the site's versions.json`);
    else if (live !== entry.sha256) differences.push(`${key}: the site says sha256 ${live}, the repository's lock ${entry.sha256}`);
  }
  for (const key of published.keys()) {
    if (!(key in lock.versions)) differences.push(`${key} is on the site but not in the repository's lock (versions.lock.json)`);
  }
  return differences;
}

/** The differences between the headers a response must carry and those it has; empty when they agree. */
export function headerDifferences(expected: Map<string, string>, actual: Headers): string[] {
  return [...expected]
    .filter(([name, value]) => actual.get(name) !== value)
    .map(([name, value]) => `${name}: expected "${value}", got ${actual.has(name) ? `"${actual.get(name)}"` : 'none'}`);
}

/** The `<loc>` URLs of a parsed sitemap or sitemap index (fast-xml-parser's object form). */
export function sitemapLocations(parsed: Record<string, unknown>): string[] {
  const root = (parsed.urlset ?? parsed.sitemapindex) as Record<string, unknown> | undefined;
  if (!root) return [];
  const entries = root.url ?? root.sitemap ?? [];
  return (Array.isArray(entries) ? entries : [entries]).map((entry) => String((entry as { loc: unknown }).loc));
}
