import { describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, EN25, lockOf, NB25 } from '../base-set';

describe('the rule runner', () => {
  test('the valid base set has no problems, so every bad-input case comes from its one break', async () => {
    const files = baseFiles();
    expect(await checkContent(contentSet(files, lockOf(files)))).toEqual([]);
  });

  test('reports the problems of several files at once, in reading order', async () => {
    const files = baseFiles();
    const lock = lockOf(files);
    edit(files, NB25, 'status: draft', 'status: final');
    edit(files, EN25, '(#contact)', '(#nowhere)');
    const problems = await checkContent(contentSet(files, lock));
    expect(problems.map((problem) => problem.file)).toEqual(['content/privacy/en/2025.mdx', 'content/privacy/nb/2025.mdx']);
  });

  test('runs only the rule families it is given', async () => {
    const files = baseFiles();
    edit(files, EN25, '(#contact)', '(#nowhere)');
    expect(await checkContent(contentSet(files, lockOf(files)), [])).toEqual([]);
  });
});
