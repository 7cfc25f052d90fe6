/**
 * The one list of files a browser may keep for a year without asking again: their names carry
 * a content hash, so a changed file gets a new name. deploy/nginx/cache-control.conf and
 * public/_headers both say this; tests/unit/immutable-files.test.ts holds each to the text
 * made here, and the served tests check every file nginx sends against isImmutable().
 */

/** Folders (from the site's root) whose files are named by their content hash: Astro's bundles and Pagefind's chunks. */
export const IMMUTABLE_FOLDERS = ['_astro', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'] as const;

/** What those files are sent with. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** What every other file is sent with: revalidated on every use (a 304 when unchanged). */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** Whether a file (its path from the site's root, `/_astro/x.js`) is named by its content hash. */
export function isImmutable(path: string): boolean {
  return IMMUTABLE_FOLDERS.some((folder) => new RegExp(`^/${folder}/[^/]+$`).test(path));
}

/** The entries of nginx's `map $uri $jtec_privacy_cache_control` that match the list, at any base path. */
export function nginxImmutableEntries(): string[] {
  return IMMUTABLE_FOLDERS.map((folder) => `~/${folder}/[^/]+$ "${IMMUTABLE_CACHE_CONTROL}";`);
}

/** The rules of public/_headers that match the list. */
export function headersImmutableRules(): string[] {
  return IMMUTABLE_FOLDERS.flatMap((folder) => [`/${folder}/*`, `  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`]);
}
