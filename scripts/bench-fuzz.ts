/**
 * `npm run bench:fuzz [-- <cases>]` (not a test): the never-a-crash property of
 * tests/unit/content/fuzz-property.ts over many more mutated content sets than the
 * unit run (default 10,000). Prints the cases run, the crashes (must be 0), the
 * seed to replay a failure, and the median time per case.
 */
import fc from 'fast-check';
import { checkMutated, mutatedContent } from '../tests/unit/content/fuzz-property';
import { median } from './lib/bench-utils';

const cases = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const times: number[] = [];
let problems = 0;
let passes = 0;
const result = await fc.check(
  fc.asyncProperty(mutatedContent, async (mutations) => {
    const start = performance.now();
    const found = await checkMutated(mutations);
    times.push(performance.now() - start);
    if (found.length === 0) passes++;
    problems += found.length;
    if (times.length % 500 === 0) console.log(`  ${times.length} cases, no crash so far`);
  }),
  { numRuns: cases, seed, endOnFailure: true },
);
console.log(`fuzz: ${result.numRuns} cases run (seed ${seed}), ${result.failed ? 1 : 0} crash(es)`);
console.log(`  ${passes} passed the check, the others gave ${problems} problems in all, each with its file`);
console.log(`  median ${median(times).toFixed(0)} ms per case`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exit(1);
}
