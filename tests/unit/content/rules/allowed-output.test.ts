import { describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, EN25, expectBadInput, lockOf, NB25, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
const INTRO = 'Innledning for testdata.';
/** Replaces the introduction (line 12) with the given Markdown. */
const asIntro = (markdown: string) => (f: Record<string, string>) => edit(f, NB25, INTRO, markdown);
const TABLE = (cell: string) => `| Kategori | Lagringstid |\n| :--- | ---: |\n| Kunder | ${cell} |`;

/** Each way of putting something on the page that the output allow-list refuses, with what to write instead. */
const cases: BadInput[] = [
  {
    kind: 'footnote (adds an English "Footnotes" heading outside the sections)',
    breakIt: (f) => {
      edit(f, NB25, INTRO, 'Innledning for testdata.[^1]');
      f[NB25] += '\n[^1]: En fotnote.\n';
    },
    file: FILE,
    line: 12,
    column: 25,
    message: /a footnote \(\[\^…\]\) is not allowed: .* — write the note in the text itself/,
  },
  {
    kind: 'task list (publishes a checkbox)',
    breakIt: (f) => edit(f, NB25, '- Punkt én', '- [x] Vi selger dataene dine'),
    file: FILE,
    line: 18,
    column: 1,
    message: /a task-list box \("\[ \]" or "\[x\]" .*\) is not allowed: it shows readers a checkbox — write a plain list item/,
  },
  {
    kind: 'strikethrough',
    breakIt: asIntro('Innledning for ~~testdata~~.'),
    file: FILE,
    line: 12,
    column: 16,
    message: /struck-through text \(~~…~~\) is not allowed/,
  },
  { kind: 'inline code', breakIt: asIntro('Innledning for `testdata`.'), file: FILE, line: 12, column: 16, message: /code formatting \(`…`\) is not allowed/ },
  { kind: 'fenced code block', breakIt: asIntro('```\nkode\n```'), file: FILE, line: 12, column: 1, message: /a code block .* is not allowed/ },
  { kind: 'quotation block', breakIt: asIntro('> Innledning for testdata.'), file: FILE, line: 12, column: 1, message: /a quotation block \("> "\) is not allowed/ },
  { kind: 'horizontal rule', breakIt: asIntro('Innledning.\n\n***'), file: FILE, line: 14, column: 1, message: /a horizontal rule .* is not allowed — let the headings/ },
  {
    kind: 'level-5 heading',
    breakIt: (f) => edit(f, NB25, '- Punkt to', '- Punkt to\n\n##### Dypt [#deep]'),
    file: FILE,
    line: 21,
    column: 1,
    message: /a level-5 heading \("##### "\) is too deep/,
  },
  {
    kind: '<br /> outside a table cell',
    breakIt: asIntro('Innledning for<br />testdata.'),
    file: FILE,
    line: 12,
    column: 15,
    message: /a line break is allowed only as <br \/> exactly .* — .*end the line with a backslash/,
  },
  {
    kind: '<br> not closed, in a table cell (MDX cannot read it)',
    breakIt: asIntro(TABLE('3 år<br>deretter slettet')),
    file: FILE,
    line: 14,
    column: 16,
    message: /a line break written <br> cannot be read: MDX needs it closed — write <br \/> exactly/,
  },
  {
    kind: '<br /> with an attribute, in a table cell',
    breakIt: asIntro(TABLE('3 år<br class="x" />deretter')),
    file: FILE,
    line: 14,
    column: 16,
    message: /a line break is allowed only as <br \/> exactly \(no attributes\), and only inside a table cell/,
  },
  { kind: 'JSX component', breakIt: asIntro('<Varsel />'), file: FILE, line: 12, column: 1, message: /<Varsel> is HTML\/JSX, which is not allowed/ },
  { kind: 'JSX <details> block', breakIt: asIntro('<details>\n\nSkjult tekst.\n\n</details>'), file: FILE, line: 12, column: 1, message: /<details> is HTML\/JSX/ },
  { kind: 'MDX expression', breakIt: asIntro('Innledning for {"testdata"}.'), file: FILE, line: 12, column: 16, message: /curly braces or import\/export lines are code/ },
  { kind: 'MDX comment', breakIt: asIntro('Innledning {/* skjult */} for testdata.'), file: FILE, line: 12, column: 12, message: /curly braces or import\/export lines are code/ },
  { kind: 'export line', breakIt: asIntro('export const x = 1'), file: FILE, line: 12, column: 1, message: /curly braces or import\/export lines are code/ },
];

describe('the output allow-list', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);

  test('tables with alignment and <br /> inside a cell are allowed, in both languages', async () => {
    const files = baseFiles();
    edit(files, NB25, '- Punkt to', `- Punkt to\n\n${TABLE('3 år<br />deretter slettet')}`);
    edit(files, EN25, '- Item two', '- Item two\n\n| Category | Retention |\n| :--- | ---: |\n| Customers | 3 years<br />then deleted |');
    expect(await checkContent(contentSet(files, lockOf(files)))).toEqual([]);
  });

  test('an MDX syntax error does not hide the file’s other problems', async () => {
    const files = baseFiles();
    edit(files, NB25, INTRO, 'Innledning for {testdata.');
    edit(files, NB25, '(#contact)', '(javascript:alert(1))');
    const problems = await checkContent(contentSet(files, lockOf(files)));
    const messages = problems.filter((problem) => problem.file === FILE).map((problem) => `${problem.line}: ${problem.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^12: the MDX cannot be read/), expect.stringMatching(/^16: the link "javascript:alert\(1\)" uses "javascript:"/)]));
  });
});
