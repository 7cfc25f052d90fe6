import { describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, EN25, expectBadInput, lockOf, NB25, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
/** Puts text into the introduction, which starts at line 12, column 1. */
const inIntro = (text: string) => (f: Record<string, string>) => edit(f, NB25, 'Innledning for testdata.', `Innledning for ${text}testdata.`);
const decoded = (codePoint: string) => new RegExp(`the text becomes the invisible character ${codePoint}.* — delete the character reference`);

/** Invisible characters that reach the page only after decoding, and the frontmatter's strings after YAML escapes. */
const cases: BadInput[] = [
  { kind: 'right-to-left override as a character reference', breakIt: inIntro('&#x202E;'), file: FILE, line: 12, column: 1, message: decoded('U\\+202E RIGHT-TO-LEFT OVERRIDE') },
  { kind: 'right-to-left mark as a named reference', breakIt: inIntro('&rlm;'), file: FILE, line: 12, column: 1, message: decoded('U\\+200F RIGHT-TO-LEFT MARK') },
  { kind: 'zero-width space as a decimal reference', breakIt: inIntro('&#8203;'), file: FILE, line: 12, column: 1, message: decoded('U\\+200B ZERO WIDTH SPACE') },
  { kind: 'private-use character as a reference', breakIt: inIntro('&#xE000;'), file: FILE, line: 12, column: 1, message: decoded('U\\+E000 a private-use character') },
  {
    kind: 'invisible character in a heading, by reference (reaches the table of contents)',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt', '## 2. Kon&#x200B;takt'),
    file: FILE,
    line: 21,
    column: 4,
    message: decoded('U\\+200B'),
  },
  {
    kind: 'YAML escape in the summary',
    breakIt: (f) => edit(f, NB25, 'summary: Testversjon.', 'summary: "Test\\u202Eversjon."'),
    file: FILE,
    line: 9,
    message: /the summary becomes the invisible character U\+202E RIGHT-TO-LEFT OVERRIDE.* — delete the escape/,
  },
  {
    kind: 'YAML escape in an erratum note',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\nerrata:\n  - date: "2026-01-05"\n    note: "Rettet\\x07."'),
    file: FILE,
    line: 9,
    message: /the errata becomes the invisible character U\+0007 BELL/,
  },
  {
    kind: 'YAML escape in a wordingOnly reason',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\nwordingOnly:\n  - section: contact\n    reason: "Ord\\u2066valg"'),
    file: FILE,
    line: 9,
    message: /the wordingOnly becomes the invisible character U\+2066 LEFT-TO-RIGHT ISOLATE/,
  },
  { kind: 'unassigned code point typed as it is', breakIt: inIntro('\u0378'), file: FILE, line: 12, column: 16, message: /the invisible character U\+0378 an unassigned code point is not allowed/ },
  { kind: 'private-use character typed as it is', breakIt: inIntro('\uE000'), file: FILE, line: 12, column: 16, message: /the invisible character U\+E000 a private-use character is not allowed/ },
  { kind: 'tag character (invisible, default-ignorable)', breakIt: inIntro('\u{E0041}'), file: FILE, line: 12, column: 16, message: /the invisible character U\+E0041 an invisible formatting character is not allowed/ },
  { kind: 'heading with no letters', breakIt: (f) => edit(f, NB25, '## 2. Kontakt', '## 2. – &nbsp;'), file: FILE, line: 21, column: 1, message: /the heading "2. –" has no letters/ },
];

describe('text hygiene after decoding', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);

  test('no-break spaces and soft hyphens written as references are allowed', async () => {
    const files = baseFiles();
    edit(files, NB25, 'Punkt én', 'Punkt kr&nbsp;100, personvern&shy;erklæring');
    edit(files, EN25, 'Item one', 'Item NOK&nbsp;100, privacy&shy;notice');
    expect(await checkContent(contentSet(files, lockOf(files)))).toEqual([]);
  });
});
