import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, lockOf, NB25, EN25, CONTACT_NB, CONTACT_EN, expectBadInput, type BadInput } from '../base-set';

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
      /the section "contact" of version 2024 is gone, and "2. Kontakt" \[#contact-us\] looks like it renamed \(score 1.00: heading 1.00, text 1.00; similar heading and 100 % of the text is the same\) — .*\[#contact-us formerly: contact\].*\[#contact-us new\]/,
  },
  {
    kind: 'a section that existed before takes another section\'s old id',
    breakIt: (f) => {
      for (const [key, heading] of [
        [NB25, '## 2. Kontakt'],
        [EN25, '## 2. Contact'],
      ] as const) {
        edit(f, key, `${heading} [#contact]`, `${heading} [#contact-us]`);
        edit(f, key, '[#your-rights formerly: rights]', '[#your-rights formerly: rights, contact]');
      }
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 14,
    message:
      /"your-rights" already existed in version 2024, when "contact" was another section \("2. Kontakt"\), so it cannot take "contact" as a former id: old links to #contact would open this section/,
  },
  {
    kind: '"new" and "formerly:" together',
    breakIt: (f) => {
      edit(f, NB25, '[#contact]', '[#contact-us new formerly: contact]');
      edit(f, EN25, '[#contact]', '[#contact-us new formerly: contact]');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /"new" and "formerly:" contradict each other/,
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

  test('an editor who answers "new" is not asked again', async () => {
    const files = baseFiles();
    const lock = lockOf(files);
    for (const key of [NB25, EN25]) {
      edit(files, key, '[#contact]', '[#contact-us new]');
      edit(files, key, '(#contact)', '(#contact-us)');
    }
    const problems = await checkContent(contentSet(files, lock));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
