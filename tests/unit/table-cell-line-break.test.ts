import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import { diffSections } from '~/lib/diff/diff';

/*
 * A table cell may hold a line break, written `<br />`: the words on either side of it are
 * two lines to a reader, so the section text (what the diff, the rename check and the
 * translation checks compare) keeps them apart instead of gluing "it" and "then" into one word.
 */
const notice = (cell: string) =>
  `---\ntitle: x\n---\n\n## 1. Storage [#storage]\n\n| Data | Period |\n| --- | --- |\n| Account | ${cell} |\n`;
const sectionsOf = async (cell: string) => splitSections((await parseSource(notice(cell), 'storage.mdx')).tree);

describe('a line break in a table cell', () => {
  test.each([
    { cell: 'Until you delete it<br />then 30 days', expected: 'Until you delete it\nthen 30 days' },
    { cell: 'Until you delete it<br/>then 30 days', expected: 'Until you delete it\nthen 30 days' },
    { cell: 'Until you delete it', expected: 'Until you delete it' },
  ])('$cell', async ({ cell, expected }) => {
    const storage = (await sectionsOf(cell)).find((section) => section.id === 'storage');
    expect(storage?.blocks[0]).toMatchObject({
      kind: 'table',
      rows: [
        ['Data', 'Period'],
        ['Account', expected],
      ],
    });
  });

  test('a second line added after a break is the one change in the diff, as whole words', async () => {
    const diff = diffSections(await sectionsOf('Until you delete it'), await sectionsOf('Until you delete it<br />then 30 days'), 'en');
    const table = diff.sections.find((section) => section.id === 'storage')?.blocks[0];
    if (table?.kind !== 'table') throw new Error('expected a table');
    const cell = table.rows[1]?.cells[1];
    expect(cell?.change).toBe('changed');
    expect(cell?.parts.filter((part) => part.kind !== 'same').map((part) => part.text.trim())).toEqual(['then 30 days']);
  });
});
