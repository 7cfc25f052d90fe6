import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, EN25, expectBadInput, lockOf, NB25, type BadInput } from '../base-set';

/** Acknowledges a one-language change in a file of the base set (after its summary line). */
const acknowledge = (files: Record<string, string>, key: string, entries: string) =>
  edit(files, key, /^(summary: .*)$/m, `$1\nwordingOnly:\n${entries}`);

/** Each way a translation can drift, or an acknowledgement be wrong, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'a Norwegian-only change to a paragraph, reported on the English file',
    breakIt: (f) => edit(f, NB25, 'Tekst om rettigheter.', 'Tekst om rettighetene dine.'),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message:
      /the section "your-rights" changed in Norwegian since version 2024 \(paragraph 1, content\/privacy\/nb\/2025.mdx\) but not here — translate the change into this file; or, .*wordingOnly: \[\{ section: your-rights/,
  },
  {
    kind: 'an English-only change to a list item, reported on the Norwegian file',
    breakIt: (f) => edit(f, EN25, '- Item two', '- Item two, reworded'),
    file: 'content/privacy/nb/2025.mdx',
    line: 14,
    message: /the section "your-rights" changed in English since version 2024 \(list item 2, content\/privacy\/en\/2025.mdx\) but not here/,
  },
  {
    kind: 'a one-language change to a heading',
    breakIt: (f) => edit(f, EN25, '## 2. Contact [#contact]', '## 2. Contact us [#contact]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the section "contact" changed in English since version 2024 \(the title, /,
  },
  {
    kind: 'an acknowledgement of a section the version does not have',
    breakIt: (f) => acknowledge(f, EN25, '  - section: nowhere\n    reason: Clearer wording.'),
    file: 'content/privacy/en/2025.mdx',
    line: 11,
    message: /"wordingOnly" names the section "nowhere", which this version does not have/,
  },
  {
    kind: 'an acknowledgement of a section that changed in both languages',
    breakIt: (f) => {
      edit(f, NB25, 'Tekst om rettigheter.', 'Ny tekst om rettigheter.');
      edit(f, EN25, 'Text about rights.', 'New text about rights.');
      acknowledge(f, EN25, '  - section: your-rights\n    reason: Clearer wording.');
    },
    file: 'content/privacy/en/2025.mdx',
    line: 11,
    message: /"your-rights" is acknowledged as a change in English only, but it changed in every language since version 2024 — .*remove this entry/,
  },
  {
    kind: 'an acknowledgement of a section that did not change',
    breakIt: (f) => acknowledge(f, NB25, '  - section: contact\n    reason: Rettet skrivefeil.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 11,
    message: /"contact" is acknowledged as a change in Norwegian only, but it did not change here since version 2024/,
  },
];

describe('translation drift', () => {
  test.each(cases)('$kind', expectBadInput);

  test.each([
    ['an acknowledged English-only rewording', EN25, 'Text about rights.', 'Text on rights.'],
    ['an acknowledged Norwegian-only typo fix', NB25, 'Tekst om rettigheter.', 'Tekst om rettighetar.'],
  ])('%s passes', async (_, key, from, to) => {
    const files = baseFiles();
    const lock = lockOf(files);
    edit(files, key, from, to);
    acknowledge(files, key, '  - section: your-rights\n    reason: Wording only.');
    expect((await checkContent(contentSet(files, lock))).map(formatProblem)).toEqual([]);
  });

  test('the same change made in both languages passes without an acknowledgement', async () => {
    const files = baseFiles();
    const lock = lockOf(files);
    edit(files, NB25, 'Tekst om rettigheter.', 'Ny tekst om rettigheter.');
    edit(files, EN25, 'Text about rights.', 'New text about rights.');
    expect(await checkContent(contentSet(files, lock))).toEqual([]);
  });
});
