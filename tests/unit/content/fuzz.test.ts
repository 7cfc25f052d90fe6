import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkMutated, mutatedContent } from './fuzz-property';

/** A few dozen cases here (each renders its pages too); `npm run bench:fuzz` runs 20,000 or more. */
const RUNS = 40;

describe('the check never crashes', () => {
  test(`${RUNS} mutations of the real content give a pass or problems with a file, never an exception`, async () => {
    await fc.assert(fc.asyncProperty(mutatedContent, async (mutations) => void (await checkMutated(mutations))), { numRuns: RUNS });
  }, 300_000);

  test('the unchanged real content passes', async () => {
    expect(await checkMutated({ nb: [], en: [], languages: [0, 1], lock: [] })).toEqual([]);
  });
});
