import { describe, expect, test } from 'vitest';
import { countProblems, formatProblem, sortProblems, type Problem } from '~/lib/content/rules/problem';

const at = (line: number, column = 1): Pick<Problem, 'message' | 'fix'> & { line: number; column: number; quote: string } => ({
  line,
  column,
  quote: 'x',
  message: '',
  fix: '',
});

describe('problems as editors read them', () => {
  test.each<[Problem, string]>([
    [
      { file: 'content/a/nb/1.mdx', line: 3, column: 5, quote: '[kontakt](#kontakt)', message: 'x is wrong', fix: 'do y' },
      'content/a/nb/1.mdx:3:5: x is wrong — do y\n  > [kontakt](#kontakt)',
    ],
    [{ file: 'content/a/nb/1.mdx', wholeFile: 'misplaced', message: 'x is wrong', fix: 'do y' }, 'content/a/nb/1.mdx: x is wrong — do y'],
    // An invisible character is shown by its code point, so that the quote says what the problem is about.
    [
      { file: 'content/a/nb/1.mdx', line: 1, column: 4, quote: 'Se\u200bkontakt', message: 'x', fix: 'y' },
      'content/a/nb/1.mdx:1:4: x — y\n  > Se⟨U+200B⟩kontakt',
    ],
  ])('formatProblem(%o) → %s', (problem, printed) => {
    expect(formatProblem(problem)).toBe(printed);
  });

  test.each([
    [1, '1 problem'],
    [3, '3 problems'],
  ])('countProblems(%i) → %s', (count, text) => {
    expect(countProblems(count)).toBe(text);
  });

  test('sortProblems orders by file, then line and column (a problem about the whole file first)', () => {
    const sorted = sortProblems([
      { file: 'b.mdx', ...at(2) },
      { file: 'a.mdx', ...at(9) },
      { file: 'b.mdx', wholeFile: 'misplaced', message: '', fix: '' },
      { file: 'a.mdx', ...at(1, 7) },
      { file: 'a.mdx', ...at(1, 2) },
    ]);
    expect(sorted.map(({ file, line, column }) => `${file}:${line ?? '-'}:${column ?? '-'}`)).toEqual(['a.mdx:1:2', 'a.mdx:1:7', 'a.mdx:9:1', 'b.mdx:-:-', 'b.mdx:2:1']);
  });
});
