import { describe, test } from 'vitest';
import { edit, EN25, expectBadInput, NB25, versionText, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
const INTRO = 'Innledning for testdata.';

/** Sources the check and the build must always be able to read: YAML tags, deep nesting, documents sharing an address. */
const cases: BadInput[] = [
  {
    kind: 'a YAML tag that builds a function (!!js/function)',
    breakIt: (f) => edit(f, NB25, 'summary: Testversjon.', 'summary: !!js/function "function () { return 1 }"'),
    file: FILE,
    line: 9,
    message: /the YAML tag "!!js\/function" is not allowed here — remove the word starting with "!"/,
  },
  {
    kind: 'a custom YAML tag',
    breakIt: (f) => edit(f, NB25, 'summary: Testversjon.', 'summary: !tekst Testversjon.'),
    file: FILE,
    line: 9,
    message: /the YAML tag "!tekst" is not allowed here/,
  },
  {
    kind: '5,000 quotation markers',
    breakIt: (f) => edit(f, NB25, INTRO, `${'> '.repeat(5000)}x`),
    file: FILE,
    line: 12,
    column: 1,
    message: /the text is nested more than 40 levels deep with quotation marks \(">"\) — remove the extra markers/,
  },
  {
    kind: '10,000 emphasis marks',
    breakIt: (f) => edit(f, NB25, INTRO, `${'*'.repeat(10000)}x${'*'.repeat(10000)}`),
    file: FILE,
    line: 12,
    column: 1,
    message: /the text is nested more than 40 levels deep with emphasis marks/,
  },
  {
    kind: '2,000 nested list markers',
    breakIt: (f) => edit(f, NB25, INTRO, `${'- '.repeat(2000)}x`),
    file: FILE,
    line: 12,
    column: 1,
    message: /the text is nested more than 40 levels deep with list markers/,
  },
  {
    kind: 'a second document with the same slug as the first',
    breakIt: (f) => {
      f['vilkar/nb/2025.mdx'] = versionText('nb', '2025', { status: 'draft', sections: '## 1. Vilkår [#terms]\n\nTekst.' });
      f['vilkar/en/2025.mdx'] = versionText('en', '2025', { status: 'draft', sections: '## 1. Terms [#terms]\n\nText.' });
    },
    file: 'content/vilkar/nb/2025.mdx',
    line: 4,
    message: /the slug "testdata" is already the address of the document "privacy" \(content\/privacy\/nb\/2023.mdx\) — give this document a slug of its own/,
  },
  {
    kind: 'a task list in the English file too (each language is judged on its own page)',
    breakIt: (f) => edit(f, EN25, '- Item one', '- [ ] Item one'),
    file: 'content/privacy/en/2025.mdx',
    line: 18,
    column: 1,
    message: /a task-list box/,
  },
];

describe('sources that can always be read', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);
});
