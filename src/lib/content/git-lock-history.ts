import { spawnSync } from 'node:child_process';
import { LOCK_FILE_NAME, readLock } from '~/lib/versions/lock-file';

/**
 * Git history as a second witness for the lock: every version of
 * `versions.lock.json` ever committed, merged per file. A published file whose
 * text matches none of the hashes git has seen, without a new erratum, was changed
 * behind the lock's back — even if the lock itself was deleted or edited by hand.
 */

/** What git history knows about one published file. */
export interface LockedInHistory {
  /** Every hash the file was locked with in some commit. */
  hashes: Set<string>;
  /** The most errata it was ever locked with. */
  errata: number;
}

/** The second witness: git's record of every lock, or why there is none. */
export type LockHistory =
  | { witness: 'git'; entries: Map<string, LockedInHistory>; commits: number; note?: string }
  | { witness: 'none'; note: string };

/** No witness (a content folder outside git, or a test). */
export function noLockHistory(note = 'no git history was read'): LockHistory {
  return { witness: 'none', note };
}

function git(cwd: string, args: string[], input?: string): { ok: boolean; out: Buffer } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  return { ok: result.status === 0 && !result.error, out: result.stdout ?? Buffer.alloc(0) };
}

/** Merges the committed locks (as text) into one record per file; unreadable old locks are skipped. */
export function mergeLocks(texts: readonly string[]): Map<string, LockedInHistory> {
  const entries = new Map<string, LockedInHistory>();
  for (const text of texts) {
    const reading = readLock(text);
    if (!('lock' in reading)) continue;
    for (const [key, entry] of Object.entries(reading.lock.versions)) {
      const known = entries.get(key) ?? { hashes: new Set<string>(), errata: 0 };
      known.hashes.add(entry.sha256);
      known.errata = Math.max(known.errata, entry.errata);
      entries.set(key, known);
    }
  }
  return entries;
}

/** Splits `git cat-file --batch` output into the blobs' texts. */
function splitBatch(out: Buffer): string[] {
  const texts: string[] = [];
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8');
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      at = end + 1; // "<name> missing"
      continue;
    }
    texts.push(out.subarray(end + 1, end + 1 + Number(size)).toString('utf8'));
    at = end + 1 + Number(size) + 1;
  }
  return texts;
}

/** Reads every committed version of a content folder's lock file from git (two git calls); never throws. */
export function readLockHistory(contentDir: string, label: string): LockHistory {
  const inside = git(contentDir, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) {
    return noLockHistory(`${label} is not in a git repository (or git is not installed), so the lock is checked against ${label}/${LOCK_FILE_NAME} alone`);
  }
  const commits = git(contentDir, ['rev-list', 'HEAD', '--', LOCK_FILE_NAME]);
  if (!commits.ok) return { witness: 'git', entries: new Map(), commits: 0 }; // a repository with no commit yet
  const ids = commits.out.toString('utf8').split('\n').filter(Boolean);
  const blobs = git(contentDir, ['cat-file', '--batch'], ids.map((id) => `${id}:./${LOCK_FILE_NAME}`).join('\n') + '\n');
  const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository']).out.toString('utf8').trim() === 'true';
  const history: LockHistory = { witness: 'git', entries: mergeLocks(blobs.ok ? splitBatch(blobs.out) : []), commits: ids.length };
  if (shallow) {
    history.note = `this is a shallow git clone, so only ${ids.length} commit(s) of ${label}/${LOCK_FILE_NAME} were compared; run \`git fetch --unshallow\` for the full history`;
  }
  return history;
}
