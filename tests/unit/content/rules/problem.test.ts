import { describe, expect, test } from 'vitest';
import { countProblems, formatProblem, sortProblems } from '~/lib/content/rules/problem';

describe('problems as editors read them', () => {
  test.each([
    [{ file: 'content/a/nb/1.mdx', line: 3, message: 'x is wrong', fix: 'do y' }, 'content/a/nb/1.mdx:3: x is wrong — do y'],
    [{ file: 'content/a/nb/1.mdx', message: 'x is wrong', fix: 'do y' }, 'content/a/nb/1.mdx: x is wrong — do y'],
  ])('formatProblem(%o) → %s', (problem, printed) => {
    expect(formatProblem(problem)).toBe(printed);
  });

  test.each([
    [1, '1 problem'],
    [3, '3 problems'],
  ])('countProblems(%i) → %s', (count, text) => {
    expect(countProblems(count)).toBe(text);
  });

  test('sortProblems orders by file, then line (a problem without a line first)', () => {
    const sorted = sortProblems([
      { file: 'b.mdx', line: 2, message: '', fix: '' },
      { file: 'a.mdx', line: 9, message: '', fix: '' },
      { file: 'b.mdx', message: '', fix: '' },
      { file: 'a.mdx', line: 1, message: '', fix: '' },
    ]);
    expect(sorted.map(({ file, line }) => `${file}:${line ?? '-'}`)).toEqual(['a.mdx:1', 'a.mdx:9', 'b.mdx:-', 'b.mdx:2']);
  });
});
