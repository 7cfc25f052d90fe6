import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { MAX_FILE_BYTES } from '~/lib/content/rules/limits';
import { baseFiles, contentSet, lockOf } from './content/base-set';
import { largeNotice } from './content/large-notice';

/*
 * Real notices grow to 80 KB and beyond (40 sections, tables, links between them): a
 * version just under the size limit, in both languages, is read and checked like any
 * other, and a clean one gives no problem. (How long the check takes is measured with
 * the benches, not asserted here.)
 */
describe('a notice at the size limit', () => {
  test('the limit is at least 250 KB', () => {
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(250 * 1024);
  });

  test('a clean version just under the limit, in both languages, is checked and passes', async () => {
    const files = baseFiles();
    const lock = lockOf(files);
    // The same sections in both languages (their words differ in length), both just under the limit.
    const headings = (text: string) => text.match(/^#{2,3} /gm)?.length;
    const nb = largeNotice('nb', '2025', MAX_FILE_BYTES - 5_000);
    let en = largeNotice('en', '2025', MAX_FILE_BYTES - 5_000);
    for (let bytes = MAX_FILE_BYTES - 5_000; (headings(en) ?? 0) < (headings(nb) ?? 0); bytes += 200) en = largeNotice('en', '2025', bytes);
    for (const text of [nb, en]) {
      expect(headings(text)).toBe(headings(nb));
      expect(Buffer.byteLength(text)).toBeGreaterThan(250_000);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
    }
    Object.assign(files, { 'privacy/nb/2025.mdx': nb, 'privacy/en/2025.mdx': en });
    const problems = await checkContent(contentSet(files, lock));
    expect(problems.map(formatProblem)).toEqual([]);
  }, 60_000);
});
