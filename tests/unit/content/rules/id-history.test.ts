import { describe, test } from 'vitest';
import { edit, NB25, EN25, CONTACT_NB, CONTACT_EN, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the id-history rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'id renamed without alias',
    breakIt: (f) => {
      edit(f, NB25, '[#contact]', '[#contact-us]');
      edit(f, EN25, '[#contact]', '[#contact-us]');
      edit(f, NB25, '(#contact)', '(#contact-us)');
      edit(f, EN25, '(#contact)', '(#contact-us)');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message:
      /the section "contact" of version 2024 seems renamed to "contact-us" \(same title\) without listing its old id — .*\[#contact-us formerly: contact\]/,
  },
  {
    kind: 'former id dropped',
    breakIt: (f) => {
      edit(f, NB25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, EN25, '[#your-rights formerly: rights]', '[#your-rights]');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 14,
    message: /the former id "rights" of "your-rights" \(in version 2024\) is no longer listed/,
  },
  {
    kind: 'id of a removed section reused',
    breakIt: (f) => {
      edit(f, NB25, CONTACT_NB, `${CONTACT_NB}\n\n## 3. Nytt [#gone]\n\nNy tekst.`);
      edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n## 3. New [#gone]\n\nNew text.`);
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 25,
    message: /the id "gone" was used for a section that was removed in version 2024 — an id is never reused/,
  },
  {
    kind: 'former id given to another section',
    breakIt: (f) => {
      edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#rights formerly: contact]');
      edit(f, EN25, '## 2. Contact [#contact]', '## 2. Contact [#rights formerly: contact]');
      edit(f, NB25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, EN25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, NB25, '(#contact)', '(#rights)');
      edit(f, EN25, '(#contact)', '(#rights)');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the id "rights" became a former id of the section "your-rights" in version 2024, so it cannot name another section/,
  },
];

describe('id-history rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
