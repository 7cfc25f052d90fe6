/**
 * `npx tsx scripts/bench-check-file.ts [kilobytes]` (not a test): how long the content
 * check takes for one realistic notice file of that size (default 250 KB, just under the
 * file limit), generated from our own made-up words (tests/unit/content/large-notice.ts).
 * Prints the median of 5 runs, as wall time and as the process's CPU time (which a
 * machine shared with other work inflates less), and the load average to judge them by.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { checkContent } from '~/lib/content/rules/run';
import { contentSet } from '../tests/unit/content/base-set';
import { largeNotice } from '../tests/unit/content/large-notice';
import { median } from './lib/bench-utils';

const kilobytes = Number(process.argv[2] ?? 250);
const text = largeNotice('nb', '2025', kilobytes * 1000);
const files = { 'privacy/nb/2025.mdx': text };
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const first = await checkContent(contentSet(files, { versions: {} })); // also loads the parsers
const wall: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < 5; run++) {
  const [startWall, startCpu] = [performance.now(), cpuMs()];
  await checkContent(contentSet(files, { versions: {} }));
  wall.push(performance.now() - startWall);
  cpu.push(cpuMs() - startCpu);
}
const shown = (times: number[]) => `median ${Math.round(median(times))} ms (${times.map(Math.round).join(', ')})`;
console.log(
  `check of one ${Math.round(Buffer.byteLength(text) / 1000)} KB file (${text.split('\n').length} lines), ${first.length} problem(s):`,
);
console.log(`  wall ${shown(wall)}`);
console.log(`  CPU  ${shown(cpu)}`);
console.log(
  `  load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on this machine`,
);
