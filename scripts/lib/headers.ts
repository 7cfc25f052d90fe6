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
