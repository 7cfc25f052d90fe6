import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { describeCodePoint } from '~/lib/content/rules/text';
import { baseFiles, contentSet, edit, lockOf, NB25, EN25, expectBadInput, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
/** Puts a character into the introduction (line 12) right before "testdata", at column 16. */
const inIntro = (character: string) => (f: Record<string, string>) => edit(f, NB25, 'for testdata.', `for ${character}testdata.`);
const invisible = (codePoint: string, name: string) => new RegExp(`the invisible character ${codePoint} ${name} is not allowed — delete it`);

/** Each way of hiding characters in the text, with the file, line, column and the character's Unicode name. */
const cases: BadInput[] = [
  { kind: 'right-to-left override (Trojan Source)', breakIt: inIntro('\u202E'), file: FILE, line: 12, column: 16, message: invisible('U\\+202E', 'RIGHT-TO-LEFT OVERRIDE') },
  { kind: 'left-to-right embedding', breakIt: inIntro('\u202A'), file: FILE, line: 12, column: 16, message: invisible('U\\+202A', 'LEFT-TO-RIGHT EMBEDDING') },
  { kind: 'right-to-left isolate', breakIt: inIntro('\u2067'), file: FILE, line: 12, column: 16, message: invisible('U\\+2067', 'RIGHT-TO-LEFT ISOLATE') },
  { kind: 'zero-width space', breakIt: inIntro('\u200B'), file: FILE, line: 12, column: 16, message: invisible('U\\+200B', 'ZERO WIDTH SPACE') },
  { kind: 'zero-width joiner', breakIt: inIntro('\u200D'), file: FILE, line: 12, column: 16, message: invisible('U\\+200D', 'ZERO WIDTH JOINER') },
  { kind: 'word joiner', breakIt: inIntro('\u2060'), file: FILE, line: 12, column: 16, message: invisible('U\\+2060', 'WORD JOINER') },
  { kind: 'byte-order mark inside the text', breakIt: inIntro('\uFEFF'), file: FILE, line: 12, column: 16, message: invisible('U\\+FEFF', 'ZERO WIDTH NO-BREAK SPACE') },
  { kind: 'C0 control character (bell)', breakIt: inIntro('\u0007'), file: FILE, line: 12, column: 16, message: invisible('U\\+0007', 'BELL') },
  { kind: 'C1 control character', breakIt: inIntro('\u0085'), file: FILE, line: 12, column: 16, message: invisible('U\\+0085', 'a C1 control character') },
  { kind: 'line separator', breakIt: inIntro('\u2028'), file: FILE, line: 12, column: 16, message: invisible('U\\+2028', 'LINE SEPARATOR') },
  { kind: 'carriage return without a line feed', breakIt: inIntro('\r'), file: FILE, line: 12, column: 16, message: invisible('U\\+000D', 'CARRIAGE RETURN') },
  {
    kind: 'tab',
    breakIt: inIntro('\t'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the invisible character U\+0009 CHARACTER TABULATION is not allowed — replace the tab with spaces/,
  },
  {
    kind: 'invisible character in the frontmatter title',
    breakIt: (f) => edit(f, NB25, 'title: TESTDATA', 'title: TEST\u200BDATA'),
    file: FILE,
    line: 2,
    column: 12,
    message: invisible('U\\+200B', 'ZERO WIDTH SPACE'),
  },
  {
    kind: 'decomposed letter (a + combining ring instead of å)',
    breakIt: (f) => edit(f, NB25, 'Punkt én', 'Punkt a\u030A'),
    file: FILE,
    line: 18,
    column: 9,
    message: /a letter is written as a base letter plus a separate accent or ring .* — retype the letter/,
  },
  {
    kind: 'byte-order mark at the start of the file',
    breakIt: (f) => {
      f[NB25] = `\uFEFF${f[NB25] ?? ''}`;
    },
    file: FILE,
    line: 1,
    column: 1,
    message: /the file starts with a byte-order mark \(U\+FEFF\).* — save the file as "UTF-8" without BOM/,
  },
];

describe('text hygiene', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);

  test('a byte-order mark at the start is the only problem reported for the file', async () => {
    const files = baseFiles();
    files[NB25] = `\uFEFF${files[NB25] ?? ''}`;
    const problems = await checkContent(contentSet(files, lockOf(files)));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/privacy\/nb\/2025.mdx:1:1: the file starts with a byte-order mark/)]);
  });

  test('no-break spaces and soft hyphens, which Norwegian typography uses, are allowed', async () => {
    const files = baseFiles();
    edit(files, NB25, 'Punkt én', 'Punkt kr\u00A0100, §\u202F3, personvern\u00ADerklæring, e\u2011post');
    edit(files, EN25, 'Item one', 'Item NOK\u00A0100, §\u202F3, privacy\u00ADnotice, e\u2011mail');
    expect(await checkContent(contentSet(files, lockOf(files)))).toEqual([]);
  });
});

describe('describeCodePoint', () => {
  test.each([
    [0x202e, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    [0x0000, 'U+0000 NULL'],
    [0x001b, 'U+001B ESCAPE'],
    [0x009b, 'U+009B a C1 control character'],
    [0x2069, 'U+2069 POP DIRECTIONAL ISOLATE'],
  ])('%i is %s', (codePoint, description) => {
    expect(describeCodePoint(codePoint)).toBe(description);
  });
});
