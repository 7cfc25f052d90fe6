/**
 * Benchmark (not a test): how build time and output size grow with the number of
 * versions. Generates a synthetic document with 10, 50 and 100 versions in both
 * languages into a temporary folder (never under content/), builds each with
 * CONTENT_DIR/OUT_DIR pointing there (with --force: a cold build, no content cache), and prints the median build time, the output
 * size and the time per version.
 *
 *   npm run bench:versions                 # counts 10 50 100, 3 runs each
 *   npm run bench:versions -- --runs 1 --counts 10,50
 *   npm run bench:versions -- --check-only   # only the content check (npm run check:content), no builds
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/bench-utils.ts';
import { checkContentDir } from '~/lib/content/rules/run';
import { LOCK_FILE_NAME, emptyLock, serializeLock, withLockedFile } from '~/lib/versions/lock-file';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    counts: { type: 'string', default: '10,50,100' },
    keep: { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const counts = values.counts.split(',').map(Number);

const SECTIONS = 12;
const WORDS = [
  'data',
  'service',
  'account',
  'request',
  'notice',
  'period',
  'purpose',
  'partner',
  'consent',
  'storage',
  'access',
  'security',
];
const ORD = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende', 'ellevte', 'tolvte'];

/** Deterministic synthetic text: version `v` changes a sentence in two sections and a list item in one, so every diff has work to do. */
function documentText(lang: 'nb' | 'en', v: number, total: number): string {
  const version = versionName(v);
  const slug = lang === 'nb' ? 'benchmark' : 'benchmark-en';
  const lines = [
    '---',
    `title: ${lang === 'nb' ? 'Syntetisk dokument' : 'Synthetic document'}`,
    'description: Synthetic benchmark document, not a real privacy notice.',
    `slug: ${slug}`,
    `version: "${version}"`,
    `updated: "${version}"`,
    'status: published',
    `change: ${v % 5 === 4 ? 'editorial' : 'substantive'}`,
    `summary: Synthetic version ${v + 1} of ${total}.`,
    '---',
    '',
    lang === 'nb' ? `Syntetisk innledning, versjon ${v + 1}.` : `Synthetic introduction, version ${v + 1}.`,
    '',
  ];
  for (let s = 0; s < SECTIONS; s++) {
    const touched = (v + s) % 6 === 0 || (v * 7 + s) % 11 === 0;
    const word = WORDS[(s + (touched ? v : 0)) % WORDS.length];
    const heading = lang === 'nb' ? `Den ${ORD[s]} delen` : `Part ${s + 1}`;
    lines.push(`## ${s + 1}. ${heading} [#part-${s + 1}]`, '');
    lines.push(
      lang === 'nb'
        ? `Denne delen forklarer hvordan vi behandler ${word} med omhu, og hvorfor det er nødvendig for tjenesten.`
        : `This part explains how we handle ${word} with care, and why it is needed for the service.`,
      '',
    );
    lines.push(
      lang === 'nb'
        ? 'Vi lagrer opplysningene så lenge det trengs, og sletter dem deretter.'
        : 'We keep the data as long as needed, and delete it afterwards.',
      '',
    );
    for (let item = 0; item < 4; item++) {
      const changed = item === (v + s) % 4 && (v + s) % 3 === 0;
      lines.push(`- ${lang === 'nb' ? 'Punkt' : 'Item'} ${item + 1}${changed ? ` (${v})` : ''}`);
    }
    lines.push('');
    if (s % 3 === 0) {
      lines.push(`### ${s + 1}.1 ${lang === 'nb' ? 'Detaljer' : 'Details'} [#part-${s + 1}-details]`, '');
      lines.push(lang === 'nb' ? `Flere detaljer om del ${s + 1}.` : `More details about part ${s + 1}.`, '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Version names are months from January 2000: 100 versions end in 2008, all in the past. */
function versionName(v: number): string {
  return `${2000 + Math.floor(v / 12)}-${String((v % 12) + 1).padStart(2, '0')}`;
}

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

/**
 * CPU seconds used so far by this process's finished children (Linux /proc; fields 16–17, cutime + cstime).
 * Other jobs on a busy machine stretch wall time, not CPU time, so the ratio is computed from CPU time.
 */
function childCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return undefined;
  }
}

const root = mkdtempSync(join(tmpdir(), 'jtec-bench-versions-'));
console.log(`Synthetic content and builds in ${root}\n`);
const results: { count: number; seconds: number; cpu: number; bytes: number; pages: number }[] = [];
for (const count of counts) {
  const contentDir = join(root, `content-${count}`);
  const outDir = join(root, `dist-${count}`);
  // Published versions must be locked, or the build's content check refuses them.
  let lock = emptyLock();
  for (const lang of ['nb', 'en'] as const) {
    mkdirSync(join(contentDir, 'benchmark', lang), { recursive: true });
    for (let v = 0; v < count; v++) {
      const text = documentText(lang, v, count);
      writeFileSync(join(contentDir, 'benchmark', lang, `${versionName(v)}.mdx`), text);
      lock = withLockedFile(lock, `benchmark/${lang}/${versionName(v)}.mdx`, text, 0);
    }
  }
  writeFileSync(join(contentDir, LOCK_FILE_NAME), serializeLock(lock));
  if (values['check-only']) {
    const checks: { wall: number; cpu: number; problems: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const [start, cpu] = [performance.now(), process.cpuUsage()];
      const problems = await checkContentDir(contentDir, '2100-01-01');
      const used = process.cpuUsage(cpu);
      checks.push({ wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, problems: problems.length });
    }
    const wall = median(checks.map((check) => check.wall));
    const cpu = median(checks.map((check) => check.cpu));
    console.log(
      `${count} versions (${count * 2} files): content check median wall ${wall.toFixed(2)} s, CPU ${cpu.toFixed(2)} s, ${checks[0]?.problems} problems`,
    );
    continue;
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(outDir, { recursive: true, force: true });
    const cpuBefore = childCpuSeconds() ?? 0;
    const start = process.hrtime.bigint();
    const build = spawnSync('astro', ['build', '--force', '--silent'], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error(`astro build failed for ${count} versions (exit ${build.status})`);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpuTimes.push((childCpuSeconds() ?? 0) - cpuBefore);
  }
  const { bytes, pages } = folderSize(outDir);
  results.push({ count, seconds: median(times), cpu: median(cpuTimes), bytes, pages });
  console.log(
    `${count} versions: wall ${times.map((t) => t.toFixed(2)).join(', ')} s, CPU ${cpuTimes.map((t) => t.toFixed(2)).join(', ')} s, ${pages} pages, ${(bytes / 1e6).toFixed(2)} MB`,
  );
}

if (values['check-only']) {
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  process.exit(0);
}
console.log(`\nMedians of ${runs} run(s):\n`);
console.log('| versions | wall (s) | CPU (s) | pages | output (MB) | CPU s per version | per-version ratio to first |');
console.log('| -------: | -------: | ------: | ----: | ----------: | ----------------: | -------------------------: |');
const first = results[0];
for (const result of results) {
  const perVersion = result.cpu / result.count;
  const ratio = first ? perVersion / (first.cpu / first.count) : 1;
  console.log(
    `| ${result.count} | ${result.seconds.toFixed(2)} | ${result.cpu.toFixed(2)} | ${result.pages} | ${(result.bytes / 1e6).toFixed(2)} | ${perVersion.toFixed(3)} | ${ratio.toFixed(2)} |`,
  );
}
console.log('\nTime per version that stays flat or falls as the count grows means the build grows no worse than linearly.');
if (!values.keep) rmSync(root, { recursive: true, force: true });
