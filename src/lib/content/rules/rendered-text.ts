import type { Element, Nodes, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeOfField, placeOfNode } from './place';
import type { Problem } from './problem';
import { describeCodePoint, firstRefused, FIX_OF } from './text';

/*
 * Text hygiene on what readers get: the page's text after character references
 * (`&#x202E;`, `&rlm;`) are decoded, and the frontmatter's strings after YAML
 * escapes (`"\u200b"`) are decoded — the same refused characters as in the typed
 * source (text.ts), which reports those typed as they are. Also: every heading
 * has a visible letter, so that the table of contents never shows an empty link.
 */

const ENTITY_FIX = 'delete the character reference (&#…; or &name;): it becomes a character readers cannot see';
const ESCAPE_FIX = 'delete the escape (\\u…, \\x… or \\N…) from the value: it becomes a character readers cannot see';

/** The text of a rendered node, as a reader sees it. */
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** Refused characters that appear in the page's text only after decoding, and headings without a letter. */
export function checkRenderedText(entry: VersionFile): Problem[] {
  if (!entry.hast) return [];
  const problems: Problem[] = [];
  const file = entry.path;
  visit(entry.hast, 'text', (node: Text) => {
    const refused = firstRefused(node.value);
    if (refused === undefined) return;
    const typed = entry.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? entry.text.length);
    // Typed as it is, the source check (text.ts) reports it at its exact column.
    if (typed.includes(String.fromCodePoint(refused))) return;
    const message = `the text becomes the invisible character ${describeCodePoint(refused)}, which is not allowed`;
    problems.push({ file, ...placeOfNode(entry.text, node.position), message, fix: refused === 0x09 ? FIX_OF.tab ?? '' : ENTITY_FIX });
  });
  visit(entry.hast, 'element', (element: Element) => {
    if (element.tagName !== 'h2' && element.tagName !== 'h3') return;
    const text = textOf(element).trim();
    if (/\p{L}/u.test(text)) return;
    problems.push({
      file,
      ...placeOfNode(entry.text, element.position),
      message: `the heading "${text}" has no letters, so readers see an empty or meaningless entry in the table of contents`,
      fix: 'write a heading in words before the [#id] marker, e.g. "## 3. Kontakt [#contact]"',
    });
  });
  problems.push(...checkFrontmatterStrings(entry));
  return problems;
}

/** Every string of the frontmatter (title, summary, errata notes, wordingOnly reasons …) after YAML decoding. */
function checkFrontmatterStrings(entry: VersionFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      const refused = firstRefused(value);
      if (refused === undefined || entry.text.includes(String.fromCodePoint(refused))) return;
      problems.push({
        file: entry.path,
        ...placeOfField(entry, field),
        message: `the ${field} becomes the invisible character ${describeCodePoint(refused)}, which is not allowed`,
        fix: ESCAPE_FIX,
      });
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, field));
    else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) walk(item, field);
  };
  for (const [field, value] of Object.entries(entry.data)) walk(value, field);
  return problems;
}

/** The decoded-text family, over every readable file. */
export const renderedTextRule: ContentRule = ({ versions }) => versions.flatMap(checkRenderedText);
