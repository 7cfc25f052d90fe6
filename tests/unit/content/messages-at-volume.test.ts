import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { describe, expect, test } from 'vitest';
import { PLAIN_LANGUAGE } from '~/lib/content/lint';
import { formatProblem, formatReport } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { checkLinkUrl } from '~/lib/content/rules/urls';
import { baseFiles, contentSet, edit, lockOf, NB25 } from './base-set';
import { unplacedProblems } from './placed';

/*
 * Messages that still work when there are many of them: one syntax error does not
 * hide the rest, a broken link suggests a few ids rather than all of them, and
 * every message is written for editors, with its place and the text it is about.
 */

const FILE = `content/${NB25}`;

describe('messages at volume', () => {
  test('an MDX syntax error does not hide the other problems of the file: each is reported at once, with its place', async () => {
    const files = baseFiles();
    edit(files, NB25, 'Innledning for testdata.', 'Innledning for {testdata. Skriv til post@eksempel.no.');
    edit(files, NB25, 'status: draft', 'status: ferdig');
    edit(files, NB25, '(#contact)', '(#kontakt)');
    edit(files, NB25, '- Punkt to', '- Punkt\u200Bto');
    edit(files, NB25, '## 2. Kontakt', `## 2. ${'Kontakt '.repeat(30)}`);
    const set = contentSet(files, lockOf(files));
    const problems = (await checkContent(set)).filter((problem) => problem.file === FILE);
    const printed = problems.map(formatProblem);
    for (const expected of [
      /^content\/privacy\/nb\/2025\.mdx:12:\d+: the MDX cannot be read/,
      /:7:1: the frontmatter field "status" has a wrong value \("ferdig"\)/,
      /:16:\d+: the link "#kontakt" goes to no section in this file — did you mean #contact/,
      /:19:\d+: the invisible character U\+200B ZERO WIDTH SPACE is not allowed/,
      /:21:1: the heading is \d+ characters long/,
    ]) {
      expect(printed, printed.join('\n')).toContainEqual(expect.stringMatching(expected));
    }
    expect(unplacedProblems(set, problems)).toEqual([]);
  });

  test('a link to no section suggests the 3 closest ids, not all of them', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `part-${index + 1}`);
    const problem = checkLinkUrl('#part-77', new Set([...ids, 'contact', 'your-rights']));
    expect(problem?.fix).toMatch(/^did you mean #part-7, #part-17, #part-27\? /);
    expect(problem?.fix.match(/#/g)).toHaveLength(3);
  });

  test('a report of many broken links stays short: a few lines per problem', async () => {
    const files = baseFiles();
    const links = Array.from({ length: 40 }, (_, index) => `[del ${index}](#del-${index})`).join(' ');
    edit(files, NB25, 'Innledning for testdata.', `Innledning for testdata.\n\n${links.replaceAll(') [', ')\n[')}`);
    const problems = (await checkContent(contentSet(files, lockOf(files)))).filter((problem) => problem.file === FILE);
    expect(problems.filter((problem) => /goes to no section/.test(problem.message))).toHaveLength(40);
    const report = formatReport(problems);
    for (const paragraph of report.split('\n\n')) expect(paragraph.length, paragraph).toBeLessThan(400);
  });

  test('an e-mail address is called one: written bare, and as a link without mailto:', async () => {
    expect(checkLinkUrl('post@eksempel.no', new Set())?.message).toBe(
      'the link "post@eksempel.no" is an e-mail address without "mailto:", so browsers look for a page of that name',
    );
    const files = baseFiles();
    edit(files, NB25, 'Innledning for testdata.', 'Innledning for testdata. Skriv til post@eksempel.no.');
    const problems = (await checkContent(contentSet(files, lockOf(files)))).filter((problem) => problem.file === FILE);
    expect(problems.map(formatProblem)).toContainEqual(
      'content/privacy/nb/2025.mdx:12:36: an e-mail address is written as bare text — write it as a link, e.g. [name@example.no](mailto:name@example.no)\n  > post@eksempel.no',
    );
    expect(problems.map((problem) => problem.message).join('\n')).not.toMatch(/web address/);
  });

  test('every rule of the agreed Markdown style has a message written for editors (none shows remark-lint’s own text)', () => {
    const plugins = [...(remarkPresetLintConsistent.plugins ?? []), ...(remarkPresetLintRecommended.plugins ?? [])];
    const rules = plugins
      .map((entry) => (Array.isArray(entry) ? entry[0] : entry))
      .map((plugin) => (typeof plugin === 'function' ? plugin.name : ''))
      .filter((name) => name.startsWith('remark-lint:'))
      .map((name) => name.slice('remark-lint:'.length));
    expect(rules.length).toBeGreaterThan(20);
    expect(rules.filter((rule) => !(rule in PLAIN_LANGUAGE))).toEqual([]);
  });
});
