import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dictionaries, localeInfo } from '~/i18n';
import { formatPartialDate } from '~/lib/site/dates';
import { splitSections, type Section } from '~/lib/content/sections';
import { parseSource } from '~/lib/content/read-source';
import { blockText } from '~/lib/diff/similarity';

// The authoritative Norwegian text (a copy of the seed the company gave us,
// tests/fixtures/source/README.md) must be exactly what the nb source says.
const seed = readFileSync(new URL('../fixtures/source/privacy-nb-2025.txt', import.meta.url), 'utf8');

async function load(path: string) {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const { data, tree } = await parseSource(text, path);
  return { data, sections: splitSections(tree) };
}

/** The text lines a reader sees, in the seed's own form: headings, paragraphs (line by line), "- " list items. */
function readerLines(data: Record<string, unknown>, sections: Section[], lastUpdatedLabel: string, locale: string): string[] {
  const lines = [String(data['byline']), `${lastUpdatedLabel}: ${formatPartialDate(String(data['updated']), locale)}`];
  for (const section of sections) {
    if (section.title) lines.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'list') lines.push(...block.items.map((item) => `- ${item}`));
      else lines.push(...blockText(block).split('\n'));
    }
  }
  return lines;
}

/** The shape two translations must share: ids, levels, and the kind and item count of every block. */
function structure(sections: Section[]) {
  return sections.map(({ id, aliases, depth, parentId, blocks }) => ({
    id,
    aliases,
    depth,
    parentId,
    blocks: blocks.map((block) => (block.kind === 'list' ? `list:${block.items.length}` : block.kind)),
  }));
}

describe('the published privacy notice, 2025', () => {
  test('the Norwegian text says exactly what the authoritative text says, line by line', async () => {
    const { data, sections } = await load('content/privacy/nb/2025.mdx');
    const expected = seed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(readerLines(data, sections, dictionaries.nb['policy.lastUpdated'], localeInfo.nb.intl)).toEqual(expected);
  });

  test('the English translation has the same sections, subsections, paragraphs and list items', async () => {
    const nb = await load('content/privacy/nb/2025.mdx');
    const en = await load('content/privacy/en/2025.mdx');
    expect(structure(en.sections)).toEqual(structure(nb.sections));
  });

  test.each([['Johnsentechnology AS'], ['934 290 909'], ['Kongsgård alle 61'], ['lars@loddo.no'], ['https://jtec.no']])(
    'the English text keeps "%s" unchanged, as often as the Norwegian',
    async (fact) => {
      const count = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').split(fact).length - 1;
      expect(count('content/privacy/en/2025.mdx')).toBeGreaterThan(0);
      expect(count('content/privacy/en/2025.mdx')).toBe(count('content/privacy/nb/2025.mdx'));
    },
  );
});
