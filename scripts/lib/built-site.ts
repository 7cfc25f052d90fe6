import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '~/i18n/locales';
import { PATH_SEGMENTS, parsePairSegment } from '~/lib/site/urls';

/**
 * The quality gates (axe, HTML validation, links, privacy, budget, bench) discover
 * pages from the built output instead of a hand-written list, so every new page
 * type is checked as soon as it is built.
 */

/** The two builds the gates check: real content and the multi-version fixtures. */
export const BUILD_DIRS = ['dist', 'dist-fixtures'] as const;

/** Folders in a build that hold generated assets, not pages (Pagefind's UI ships its own HTML-less bundle). */
const NON_PAGE_DIRS = new Set(['_astro', 'pagefind']);

/** What kind of page a path is: one template each, the unit the sweeps and reports count in. */
export type PageType = 'chooser' | 'language-home' | 'current' | 'version' | 'changelog' | 'diff' | 'compare-any' | 'not-found' | 'other';

/** One built page: where it is on disk and where it is served. */
export interface BuiltPage {
  /** Absolute or build-relative file name of the HTML file. */
  file: string;
  /** The URL path the page is served at, without the base path: `/nb/personvern/`. */
  path: string;
  type: PageType;
}

/** The URL path a built HTML file is served at: `nb/personvern/index.html` → `/nb/personvern/`. */
export function htmlFileToPath(relativeFile: string): string {
  const posix = relativeFile.split(sep).join('/').replace(/^\/+/, '');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The page type of a URL path, from the URL scheme in src/lib/site/urls.ts. */
export function pageTypeOf(path: string): PageType {
  if (path === '/') return 'chooser';
  // The 404 pages: the one for every address (/404.html) and each language's own (/en/404.html).
  const notFound = /^\/(?:([a-z-]+)\/)?404(\.html|\/)$/.exec(path);
  if (notFound && (!notFound[1] || LOCALES.some((locale) => locale === notFound[1]))) return 'not-found';
  const [locale, document, segment, rest, ...extra] = path.split('/').filter(Boolean);
  const segments = LOCALES.find((candidate) => candidate === locale) ? PATH_SEGMENTS[locale as keyof typeof PATH_SEGMENTS] : undefined;
  if (!segments) return 'other';
  if (!document) return 'language-home';
  if (!segment) return 'current';
  // A diff has two views: inline, and side by side one segment deeper.
  const diffView = extra.length === 0 || (extra.length === 1 && extra[0] === segments.sideBySide);
  if (segment === segments.compare && rest && parsePairSegment(rest) && diffView) return 'diff';
  // Any two versions, computed in the browser from `?from=&to=`.
  if (segment === segments.compare && !rest) return 'compare-any';
  if (extra.length > 0) return 'other';
  if (segment === segments.versions && rest) return 'version';
  if (segment === segments.changelog && !rest) return 'changelog';
  return 'other';
}

/** Every file below a build folder whose name passes `predicate`, sorted, as paths relative to it; the asset folders are skipped. */
export function listFiles(dir: string, predicate: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) {
        if (current === dir && NON_PAGE_DIRS.has(name)) continue;
        walk(full);
      } else if (predicate(name)) {
        found.push(relative(dir, full));
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** Every HTML file below a folder, sorted, as paths relative to it. */
function listHtmlFiles(dir: string): string[] {
  return listFiles(dir, (name) => name.endsWith('.html'));
}

/** Every page of a build, with its URL path and type; fails with the fix when the build is missing. */
export function builtPages(dir: string): BuiltPage[] {
  let files: string[];
  try {
    files = listHtmlFiles(dir);
  } catch {
    throw new Error(`No build in ${dir}/: run \`npm run build\` and \`npm run build:fixtures\` first (npm run test:e2e does both).`);
  }
  if (files.length === 0) throw new Error(`${dir}/ has no HTML pages: run the build first.`);
  return files.map((file) => {
    const path = htmlFileToPath(file);
    return { file: join(dir, file), path, type: pageTypeOf(path) };
  });
}

/** Bytes after gzip at level 9: deterministic, and close to what servers send. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Bytes of a string in UTF-8. */
export function byteLength(content: string): number {
  return Buffer.byteLength(content, 'utf8');
}
