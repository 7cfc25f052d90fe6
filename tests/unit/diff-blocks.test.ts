import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import { diffRows, diffSections, linkChanges, pairSequences, type DocumentDiff } from '~/lib/diff/diff';
import { escapeHtml, sectionsHtml } from '~/lib/diff/render-html';
import { diffLabels } from '~/lib/diff/labels';

const mdx = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
async function compare(older: string, newer: string): Promise<DocumentDiff> {
  const [a, b] = await Promise.all([parseSource(mdx(older), 'older.mdx'), parseSource(mdx(newer), 'newer.mdx')]);
  return diffSections(splitSections(a.tree), splitSections(b.tree), 'en');
}

describe('pairSequences: the one pairing rule', () => {
  const pairing = {
    same: (a: string) => `=${a}`,
    changed: (a: string, b: string) => `${a}>${b}`,
    only: (a: string, change: string) => `${change[0]}${a}`,
  };
  test.each([
    { older: ['a', 'b', 'c'], newer: ['a', 'b', 'c'], expected: ['=a', '=b', '=c'] },
    { older: ['a', 'b', 'c'], newer: ['a', 'x', 'c'], expected: ['=a', 'b>x', '=c'] },
    { older: ['a', 'c'], newer: ['a', 'b', 'c'], expected: ['=a', 'ab', '=c'] },
    { older: ['a', 'b', 'c'], newer: ['a', 'c'], expected: ['=a', 'rb', '=c'] },
    { older: ['a', 'b'], newer: ['x', 'y', 'z'], expected: ['a>x', 'b>y', 'az'] },
  ])('$older → $newer', ({ older, newer, expected }) => {
    expect(pairSequences(older, newer, (x, y) => x === y, pairing)).toEqual(expected);
  });
});

describe('diffRows: tables cell by cell', () => {
  const header = ['Category', 'Description'];
  test.each([
    {
      name: 'a changed cell: only that cell is marked, word by word',
      older: [header, ['Card', 'The last four digits']],
      newer: [header, ['Card', 'The last two digits']],
      expected: [
        ['unchanged', ['unchanged', 'unchanged']],
        ['changed', ['unchanged', 'changed']],
      ],
    },
    {
      name: 'an added row',
      older: [header, ['Card', 'Digits']],
      newer: [header, ['Card', 'Digits'], ['Gift card', 'Code']],
      expected: [
        ['unchanged', ['unchanged', 'unchanged']],
        ['unchanged', ['unchanged', 'unchanged']],
        ['added', ['added', 'added']],
      ],
    },
    {
      name: 'a removed row',
      older: [header, ['Card', 'Digits'], ['Gift card', 'Code']],
      newer: [header, ['Gift card', 'Code']],
      expected: [
        ['unchanged', ['unchanged', 'unchanged']],
        ['removed', ['removed', 'removed']],
        ['unchanged', ['unchanged', 'unchanged']],
      ],
    },
  ])('$name', ({ older, newer, expected }) => {
    const rows = diffRows(older, newer, 'en');
    expect(rows.map((row) => [row.change, row.cells.map((cell) => cell.change)])).toEqual(expected);
    expect(rows[0]?.header).toBe(true);
  });

  test('cells are never glued together', async () => {
    const table = (cell: string) => `## Data [#data]\n\n| Category | Description |\n| --- | --- |\n| Card | ${cell} |`;
    const html = sectionsHtml(await compare(table('Four digits'), table('Two digits')), {
      view: 'inline',
      from: 'a',
      to: 'b',
      labels: diffLabels('en'),
    });
    expect(html).toContain('<th scope="col">Category</th><th scope="col">Description</th>');
    expect(html).not.toContain('CategoryDescription');
    expect(html).toContain('<td data-label="Category">Card</td>');
  });
});

describe('linkChanges: an address that changed under the same words', () => {
  test.each([
    {
      name: 'same words, new address',
      older: [{ text: 'form', href: 'https://a/1' }],
      newer: [{ text: 'form', href: 'https://a/2' }],
      expected: [{ text: 'form', from: 'https://a/1', to: 'https://a/2' }],
    },
    { name: 'unchanged', older: [{ text: 'form', href: 'https://a/1' }], newer: [{ text: 'form', href: 'https://a/1' }], expected: [] },
    {
      name: 'new words: the text diff shows it',
      older: [{ text: 'form', href: 'https://a/1' }],
      newer: [{ text: 'page', href: 'https://a/2' }],
      expected: [],
    },
  ])('$name', ({ older, newer, expected }) => {
    expect(linkChanges(older, newer)).toEqual(expected);
  });

  test('a paragraph whose only change is a link target is a changed section', async () => {
    const diff = await compare(
      '## A [#a]\n\nSee [the form](https://example.org/old).',
      '## A [#a]\n\nSee [the form](https://example.org/new).',
    );
    expect(diff.sections.find((section) => section.id === 'a')?.kinds).toEqual(['changed']);
    expect(diff.sections[0]?.blocks[0]?.links).toEqual([
      { text: 'the form', from: 'https://example.org/old', to: 'https://example.org/new' },
    ]);
  });
});

describe('markMovedText: text that changed sections', () => {
  const moved = 'This paragraph says something long enough to be recognised when it moves elsewhere.';
  test('marked at both ends, each pointing at the other', async () => {
    const diff = await compare(
      `## A [#a]\n\nStays here.\n\n${moved}\n\n## B [#b]\n\nB text.`,
      `## A [#a]\n\nStays here.\n\n## B [#b]\n\nB text.\n\n${moved}`,
    );
    const [from, to] = [diff.sections[0]?.blocks.find((block) => block.moved), diff.sections[1]?.blocks.find((block) => block.moved)];
    expect(from?.moved).toEqual({ anchor: 'moved-1-from', other: 'moved-1-to', sectionId: 'b', direction: 'to' });
    expect(to?.moved).toEqual({ anchor: 'moved-1-to', other: 'moved-1-from', sectionId: 'a', direction: 'from' });
  });

  test('a short or a different text is not a move', async () => {
    const diff = await compare('## A [#a]\n\nSee below.\n\n## B [#b]\n\nB text.', '## A [#a]\n\n## B [#b]\n\nB text.\n\nSee below.');
    expect(diff.sections.flatMap((section) => section.blocks).some((block) => block.moved)).toBe(false);
  });
});

test.each([
  ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
  ['plain', 'plain'],
])('escapeHtml(%s)', (text, expected) => {
  expect(escapeHtml(text)).toBe(expected);
});
