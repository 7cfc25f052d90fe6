import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { checkCharacters, describeCodePoint, firstRefused, isRefusedCodePoint, refusedCharacters } from '~/lib/content/rules/text';
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

/** The policy as written in docs/editing.md, one code point at a time: the one-pass search is held against it. */
const refusedInWords = (codePoint: number) =>
  codePoint !== 0x0a &&
  codePoint !== 0xad &&
  (codePoint === 0x2028 || codePoint === 0x2029 || /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u.test(String.fromCodePoint(codePoint)));

describe('refused characters', () => {
  test('every code point, U+0000 to U+10FFFF, is refused exactly when the policy says so', () => {
    const differ: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) if (isRefusedCodePoint(codePoint) !== refusedInWords(codePoint)) differ.push(codePoint);
    expect(differ).toEqual([]);
  });

  test('one search over a text finds every refused character of the first two planes, at its index', () => {
    // Each code point after an "a", so that no two surrogates pair up.
    const codePoints = Array.from({ length: 0x20000 }, (_, codePoint) => codePoint);
    const text = codePoints.map((codePoint) => `a${String.fromCodePoint(codePoint)}`).join('');
    const expected: { index: number; codePoint: number }[] = [];
    let index = 0;
    for (const codePoint of codePoints) {
      if (refusedInWords(codePoint)) expected.push({ index: index + 1, codePoint });
      index += 1 + String.fromCodePoint(codePoint).length;
    }
    expect(refusedCharacters(text)).toEqual(expected);
  });

  test.each([
    ['plain text', 'Personvern for alle', []],
    ['a zero-width space', 'a\u200Bb', [{ index: 1, codePoint: 0x200b }]],
    ['no-break spaces, a soft hyphen, a non-breaking hyphen and line feeds', 'kr\u00A0100\n§\u202F3 personvern\u00ADerklæring e\u2011post', []],
    ['a tab and both halves of \\r\\n (the check lets \\r\\n through itself)', 'a\tb\r\n', [{ index: 1, codePoint: 0x09 }, { index: 3, codePoint: 0x0d }]],
    ['an emoji (a surrogate pair) before an override', '😀\u202E', [{ index: 2, codePoint: 0x202e }]],
    ['a lone surrogate', 'x\uD800y', [{ index: 1, codePoint: 0xd800 }]],
    ['a private-use character in the supplementary planes', 'a\u{F0000}', [{ index: 1, codePoint: 0xf0000 }]],
  ])('%s', (_, text, found) => {
    expect(refusedCharacters(text)).toEqual(found);
    expect(firstRefused(text)).toBe(found[0]?.codePoint);
  });
});

describe('checkCharacters', () => {
  /** Each problem as `line:column U+XXXX`, or the byte-order mark's own message. */
  const found = (text: string) =>
    checkCharacters({ key: 'privacy/nb/2025.mdx', path: FILE, text }).map(
      ({ line, column, message }) => `${line}:${column} ${/U\+[0-9A-F]{4,6}/.exec(message)?.[0] ?? message}`,
    );

  test.each([
    ['nothing refused', 'Personvern\r\nfor alle\n', []],
    ['a zero-width space on the first line', 'a\u200Bb', ['1:2 U+200B']],
    ['after \\r\\n line endings, on the second line', 'x\r\ny\u202E', ['2:2 U+202E']],
    ['a lone \\r', 'x\ry', ['1:2 U+000D']],
    ['a tab after empty lines', 'a\n\n\nb\tc', ['4:2 U+0009']],
    ['at most three per line, then the next line again', '\u200B\u200B\u200B\u200B\u200B\nz\u200B', ['1:1 U+200B', '1:2 U+200B', '1:3 U+200B', '2:2 U+200B']],
    ['a byte-order mark at the start and one inside', '\uFEFFa\uFEFF', ['1:1 U+FEFF', '1:3 U+FEFF']],
    ['columns in UTF-16 code units, as editors count them', '😀\u2028', ['1:3 U+2028']],
  ])('%s', (_, text, problems) => {
    expect(found(text)).toEqual(problems);
  });
});
