import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import {
  diffItems,
  diffSections,
  diffText,
  normalizeWhitespace,
  type DocumentDiff,
  type SectionDiff,
  type WordPart,
} from '~/lib/diff/diff';

/** Builds a tiny MDX document: the frontmatter the site needs is irrelevant to the diff. */
const mdx = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
/** Parses two sources the way the site does and compares them. */
async function compare(older: string, newer: string): Promise<DocumentDiff> {
  const [a, b] = await Promise.all([parseSource(mdx(older), 'older.mdx'), parseSource(mdx(newer), 'newer.mdx')]);
  return diffSections(splitSections(a.tree), splitSections(b.tree));
}
const byId = (diff: DocumentDiff, id: string): SectionDiff | undefined => diff.sections.find((section) => section.id === id);
const words = (parts: WordPart[], kind: WordPart['kind']) => parts.filter((part) => part.kind === kind).map((part) => part.text.trim());
const allParts = (section: SectionDiff | undefined): WordPart[] =>
  (section?.blocks ?? []).flatMap((block) =>
    block.kind === 'list'
      ? block.items.flatMap((item) => item.parts)
      : block.kind === 'table'
        ? block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.parts))
        : block.parts,
  );

const base = `## Rights [#rights]

We keep your data safe.

- Access
- Erasure

## Contact [#contact]

Write to us.`;

describe('diffSections: what happened to each section', () => {
  test.each([
    {
      name: 'identical text',
      newer: base,
      expected: { rights: ['unchanged'], contact: ['unchanged'] },
    },
    {
      name: 'changed sentence',
      newer: base.replace('We keep your data safe.', 'We keep your data very safe.'),
      expected: { rights: ['changed'], contact: ['unchanged'] },
    },
    {
      name: 'added section',
      newer: `${base}\n\n## Cookies [#cookies]\n\nNone.`,
      expected: { rights: ['unchanged'], contact: ['unchanged'], cookies: ['added'] },
    },
    {
      name: 'removed section',
      newer: base.replace('\n\n## Contact [#contact]\n\nWrite to us.', ''),
      expected: { rights: ['unchanged'], contact: ['removed'] },
    },
    {
      name: 'renamed id with alias',
      newer: base.replace('[#rights]', '[#your-rights formerly: rights]'),
      expected: { 'your-rights': ['renamed'], contact: ['unchanged'] },
    },
    {
      name: 'renamed id and changed heading',
      newer: base.replace('## Rights [#rights]', '## Your rights [#your-rights formerly: rights]'),
      expected: { 'your-rights': ['renamed', 'changed'], contact: ['unchanged'] },
    },
    {
      name: 'moved section',
      newer: `## Contact [#contact]\n\nWrite to us.\n\n## Rights [#rights]\n\nWe keep your data safe.\n\n- Access\n- Erasure`,
      expected: { rights: ['moved'], contact: ['unchanged'] },
    },
    {
      name: 'changed list item',
      newer: base.replace('- Erasure', '- Erasure of data'),
      expected: { rights: ['changed'], contact: ['unchanged'] },
    },
    {
      name: 'whitespace-only change',
      newer: base.replace('We keep your data safe.', 'We  keep\nyour   data safe.  ').replace('- Access', '-   Access'),
      expected: { rights: ['unchanged'], contact: ['unchanged'] },
    },
  ])('$name', async ({ newer, expected }) => {
    const diff = await compare(base, newer);
    const kinds = Object.fromEntries(diff.sections.map((section) => [section.id, section.kinds]));
    expect(kinds).toEqual(expected);
  });
});

describe('diffSections: the words readers see inserted and deleted', () => {
  test.each([
    {
      name: 'changed sentence',
      newer: base.replace('We keep your data safe.', 'We keep your data very safe.'),
      id: 'rights',
      added: ['very'],
      removed: [],
    },
    {
      name: 'Norwegian letters stay inside words',
      older: '## Rettigheter [#rights]\n\nDu kan få innsyn i opplysningene.',
      newer: '## Rettigheter [#rights]\n\nDu kan få ærlig innsyn i øvrige opplysninger.',
      id: 'rights',
      added: ['ærlig', 'øvrige opplysninger'],
      removed: ['opplysningene'],
    },
    {
      name: 'changed list item',
      newer: base.replace('- Erasure', '- Erasure of data'),
      id: 'rights',
      added: ['of data'],
      removed: [],
    },
  ])('$name', async ({ older = base, newer, id, added, removed }) => {
    const parts = allParts(byId(await compare(older, newer), id));
    expect(words(parts, 'added')).toEqual(added);
    expect(words(parts, 'removed')).toEqual(removed);
  });
});

describe('diffSections: structure', () => {
  test('a changed subsection is changed and keeps its parent; the parent without own changes is unchanged', async () => {
    const older = '## Data [#data]\n\nIntro.\n\n### Given [#given]\n\nName and e-mail.';
    const newer = '## Data [#data]\n\nIntro.\n\n### Given [#given]\n\nName, phone and e-mail.';
    const diff = await compare(older, newer);
    expect(diff.sections.map(({ id, kinds, parentId, depth }) => ({ id, kinds, parentId, depth }))).toEqual([
      { id: 'data', kinds: ['unchanged'], parentId: undefined, depth: 2 },
      { id: 'given', kinds: ['changed'], parentId: 'data', depth: 3 },
    ]);
    expect(words(allParts(byId(diff, 'given')), 'added')).toEqual([', phone']);
  });

  test('a subsection moved to another parent is moved', async () => {
    const older = '## A [#a]\n\n### Sub [#sub]\n\nText.\n\n## B [#b]\n\nMore.';
    const newer = '## A [#a]\n\n## B [#b]\n\nMore.\n\n### Sub [#sub]\n\nText.';
    const diff = await compare(older, newer);
    expect(byId(diff, 'sub')?.kinds).toEqual(['moved']);
  });

  test('a list item added and one removed are diffed as items, not as one blob', async () => {
    const diff = await compare(base, base.replace('- Access\n- Erasure', '- Erasure\n- Portability'));
    const list = byId(diff, 'rights')?.blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((item) => item.change)).toEqual(['removed', 'unchanged', 'added']);
  });

  test('an empty section compared with itself is unchanged; text added to it is an added block', async () => {
    const older = '## Empty [#empty]\n\n## Next [#next]\n\nText.';
    const same = await compare(older, older);
    expect(byId(same, 'empty')).toMatchObject({ kinds: ['unchanged'], blocks: [] });
    const filled = await compare(older, '## Empty [#empty]\n\nNow with text.\n\n## Next [#next]\n\nText.');
    expect(byId(filled, 'empty')?.kinds).toEqual(['changed']);
    expect(byId(filled, 'empty')?.blocks).toEqual([{ kind: 'text', change: 'added', parts: [{ kind: 'added', text: 'Now with text.' }] }]);
  });

  test('a removed section stays where it was, and the summary counts every kind', async () => {
    const older = '## A [#a]\n\nOne.\n\n## B [#b]\n\nTwo.\n\n## C [#c]\n\nThree.';
    const newer = '## A [#a]\n\nOne, changed.\n\n## C [#c2 formerly: c]\n\nThree.\n\n## D [#d]\n\nFour.';
    const diff = await compare(older, newer);
    expect(diff.sections.map((section) => section.id)).toEqual(['a', 'b', 'c2', 'd']);
    expect(diff.summary).toEqual({ added: 1, removed: 1, renamed: 1, moved: 0, changed: 1 });
  });
});

describe('diffText and diffItems', () => {
  test.each([
    { older: 'same text', newer: 'same   text', expected: [{ kind: 'same', text: 'same text' }] },
    { older: '', newer: '', expected: [] },
    {
      older: 'blå bil',
      newer: 'grønn bil',
      expected: [
        { kind: 'removed', text: 'blå' },
        { kind: 'added', text: 'grønn' },
        { kind: 'same', text: ' bil' },
      ],
    },
  ])('diffText($older → $newer)', ({ older, newer, expected }) => {
    expect(diffText(older, newer)).toEqual(expected);
  });

  test.each([
    { older: ['a', 'b'], newer: ['a', 'b'], changes: ['unchanged', 'unchanged'] },
    { older: ['a', 'b'], newer: ['a', 'b c'], changes: ['unchanged', 'changed'] },
    { older: ['a'], newer: ['a', 'ny'], changes: ['unchanged', 'added'] },
    { older: ['a', 'gammel'], newer: ['a'], changes: ['unchanged', 'removed'] },
  ])('diffItems($older → $newer)', ({ older, newer, changes }) => {
    expect(diffItems(older, newer).map((item) => item.change)).toEqual(changes);
  });

  test.each([
    { input: '  a \n\t b  ', expected: 'a b' },
    { input: 'æ  ø  å', expected: 'æ ø å' },
  ])('normalizeWhitespace($input)', ({ input, expected }) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });
});
