/** Reading the `public/_headers` file (Netlify / Cloudflare Pages format). */

/** The headers a `_headers` file sets, per path pattern, in file order. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!current || !match)
      throw new Error(`_headers line ${index + 1}: expected "  Header-Name: value" under a path, got "${line.trim()}"`);
    current.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return rules;
}

/** The directives of a Content-Security-Policy value: lower-cased name → its values, in policy order. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => Boolean(name))
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** The directive names of a Content-Security-Policy value, lower-cased. */
export function cspDirectiveNames(policy: string): string[] {
  return [...cspDirectives(policy).keys()];
}

/** Whether a `_headers` path pattern matches a URL path: exact, or a prefix when it ends in the `*` splat. */
export function headersPatternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * Where no `_headers` rule sets Cache-Control, the static hosts revalidate on every use
 * (their default); nginx says so explicitly (deploy/nginx/cache-control.conf).
 */
export const REVALIDATE = 'no-cache';

/** The headers a response for `path` (without the base path) must carry: every matching rule, in file order, plus the revalidating default. */
export function expectedHeaders(rules: Map<string, Map<string, string>>, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [pattern, values] of rules) {
    if (headersPatternMatches(pattern, path)) for (const [name, value] of values) headers.set(name, value);
  }
  if (!headers.has('cache-control')) headers.set('cache-control', REVALIDATE);
  return headers;
}
