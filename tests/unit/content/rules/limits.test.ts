import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, lockOf, NB25, expectBadInput, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
const long = (length: number) => 'Lang tekst '.repeat(Math.ceil(length / 11)).slice(0, length).trim() + 'x';

/** Each limit, exceeded, with the file, line and the limit named in the message. */
const cases: BadInput[] = [
  {
    kind: 'title too long',
    breakIt: (f) => edit(f, NB25, /^title: .*$/m, `title: ${long(130)}`),
    file: FILE,
    line: 2,
    message: /the title is 1\d\d characters long, over the limit of 120 — shorten the title to at most 120 characters/,
  },
  {
    kind: 'description too long',
    breakIt: (f) => edit(f, NB25, /^description: .*$/m, `description: ${long(400)}`),
    file: FILE,
    line: 3,
    message: /the description is \d+ characters long, over the limit of 300/,
  },
  {
    kind: 'summary too long (it is repeated in every changelog and feed)',
    breakIt: (f) => edit(f, NB25, /^summary: .*$/m, `summary: ${long(100_000 - 5_000)}`),
    file: FILE,
    line: 9,
    message: /the summary is \d+ characters long, over the limit of 500/,
  },
  {
    kind: 'erratum note too long',
    breakIt: (f) => edit(f, NB25, 'change: substantive', `change: substantive\nerrata:\n  - date: "2026-01-05"\n    note: ${long(400)}`),
    file: FILE,
    line: 11,
    message: /erratum 1's note is \d+ characters long, over the limit of 300/,
  },
  {
    kind: 'wordingOnly reason too long (it is published in the changelog)',
    breakIt: (f) => edit(f, NB25, 'change: substantive', `change: substantive\nwordingOnly:\n  - section: contact\n    reason: ${long(50_000)}`),
    file: FILE,
    line: 11,
    message: /wordingOnly entry 1's reason is \d+ characters long, over the limit of 300/,
  },
  {
    kind: 'heading too long',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt', `## 2. ${long(5000)}`),
    file: FILE,
    line: 21,
    message: /the heading is \d+ characters long, over the limit of 160 — shorten the heading/,
  },
  {
    kind: 'file too large',
    breakIt: (f) => edit(f, NB25, 'Punkt én', long(5_000_000)),
    file: FILE,
    // The line where the limit is passed.
    line: 18,
    message: /the file is 5000 KB, over the limit of 256 KB, so it was not read/,
  },
];

describe('limits', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);

  test('a file over the size limit is one problem, not one per line', async () => {
    const files = baseFiles();
    edit(files, NB25, 'Punkt én', '\u0007x\n'.repeat(300_000));
    const problems = await checkContent(contentSet(files, lockOf(files)));
    expect(problems.filter((problem) => problem.file === FILE).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/privacy\/nb\/2025.mdx:\d+:1: the file is \d+ KB, over the limit of 256 KB/),
    ]);
  });
});
