import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/**
 * Small, line-based edits of an MDX file's frontmatter for the editors' commands:
 * the rest of the file (and the other fields' formatting) stays exactly as written.
 */

/** Where the frontmatter's lines are: from the line after the opening `---` up to the closing one. */
function frontmatterBounds(lines: string[]): { start: number; end: number } {
  if (lines[0]?.trim() !== '---') throw new Error('the file does not start with a frontmatter block (---)');
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new Error('the frontmatter block has no closing ---');
  return { start: 1, end };
}

/** The line range of a top-level field, including its indented continuation lines. */
function fieldRange(lines: string[], field: string): { from: number; to: number } | undefined {
  const { start, end } = frontmatterBounds(lines);
  const from = lines.findIndex((line, index) => index >= start && index < end && new RegExp(`^${field}\\s*:`).test(line));
  if (from < 0) return undefined;
  let to = from + 1;
  while (to < end && /^(\s+|-\s)/.test(lines[to] ?? '')) to++;
  return { from, to };
}

/** Sets a top-level field to a value (written as YAML), replacing it in place or adding it at the end of the frontmatter. */
export function setFrontmatterField(text: string, field: string, value: unknown): string {
  const lines = text.split('\n');
  // Strings that look like dates or numbers are quoted, so that every YAML reader (Astro's too) keeps them strings.
  const written = stringifyYaml({ [field]: value }, { lineWidth: 0, defaultStringType: 'PLAIN', customTags: ['timestamp'] })
    .trimEnd()
    .split('\n');
  const range = fieldRange(lines, field);
  if (range) lines.splice(range.from, range.to - range.from, ...written);
  else lines.splice(frontmatterBounds(lines).end, 0, ...written);
  return lines.join('\n');
}

/** Removes a top-level field (and its indented lines) from the frontmatter, if present. */
export function removeFrontmatterField(text: string, field: string): string {
  const lines = text.split('\n');
  const range = fieldRange(lines, field);
  if (range) lines.splice(range.from, range.to - range.from);
  return lines.join('\n');
}

/** The errata already written in a file's frontmatter. */
export function readErrata(text: string): { date: string; note: string }[] {
  const lines = text.split('\n');
  const { start, end } = frontmatterBounds(lines);
  const data = parseYaml(lines.slice(start, end).join('\n')) as { errata?: { date: string; note: string }[] } | null;
  return data?.errata ?? [];
}

/** Adds an erratum (`date` as YYYY-MM-DD, `note` in the file's language) to the end of the file's `errata:` list. */
export function addErratum(text: string, date: string, note: string): string {
  return setFrontmatterField(text, 'errata', [...readErrata(text), { date, note }]);
}
