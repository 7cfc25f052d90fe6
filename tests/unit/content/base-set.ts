import { expect } from 'vitest';
import type { ContentSet } from '~/lib/content/content-set';
import { noLockHistory } from '~/lib/content/git-lock-history';
import { formatProblem, type Problem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { hashVersionText, type VersionLock } from '~/lib/versions/lock-file';
import { unplacedProblems } from './placed';

/*
 * The bad-input suite. A small, valid, made-up content set ("Eksempel AS" test data,
 * three versions of one document in nb and en) is broken in one way per case; each
 * case must produce its own plain-language message, naming the file and the line.
 *
 * Version history of the base set:
 *   2023 (published): rights, gone, contact
 *   2024 (published): your-rights (formerly rights), contact — "gone" removed
 *   2025 (draft):     a copy of 2024
 */

export const TODAY = '2026-11-28';

export function versionText(lang: 'nb' | 'en', version: string, opts: { status: string; sections: string; summary?: string }): string {
  const nb = lang === 'nb';
  return `---
title: ${nb ? 'TESTDATA – Personvern' : 'TEST DATA – Privacy'}
description: ${nb ? 'Testdata, ikke en ekte erklæring.' : 'Test data, not a real notice.'}
slug: ${nb ? 'testdata' : 'test-data'}
version: "${version}"
updated: "${version}"
status: ${opts.status}
change: substantive
summary: ${opts.summary ?? (nb ? 'Testversjon.' : 'Test version.')}
---

${nb ? 'Innledning for testdata.' : 'Introduction for test data.'}

${opts.sections}
`;
}

export const RIGHTS_NB = (marker: string) => `## 1. Rettigheter ${marker}

Tekst om rettigheter. Se [kontakt](#contact).

- Punkt én
- Punkt to`;
export const RIGHTS_EN = (marker: string) => `## 1. Rights ${marker}

Text about rights. See [contact](#contact).

- Item one
- Item two`;
export const CONTACT_NB = `## 2. Kontakt [#contact]

Skriv til [post@eksempel.no](mailto:post@eksempel.no).`;
export const CONTACT_EN = `## 2. Contact [#contact]

Write to [post@eksempel.no](mailto:post@eksempel.no).`;
export const GONE_NB = `## 9. Fjernet [#gone]

Denne delen ble fjernet.`;
export const GONE_EN = `## 9. Removed [#gone]

This part was removed.`;

/** The valid base set, keyed by the path inside the content directory. */
export function baseFiles(): Record<string, string> {
  return {
    'privacy/nb/2023.mdx': versionText('nb', '2023', {
      status: 'published',
      sections: [RIGHTS_NB('[#rights]'), GONE_NB, CONTACT_NB].join('\n\n'),
    }),
    'privacy/en/2023.mdx': versionText('en', '2023', {
      status: 'published',
      sections: [RIGHTS_EN('[#rights]'), GONE_EN, CONTACT_EN].join('\n\n'),
    }),
    'privacy/nb/2024.mdx': versionText('nb', '2024', {
      status: 'published',
      sections: [RIGHTS_NB('[#your-rights formerly: rights]'), CONTACT_NB].join('\n\n'),
    }),
    'privacy/en/2024.mdx': versionText('en', '2024', {
      status: 'published',
      sections: [RIGHTS_EN('[#your-rights formerly: rights]'), CONTACT_EN].join('\n\n'),
    }),
    'privacy/nb/2025.mdx': versionText('nb', '2025', {
      status: 'draft',
      sections: [RIGHTS_NB('[#your-rights formerly: rights]'), CONTACT_NB].join('\n\n'),
    }),
    'privacy/en/2025.mdx': versionText('en', '2025', {
      status: 'draft',
      sections: [RIGHTS_EN('[#your-rights formerly: rights]'), CONTACT_EN].join('\n\n'),
    }),
  };
}

/** Locks every published file of a set, as `npm run publish-version` would have. */
export function lockOf(files: Record<string, string>): VersionLock {
  const versions: VersionLock['versions'] = {};
  for (const [key, text] of Object.entries(files)) {
    if (/^status: published$/m.test(text)) versions[key] = { sha256: hashVersionText(text), errata: 0 };
  }
  return { versions };
}

export function contentSet(files: Record<string, string>, lock: VersionLock, today = TODAY): ContentSet {
  return {
    files: Object.entries(files).map(([key, text]) => ({ key, path: `content/${key}`, text })),
    lock,
    lockPath: 'content/versions.lock.json',
    history: noLockHistory(),
    strayFiles: [],
    today,
  };
}

/** Replaces text in one file of the set; fails loudly if the text to replace is not there. */
export function edit(files: Record<string, string>, key: string, from: string | RegExp, to: string): void {
  const before = files[key];
  if (before === undefined) throw new Error(`no ${key}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`"${String(from)}" not found in ${key}`);
  files[key] = after;
}

export interface BadInput {
  kind: string;
  /** Breaks the base set. Files are broken after the lock is taken, so published files that change no longer match it. */
  breakIt: (files: Record<string, string>, lock: VersionLock) => void;
  /** Breaks what is read besides the files: the lock's state, git history. */
  breakSet?: (set: ContentSet) => void;
  today?: string;
  file: string;
  /** The line; undefined for a problem about the whole file (it is missing, empty or misplaced). */
  line: number | undefined;
  /** The column, where the case pins it (invisible characters, links); every placed problem has one. */
  column?: number;
  /** The text the problem quotes, where the case pins it. */
  quote?: string | undefined;
  message: RegExp;
}

export const NB25 = 'privacy/nb/2025.mdx';
export const EN25 = 'privacy/en/2025.mdx';

/**
 * Breaks the valid base set as the case says and expects its problem, with its file and
 * line, among what the check reports; and every problem reported, placed (see ./placed.ts).
 */
export async function expectBadInput({ breakIt, breakSet, today, file, line, column, quote, message }: BadInput): Promise<void> {
  const files = baseFiles();
  const lock = lockOf(files);
  breakIt(files, lock);
  const set = contentSet(files, lock, today);
  breakSet?.(set);
  const problems = await checkContent(set);
  const printed = problems.map(formatProblem);
  const match = problems.find((problem) => problem.file === file && message.test(formatProblem(problem)));
  expect(match, `expected ${file}: ${message} among:\n${printed.join('\n')}`).toBeDefined();
  expect(match?.line, formatProblem(match as Problem)).toBe(line);
  if (column !== undefined) expect(match?.column).toBe(column);
  if (quote !== undefined) expect(match?.quote).toBe(quote);
  const where = line === undefined ? file : `${file}:${line}:${column ?? match?.column}`;
  expect(formatProblem(match as Problem).startsWith(`${where}: `)).toBe(true);
  // Every problem of every case, not only the one expected: each has its place and quote.
  expect(unplacedProblems(set, problems)).toEqual([]);
}
