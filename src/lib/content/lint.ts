import type { Root } from 'mdast';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { createMdxProcessor } from './processor';

/**
 * The agreed MDX style for content, written once:
 *
 * - `remark-preset-lint-recommended` (well-formed lists, links and line breaks; no bare URLs),
 *   with `[#id]` heading markers allowed where it would otherwise see an undefined reference;
 * - `remark-preset-lint-consistent` (one style per file for headings, emphasis, list numbers).
 *
 * What may reach the page at all (no HTML, no `{code}`, headings `##` and `###`) is the
 * output allow-list's job (allow-list.ts). Every message is rewritten for editors, with
 * its line and column; the check quotes the text it is about (rules/place.ts).
 */

/** One style problem: where it starts, how many characters it covers on that line, a plain-language description, and how to fix it. */
export interface LintFinding {
  line: number | undefined;
  column: number | undefined;
  /** The length of the text it is about, when that text is on one line. */
  length: number | undefined;
  message: string;
  fix: string;
}

const LINK_FIX =
  'write links as [text](https://address) or [text](mailto:name@example.no); to show square brackets as text, write \\[ and \\]';

/** Plain-language explanations of the rules editors meet most; others fall back to remark-lint's own text. */
export const PLAIN_LANGUAGE: Record<string, { message: string; fix: string }> = {
  'final-newline': { message: 'the file does not end with a line break', fix: 'add an empty line at the very end of the file' },
  'list-item-bullet-indent': { message: 'a list item is indented', fix: 'start list items at the beginning of the line: "- item"' },
  'list-item-indent': {
    message: 'a list item has the wrong spacing after its marker',
    fix: 'put exactly one space after "-" or "1.": "- item"',
  },
  'list-item-content-indent': {
    message: 'the text inside a list item is indented unevenly',
    fix: 'indent every line of the item by the same amount',
  },
  'no-literal-urls': { message: 'a web address is written as bare text', fix: 'write it as a link, e.g. [jtec.no](https://jtec.no)' },
  'ordered-list-marker-style': { message: 'a numbered list uses ")" after the number', fix: 'number list items as "1." instead of "1)"' },
  'ordered-list-marker-value': { message: 'the numbers of a numbered list are inconsistent', fix: 'number the items 1., 2., 3. …' },
  'hard-break-spaces': {
    message: 'a line break is made with spaces at the end of the line',
    fix: 'end the line with a backslash (\\) instead of spaces',
  },
  'no-undefined-references': { message: 'text in square brackets looks like a link but goes nowhere', fix: LINK_FIX },
  'no-shortcut-reference-link': { message: 'text in square brackets looks like a link but has no address', fix: LINK_FIX },
  'no-shortcut-reference-image': { message: 'an image reference has no address', fix: 'remove the "!" or give the image an address' },
  'no-duplicate-definitions': { message: 'a link definition is written twice', fix: 'keep one of the two "[name]: address" lines' },
  'no-unused-definitions': { message: 'a link definition is not used', fix: 'remove the "[name]: address" line' },
  'heading-style': { message: 'headings are written in different styles', fix: 'write every heading as "## Title [#id]"' },
  'emphasis-marker': { message: 'emphasis is written with both * and _', fix: 'use *text* for emphasis throughout the file' },
  'strong-marker': { message: 'bold text is written with both ** and __', fix: 'use **text** for bold throughout the file' },
  'no-blockquote-without-marker': { message: 'a line inside a quotation has no ">"', fix: 'quotation blocks are not used in the notice: write a paragraph' },
  'no-heading-content-indent': { message: 'a heading has more than one space after its #', fix: 'write one space: "## Title [#id]"' },
  'blockquote-indentation': { message: 'quotation blocks are indented differently', fix: 'quotation blocks are not used in the notice: write a paragraph' },
  'checkbox-character-style': { message: 'task-list boxes are written differently', fix: 'task lists are not used in the notice: write plain "- " items' },
  'code-block-style': { message: 'code blocks are written in different styles', fix: 'code blocks are not used in the notice: write a paragraph' },
  'fenced-code-marker': { message: 'code blocks are fenced with both ``` and ~~~', fix: 'code blocks are not used in the notice: write a paragraph' },
  'link-title-style': { message: 'link titles are quoted differently', fix: 'remove the "title" after the address: [text](https://address)' },
  'rule-style': { message: 'horizontal rules are written differently', fix: 'horizontal rules are not used in the notice: let the headings separate the parts' },
  'table-cell-padding': { message: 'the table cells are spaced unevenly', fix: 'write every cell as "| text |", with one space on each side' },
};

const EMAIL_AS_TEXT = {
  message: 'an e-mail address is written as bare text',
  fix: 'write it as a link, e.g. [name@example.no](mailto:name@example.no)',
};

/** The preset's own `no-undefined-references`, reconfigured to accept our `[#id]` heading markers. */
function allowHeadingMarkers(plugins: PluggableList): PluggableList {
  return plugins.map((entry) => {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    return typeof plugin === 'function' && plugin.name === 'remark-lint:no-undefined-references' ? [plugin, { allow: [/^#/] }] : entry;
  });
}

const linter = createMdxProcessor([
  // Consistent first, so that recommended's stricter options (e.g. "1." not "1)") win where both configure a rule.
  remarkPresetLintConsistent,
  ...allowHeadingMarkers(remarkPresetLintRecommended.plugins ?? []),
]);

/**
 * Lints one MDX source with the agreed preset. Assumes the MDX parses (syntax errors
 * are reported elsewhere); `parsed`, the tree the check already read, saves a second parse.
 */
export async function lintSource(text: string, parsed?: Root): Promise<LintFinding[]> {
  const file = new VFile({ value: text });
  try {
    await linter.run(parsed ?? linter.parse(file), file);
  } catch {
    return [];
  }
  return file.messages.map((message) => {
    const rule = message.ruleId ?? '';
    const place = message.place && 'start' in message.place ? message.place : undefined;
    const length = place && place.end.line === place.start.line ? place.end.column - place.start.column : undefined;
    const from = (message.column ?? 1) - 1;
    const typed = (text.split('\n')[(message.line ?? 1) - 1] ?? '').slice(from, length === undefined ? undefined : from + length);
    const plain = rule === 'no-literal-urls' && /@/.test(typed) && !/:\/\//.test(typed) ? EMAIL_AS_TEXT : PLAIN_LANGUAGE[rule];
    return {
      line: message.line ?? undefined,
      column: message.column ?? undefined,
      length,
      message: plain?.message ?? `this Markdown is written in an unusual way (${rule || 'style'})`,
      fix: plain?.fix ?? `write it as plain Markdown, as in the rest of the file (see "What the other messages mean" in docs/editing.md)`,
    };
  });
}
