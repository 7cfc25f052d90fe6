import { describe, expect, test } from 'vitest';
import { addErratum, readErrata, removeFrontmatterField, setFrontmatterField } from '~/lib/content/frontmatter';

const SOURCE = `---
title: Personvern
version: "2025"
status: published
errata:
  - date: "2025-02-01"
    note: Rettet en skrivefeil.
summary: Første versjon.
---

## Tekst [#text]

status: this line is text, not frontmatter
`;

describe('frontmatter edits keep the rest of the file as written', () => {
  test.each([
    ['status', 'draft', 'status: draft'],
    ['version', '2026-03', 'version: 2026-03'],
    ['version', '2026', 'version: "2026"'],
    ['updated', '2026-11-28', 'updated: "2026-11-28"'],
    ['summary', 'TODO: write: a summary', 'summary: "TODO: write: a summary"'],
  ])('setFrontmatterField(%s, %s) writes %s', (field, value, line) => {
    const edited = setFrontmatterField(SOURCE, field, value);
    expect(edited.split('\n')).toContain(line);
    expect(edited.endsWith('## Tekst [#text]\n\nstatus: this line is text, not frontmatter\n')).toBe(true);
  });

  test.each([
    ['errata', ['title: Personvern', 'version: "2025"', 'status: published', 'summary: Første versjon.']],
    [
      'status',
      [
        'title: Personvern',
        'version: "2025"',
        'errata:',
        '  - date: "2025-02-01"',
        '    note: Rettet en skrivefeil.',
        'summary: Første versjon.',
      ],
    ],
  ])('removeFrontmatterField(%s) removes the field and its indented lines only', (field, remaining) => {
    const lines = removeFrontmatterField(SOURCE, field).split('\n');
    expect(lines.slice(1, lines.indexOf('---', 1))).toEqual(remaining);
  });

  test.each([
    [SOURCE, 2],
    [removeFrontmatterField(SOURCE, 'errata'), 1],
  ])('addErratum appends to the errata list (%#)', (text, count) => {
    const edited = addErratum(text, '2026-11-28', 'Rettet «personopplysninger»: stavemåte');
    expect(readErrata(edited)).toHaveLength(count);
    expect(readErrata(edited).at(-1)).toEqual({ date: '2026-11-28', note: 'Rettet «personopplysninger»: stavemåte' });
  });
});
