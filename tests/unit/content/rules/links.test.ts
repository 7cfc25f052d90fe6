import { describe, test } from 'vitest';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the link rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'broken internal link',
    breakIt: (f) => edit(f, NB25, '(#contact)', '(#kontakt)'),
    file: 'content/privacy/nb/2025.mdx',
    line: 16,
    message:
      /the link "#kontakt" goes to no section in this file — link to one of the section ids of this file: #your-rights, #rights, #contact/,
  },
  {
    kind: 'malformed e-mail link',
    breakIt: (f) => edit(f, NB25, '(mailto:post@eksempel.no)', '(mailto:post@eksempel)'),
    file: 'content/privacy/nb/2025.mdx',
    line: 23,
    message: /the e-mail link "mailto:post@eksempel" is not a valid address/,
  },
  {
    kind: 'malformed web link',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for [testdata](https://eksempel no/side).'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    message: /is not a web address, an e-mail address or a section link|the web link .* is not a valid address/,
  },
];

describe('link rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
