import { hashVersionText, lockKeyOffset, serializeLock, type VersionLock } from '~/lib/versions/lock-file';
import { contentDirLabel as labelOfContentDir, type ContentSet } from '../content-set';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeAtOffset, placeOfField } from './place';
import type { Place, Problem } from './problem';

/** The lock's text, to point at its lines: as read from disk, or as `publish-version` writes it for a lock built in memory. */
export function lockTextOf(set: Pick<ContentSet, 'lock' | 'lockText'>): string {
  return set.lockText ?? serializeLock(set.lock);
}

/** Where a key is written in the lock (an entry's file name, or `"versions"`), else the first line of the lock. */
export function placeInLock(lockText: string, key: string): Place {
  return placeAtOffset(lockText, lockKeyOffset(lockText, key) ?? lockKeyOffset(lockText, 'versions') ?? 0, JSON.stringify(key).length);
}

/** Checks published versions against the lock: locked, unchanged, errata kept, never back to draft, never deleted. */
export function checkLock(
  versions: VersionFile[],
  lock: VersionLock,
  lockPath: string,
  contentDirLabel: string,
  otherKeys: readonly string[] = [],
  lockText = serializeLock(lock),
): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Set([...versions.map((entry) => entry.key), ...otherKeys]);
  for (const entry of versions) {
    const locked = lock.versions[entry.key];
    const status = entry.frontmatter?.status;
    const command = `npm run publish-version -- ${entry.document} ${entry.version}`;
    if (!locked && (entry.frontmatter?.errata.length ?? 0) > 0) {
      problems.push({
        file: entry.path,
        ...placeOfField(entry, 'errata'),
        message: 'this version has an errata: list, but it was never published, so it has nothing to correct',
        fix: 'remove the errata: lines; corrections are recorded only by `npm run publish-version -- --erratum …` after publication',
      });
    }
    if (status === 'draft' && locked) {
      problems.push({
        file: entry.path,
        ...placeOfField(entry, 'status'),
        message: 'this version has been published and cannot go back to draft',
        fix: 'set `status: published` again; to change or withdraw text, publish a new version (see docs/editing.md)',
      });
    } else if (status === 'published' && !locked) {
      problems.push({
        file: entry.path,
        ...placeOfField(entry, 'status'),
        message: `this version is marked published but was never locked in ${lockPath}`,
        fix: `publish with \`${command}\`, which checks the version and locks it; or set \`status: draft\``,
      });
    } else if (status === 'published' && locked && hashVersionText(entry.text) !== locked.sha256) {
      const errata = entry.frontmatter?.errata.length ?? 0;
      if (errata < locked.errata) {
        problems.push({
          file: entry.path,
          // Where the errata are, or (all of them removed) the status that says it was published.
          ...placeOfField(entry, entry.fieldLines.has('errata') ? 'errata' : 'status'),
          message: `this published version had ${locked.errata} errata but now has ${errata}`,
          fix: `errata stay visible for good: restore them with \`git checkout -- ${entry.path}\``,
        });
      } else {
        problems.push({
          file: entry.path,
          // The lock keeps only a hash, so the changed words cannot be shown: point at what says it is published.
          ...placeOfField(entry, 'status'),
          message: `this published version has been changed since it was published (it no longer matches ${lockPath})`,
          fix:
            `published text never changes silently. To change what the notice says, undo the edit (\`git checkout -- ${entry.path}\`) and make a new version: ` +
            `\`npm run new-version -- ${entry.document} <new-version>\`. To correct a typo only, keep the edit and record a visible erratum: ` +
            `\`npm run publish-version -- --erratum ${entry.document} ${entry.version} "what was corrected"\``,
        });
      }
    }
  }
  for (const key of Object.keys(lock.versions)) {
    if (!byKey.has(key)) {
      const path = `${contentDirLabel}/${key}`;
      problems.push({
        file: lockPath,
        ...placeInLock(lockText, key),
        message: `the published version ${path}, locked here, has been deleted`,
        fix: `a published version stays online for good: restore it with \`git checkout -- ${path}\``,
      });
    }
  }
  return problems;
}

/** The git command that brings back the last committed lock. */
export function restoreLockCommand(lockPath: string): string {
  return `git checkout HEAD -- ${lockPath}`;
}

/** A lock that is missing (while something is published) or unreadable, as one problem; undefined when it can be used. */
export function checkLockFile(set: ContentSet, versions: readonly VersionFile[]): Problem | undefined {
  const { lockIssue, lockPath, history } = set;
  if (!lockIssue) return undefined;
  const restore = `restore it from git with \`${restoreLockCommand(lockPath)}\`; it is written only by \`npm run publish-version\`, never by hand`;
  if (!lockIssue.missing) {
    const at = lockIssue.at;
    const place = at === undefined ? { wholeFile: 'empty' as const } : placeAtOffset(set.lockText ?? '', at);
    return { file: lockPath, ...place, message: `the lock file ${lockIssue.problem}`, fix: restore };
  }
  const published = versions.some((entry) => entry.data.status === 'published');
  const lockedBefore = history.witness === 'git' && history.entries.size > 0;
  if (!published && !lockedBefore) return undefined; // a new repository: the first publish-version writes it
  return {
    file: lockPath,
    wholeFile: 'missing',
    message: 'the lock file is missing, so no published version can be checked',
    fix: `${restore} (see "The lock is missing or broken" in docs/editing.md)`,
  };
}

/** Published versions against the lock file; a missing or unreadable lock is one problem instead. */
export const lockRule: ContentRule = ({ versions, set }) => {
  const lockProblem = checkLockFile(set, versions);
  if (set.lockIssue) return lockProblem ? [lockProblem] : [];
  const otherKeys = (set.otherFiles ?? []).map((file) => file.key);
  return checkLock(versions, set.lock, set.lockPath, labelOfContentDir(set.lockPath), otherKeys, lockTextOf(set));
};
