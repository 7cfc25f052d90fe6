import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSource } from '~/lib/content/read-source';

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
