import { findDisallowed, type Disallowed } from '../allow-list';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeAt, placeOfSection } from './place';
import type { Problem } from './problem';

/*
 * The output allow-list (../allow-list.ts) as editors meet it: everything on the
 * rendered page that is not on the list is a problem at its line, said in the
 * words of what the editor typed, with what to write instead.
 */

type Explained = { message: string; fix: string };

const MARKDOWN_FIX =
  'write it in Markdown (**bold**, *emphasis*, "- " lists, [text](https://address) links); to show a { or < as text, write \\{ or \\<';
const TASK_LIST: Explained = {
  message: 'a task-list box ("[ ]" or "[x]" at the start of a list item) is not allowed: it shows readers a checkbox',
  fix: 'write a plain list item ("- …") and say in words what applies',
};
const FOOTNOTE: Explained = {
  message: 'a footnote ([^…]) is not allowed: it adds a "Footnotes" heading outside the sections, in English only',
  fix: 'write the note in the text itself, in parentheses or as its own sentence after the one it explains',
};
const CELL_BREAK_FIX = 'to break a line inside a table cell write <br /> exactly; in running text, end the line with a backslash (\\)';

const BY_TAG: Record<string, Explained> = {
  input: TASK_LIST,
  sup: FOOTNOTE,
  section: FOOTNOTE,
  del: {
    message: 'struck-through text (~~…~~) is not allowed',
    fix: 'delete the text, or write it plainly; what changed between versions is shown by the comparison pages',
  },
  code: { message: 'code formatting (`…`) is not allowed', fix: 'write it as plain text, or in quotation marks' },
  pre: { message: 'a code block (``` or an indented block) is not allowed', fix: 'write it as a paragraph; do not indent paragraphs' },
  blockquote: {
    message: 'a quotation block ("> ") is not allowed',
    fix: 'write it as a normal paragraph, and mark a quotation with quotation marks',
  },
  hr: { message: 'a horizontal rule ("---", "***" or "___" on its own line) is not allowed', fix: 'let the headings ("## ") separate the parts' },
};

/** What an editor typed that became something off the allow-list, in their words. */
function explain(found: Disallowed): Explained {
  const tag = found.tagName ?? '';
  if (found.kind === 'code') {
    return { message: 'curly braces or import/export lines are code, which is not allowed in the text', fix: MARKDOWN_FIX };
  }
  if (found.kind === 'jsx' && tag === 'br') {
    return { message: 'a line break is allowed only as <br /> exactly (no attributes), and only inside a table cell', fix: CELL_BREAK_FIX };
  }
  if (found.kind === 'jsx') return { message: `<${tag}> is HTML/JSX, which is not allowed in the text`, fix: MARKDOWN_FIX };
  if (found.kind === 'attribute' && /task-list/.test(found.value ?? '')) return TASK_LIST;
  if (found.kind === 'attribute' && /^dataFootnote/.test(found.attribute ?? '')) return FOOTNOTE;
  if (found.kind === 'attribute') {
    return { message: `${found.what} ("${found.value ?? ''}") is not allowed on the page`, fix: 'write the text in plain Markdown' };
  }
  const level = /^h([1-6])$/.exec(tag)?.[1];
  if (level) {
    return { message: `a level-${level} heading ("${'#'.repeat(Number(level))} ") is too deep`, fix: 'use "## " for sections and "### " for subsections' };
  }
  if (tag === 'img') {
    return {
      message: `an image${found.value ? ` ("${found.value}")` : ''} is not allowed in the notice`,
      fix: 'remove the image; the notice is text only (see "Links and images" in docs/editing.md)',
    };
  }
  if (tag === 'th' || tag === 'td' || tag === 'tr') {
    return { message: `a table cell (<${tag}>) outside a table is not allowed`, fix: 'write the table in Markdown: | a | b | lines with a |---| row' };
  }
  return BY_TAG[tag] ?? { message: `${found.what} is not allowed on the page`, fix: MARKDOWN_FIX };
}

/** Everything a file renders that is off the allow-list, once per place and kind. Link addresses are the URL rule's. */
export function checkAllowedOutput(entry: VersionFile): Problem[] {
  if (!entry.hast) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const found of findDisallowed(entry.hast)) {
    if (found.kind === 'attribute' && found.tagName === 'a' && found.attribute === 'href') continue;
    if (found.line !== undefined && found.line === entry.syntaxErrorLine) continue;
    const explained = explain(found);
    const key = `${found.line ?? ''}:${explained.message}`;
    // The footnotes' own section has no place in the source: its references were reported where they are.
    if (seen.has(key) || (found.line === undefined && seen.has(explained.message))) continue;
    seen.add(key).add(explained.message);
    // What the list refuses has the place of the node it is on; a node made by a plugin, where the text begins.
    const place = found.line === undefined ? placeOfSection(entry.text, {}) : placeAt(entry.text, found.line, found.column ?? 1);
    problems.push({ file: entry.path, ...place, ...explained });
  }
  return problems;
}

/** The output allow-list family, over every readable file. */
export const allowedOutputRule: ContentRule = ({ versions }) => versions.flatMap(checkAllowedOutput);
