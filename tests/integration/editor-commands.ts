import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

// What the integration tests share: the editors' commands run as npm runs them, on temporary
// copies of a fixture, and the files a build wrote.

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/** A folder of made-up content under tests/fixtures/. */
export const fixture = (name: 'content' | 'checklist'): string => join(ROOT, 'tests/fixtures', name);

/** How an editor's command ended, and everything it printed. */
export interface CommandResult {
  status: number | null;
  output: string;
}

/** Runs `npm run <script>`'s command the way npm would (Node 22 from node_modules/.bin first on PATH). */
export function run(script: string, args: string[], env: Record<string, string>): CommandResult {
  const result = spawnSync(join(BIN, 'tsx'), [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Gives a test file new temporary folders named `prefix…`, removed once its tests are done. */
export function temporaryFolders(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** A copy of `source` as the `content` folder inside `parent`: the commands may change it freely. */
export function contentCopy(source: string, parent: string): string {
  cpSync(source, join(parent, 'content'), { recursive: true });
  return join(parent, 'content');
}

/** Commits the folder `repo` into a new git repository, as an editor's repository would hold it. */
export function commitAll(repo: string, message: string): void {
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.no', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', message);
}

/**
 * The files a build wrote below `outDir` whose names match `names`, by path relative to it.
 * Read as latin1 they compare byte for byte; as utf8 their text can be searched.
 */
export function builtFiles(outDir: string, names = /./, encoding: 'latin1' | 'utf8' = 'utf8'): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !names.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(outDir.length + 1), readFileSync(path, encoding));
  }
  return files;
}
