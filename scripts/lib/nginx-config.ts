/** Reading the parts of deploy/nginx/ that must agree with public/_headers. */

/** The `add_header Name "value" always;` lines of an nginx file: lower-cased name → value, in file order. */
export function nginxAddHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [index, line] of text.split('\n').entries()) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('add_header')) continue;
    const match = /^add_header\s+([A-Za-z0-9-]+)\s+("([^"]*)"|\$[a-z_]+)\s+always;$/.exec(trimmed);
    if (!match) throw new Error(`nginx line ${index + 1}: expected 'add_header Name "value" always;', got "${trimmed}"`);
    headers.set(match[1]!.toLowerCase(), match[3] ?? match[2]!);
  }
  return headers;
}

/** One `map` block of an nginx file: its default and its regex entries, in order (nginx tries regexes in order). */
export interface NginxMap {
  source: string;
  variable: string;
  fallback: string;
  entries: { pattern: RegExp; value: string }[];
}

/** Reads the `map $source $variable { … }` block that sets `variable`. */
export function nginxMap(text: string, variable: string): NginxMap {
  const block = new RegExp(`map\\s+(\\$[a-z_]+)\\s+\\$${variable}\\s*\\{([^}]*)\\}`).exec(text);
  if (!block) throw new Error(`no "map … $${variable} { … }" block found`);
  const map: NginxMap = { source: block[1]!, variable, fallback: '', entries: [] };
  for (const line of block[2]!.split('\n')) {
    const match = /^\s*(\S+)\s+"([^"]*)";\s*$/.exec(line);
    if (!match) continue;
    if (match[1] === 'default') map.fallback = match[2]!;
    else if (match[1]!.startsWith('~')) map.entries.push({ pattern: new RegExp(match[1]!.slice(1)), value: match[2]! });
    else throw new Error(`map $${variable}: only regex entries (~…) and default are read, got "${match[1]}"`);
  }
  return map;
}

/** The value an nginx `map` gives for an input: the first matching regex, else its default. */
export function nginxMapValue(map: NginxMap, input: string): string {
  return map.entries.find((entry) => entry.pattern.test(input))?.value ?? map.fallback;
}
