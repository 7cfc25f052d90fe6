import { hashVersionText } from '~/lib/versions/lock-file';
import { placeOfField } from './place';
import { lockTextOf, placeInLock, restoreLockCommand } from './published-unchanged';
import type { ContentRule } from './parsed-content';
import type { Problem } from './problem';

/**
 * The lock's second witness, git history (../git-lock-history.ts). The lock rule
 * compares files with the lock; this one compares the files and the lock with
 * every lock ever committed, so that deleting, emptying or hand-editing the lock
 * cannot let published text change without a visible erratum.
 */
export const lockHistoryRule: ContentRule = ({ versions, set }) => {
  const { history, lock, lockIssue, lockPath } = set;
  if (history.witness !== 'git') return [];
  const problems: Problem[] = [];
  const lost = [...history.entries.keys()].filter((key) => !lockIssue && !lock.versions[key]);
  if (lost.length > 0) {
    problems.push({
      file: lockPath,
      // The entries are gone from the lock: point at the list they belong in.
      ...placeInLock(lockTextOf(set), 'versions'),
      message: `the lock has lost ${lost.length === 1 ? 'the entry' : 'the entries'} for ${lost.join(', ')}, which git history shows ${lost.length === 1 ? 'was' : 'were'} published`,
      fix: `restore the lock with \`${restoreLockCommand(lockPath)}\`; published versions stay locked for good`,
    });
  }
  for (const entry of versions) {
    const known = history.entries.get(entry.key);
    if (!known) continue;
    const hash = hashVersionText(entry.text);
    const locked = lock.versions[entry.key];
    // Where the lock itself already reports the change, one message is enough.
    const lockAgrees = !lockIssue && locked?.sha256 === hash;
    if (!lockIssue && !lockAgrees) continue;
    const errata = Array.isArray(entry.data.errata) ? entry.data.errata.length : 0;
    if (known.hashes.has(hash) || errata > known.errata) continue;
    problems.push({
      file: entry.path,
      ...placeOfField(entry, 'status'),
      message: 'this published version differs from every text git history shows was locked for it, and has no new erratum',
      fix:
        `published text changes only through \`npm run publish-version -- --erratum ${entry.document} ${entry.version} "what was corrected"\`; ` +
        `to undo the edit: \`git checkout HEAD -- ${entry.path} ${lockPath}\``,
    });
  }
  return problems;
};
