import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, lockOf } from '../base-set';

describe('files the site would not read', () => {
  test.each([
    ['a Markdown file in the wrong place', { strayFiles: ['content/privacy/2026.mdx'] }, 'content/privacy/2026.mdx: this file is not read by the site'],
    ['a folder that is not a language', { files: { 'privacy/de/2025.mdx': '---\ntitle: x\n---\n' } }, 'content/privacy/de/2025.mdx: the folder "de" is not a language of the site'],
  ])('%s', async (_, change, printed) => {
    const files = { ...baseFiles(), ...('files' in change ? change.files : {}) };
    const set = { ...contentSet(files, lockOf(baseFiles())), ...('strayFiles' in change ? { strayFiles: change.strayFiles } : {}) };
    const problems = (await checkContent(set)).map(formatProblem);
    expect(problems.some((problem) => problem.startsWith(printed)), problems.join('\n')).toBe(true);
  });
});
