import { describe, expect, test } from 'vitest';
import type { Section } from '~/lib/content/sections';
import { diffSections } from '~/lib/diff/diff';
import { sectionHistory, type HistoryStep } from '~/lib/versions/section-history';

const section = (id: string, text: string, aliases: string[] = []): Section => ({
  id,
  aliases,
  depth: id === 'intro' ? 1 : 2,
  // The heading text stays the same through a rename (the id is not shown).
  title: `Heading of ${aliases[0] ?? id}`,
  parentId: undefined,
  blocks: [{ kind: 'paragraph', text }],
  line: undefined,
});

// A made-up history: v1 has intro, rights, contact; v2 renames rights → your-rights (same text) and
// changes contact; v3 adds storage and changes the intro; v4 changes your-rights.
const versions: [string, Section[]][] = [
  ['v1', [section('intro', 'Hei.'), section('rights', 'Rettigheter.'), section('contact', 'Skriv til oss.')]],
  ['v2', [section('intro', 'Hei.'), section('your-rights', 'Rettigheter.', ['rights']), section('contact', 'Skriv til oss her.')]],
  [
    'v3',
    [
      section('intro', 'Hei igjen.'),
      section('your-rights', 'Rettigheter.', ['rights']),
      section('contact', 'Skriv til oss her.'),
      section('storage', 'Lagring.'),
    ],
  ],
  [
    'v4',
    [
      section('intro', 'Hei igjen.'),
      section('your-rights', 'Dine rettigheter.', ['rights']),
      section('contact', 'Skriv til oss her.'),
      section('storage', 'Lagring.'),
    ],
  ],
];
const stepsUpTo = (count: number): HistoryStep[] =>
  versions.slice(0, count).map(([version, sections], index) => {
    const previous = versions[index - 1];
    return { version, diff: previous ? diffSections(previous[1], sections) : undefined };
  });
const idsOf = (count: number) => (versions[count - 1]?.[1] ?? []).map((entry) => entry.id);

describe('sectionHistory', () => {
  test.each([
    { shown: 1, expected: {} },
    // Renamed only (same text): no line — the history goes on under the old id, which never changed.
    { shown: 2, expected: { contact: { kind: 'changed', version: 'v2', previous: 'v1', anchor: 'contact' } } },
    {
      shown: 3,
      expected: {
        contact: { kind: 'changed', version: 'v2', previous: 'v1', anchor: 'contact' },
        storage: { kind: 'added', version: 'v3', previous: 'v2', anchor: 'storage' },
      },
    },
    {
      shown: 4,
      expected: {
        'your-rights': { kind: 'changed', version: 'v4', previous: 'v3', anchor: 'your-rights' },
        contact: { kind: 'changed', version: 'v2', previous: 'v1', anchor: 'contact' },
        storage: { kind: 'added', version: 'v3', previous: 'v2', anchor: 'storage' },
      },
    },
  ])('version v$shown', ({ shown, expected }) => {
    // The intro changed in v3 but has no heading to put a line under.
    expect(Object.fromEntries(sectionHistory(stepsUpTo(shown), idsOf(shown)))).toEqual(expected);
  });

  test('a renamed section whose text changed with the rename is anchored at its new id', () => {
    const older = [section('rights', 'Rettigheter.')];
    const newer = [section('your-rights', 'Dine rettigheter.', ['rights'])];
    const steps = [
      { version: 'a', diff: undefined },
      { version: 'b', diff: diffSections(older, newer) },
    ];
    expect(sectionHistory(steps, ['your-rights']).get('your-rights')).toEqual({
      kind: 'changed',
      version: 'b',
      previous: 'a',
      anchor: 'your-rights',
    });
  });
});
