import type { Root } from 'mdast';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { Plugin, PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { createMdxProcessor } from './processor';

/**
 * The agreed MDX style for content, written once:
 *
 * - `remark-preset-lint-recommended` (well-formed lists, links and line breaks; no bare URLs),
 *   with `[#id]` heading markers allowed where it would otherwise see an undefined reference;
 * - `remark-preset-lint-consistent` (one style per file for headings, emphasis, list numbers);
 * - two rules of our own: no HTML/JSX or `{code}` in the text (there are no components for
 *   editors, so everything is written in Markdown), and headings only at levels `##` and `###`.
 */

/** One style problem: its line, a plain-language description and how to fix it. */
export interface LintFinding {
  line: number | undefined;
  message: string;
  fix: string;
}

/** The rule id of our "Markdown only" rule. */
export const NO_HTML_RULE = 'jtec-markdown-only';
/** The rule id of our heading-level rule. */
export const HEADING_LEVEL_RULE = 'jtec-heading-level';

const LINK_FIX =
  'write links as [text](https://address) or [text](mailto:name@example.no); to show square brackets as text, write \\[ and \\]';

/** Plain-language explanations of the rules editors meet most; others fall back to remark-lint's own text. */
const PLAIN_LANGUAGE: Record<string, { message: string; fix: string }> = {
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
};

/** No HTML, JSX components or `{expressions}` in the text: readers get plain Markdown, and MDX code is not for editors. */
const remarkLintMarkdownOnly: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'html') {
      const name = 'name' in node && typeof node.name === 'string' ? `<${node.name}>` : 'HTML';
      file.message(`${name} is HTML/JSX, which is not allowed in the text`, { place: node.position, ruleId: NO_HTML_RULE, source: 'jtec' });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
      file.message('curly braces or import/export lines are code, which is not allowed in the text', {
        place: node.position,
        ruleId: NO_HTML_RULE,
        source: 'jtec',
      });
    }
  });
};

/** Sections are `##`, subsections `###`: deeper headings have no place in the table of contents or the diff. */
const remarkLintHeadingLevel: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'heading', (node) => {
    if (node.depth > 3) {
      file.message(`a level-${node.depth} heading ("${'#'.repeat(node.depth)} ") is too deep`, {
        place: node.position,
        ruleId: HEADING_LEVEL_RULE,
        source: 'jtec',
      });
    }
  });
};

const FIXES_OF_OUR_RULES: Record<string, string> = {
  [NO_HTML_RULE]:
    'write it in Markdown (**bold**, *emphasis*, "- " lists, [text](https://address) links); to show a { or < as text, write \\{ or \\<',
  [HEADING_LEVEL_RULE]: 'use "## " for sections and "### " for subsections',
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
  remarkLintMarkdownOnly,
  remarkLintHeadingLevel,
]);

/** Lints one MDX source with the agreed preset. Assumes the MDX parses (syntax errors are reported elsewhere). */
export async function lintSource(text: string): Promise<LintFinding[]> {
  const file = new VFile({ value: text });
  try {
    await linter.run(linter.parse(file), file);
  } catch {
    return [];
  }
  return file.messages.map((message) => {
    const rule = message.ruleId ?? '';
    const plain = PLAIN_LANGUAGE[rule];
    return {
      line: message.line ?? undefined,
      message: plain?.message ?? message.reason.replace(/\.$/, ''),
      fix: plain?.fix ?? FIXES_OF_OUR_RULES[rule] ?? `see the rule "${rule}" at https://github.com/remarkjs/remark-lint`,
    };
  });
}
