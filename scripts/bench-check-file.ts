/**
 * `npm run bench:check -- [kilobytes] [runs]` (not a test): how long the content
 * check takes for one realistic notice file of that size (default 250 KB, just under the
 * file limit), generated from our own made-up words (tests/unit/content/large-notice.ts).
 * Prints the first run (a cold process: the JIT has not warmed up yet) and the median of
 * the next runs (default 5), as wall time and as the process's CPU time (which a machine
 * shared with other work inflates less), and the load average to judge them by.
 * Every run checks a different text of the same size (one word of every sentence changes),
 * so that no reading of an earlier run can be reused: each run does all the work.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkContent } from '~/lib/content/rules/run';
import { contentSet } from '../tests/unit/content/base-set';
import { largeNotice } from '../tests/unit/content/large-notice';
import { median } from './lib/bench-utils';

const kilobytes = Number(process.argv[2] ?? 250);
const runs = Number(process.argv[3] ?? 5);
const base = largeNotice('nb', '2025', kilobytes * 1000);
/** Run `run`'s text: "Setning" in every sentence becomes another word of the same length, so the size stays the same. */
const textOf = (run: number) => base.replaceAll('Setning', `Setnin${String.fromCharCode(0x61 + (run % 26))}`);
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Checks run `run`'s text once: wall and CPU milliseconds, and the problems found. */
async function timed(run: number): Promise<{ wall: number; cpu: number; problems: number }> {
  const set = contentSet({ 'privacy/nb/2025.mdx': textOf(run) }, { versions: {} });
  const [startWall, startCpu] = [performance.now(), cpuMs()];
  const problems = await checkContent(set);
  return { wall: performance.now() - startWall, cpu: cpuMs() - startCpu, problems: problems.length };
}

const first = await timed(0);
const later = [];
for (let run = 1; run <= runs; run++) later.push(await timed(run));
const shown = (times: number[]) => `median ${Math.round(median(times))} ms (${times.map(Math.round).join(', ')})`;
console.log(
  `check of one ${Math.round(Buffer.byteLength(base) / 1000)} KB file (${base.split('\n').length} lines), ${first.problems} problem(s), a different text each run:`,
);
console.log(`  first run  wall ${Math.round(first.wall)} ms, CPU ${Math.round(first.cpu)} ms`);
console.log(`  next ${runs}     wall ${shown(later.map((run) => run.wall))}`);
console.log(`             CPU  ${shown(later.map((run) => run.cpu))}`);
console.log(
  `  load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on this machine`,
);
