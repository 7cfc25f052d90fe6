/** Pure helpers for scripts/check-links.ts. */

/** Every URL on the site named in a feed, sitemap or JSON file (`<loc>`, `<link>`, `href="…"`, JSON strings), de-duplicated in order. */
export function siteUrlsIn(text: string, site: string): string[] {
  const origin = new URL(site).origin;
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A URL ends at whitespace, a quote, or the start of markup; XML/JSON escape & as &amp; or \u0026.
  const pattern = new RegExp(`${escaped}(?:/[^\\s"'<>]*)?(?=[\\s"'<>]|$)`, 'g');
  const unescaped = text.replace(/\\\//g, '/');
  const found = (unescaped.match(pattern) ?? []).map((url) => url.replace(/&amp;/g, '&').replace(/\\u0026/g, '&'));
  return [...new Set(found)];
}

/** Rewrites a production URL (`https://jtec.no/nb/…`) to the same path on the local checker's server. */
export function toLocalUrl(url: string, site: string, local: string): string {
  const { origin } = new URL(site);
  if (!url.startsWith(origin)) return url;
  const rest = url.slice(origin.length);
  return new URL(rest === '' ? '/' : rest, local).href;
}

/** True for links the checker must not fetch: other sites and non-HTTP schemes (mail, phone). */
export function isExternal(url: string, localOrigin: string): boolean {
  if (/^(mailto|tel|sms|data|javascript):/i.test(url)) return true;
  try {
    return new URL(url).origin !== new URL(localOrigin).origin;
  } catch {
    return false;
  }
}
