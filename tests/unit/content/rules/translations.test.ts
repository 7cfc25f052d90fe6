import { describe, test } from 'vitest';
import { edit, EN25, RIGHTS_EN, CONTACT_EN, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the translation rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'missing translation',
    breakIt: (f) => {
      delete f[EN25];
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 5,
    quote: 'version: "2025"',
    message: /there is no en translation of this version \(content\/privacy\/en\/2025.mdx is missing\)/,
  },
  {
    kind: 'extra section in one language',
    breakIt: (f) => edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n## 3. Extra [#extra]\n\nOnly in English.`),
    file: 'content/privacy/en/2025.mdx',
    line: 25,
    message: /the section "extra" is not in nb\/2025.mdx — every language must have the same sections/,
  },
  {
    kind: 'list item dropped in a translation',
    breakIt: (f) => edit(f, EN25, '\n- Item two', ''),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the section "your-rights" has 1 list items here but 2 in nb\/2025.mdx/,
  },
  {
    kind: 'paragraph dropped in a translation',
    breakIt: (f) => edit(f, EN25, 'Text about rights. See [contact](#contact).\n\n', ''),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the section "your-rights" is made of a list of 2 items here but a paragraph, a list of 2 items in nb\/2025.mdx/,
  },
  {
    kind: 'sections in another order in a translation',
    breakIt: (f) =>
      edit(
        f,
        EN25,
        `${RIGHTS_EN('[#your-rights formerly: rights]')}\n\n${CONTACT_EN}`,
        `${CONTACT_EN}\n\n${RIGHTS_EN('[#your-rights formerly: rights]')}`,
      ),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the sections come in a different order than in nb\/2025.mdx, starting with "contact"/,
  },
  {
    kind: 'languages disagree on the date',
    breakIt: (f) => edit(f, EN25, 'updated: "2025"', 'updated: "2025-03"'),
    file: 'content/privacy/en/2025.mdx',
    line: 6,
    message: /"updated" is "2025-03" here but "2025" in nb\/2025.mdx/,
  },
];

describe('translation rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
