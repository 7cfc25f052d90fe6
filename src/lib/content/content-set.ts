import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LOCK_FILE_NAME, readLock, type VersionLock } from '~/lib/versions/lock-file';
import { firstInvalidUtf8Line, listContentDir } from './content-files';
import { readLockHistory, type LockHistory } from './git-lock-history';

/** One content file: where it lives and what it says. */
export interface ContentFile {
  /** The path inside the content directory, e.g. `privacy/nb/2025.mdx`; also the lock file's key. */
  key: string;
  /** The path shown to editors, e.g. `content/privacy/nb/2025.mdx`. */
  path: string;
  text: string;
  /** Set when the file is not UTF-8: it is reported once, and no other rule reads its text. */
  notUtf8?: true;
}

/** Everything the content rules look at, read from disk once. */
export interface ContentSet {
  files: ContentFile[];
  /** The lock of published versions; an empty lock when the file is missing or cannot be read (see `lockIssue`). */
  lock: VersionLock;
  /** Why the lock file could not be used: it is missing, or it cannot be read (e.g. "is empty", with where in its text). */
  lockIssue?: { missing: true } | { missing: false; problem: string; at?: number | undefined } | undefined;
  /** The lock file's text as read, for pointing at its lines; absent when missing or when the set was built in memory. */
  lockText?: string | undefined;
  /** Every lock ever committed to git, the lock's second witness. */
  history: LockHistory;
  /** The lock file as shown to editors, e.g. `content/versions.lock.json`. */
  lockPath: string;
  /** The files being published (keys): the only ones the per-file rules judge; the others are locked and were judged before. */
  focus?: readonly string[] | undefined;
  /** Files read but outside the check's scope (e.g. other documents, when publishing one): only what spans documents looks at them. */
  otherFiles?: ContentFile[] | undefined;
  /** Files in the content directory that the site will not read (wrong place or extension). */
  strayFiles: string[];
  /** Files the site refuses to read: symbolic links, and text that is not UTF-8 (with the line of the first bad byte). */
  refusedFiles?: { file: string; reason: 'link' | 'encoding'; line?: number | undefined }[] | undefined;
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
  const listing = listContentDir(contentDir);
  const refusedFiles: NonNullable<ContentSet['refusedFiles']> = listing.links.map((key) => ({ file: label(join(contentDir, key)), reason: 'link' }));
  for (const key of listing.documents) {
    const absolute = join(contentDir, key);
    const bytes = await readFile(absolute);
    const badLine = firstInvalidUtf8Line(bytes);
    files.push({ key, path: label(absolute), text: bytes.toString('utf8'), ...(badLine === undefined ? {} : { notUtf8: true as const }) });
    if (badLine !== undefined) refusedFiles.push({ file: label(absolute), reason: 'encoding', line: badLine });
  }
  const strayFiles = listing.stray.map((key) => label(join(contentDir, key)));
  const claimFiles: ContentFile[] = [];
  for (const key of listing.claims) claimFiles.push({ key, path: label(join(contentDir, key)), text: await readFile(join(contentDir, key), 'utf8') });
  const lockPath = lockFileOf(contentDir);
  const lockText = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : undefined;
  const reading = lockText === undefined ? undefined : readLock(lockText);
  const lock = reading && 'lock' in reading ? reading.lock : { versions: {} };
  const lockIssue = !reading ? { missing: true as const } : 'problem' in reading ? { missing: false as const, problem: reading.problem, at: reading.at } : undefined;
  const history = readLockHistory(contentDir, label(contentDir));
  return { files, lock, lockIssue, lockText, history, lockPath: label(lockPath), strayFiles, refusedFiles, claimFiles, today };
}

/** The set narrowed to one document's files: what `publish-version` checks (the others are kept for the rules that span documents). */
export function scopedToDocument(set: ContentSet, document: string): ContentSet {
  const inScope = (file: ContentFile) => file.key.startsWith(`${document}/`);
  return { ...set, files: set.files.filter(inScope), otherFiles: set.files.filter((file) => !inScope(file)) };
}
