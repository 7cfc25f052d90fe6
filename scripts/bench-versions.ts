/**
 * Benchmark (not a test): how the build grows with the number of versions. Writes the
 * generated large notice (tests/fixtures/large-notice: ~56 KB per version and language,
 * 40 sections, 3 tables) with 10, 30 and 100 versions into a temporary folder (never
 * under content/), builds each as `npm run build` does (scripts/build.ts: the content
 * check, then `astro build --force`, a cold build with an empty precompression cache) with
 * CONTENT_DIR/OUT_DIR pointing there, and prints wall time, CPU time, time per version,
 * pages, peak memory and output size.
 *
 * Peak memory is that of the whole process tree: the build, the content check's process,
 * Astro, Pagefind's binary and esbuild, worker threads included (they share their
 * process's memory). It is the highest sum of their resident memory (RSS) seen, sampled
 * from /proc every 100 ms (scripts/lib/tree-memory.ts). CPU time is GNU time's user +
 * system time of the tree (every child waited for).
 *
 *   npm run bench:versions                     # counts 10 30 100, 1 run each
 *   npm run bench:versions -- --runs 3 --counts 10,30
 *   npm run bench:versions -- --check-only     # only the content check, no builds
 *
 * The machine is shared: wall time stretches with other people's work, CPU time much less.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/bench-utils.ts';
import { watchTreeMemory } from './lib/tree-memory.ts';
import { checkContentDir } from '~/lib/content/rules/run';
import { writeFixture } from '../tests/fixtures/large-notice/generate.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    counts: { type: 'string', default: '10,30,100' },
    keep: { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const counts = values.counts.split(',').map(Number);
const GNU_TIME = '/usr/bin/time';

function folderSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

interface Run {
  wall: number;
  cpu: number;
  /** Peak resident memory of the build's whole process tree, in MB. */
  peakMb: number;
  /** The processes at that moment, largest first ("astro 1,020 MB, …"). */
  atPeak: string;
}

/** Removes a build: the `OUT_DIR` link and the folder of builds it points into (scripts/build.ts). */
function removeBuild(outDir: string): void {
  for (const path of [outDir, `${outDir}.builds`, `${outDir}.lock`]) rmSync(path, { recursive: true, force: true });
}

/** One cold build, as `npm run build` runs it, timed by GNU time (`-f`: wall, user and system seconds) and measured by the tree sampler. */
async function build(contentDir: string, outDir: string, cacheDir: string): Promise<Run> {
  removeBuild(outDir);
  rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, PRECOMPRESS_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const command = ['tsx', 'scripts/build.ts'];
  const measured = existsSync(GNU_TIME);
  const [program = '', ...args] = measured ? [GNU_TIME, '-f', 'BENCH %e %U %S', ...command] : command;
  const start = performance.now();
  const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const memory = watchTreeMemory(child.pid ?? process.pid);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = `${stderr}${chunk.toString('utf8')}`.slice(-1 << 20)));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const wall = (performance.now() - start) / 1000;
  const { peakMb, atPeak } = memory.stop();
  if (status !== 0) {
    process.stderr.write(stderr);
    throw new Error(`the build failed for ${contentDir} (exit ${status})`);
  }
  const report = /BENCH ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
  const [, , user = 'NaN', system = 'NaN'] = report ?? [];
  const processes = atPeak
    .filter((entry) => entry.mb >= 1)
    .sort((a, b) => b.mb - a.mb)
    .map((entry) => `${entry.name} ${entry.mb.toFixed(0)} MB`)
    .join(', ');
  return { wall, cpu: Number(user) + Number(system), peakMb, atPeak: processes };
}

const root = mkdtempSync(join(tmpdir(), 'jtec-bench-versions-'));
console.log(`Generated large notice and builds in ${root}\n`);
const results: { count: number; wall: number; cpu: number; peakMb: number; bytes: number; pages: number; source: number }[] = [];
for (const count of counts) {
  const contentDir = join(root, `content-${count}`);
  const outDir = join(root, `dist-${count}`);
  const { bytes: source } = writeFixture(contentDir, count);
  if (values['check-only']) {
    const checks: { wall: number; cpu: number; problems: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const [start, cpu] = [performance.now(), process.cpuUsage()];
      const problems = await checkContentDir(contentDir, '2100-01-01');
      const used = process.cpuUsage(cpu);
      checks.push({ wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, problems: problems.length });
    }
    const [wall, cpu] = [median(checks.map((check) => check.wall)), median(checks.map((check) => check.cpu))];
    console.log(
      `${count} versions (${count * 2} files): content check median wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s, ${checks[0]?.problems} problems`,
    );
    continue;
  }
  const measured: Run[] = [];
  for (let run = 0; run < runs; run++) measured.push(await build(contentDir, outDir, join(root, 'precompress-cache')));
  const { bytes, pages } = folderSize(outDir);
  const result = {
    count,
    wall: median(measured.map((run) => run.wall)),
    cpu: median(measured.map((run) => run.cpu)),
    peakMb: Math.max(...measured.map((run) => run.peakMb)),
    bytes,
    pages,
    source,
  };
  results.push(result);
  console.log(
    `${count} versions: wall ${result.wall.toFixed(1)} s, CPU ${result.cpu.toFixed(1)} s, peak ${result.peakMb.toFixed(0)} MB (${measured.at(-1)?.atPeak}), ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB`,
  );
  removeBuild(outDir);
}

if (!values['check-only']) {
  console.log(`\nMedians of ${runs} run(s); peak memory (all processes of the build together) is the highest of the runs:\n`);
  console.log(
    '| versions | source (MB) | wall (s) | CPU (s) | wall s / version | CPU s / version | pages | peak memory (MB) | output (MB) |',
  );
  console.log(
    '| -------: | ----------: | -------: | ------: | ---------------: | --------------: | ----: | ---------------: | ----------: |',
  );
  for (const r of results) {
    console.log(
      `| ${r.count} | ${(r.source / 1e6).toFixed(1)} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${(r.wall / r.count).toFixed(2)} | ${(r.cpu / r.count).toFixed(2)} | ${r.pages} | ${r.peakMb.toFixed(0)} | ${(r.bytes / 1e6).toFixed(1)} |`,
    );
  }
  console.log('\nTime per version that stays flat as the count grows means the build grows linearly with the versions.');
}
if (!values.keep) rmSync(root, { recursive: true, force: true });
