import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintSource, type LintFinding } from '~/lib/content/lint';
import { readAsMarkdown, readSource } from '~/lib/content/read-source';

const notice = readFileSync('content/privacy/nb/2025.mdx', 'utf8');

describe('readSource', () => {
  // Found by the fuzz test: in the parser's debug build (which Vitest and `astro dev` load) this input trips
  // an internal assertion instead of the syntax error the release build gives.
  test('a table row that opens <br> under a setext underline is a syntax problem, not an exception', async () => {
    const text = `\u0000| a |\n| :-: |\n| <br> |${notice}`;
    const { source, problems } = await readSource(text, 'content/privacy/nb/2025.mdx');
    expect(source).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ kind: 'syntax', line: expect.any(Number) })]);
  });
});

describe('the style lint reads the tree before the site plugins', () => {
  // readSource lets the lint read the parsed tree itself, not a copy, then runs the site's plugins on it:
  // the lint must leave the tree exactly as parsed (markers, list markers, tables, breaks and all).
  const styled = `${notice}\n## Ekstra [#extra formerly: old-extra]\n\n1) en\n2) to\n\n* a\n- b\n\nSe https://jtec.no og [vilkårene].\n\n| a | b |\n|--|--|\n| 1<br />2 | 3 |\n\n***\n\n---\n`;

  test.each([
    ['MDX', readSource],
    ['plain Markdown (after an MDX syntax error)', (text: string, path: string, options: Parameters<typeof readSource>[2]) => readAsMarkdown(text, path, options).then((source) => ({ source }))],
  ])('read as %s, the lint finds its problems and leaves the tree as parsed', async (_, read) => {
    let before: unknown;
    let findings: LintFinding[] = [];
    const { source } = await read(styled, 'content/privacy/nb/2025.mdx', {
      beforePlugins: async (parsed) => {
        before = structuredClone(parsed);
        findings = await lintSource(styled, parsed);
        expect(parsed).toEqual(before);
      },
    });
    expect(source).toBeDefined();
    expect(before).toBeDefined();
    expect(findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/numbered list uses "\)"/), expect.stringMatching(/web address is written as bare text/)]),
    );
  });
});
