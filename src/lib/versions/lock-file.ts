import { createHash } from 'node:crypto';

/**
 * The lock file (`{CONTENT_DIR}/versions.lock.json`) records, for every published
 * version file, a hash of its text and how many errata it had when it was locked.
 * `npm run check` compares each published file with it, so a published text cannot
 * change silently; only `npm run publish-version` writes it.
 */

/** The lock file's name, next to the document folders in the content directory. */
export const LOCK_FILE_NAME = 'versions.lock.json';

/** What the lock knows about one published file. */
export interface LockEntry {
  /** sha256 of the file's text (line endings normalised to `\n`). */
  sha256: string;
  /** How many `errata:` entries the file had when it was locked; errata are never removed. */
  errata: number;
}

/** The whole lock file: entries keyed by the path inside the content directory, e.g. `privacy/nb/2025.mdx`. */
export interface VersionLock {
  comment?: string;
  versions: Record<string, LockEntry>;
}

const LOCK_COMMENT = 'Written by `npm run publish-version`, never by hand: the hash of every published version. See docs/editing.md.';

/** The hash a published file is locked with: sha256 of its text, with Windows line endings made `\n`. */
export function hashVersionText(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}

/** An empty lock, for a content directory where nothing has been published yet. */
export function emptyLock(): VersionLock {
  return { comment: LOCK_COMMENT, versions: {} };
}

/** Why a lock file's text is not a lock, and where in the text (a string index; absent when the file is empty). */
export interface LockProblem {
  problem: string;
  at?: number | undefined;
}

/** Where a key (`"versions"`, `"privacy/nb/2025.mdx"`) is written in a lock file's text; undefined when it is not. */
export function lockKeyOffset(text: string, key: string): number | undefined {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const index = text.search(new RegExp(`${quoted}\\s*:`));
  return index >= 0 ? index : undefined;
}

/** Where JSON.parse stopped: the position it names, or the last character when the text was cut short. */
function syntaxErrorOffset(text: string, error: unknown): number {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? Math.max(0, text.trimEnd().length - 1) : Math.min(Number(position), Math.max(0, text.length - 1));
}

/** A lock file's text as a lock, or why it is not one (empty, not JSON, wrong shape) and where; never throws. */
export function readLock(text: string): { lock: VersionLock } | LockProblem {
  if (text.trim() === '') return { problem: 'is empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: 'is not valid JSON (it was probably edited by hand or cut short)', at: syntaxErrorOffset(text, error) };
  }
  const versions = data !== null && typeof data === 'object' ? (data as Partial<VersionLock>).versions : undefined;
  if (versions === null || typeof versions !== 'object' || Array.isArray(versions)) {
    return { problem: 'has no "versions" list', at: lockKeyOffset(text, 'versions') ?? text.search(/\S/) };
  }
  for (const [key, entry] of Object.entries(versions as Record<string, unknown>)) {
    const { sha256, errata } = (entry ?? {}) as Partial<LockEntry>;
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256) || !Number.isInteger(errata) || (errata as number) < 0) {
      return { problem: `has a damaged entry for "${key}"`, at: lockKeyOffset(text, key) };
    }
  }
  return { lock: { comment: LOCK_COMMENT, versions: versions as Record<string, LockEntry> } };
}

/** Reads a lock file's text; throws with a plain message when it is not a lock file (for tools and tests; the check uses readLock). */
export function parseLock(text: string): VersionLock {
  const reading = readLock(text);
  if ('lock' in reading) return reading.lock;
  throw new Error(`${LOCK_FILE_NAME} ${reading.problem} — restore it with git (git checkout HEAD -- ${LOCK_FILE_NAME})`);
}

/** The lock file's text, keys sorted so that diffs of the lock stay small and readable. */
export function serializeLock(lock: VersionLock): string {
  const versions = Object.fromEntries(Object.entries(lock.versions).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ comment: LOCK_COMMENT, versions }, null, 2)}\n`;
}

/** A copy of the lock with one file (re)locked at its current text and errata count. */
export function withLockedFile(lock: VersionLock, key: string, text: string, errataCount: number): VersionLock {
  return { ...lock, versions: { ...lock.versions, [key]: { sha256: hashVersionText(text), errata: errataCount } } };
}
