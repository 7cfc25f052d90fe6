import { describe, expect, test } from 'vitest';
import { addErratum, readErrata, readFrontmatter, removeFrontmatterField, setFrontmatterField } from '~/lib/content/frontmatter-yaml';

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

describe('frontmatter edits keep the rest of the file, and the quoting of each value, as written', () => {
  test.each([
    ['status', 'draft', 'status: draft'],
    ['version', '2026-03', 'version: "2026-03"'],
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

describe('reading the frontmatter', () => {
  test.each([
    ['---\ntitle: A\nslug: b\n---\n\nslug: not frontmatter\n', { title: 2, slug: 3 }],
    ['---\nerrata:\n  - date: "2025-01-01"\n    note: x\nstatus: draft\n---\n', { errata: 2, status: 5 }],
    ['no frontmatter\ntitle: x\n', {}],
  ])('finds the line of each top-level field (%#)', (text, lines) => {
    expect(Object.fromEntries(readFrontmatter(text).fieldLines)).toEqual(lines);
  });

  test.each([
    ['a duplicate field, at the second one', '---\ntitle: A\nslug: b\ntitle: C\n---\n', 4, /unique/],
    ['an anchor and alias', '---\ntitle: &a A\nslug: *a\n---\n', 3, /anchors and aliases/],
  ])('reports %s at its line in the file', (_, text, line, reason) => {
    const [problem] = readFrontmatter(text).problems;
    expect(problem?.line).toBe(line);
    expect(problem?.reason).toMatch(reason);
  });

  test('keeps quoted dates as text and unquoted ones as dates, as Astro reads them', () => {
    const { data } = readFrontmatter('---\nupdated: "2025-06-01"\nother: 2025-06-01\n---\n');
    expect(data.updated).toBe('2025-06-01');
    expect(data.other).toBeInstanceOf(Date);
  });
});
