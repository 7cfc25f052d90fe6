import { describe, expect, test } from 'vitest';
import { mergeLocks, type LockHistory } from '~/lib/content/git-lock-history';
import { checkContent } from '~/lib/content/rules/run';
import { hashVersionText, serializeLock, type VersionLock } from '~/lib/versions/lock-file';
import { baseFiles, contentSet, edit, lockOf, expectBadInput, type BadInput } from '../base-set';

const NB24 = 'privacy/nb/2024.mdx';
const EN24 = 'privacy/en/2024.mdx';
const LOCK = 'content/versions.lock.json';

/** Git history in which the base set's lock was committed as it is now. */
function committed(): LockHistory {
  return { witness: 'git', entries: mergeLocks([serializeLock(lockOf(baseFiles()))]), commits: 1 };
}

const editPublished = (f: Record<string, string>) => edit(f, NB24, 'Tekst om rettigheter.', 'Tekst om rettighetene.');

/** Ways around the lock that only git history, the second witness, can see. */
const cases: BadInput[] = [
  {
    kind: 'lock deleted, then published text edited',
    breakIt: editPublished,
    breakSet: (set) => {
      set.lock = { versions: {} };
      set.lockIssue = { missing: true };
      set.history = committed();
    },
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    quote: 'status: published',
    message: /differs from every text git history shows was locked for it, and has no new erratum — .*--erratum privacy 2024/,
  },
  {
    kind: 'published text edited and the lock edited by hand to match',
    breakIt: (f, lock) => {
      editPublished(f);
      lock.versions[NB24] = { sha256: hashVersionText(f[NB24] ?? ''), errata: 0 };
    },
    breakSet: (set) => {
      set.history = committed();
    },
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    quote: 'status: published',
    message: /differs from every text git history shows was locked for it/,
  },
  {
    kind: 'lock entries removed by hand',
    breakIt: (f, lock) => {
      delete lock.versions['privacy/nb/2023.mdx'];
      delete lock.versions['privacy/en/2023.mdx'];
      for (const key of ['privacy/nb/2023.mdx', 'privacy/en/2023.mdx']) f[key] = (f[key] ?? '').replace('status: published', 'status: draft');
    },
    breakSet: (set) => {
      set.history = committed();
    },
    file: LOCK,
    line: 3,
    quote: '"versions"',
    message: /the lock has lost the entries for privacy\/en\/2023.mdx, privacy\/nb\/2023.mdx, which git history shows were published — restore the lock/,
  },
];

describe('git history as the lock’s second witness', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);

  test('an erratum made with the command (new hash, one more erratum) passes before it is committed', async () => {
    const files = baseFiles();
    const lock: VersionLock = lockOf(files);
    editPublished(files);
    edit(files, EN24, 'Text about rights.', 'Text about the rights.');
    for (const key of [NB24, EN24]) {
      edit(files, key, 'change: substantive', 'change: substantive\nerrata:\n  - date: "2026-11-28"\n    note: Corrected a typo.');
      lock.versions[key] = { sha256: hashVersionText(files[key] ?? ''), errata: 1 };
    }
    const set = contentSet(files, lock);
    set.history = committed();
    expect(await checkContent(set)).toEqual([]);
  });
});

describe('mergeLocks', () => {
  test('keeps every hash a file was ever locked with and its most errata; skips unreadable locks', () => {
    const a = '0'.repeat(64);
    const b = '1'.repeat(64);
    const merged = mergeLocks([
      JSON.stringify({ versions: { 'p/nb/1.mdx': { sha256: b, errata: 1 } } }),
      'not json',
      JSON.stringify({ versions: { 'p/nb/1.mdx': { sha256: a, errata: 0 } } }),
    ]);
    expect([...merged]).toEqual([['p/nb/1.mdx', { hashes: new Set([b, a]), errata: 1 }]]);
  });
});
