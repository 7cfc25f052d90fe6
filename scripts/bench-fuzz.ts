/**
 * `npm run bench:fuzz [-- <cases>]` (not a test): the never-a-crash property of
 * tests/unit/content/fuzz-property.ts over many more mutated content sets than the
 * unit run (default 20,000). Prints the cases run, the crashes (must be 0), the
 * seed to replay a failure, and the median time per case.
 */
import fc from 'fast-check';
import { checkMutated, mutatedContent, renderedPages } from '../tests/unit/content/fuzz-property';
import { median } from './lib/bench-utils';

const cases = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 20_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const times: number[] = [];
let problems = 0;
let passes = 0;
// Stopped early (Ctrl-C, or a time limit), it still reports what ran.
const summary = (run: number, crashes: number) =>
  `fuzz: ${run} cases run (seed ${seed}), ${crashes} crash(es); ${passes} passed the check, the others gave ${problems} problems in all, each with its file; ` +
  `${renderedPages} pages that passed were rendered by MDX, 0 with an element or attribute outside the allow-list; median ${median(times).toFixed(0)} ms per case`;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`stopped early — ${summary(times.length, 0)}`);
    process.exit(130);
  });
}
const result = await fc.check(
  fc.asyncProperty(mutatedContent, async (mutations) => {
    const start = performance.now();
    const found = await checkMutated(mutations);
    times.push(performance.now() - start);
    if (found.length === 0) passes++;
    problems += found.length;
    if (times.length % 100 === 0) console.log(`  ${times.length} cases, no crash so far`);
  }),
  { numRuns: cases, seed, endOnFailure: true },
);
console.log(summary(result.numRuns, result.failed ? 1 : 0));
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exit(1);
}
