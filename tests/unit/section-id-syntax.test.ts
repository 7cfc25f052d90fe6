import { describe, expect, test } from 'vitest';
import { parseHeadingMarker, sectionIdProblem } from '~/lib/content/section-id-syntax';
import { splitSections } from '~/lib/content/sections';
import { parseSource } from '~/lib/content/read-source';

describe('parseHeadingMarker', () => {
  test.each([
    ['7. Dine rettigheter [#your-rights]', 'your-rights', [], '7. Dine rettigheter', false],
    ['Your rights [#your-rights formerly: rights]', 'your-rights', ['rights'], 'Your rights', false],
    ['Rights [#your-rights formerly: rights, user-rights ]', 'your-rights', ['rights', 'user-rights'], 'Rights', false],
    ['2.1 Opplysninger du selv gir oss [#data-you-provide]  ', 'data-you-provide', [], '2.1 Opplysninger du selv gir oss', false],
    // The editor's answer to a rename question: a new section, not a renamed one.
    ['Cookies [#cookies new]', 'cookies', [], 'Cookies', true],
  ])('%s → #%s', (text, id, aliases, rest, isNew) => {
    expect(parseHeadingMarker(text)).toEqual({ ok: true, marker: { id, aliases, rest, isNew } });
  });

  test.each([
    ['Dine rettigheter', 'has no section id'],
    ['Dine rettigheter [#]', 'the section id is empty'],
    ['Dine rettigheter [#Your_Rights]', 'is not a valid section id'],
    ['Dine rettigheter [#dine-rettigheter-æøå]', 'is not a valid section id'],
    ['Dine rettigheter [#your-rights formerly:]', 'lists no ids'],
    ['Dine rettigheter [#your-rights formerly: your-rights]', 'its own former id'],
    ['Innhold [#toc]', 'used by the page itself'],
    ['Rettelser [#errata-heading]', 'used by the page itself'],
    ['Kontakt [#contact-title]', 'used by the page itself'],
    ['Kopier [#copy-label]', 'used by the page itself'],
    ['Dine rettigheter [#your--rights]', 'is not a valid section id'],
    ['Kontakt [#contact-us new formerly: contact]', 'contradict each other'],
    ['Flyttet [#moved-1-from]', 'used by the page itself'],
  ])('%s is rejected: %s', (text, problem) => {
    const result = parseHeadingMarker(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain(problem);
  });
});

describe('sectionIdProblem', () => {
  test.each([
    ['controller', undefined],
    ['data-we-collect', undefined],
    ['section-2', undefined],
    ['2-section', 'not a valid section id'],
    ['-leading', 'not a valid section id'],
    ['trailing-', 'not a valid section id'],
  ])('%s', (id, problem) => {
    const found = sectionIdProblem(id);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('remarkSectionIds through parseSource', () => {
  test('sets heading ids, strips markers and adds an anchor per former id', async () => {
    const { tree } = await parseSource('## Rettigheter [#your-rights formerly: rights]\n\nTekst.\n', 'nb/2025.mdx');
    const heading = tree.children[0];
    expect(heading?.type).toBe('heading');
    expect(heading?.data?.hProperties).toMatchObject({ id: 'your-rights' });
    expect(JSON.stringify(heading)).not.toContain('[#');
    expect(splitSections(tree).map(({ id, aliases, depth, title, line }) => ({ id, aliases, depth, title, line }))).toEqual([
      { id: 'your-rights', aliases: ['rights'], depth: 2, title: 'Rettigheter', line: 1 },
    ]);
  });

  test.each([
    ['## Uten id\n', 1, 'has no section id'],
    ['## A [#same]\n\n## B [#same]\n', 3, 'already used on line 1'],
    ['## A [#a formerly: b]\n\n## B [#b]\n', 3, 'already used on line 1'],
    ['# Tittel [#title]\n', 1, 'the title comes from `title:`'],
    ['Tekst\n\n### Del [#Del]\n', 3, 'not a valid section id'],
  ])('reports %j at line %i', async (source, line, reason) => {
    await expect(parseSource(source, 'content/privacy/nb/2025.mdx')).rejects.toThrow(`content/privacy/nb/2025.mdx:${line}: `);
    await expect(parseSource(source, 'content/privacy/nb/2025.mdx')).rejects.toThrow(reason);
  });

  test('reports every problem in the file at once', async () => {
    const error = await parseSource('## A\n\n## B\n\n## C [#c]\n', 'x.mdx').catch((caught: Error) => caught);
    expect(String(error)).toContain('x.mdx:1: ');
    expect(String(error)).toContain('x.mdx:3: ');
    expect(String(error)).not.toContain('x.mdx:5: ');
  });
});
