import { createHash } from 'node:crypto';

/**
 * Astro writes one Content-Security-Policy <meta> with the hashes of every inline script
 * and style of the whole site onto every page. A hash only ever allows the one inline
 * element whose text it is, so the hashes of elements a page does not have allow nothing
 * there; they are ~50 random (incompressible) bytes each on every first view.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
// Inline elements only: <script src> loads from 'self' and needs no hash.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/=]+'$/;

/** The CSP hash source (`'sha256-…'`) of an inline element's text, as browsers compute it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of a page's inline scripts and styles. */
export function inlineHashSources(html: string): Set<string> {
  const texts = [...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((match) => match[1]!);
  return new Set(texts.map(hashSource));
}

/** The page with only the hash sources of its own inline elements left in its CSP <meta> (unchanged without one). */
export function keepOwnHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = inlineHashSources(html);
  const policy = meta[1]!
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !HASH_SOURCE.test(source) || own.has(source))
        .join(' '),
    )
    .filter(Boolean)
    .join(';');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
