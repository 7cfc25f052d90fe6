import { describe, expect, test } from 'vitest';
import { checkContent } from '~/lib/content/rules/run';
import { hashVersionText, readLock } from '~/lib/versions/lock-file';
import { baseFiles, contentSet, edit, NB25, expectBadInput, type BadInput } from '../base-set';

const LOCK = 'content/versions.lock.json';

/** Each way of breaking the lock rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'an errata list written by hand in a version never published',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\nerrata:\n  - date: "2026-01-05"\n    note: Rettet.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 9,
    message: /this version has an errata: list, but it was never published, so it has nothing to correct — remove the errata: lines/,
  },
  {
    kind: 'changed published text',
    breakIt: (f) => edit(f, 'privacy/nb/2024.mdx', 'Tekst om rettigheter.', 'Tekst om rettighetene.'),
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    quote: 'status: published',
    message:
      /this published version has been changed since it was published .*npm run new-version -- privacy <new-version>.*npm run publish-version -- --erratum privacy 2024/,
  },
  {
    kind: 'published version set back to draft',
    breakIt: (f) => edit(f, 'privacy/en/2024.mdx', 'status: published', 'status: draft'),
    file: 'content/privacy/en/2024.mdx',
    line: 7,
    message: /this version has been published and cannot go back to draft/,
  },
  {
    kind: 'published by hand, without the command',
    breakIt: (f) => edit(f, NB25, 'status: draft', 'status: published'),
    file: 'content/privacy/nb/2025.mdx',
    line: 7,
    message: /marked published but was never locked .*npm run publish-version -- privacy 2025/,
  },
  {
    kind: 'published version deleted',
    breakIt: (f) => {
      delete f['privacy/nb/2023.mdx'];
      delete f['privacy/en/2023.mdx'];
    },
    file: LOCK,
    line: 12,
    quote: '"privacy/nb/2023.mdx"',
    message: /the published version content\/privacy\/nb\/2023.mdx, locked here, has been deleted — .*git checkout -- content\/privacy\/nb\/2023.mdx/,
  },
  {
    kind: 'erratum removed',
    breakIt: (f, lock) => {
      const key = 'privacy/nb/2024.mdx';
      edit(f, key, 'change: substantive', 'change: substantive\nerrata:\n  - date: "2026-01-05"\n    note: Rettet en skrivefeil.');
      lock.versions[key] = { sha256: hashVersionText(f[key] ?? ''), errata: 1 };
      edit(f, key, /errata:\n.*\n.*\n/, '');
    },
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    quote: 'status: published',
    message: /this published version had 1 errata but now has 0 — errata stay visible for good/,
  },
  {
    kind: 'lock file missing while versions are published',
    breakIt: () => undefined,
    breakSet: (set) => {
      set.lock = { versions: {} };
      set.lockIssue = { missing: true };
    },
    file: LOCK,
    line: undefined,
    message: /the lock file is missing, so no published version can be checked — restore it from git with `git checkout HEAD -- content\/versions.lock.json`/,
  },
  ...(
    [
      ['lock file empty', '', undefined, /the lock file is empty/],
      ['lock file not JSON', '{"versions": {', '{', /the lock file is not valid JSON \(it was probably edited by hand or cut short\)/],
      ['lock file of the wrong shape', '{"versions": []}', '"versions": []}', /the lock file has no "versions" list/],
      [
        'lock entry damaged by hand',
        '{"versions": {"privacy/nb/2024.mdx": {"sha256": "abc", "errata": 0}}}',
        '"privacy/nb/2024.mdx": {"sha256": "abc", "errata": 0}}}',
        /the lock file has a damaged entry for "privacy\/nb\/2024.mdx"/,
      ],
    ] as const
  ).map(
    ([kind, text, quote, message]): BadInput => ({
      kind,
      breakIt: () => undefined,
      breakSet: (set) => {
        const reading = readLock(text);
        set.lock = { versions: {} };
        set.lockText = text;
        set.lockIssue = 'problem' in reading ? { missing: false, problem: reading.problem, at: reading.at } : undefined;
      },
      file: LOCK,
      line: text === '' ? undefined : 1,
      quote,
      message: new RegExp(`${message.source} — restore it from git with \`git checkout HEAD -- content/versions.lock.json\``),
    }),
  ),
];

describe('lock rules', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);
});

describe('the first publication in a new repository', () => {
  test('no lock file and nothing published yet is not a problem', async () => {
    const files = baseFiles();
    for (const key of Object.keys(files)) files[key] = (files[key] ?? '').replace('status: published', 'status: draft');
    const set = contentSet(files, { versions: {} });
    set.lockIssue = { missing: true };
    expect(await checkContent(set)).toEqual([]);
  });
});

describe('readLock', () => {
  test.each([
    ['{"versions": {}}', undefined],
    [`{"versions": {"a/nb/1.mdx": {"sha256": "${'0'.repeat(64)}", "errata": 2}}}`, undefined],
    ['', 'is empty'],
    ['   \n', 'is empty'],
    ['null', 'has no "versions" list'],
    ['[1]', 'has no "versions" list'],
    ['{"versions": {"a": {"sha256": "x", "errata": -1}}}', 'has a damaged entry for "a"'],
    ['{"versions": {"a": null}}', 'has a damaged entry for "a"'],
    ['{"versions": ', 'is not valid JSON (it was probably edited by hand or cut short)'],
  ])('%j: %s', (text, problem) => {
    const reading = readLock(text);
    expect('problem' in reading ? reading.problem : undefined).toBe(problem);
  });
});
