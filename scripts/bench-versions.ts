/**
 * Benchmark (not a test): how the build grows with the number of versions. Writes the
 * generated large notice (tests/fixtures/large-notice: ~56 KB per version and language,
 * 40 sections, 3 tables) with 10, 30 and 100 versions into a temporary folder (never
 * under content/), builds each with CONTENT_DIR/OUT_DIR pointing there (`astro build
 * --force`: a cold build), and prints wall time, CPU time, time per version, pages, peak
 * memory of the build process (GNU time's maximum resident set size) and output size.
 *
 *   npm run bench:versions                     # counts 10 30 100, 1 run each
 *   npm run bench:versions -- --runs 3 --counts 10,30
 *   npm run bench:versions -- --check-only     # only the content check, no builds
 *
 * The machine is shared: wall time stretches with other people's work, CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/bench-utils.ts';
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
  /** Peak resident memory of the build process, in MB; undefined without GNU time. */
  peakMb: number | undefined;
}

/** One cold build, timed and measured by GNU time (`-f` prints wall, user, system seconds and max RSS in KB). */
function build(contentDir: string, outDir: string): Run {
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const measured = existsSync(GNU_TIME);
  const [command, args] = measured
    ? [GNU_TIME, ['-f', 'BENCH %e %U %S %M', 'astro', 'build', '--force', '--silent']]
    : ['astro', ['build', '--force', '--silent']];
  const start = performance.now();
  const child = spawnSync(command, args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = (performance.now() - start) / 1000;
  const report = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr ?? '');
  if (child.status !== 0) {
    process.stderr.write(child.stderr ?? '');
    throw new Error(`astro build failed for ${contentDir} (exit ${child.status})`);
  }
  if (!report) return { wall, cpu: Number.NaN, peakMb: undefined };
  const [, , user = '0', system = '0', maxKb = '0'] = report;
  return { wall, cpu: Number(user) + Number(system), peakMb: Number(maxKb) / 1024 };
}

const root = mkdtempSync(join(tmpdir(), 'jtec-bench-versions-'));
console.log(`Generated large notice and builds in ${root}\n`);
const results: { count: number; wall: number; cpu: number; peakMb: number | undefined; bytes: number; pages: number; source: number }[] =
  [];
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
  for (let run = 0; run < runs; run++) measured.push(build(contentDir, outDir));
  const { bytes, pages } = folderSize(outDir);
  const peaks = measured.flatMap((run) => (run.peakMb === undefined ? [] : [run.peakMb]));
  const result = {
    count,
    wall: median(measured.map((run) => run.wall)),
    cpu: median(measured.map((run) => run.cpu)),
    peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined,
    bytes,
    pages,
    source,
  };
  results.push(result);
  console.log(
    `${count} versions: wall ${result.wall.toFixed(1)} s, CPU ${result.cpu.toFixed(1)} s, peak ${result.peakMb?.toFixed(0) ?? '?'} MB, ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB`,
  );
  rmSync(outDir, { recursive: true, force: true });
}

if (!values['check-only']) {
  console.log(`\nMedians of ${runs} run(s); peak memory is the highest of the runs:\n`);
  console.log(
    '| versions | source (MB) | wall (s) | CPU (s) | wall s / version | CPU s / version | pages | peak memory (MB) | output (MB) |',
  );
  console.log(
    '| -------: | ----------: | -------: | ------: | ---------------: | --------------: | ----: | ---------------: | ----------: |',
  );
  for (const r of results) {
    console.log(
      `| ${r.count} | ${(r.source / 1e6).toFixed(1)} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} | ${(r.wall / r.count).toFixed(2)} | ${(r.cpu / r.count).toFixed(2)} | ${r.pages} | ${r.peakMb?.toFixed(0) ?? '?'} | ${(r.bytes / 1e6).toFixed(1)} |`,
    );
  }
  console.log('\nTime per version that stays flat as the count grows means the build grows linearly with the versions.');
}
if (!values.keep) rmSync(root, { recursive: true, force: true });
