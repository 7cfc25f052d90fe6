/**
 * `npm test`: every check and test, as one command, in the order that finishes first on a
 * small machine. Stages that do not depend on each other run at the same time:
 *
 *   the four builds, one at a time, each one's link check beside the next build
 *     ──► browser tests (Playwright, its output shown as it runs), and beside them:
 *         HTML validation; content and type checks, integration tests, the `astro dev` tests
 *   from the start, beside everything: lint, unit tests
 *
 * Everything that runs Astro (builds, `astro check`, the integration tests' builds, `astro dev`)
 * runs one at a time: Astro keeps a build's list of content modules in the project's `.astro/`
 * folder, so two at once can render one build with the other's content.
 * The stages off the critical path (the builds, then the browser tests) run at a lower CPU
 * priority (`nice`): they fill the time the browser tests leave idle without slowing them down.
 * Each stage's output is kept and printed when it ends: in full when it fails (under a header
 * naming the stage and its command), as one line when it passes. A stage whose input failed
 * (a build, for the tests on it) does not run. Exits 1 when any stage failed.
 *
 *   npm test                  everything
 *   npm test -- --list        the stages and their commands, without running them
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

interface Stage {
  name: string;
  /** The command line it runs; each one also works alone. */
  command: string;
  /** Stages whose output it reads: it starts when they have passed. */
  needs?: string[];
  /** On the critical path: full CPU priority. The others run under `nice`. */
  critical?: boolean;
  /** Shown as it runs (the browser tests' progress), not kept until the end. */
  live?: boolean;
  /** Runs Astro: one such stage at a time, in the order listed. */
  astro?: boolean;
}

/** Each build's npm script and the folder it writes. */
const BUILDS = {
  build: 'dist',
  'build:fixtures': 'dist-fixtures',
  'build:large-fixture': 'dist-large',
  'build:base-path': 'dist-base',
} as const;
const builds = Object.keys(BUILDS);
/**
 * The builds whose links are checked (as `test:gates` does), each as soon as it is built, beside
 * the next build. The base-path build is left to its browser tests (the checker serves a folder at
 * the root), the generated large notice (300 pages, 48 MB) to its own. The check writes temporary
 * pages into the build folder, which the browser tests and the HTML check must not see, so they
 * wait for every link check.
 */
const LINK_CHECKED: string[] = ['dist', 'dist-fixtures'];
const linkChecks = LINK_CHECKED.map((dir) => `links ${dir}`);

/** Every Playwright project but `dev` runs against the builds; `dev` starts `astro dev` and so waits its turn with Astro. */
const { default: config } = await import('../playwright.config.ts');
const servedProjects = (config.projects ?? []).map((project) => project.name ?? '').filter((name) => name && name !== 'dev');
const projects = (names: string[]) => names.map((name) => `--project=${name}`).join(' ');

const STAGES: Stage[] = [
  ...Object.entries(BUILDS).flatMap(([name, dir]): Stage[] => [
    { name, command: `npm run --silent ${name}`, critical: true, astro: true },
    ...(LINK_CHECKED.includes(dir)
      ? [{ name: `links ${dir}`, command: `tsx scripts/check-links.ts ${dir}`, needs: [name], critical: true }]
      : []),
  ]),
  { name: 'browser tools', command: 'bash scripts/ensure-chromium.sh && bash scripts/ensure-nginx.sh', critical: true },
  {
    name: 'e2e',
    command: `playwright test ${projects(servedProjects)}`,
    needs: [...builds, ...linkChecks, 'browser tools'],
    critical: true,
    live: true,
  },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'unit', command: 'npm run --silent test:unit' },
  { name: 'validate:html', command: 'npm run --silent validate:html', needs: [...builds, ...linkChecks] },
  { name: 'check', command: 'tsx scripts/check.ts', astro: true },
  { name: 'integration', command: 'npm run --silent test:integration', astro: true },
  // On ports of its own: the served tests' nginx holds E2E_PORT to E2E_PORT + 3 meanwhile.
  {
    name: 'e2e dev',
    command: `E2E_PORT=${Number(process.env.E2E_PORT ?? 4400) + 20} playwright test ${projects(['dev'])} --reporter line`,
    needs: [...builds, ...linkChecks, 'browser tools'],
    astro: true,
  },
];

interface Outcome {
  stage: Stage;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  output: string;
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const clock = (value: number) => `${Math.floor(value / 60)}:${String(Math.round(value % 60)).padStart(2, '0')}`;

/** Runs one stage, keeping its output (or passing it through for a live stage). */
function runStage(stage: Stage): Promise<Outcome> {
  const started = performance.now();
  // The shell runs under `nice`, so a command's own variables (`E2E_PORT=… playwright …`) and `&&` work as written.
  const shell = ['bash', '-c', stage.command];
  const [program = 'bash', ...args] = stage.critical ? shell : ['nice', '-n', '10', ...shell];
  const child = spawn(program, args, {
    stdio: ['ignore', stage.live ? 'inherit' : 'pipe', stage.live ? 'inherit' : 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((done) => {
    child.on('close', (code) =>
      done({ stage, status: code === 0 ? 'passed' : 'failed', seconds: seconds(started), output: Buffer.concat(chunks).toString() }),
    );
  });
}

async function runAll(stages: Stage[]): Promise<Outcome[]> {
  const outcomes = new Map<string, Outcome>();
  const running = new Map<string, Promise<void>>();
  const start = performance.now();
  const ready = (stage: Stage) => (stage.needs ?? []).every((need) => outcomes.has(need));
  const astroRunning = () => [...running.keys()].some((name) => stages.find((stage) => stage.name === name)?.astro);

  while (outcomes.size < stages.length) {
    for (const stage of stages) {
      if (outcomes.has(stage.name) || running.has(stage.name) || !ready(stage)) continue;
      const failedNeed = (stage.needs ?? []).find((need) => outcomes.get(need)?.status !== 'passed');
      if (failedNeed) {
        outcomes.set(stage.name, { stage, status: 'skipped', seconds: 0, output: `not run: ${failedNeed} did not pass` });
        console.log(`– ${stage.name}: not run, ${failedNeed} did not pass`);
        continue;
      }
      if (stage.astro && astroRunning()) continue;
      if (stage.live) console.log(`▶ ${stage.name} (${stage.command}) at ${clock(seconds(start))}`);
      running.set(
        stage.name,
        runStage(stage).then((outcome) => {
          running.delete(stage.name);
          outcomes.set(stage.name, outcome);
          const mark = outcome.status === 'passed' ? '✔' : '✘';
          const note = outcome.status === 'passed' ? '' : ' — its output follows at the end';
          console.log(`${mark} ${stage.name} ${outcome.status} in ${clock(outcome.seconds)} (at ${clock(seconds(start))})${note}`);
        }),
      );
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return stages.map((stage) => outcomes.get(stage.name)!);
}

if (process.argv.includes('--list')) {
  for (const stage of STAGES) console.log(`${stage.name}: ${stage.command}${stage.needs ? `  (after ${stage.needs.join(', ')})` : ''}`);
  process.exit(0);
}

const started = performance.now();
const outcomes = await runAll(STAGES);
const failed = outcomes.filter((outcome) => outcome.status === 'failed');
for (const outcome of failed.filter((outcome) => !outcome.stage.live)) {
  console.log(`\n━━━━ ✘ ${outcome.stage.name} failed: ${outcome.stage.command} ━━━━\n${outcome.output.trimEnd()}\n`);
}
console.log(`\nStages (wall time; they overlap):`);
for (const { stage, status, seconds: time } of outcomes) console.log(`  ${status.padEnd(7)} ${clock(time).padStart(5)}  ${stage.name}`);
console.log(
  `${failed.length === 0 ? '✔ every stage passed' : `✘ ${failed.map((outcome) => outcome.stage.name).join(', ')} failed`} in ${clock(seconds(started))}`,
);
process.exit(failed.length === 0 && outcomes.every((outcome) => outcome.status === 'passed') ? 0 : 1);
