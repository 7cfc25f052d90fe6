import { hashVersionText, type VersionLock } from '~/lib/versions/lock-file';
import { contentDirLabel as labelOfContentDir, type ContentSet } from '../content-set';
import type { ContentRule, VersionFile } from './parsed-content';
import type { Problem } from './problem';

/** Checks published versions against the lock: locked, unchanged, errata kept, never back to draft, never deleted. */
export function checkLock(versions: VersionFile[], lock: VersionLock, lockPath: string, contentDirLabel: string, otherKeys: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Set([...versions.map((entry) => entry.key), ...otherKeys]);
  for (const entry of versions) {
    const locked = lock.versions[entry.key];
    const status = entry.frontmatter?.status;
    const command = `npm run publish-version -- ${entry.document} ${entry.version}`;
    if (!locked && (entry.frontmatter?.errata.length ?? 0) > 0) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('errata'),
        message: 'this version has an errata: list, but it was never published, so it has nothing to correct',
        fix: 'remove the errata: lines; corrections are recorded only by `npm run publish-version -- --erratum …` after publication',
      });
    }
    if (status === 'draft' && locked) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('status'),
        message: 'this version has been published and cannot go back to draft',
        fix: 'set `status: published` again; to change or withdraw text, publish a new version (see docs/editing.md)',
      });
    } else if (status === 'published' && !locked) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('status'),
        message: `this version is marked published but was never locked in ${lockPath}`,
        fix: `publish with \`${command}\`, which checks the version and locks it; or set \`status: draft\``,
      });
    } else if (status === 'published' && locked && hashVersionText(entry.text) !== locked.sha256) {
      const errata = entry.frontmatter?.errata.length ?? 0;
      if (errata < locked.errata) {
        problems.push({
          file: entry.path,
          line: entry.fieldLines.get('errata'),
          message: `this published version had ${locked.errata} errata but now has ${errata}`,
          fix: `errata stay visible for good: restore them with \`git checkout -- ${entry.path}\``,
        });
      } else {
        problems.push({
          file: entry.path,
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
        file: path,
        message: 'this published version has been deleted',
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
  if (!lockIssue.missing) return { file: lockPath, message: `the lock file ${lockIssue.problem}`, fix: restore };
  const published = versions.some((entry) => entry.data.status === 'published');
  const lockedBefore = history.witness === 'git' && history.entries.size > 0;
  if (!published && !lockedBefore) return undefined; // a new repository: the first publish-version writes it
  return {
    file: lockPath,
    message: 'the lock file is missing, so no published version can be checked',
    fix: `${restore} (see "The lock is missing or broken" in docs/editing.md)`,
  };
}

/** Published versions against the lock file; a missing or unreadable lock is one problem instead. */
export const lockRule: ContentRule = ({ versions, set }) => {
  const lockProblem = checkLockFile(set, versions);
  if (set.lockIssue) return lockProblem ? [lockProblem] : [];
  return checkLock(versions, set.lock, set.lockPath, labelOfContentDir(set.lockPath), (set.otherFiles ?? []).map((file) => file.key));
};
