import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import { fixtureFiles, LANGUAGES, versionName } from '../fixtures/large-notice/generate';

/*
 * The generated large notice has the shapes real notices have, read as the site reads it:
 * 30 versions in both languages of 40–80 KB each, a first version of 40 sections with
 * subsections and three tables, and by the last version former ids, recorded "new"
 * answers and a line break in a table cell.
 */
const COUNT = 30;
const files = fixtureFiles(COUNT);
const sectionsOf = async (lang: string, index: number) => {
  const key = `large/${lang}/${versionName(index)}.mdx`;
  return splitSections((await parseSource(files.get(key) ?? '', key)).tree);
};

describe('the generated large notice', () => {
  test('30 versions in nb and en, each 40–80 KB', () => {
    expect(files.size).toBe(COUNT * LANGUAGES.length);
    for (const [key, text] of files) {
      expect(Buffer.byteLength(text), key).toBeGreaterThan(40_000);
      expect(Buffer.byteLength(text), key).toBeLessThan(80_000);
    }
  });

  test.each(LANGUAGES)(
    'its first version (%s): 40 sections, 20 subsections, 3 tables',
    async (lang) => {
      const sections = await sectionsOf(lang, 0);
      expect(sections.filter((section) => section.depth === 2)).toHaveLength(40);
      expect(sections.filter((section) => section.depth === 3)).toHaveLength(20);
      expect(sections.flatMap((section) => section.blocks).filter((block) => block.kind === 'table')).toHaveLength(3);
    },
    30_000,
  );

  test.each(LANGUAGES)(
    'its last version (%s): renamed sections keep their former ids, "new" answers stay, a cell holds two lines',
    async (lang) => {
      const sections = await sectionsOf(lang, COUNT - 1);
      expect(
        Object.fromEntries(sections.filter((section) => section.aliases.length > 0).map((section) => [section.id, section.aliases])),
      ).toEqual({
        email: ['email-address'],
        'further-information': ['questions'],
        'retention-periods': ['retention'],
      });
      expect(sections.filter((section) => section.declaredNew).map((section) => section.id)).toEqual(['app-data', 'chat-support']);
      const cells = sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' ? block.rows.flat() : [])));
      expect(cells.filter((cell) => cell.includes('\n'))).toHaveLength(1);
    },
    30_000,
  );
});
