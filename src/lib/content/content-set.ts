import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LOCK_FILE_NAME, readLock, type VersionLock } from '~/lib/versions/lock-file';
import { readLockHistory, type LockHistory } from './git-lock-history';

/** One content file: where it lives and what it says. */
export interface ContentFile {
  /** The path inside the content directory, e.g. `privacy/nb/2025.mdx`; also the lock file's key. */
  key: string;
  /** The path shown to editors, e.g. `content/privacy/nb/2025.mdx`. */
  path: string;
  text: string;
}

/** Everything the content rules look at, read from disk once. */
export interface ContentSet {
  files: ContentFile[];
  /** The lock of published versions; an empty lock when the file is missing or cannot be read (see `lockIssue`). */
  lock: VersionLock;
  /** Why the lock file could not be used: it is missing, or it cannot be read (e.g. "is empty"). */
  lockIssue?: { missing: true } | { missing: false; problem: string } | undefined;
  /** Every lock ever committed to git, the lock's second witness. */
  history: LockHistory;
  /** The lock file as shown to editors, e.g. `content/versions.lock.json`. */
  lockPath: string;
  /** Files in the content directory that the site will not read (wrong place or extension). */
  strayFiles: string[];
  /** The GDPR checklist's claims files (`privacy/2025.checklist.yaml`, editor-only; see src/lib/checklist/claims.ts). */
  claimFiles?: ContentFile[] | undefined;
  /** The day (`YYYY-MM-DD`) against which upcoming versions are decided. */
  today: string;
}

/** Where a content directory's lock file lives. */
export function lockFileOf(contentDir: string): string {
  return join(contentDir, LOCK_FILE_NAME);
}

/** The folder a lock file path belongs to, as shown to editors (`content`). */
export function contentDirLabel(lockPath: string): string {
  return lockPath.slice(0, -(LOCK_FILE_NAME.length + 1)) || '.';
}

/** Notes for the editor that are not problems (e.g. no git history to compare the lock with). */
export function contentNotes(set: ContentSet): string[] {
  return set.history.witness === 'none' || set.history.note ? [set.history.note ?? ''] : [];
}

/** Reads a content directory (e.g. `content/`) into a content set: every document file, the lock, its git history, and stray files. */
export async function loadContentDir(contentDir: string, today: string, cwd: string = process.cwd()): Promise<ContentSet> {
  const label = (path: string) => {
    const shown = relative(cwd, path);
    return shown.startsWith('..') ? path : shown.split(sep).join('/') || '.';
  };
  const files: ContentFile[] = [];
  const strayFiles: string[] = [];
  const claimFiles: ContentFile[] = [];
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((dirent) => dirent.isFile())) {
    const absolute = join(entry.parentPath, entry.name);
    const key = relative(contentDir, absolute).split(sep).join('/');
    const depth = key.split('/').length;
    if (depth === 3 && key.endsWith('.mdx')) files.push({ key, path: label(absolute), text: await readFile(absolute, 'utf8') });
    else if (/\.checklist\.ya?ml$/.test(key)) claimFiles.push({ key, path: label(absolute), text: await readFile(absolute, 'utf8') });
    else if (depth >= 2 && /\.(mdx?|markdown)$/i.test(key)) strayFiles.push(label(absolute));
  }
  files.sort((a, b) => a.key.localeCompare(b.key));
  const lockPath = lockFileOf(contentDir);
  const reading = existsSync(lockPath) ? readLock(await readFile(lockPath, 'utf8')) : undefined;
  const lock = reading && 'lock' in reading ? reading.lock : { versions: {} };
  const lockIssue = !reading ? { missing: true as const } : 'problem' in reading ? { missing: false as const, problem: reading.problem } : undefined;
  const history = readLockHistory(contentDir, label(contentDir));
  claimFiles.sort((a, b) => a.key.localeCompare(b.key));
  return { files, lock, lockIssue, history, lockPath: label(lockPath), strayFiles: strayFiles.sort(), claimFiles, today };
}
