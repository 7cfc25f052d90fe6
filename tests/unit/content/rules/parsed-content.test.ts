import { describe, test } from 'vitest';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the reading rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'MDX syntax error: an HTML tag MDX cannot read',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for barn <13 år.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    column: 21,
    quote: '<13 år.',
    message: /the MDX cannot be read: a "<" starts an HTML tag here, which the notice cannot contain — to show < as text, write \\</,
  },
  {
    kind: 'duplicate id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#your-rights]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the id "your-rights" is already used on line 14 — every section needs its own id/,
  },
  {
    kind: 'missing id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the heading "2. Kontakt" has no section id — add one at the end of the line/,
  },
  {
    kind: 'malformed id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#Kontakt_oss]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /"Kontakt_oss" is not a valid section id — use lowercase English words/,
  },
  {
    kind: 'MDX syntax error',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for {testdata.'),
    file: 'content/privacy/nb/2025.mdx',
    // MDX stops at the end of the line: the place is the unclosed { itself.
    line: 12,
    column: 16,
    quote: '{testdata.',
    message: /the MDX cannot be read: a "\{" starts code here, which the notice cannot contain — to show \{ or \} as text, write \\\{/,
  },
  {
    kind: 'unreadable frontmatter',
    breakIt: (f) => edit(f, NB25, 'title: TESTDATA – Personvern', 'title: TESTDATA: Personvern'),
    file: 'content/privacy/nb/2025.mdx',
    line: 2,
    message: /the frontmatter \(between the --- lines\) cannot be read/,
  },
  {
    kind: 'frontmatter field written twice',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\ntitle: Igjen'),
    file: 'content/privacy/nb/2025.mdx',
    line: 9,
    message: /a frontmatter field is written twice — keep one of the two lines/,
  },
  {
    kind: 'YAML alias bomb in the frontmatter',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\na: &a ["x", "x"]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 10,
    message: /anchors and aliases .* — write every value out in full/,
  },
];

describe('reading rules (MDX, frontmatter YAML, section-id markers)', () => {
  test.each(cases)('$kind', expectBadInput);
});
