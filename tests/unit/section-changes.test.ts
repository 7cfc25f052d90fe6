import { describe, expect, test } from 'vitest';
import type { Section, SectionBlock } from '~/lib/content/sections';
import { changedSections, firstChange } from '~/lib/diff/section-changes';

const section = (title: string, blocks: SectionBlock[], id = 'retention', aliases: string[] = []): Section => ({
  id,
  aliases,
  depth: 2,
  title,
  parentId: undefined,
  blocks,
  line: 1,
});
const paragraph = (text: string): SectionBlock => ({ kind: 'paragraph', text });
const list = (...items: string[]): SectionBlock => ({ kind: 'list', ordered: false, items });

describe('where a section changed', () => {
  test.each([
    ['nothing', section('6. Lagring', [paragraph('Vi lagrer.')]), section('6. Lagring', [paragraph('Vi  lagrer.')]), undefined],
    ['the title', section('6. Lagring', []), section('6. Lagring og sletting', []), 'the title'],
    [
      'paragraph 2',
      section('T', [paragraph('a'), list('x'), paragraph('b')]),
      section('T', [paragraph('a'), list('x'), paragraph('c')]),
      'paragraph 2',
    ],
    ['list item 3', section('T', [list('x', 'y'), list('z')]), section('T', [list('x', 'y'), list('w')]), 'list item 3'],
    ['an added list item', section('T', [list('x')]), section('T', [list('x', 'y')]), 'list item 2'],
    ['an added block', section('T', [paragraph('a')]), section('T', [paragraph('a'), paragraph('b')]), 'block 2'],
  ])('%s', (_, older, newer, where) => {
    expect(firstChange(older, newer)).toBe(where);
  });

  test('a renamed section is compared with the section of its former id', () => {
    const older = [section('Rights', [paragraph('a')], 'rights')];
    const newer = [section('Rights', [paragraph('b')], 'your-rights', ['rights']), section('New', [paragraph('n')], 'new')];
    expect(changedSections(older, newer)).toEqual([{ id: 'your-rights', firstChange: 'paragraph 1' }]);
  });
});
