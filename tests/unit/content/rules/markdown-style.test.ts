import { describe, test } from 'vitest';
import { edit, NB25, EN25, CONTACT_NB, CONTACT_EN, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the Markdown style rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'bare web address (remark-lint)',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for https://eksempel.no i dag.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    column: 16,
    quote: 'https://eksempel.no',
    message: /a web address is written as bare text — write it as a link/,
  },
  {
    kind: 'raw HTML (the output allow-list)',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for <b>testdata</b>.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    column: 16,
    message: /<b> is HTML\/JSX, which is not allowed in the text — write it in Markdown/,
  },
  {
    kind: 'heading too deep (the output allow-list)',
    breakIt: (f) => {
      edit(f, NB25, CONTACT_NB, `${CONTACT_NB}\n\n#### Dypt [#deep]\n\nTekst.`);
      edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n#### Deep [#deep]\n\nText.`);
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 25,
    column: 1,
    message: /a level-4 heading \("#### "\) is too deep — use "## " for sections and "### " for subsections/,
  },
];

describe('Markdown style rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
