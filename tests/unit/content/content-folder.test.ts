import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listContentDir } from '~/lib/content/content-files';
import { loadContentDir } from '~/lib/content/content-set';
import { formatProblem } from '~/lib/content/rules/problem';
import { unplacedProblems } from './placed';
import { checkContent } from '~/lib/content/rules/run';

/*
 * The content folder as the site reads it: the check and the site's loader list it
 * the same way (content-files.ts), so a file the build would render is always a file
 * the rules checked. Each case breaks a copy of the fixture content on disk.
 */

const FIXTURES = join(import.meta.dirname, '../../fixtures/content');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jtec-folder-'));
  temps.push(dir);
  cpSync(FIXTURES, join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

const cases: { kind: string; breakIt: (content: string) => void; file: string; line?: number; message: RegExp }[] = [
  {
    kind: 'a symbolic link to a file outside the folder',
    breakIt: (content) => {
      writeFileSync(join(content, '..', 'outside.mdx'), '---\ntitle: x\n---\n\n[x](javascript:alert(1))\n');
      symlinkSync(join(content, '..', 'outside.mdx'), join(content, 'privacy/nb/2027.mdx'));
    },
    file: 'content/privacy/nb/2027.mdx',
    message: /this is a symbolic link; the site reads no links in the content folder.* — replace the link with the file or folder itself/,
  },
  {
    kind: 'a symbolic link to a folder',
    breakIt: (content) => {
      mkdirSync(join(content, '..', 'elsewhere/nb'), { recursive: true });
      symlinkSync(join(content, '..', 'elsewhere'), join(content, 'other'));
    },
    file: 'content/other',
    message: /this is a symbolic link/,
  },
  {
    kind: 'an .mdx file at the top of the content folder',
    breakIt: (content) => writeFileSync(join(content, '2027-01.mdx'), readFileSync(join(content, 'privacy/nb/2023.mdx'))),
    file: 'content/2027-01.mdx',
    message: /this file is not read by the site — documents live at \{document\}\/\{language\}\/\{version\}.mdx/,
  },
  {
    kind: 'an .mdx file one folder too deep',
    breakIt: (content) => {
      mkdirSync(join(content, 'privacy/nb/old'));
      writeFileSync(join(content, 'privacy/nb/old/2020.mdx'), readFileSync(join(content, 'privacy/nb/2023.mdx')));
    },
    file: 'content/privacy/nb/old/2020.mdx',
    message: /this file is not read by the site/,
  },
  {
    kind: 'a file saved as Latin-1, not UTF-8 (one message, at the first bad byte)',
    breakIt: (content) => {
      const path = join(content, 'privacy/nb/2099-01-01.mdx');
      writeFileSync(path, Buffer.from(readFileSync(path, 'utf8'), 'latin1'));
    },
    file: 'content/privacy/nb/2099-01-01.mdx',
    line: 2,
    message: /this file is not saved as UTF-8 text, so its letters \(æ, ø, å …\) cannot be read — open it in your editor and save it with the encoding "UTF-8"/,
  },
];

describe('the content folder', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', async ({ breakIt, file, line, message }) => {
    const content = copy();
    breakIt(content);
    const set = await loadContentDir(content, '2026-11-28', join(content, '..'));
    const problems = await checkContent(set);
    const mine = problems.filter((problem) => problem.file === file);
    expect(mine.map(formatProblem), problems.map(formatProblem).join('\n')).toEqual([expect.stringMatching(message)]);
    expect(mine[0]?.line).toBe(line);
    expect(unplacedProblems(set, problems)).toEqual([]);
  }, 30_000);

  test('the site’s loader is given exactly the files the check read', async () => {
    const content = copy();
    cases.forEach(({ breakIt }) => breakIt(content));
    const set = await loadContentDir(content, '2026-11-28', join(content, '..'));
    const checked = set.files.map((file) => relative(content, join(content, '..', file.path)));
    expect(listContentDir(content).documents).toEqual(checked);
    expect(listContentDir(content).documents).not.toContain('privacy/nb/2027.mdx');
  });
});
