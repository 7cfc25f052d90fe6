import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, frontmatterLines, SUMMARY_PLACEHOLDER, type ContentSet, type Problem } from '~/lib/content/rules/run';
import { hashVersionText, type VersionLock } from '~/lib/versions/lock';
import { compareVersionNames } from '~/lib/versions/timeline';

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

const TODAY = '2026-11-28';

function versionText(lang: 'nb' | 'en', version: string, opts: { status: string; sections: string; summary?: string }): string {
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

const RIGHTS_NB = (marker: string) => `## 1. Rettigheter ${marker}

Tekst om rettigheter. Se [kontakt](#contact).

- Punkt én
- Punkt to`;
const RIGHTS_EN = (marker: string) => `## 1. Rights ${marker}

Text about rights. See [contact](#contact).

- Item one
- Item two`;
const CONTACT_NB = `## 2. Kontakt [#contact]

Skriv til [post@eksempel.no](mailto:post@eksempel.no).`;
const CONTACT_EN = `## 2. Contact [#contact]

Write to [post@eksempel.no](mailto:post@eksempel.no).`;
const GONE_NB = `## 9. Fjernet [#gone]

Denne delen ble fjernet.`;
const GONE_EN = `## 9. Removed [#gone]

This part was removed.`;

/** The valid base set, keyed by the path inside the content directory. */
function baseFiles(): Record<string, string> {
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
function lockOf(files: Record<string, string>): VersionLock {
  const versions: VersionLock['versions'] = {};
  for (const [key, text] of Object.entries(files)) {
    if (/^status: published$/m.test(text)) versions[key] = { sha256: hashVersionText(text), errata: 0 };
  }
  return { versions };
}

function contentSet(files: Record<string, string>, lock: VersionLock, today = TODAY): ContentSet {
  return {
    files: Object.entries(files).map(([key, text]) => ({ key, path: `content/${key}`, text })),
    lock,
    lockPath: 'content/versions.lock.json',
    strayFiles: [],
    today,
  };
}

/** Replaces text in one file of the set; fails loudly if the text to replace is not there. */
function edit(files: Record<string, string>, key: string, from: string | RegExp, to: string): void {
  const before = files[key];
  if (before === undefined) throw new Error(`no ${key}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`"${String(from)}" not found in ${key}`);
  files[key] = after;
}

interface BadInput {
  kind: string;
  /** Breaks the base set. Files are broken after the lock is taken, so published files that change no longer match it. */
  breakIt: (files: Record<string, string>, lock: VersionLock) => void;
  today?: string;
  file: string;
  line: number | undefined;
  message: RegExp;
}

const NB25 = 'privacy/nb/2025.mdx';
const EN25 = 'privacy/en/2025.mdx';

const badInputs: BadInput[] = [
  {
    kind: 'missing frontmatter field',
    breakIt: (f) => edit(f, NB25, /^summary: .*\n/m, ''),
    file: 'content/privacy/nb/2025.mdx',
    line: 1,
    message: /the frontmatter has no "summary"/,
  },
  {
    kind: 'date that does not exist',
    breakIt: (f) => edit(f, NB25, 'updated: "2025"', 'updated: "2025-02-30"'),
    file: 'content/privacy/nb/2025.mdx',
    line: 6,
    message: /"updated" has a wrong value \("2025-02-30"\) — this date does not exist in the calendar/,
  },
  {
    kind: 'date in the wrong format',
    breakIt: (f) => edit(f, NB25, 'updated: "2025"', 'updated: "1. mars 2025"'),
    file: 'content/privacy/nb/2025.mdx',
    line: 6,
    message: /"updated" has a wrong value .* — write the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"/,
  },
  {
    kind: 'date without quotes (YAML reads it as a date, not text)',
    breakIt: (f) => edit(f, NB25, 'updated: "2025"', 'updated: 2025-03-01'),
    file: 'content/privacy/nb/2025.mdx',
    line: 6,
    message: /"updated" has a wrong value \(a date without quotes\) — put the value in quotes/,
  },
  {
    kind: 'unknown status',
    breakIt: (f) => edit(f, NB25, 'status: draft', 'status: final'),
    file: 'content/privacy/nb/2025.mdx',
    line: 7,
    message: /"status" has a wrong value \("final"\) — status must be `published` or `draft`/,
  },
  {
    kind: 'misspelt frontmatter field',
    breakIt: (f) => edit(f, NB25, 'change: substantive', 'change: substantive\nerrrata: []'),
    file: 'content/privacy/nb/2025.mdx',
    line: 9,
    message: /the frontmatter field "errrata" is not known — check the spelling/,
  },
  {
    kind: 'version field differs from the file name',
    breakIt: (f) => edit(f, NB25, 'version: "2025"', 'version: "2026"'),
    file: 'content/privacy/nb/2025.mdx',
    line: 5,
    message: /the version is "2026" but the file is named 2025.mdx/,
  },
  {
    kind: 'summary placeholder left by new-version',
    breakIt: (f) => edit(f, NB25, 'summary: Testversjon.', `summary: "${SUMMARY_PLACEHOLDER}"`),
    file: 'content/privacy/nb/2025.mdx',
    line: 9,
    message: /the summary is still the placeholder/,
  },
  {
    kind: 'missing translation',
    breakIt: (f) => {
      delete f[EN25];
    },
    file: 'content/privacy/nb/2025.mdx',
    line: undefined,
    message: /there is no en translation of this version \(content\/privacy\/en\/2025.mdx is missing\)/,
  },
  {
    kind: 'extra section in one language',
    breakIt: (f) => edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n## 3. Extra [#extra]\n\nOnly in English.`),
    file: 'content/privacy/en/2025.mdx',
    line: 25,
    message: /the section "extra" is not in nb\/2025.mdx — every language must have the same sections/,
  },
  {
    kind: 'list item dropped in a translation',
    breakIt: (f) => edit(f, EN25, '\n- Item two', ''),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the section "your-rights" has 1 list items here but 2 in nb\/2025.mdx/,
  },
  {
    kind: 'paragraph dropped in a translation',
    breakIt: (f) => edit(f, EN25, 'Text about rights. See [contact](#contact).\n\n', ''),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the section "your-rights" is made of a list of 2 items here but a paragraph, a list of 2 items in nb\/2025.mdx/,
  },
  {
    kind: 'sections in another order in a translation',
    breakIt: (f) =>
      edit(
        f,
        EN25,
        `${RIGHTS_EN('[#your-rights formerly: rights]')}\n\n${CONTACT_EN}`,
        `${CONTACT_EN}\n\n${RIGHTS_EN('[#your-rights formerly: rights]')}`,
      ),
    file: 'content/privacy/en/2025.mdx',
    line: 14,
    message: /the sections come in a different order than in nb\/2025.mdx, starting with "contact"/,
  },
  {
    kind: 'languages disagree on the date',
    breakIt: (f) => edit(f, EN25, 'updated: "2025"', 'updated: "2025-03"'),
    file: 'content/privacy/en/2025.mdx',
    line: 6,
    message: /"updated" is "2025-03" here but "2025" in nb\/2025.mdx/,
  },
  {
    kind: 'duplicate id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#your-rights]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the id "your-rights" is already used on line 14 — every section needs its own id/,
  },
  {
    kind: 'missing id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the heading "2. Kontakt" has no section id — add one at the end of the line/,
  },
  {
    kind: 'malformed id',
    breakIt: (f) => edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#Kontakt_oss]'),
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /"Kontakt_oss" is not a valid section id — use lowercase English words/,
  },
  {
    kind: 'id renamed without alias',
    breakIt: (f) => {
      edit(f, NB25, '[#contact]', '[#contact-us]');
      edit(f, EN25, '[#contact]', '[#contact-us]');
      edit(f, NB25, '(#contact)', '(#contact-us)');
      edit(f, EN25, '(#contact)', '(#contact-us)');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message:
      /the section "contact" of version 2024 seems renamed to "contact-us" \(same title\) without listing its old id — .*\[#contact-us formerly: contact\]/,
  },
  {
    kind: 'former id dropped',
    breakIt: (f) => {
      edit(f, NB25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, EN25, '[#your-rights formerly: rights]', '[#your-rights]');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 14,
    message: /the former id "rights" of "your-rights" \(in version 2024\) is no longer listed/,
  },
  {
    kind: 'id of a removed section reused',
    breakIt: (f) => {
      edit(f, NB25, CONTACT_NB, `${CONTACT_NB}\n\n## 3. Nytt [#gone]\n\nNy tekst.`);
      edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n## 3. New [#gone]\n\nNew text.`);
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 25,
    message: /the id "gone" was used for a section that was removed in version 2024 — an id is never reused/,
  },
  {
    kind: 'former id given to another section',
    breakIt: (f) => {
      edit(f, NB25, '## 2. Kontakt [#contact]', '## 2. Kontakt [#rights formerly: contact]');
      edit(f, EN25, '## 2. Contact [#contact]', '## 2. Contact [#rights formerly: contact]');
      edit(f, NB25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, EN25, '[#your-rights formerly: rights]', '[#your-rights]');
      edit(f, NB25, '(#contact)', '(#rights)');
      edit(f, EN25, '(#contact)', '(#rights)');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 21,
    message: /the id "rights" became a former id of the section "your-rights" in version 2024, so it cannot name another section/,
  },
  {
    kind: 'changed published text',
    breakIt: (f) => edit(f, 'privacy/nb/2024.mdx', 'Tekst om rettigheter.', 'Tekst om rettighetene.'),
    file: 'content/privacy/nb/2024.mdx',
    line: undefined,
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
    file: 'content/privacy/nb/2023.mdx',
    line: undefined,
    message: /this published version has been deleted — .*git checkout -- content\/privacy\/nb\/2023.mdx/,
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
    line: undefined,
    message: /this published version had 1 errata but now has 0 — errata stay visible for good/,
  },
  {
    kind: 'MDX syntax error',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for {testdata.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    message: /the MDX cannot be read: .*/,
  },
  {
    kind: 'unreadable frontmatter',
    breakIt: (f) => edit(f, NB25, 'title: TESTDATA – Personvern', 'title: TESTDATA: Personvern'),
    file: 'content/privacy/nb/2025.mdx',
    line: 2,
    message: /the frontmatter \(between the --- lines\) cannot be read/,
  },
  {
    kind: 'broken internal link',
    breakIt: (f) => edit(f, NB25, '(#contact)', '(#kontakt)'),
    file: 'content/privacy/nb/2025.mdx',
    line: 16,
    message:
      /the link "#kontakt" goes to no section in this file — link to one of the section ids of this file: #your-rights, #rights, #contact/,
  },
  {
    kind: 'malformed e-mail link',
    breakIt: (f) => edit(f, NB25, '(mailto:post@eksempel.no)', '(mailto:post@eksempel)'),
    file: 'content/privacy/nb/2025.mdx',
    line: 23,
    message: /the e-mail link "mailto:post@eksempel" is not a valid address/,
  },
  {
    kind: 'malformed web link',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for [testdata](https://eksempel no/side).'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    message: /is not a web address, an e-mail address or a section link|the web link .* is not a valid address/,
  },
  {
    kind: 'bare web address (remark-lint)',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for https://eksempel.no i dag.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    message: /a web address is written as bare text — write it as a link/,
  },
  {
    kind: 'raw HTML (remark-lint, our rule)',
    breakIt: (f) => edit(f, NB25, 'Innledning for testdata.', 'Innledning for <b>testdata</b>.'),
    file: 'content/privacy/nb/2025.mdx',
    line: 12,
    message: /<b> is HTML\/JSX, which is not allowed in the text — write it in Markdown/,
  },
  {
    kind: 'heading too deep (remark-lint, our rule)',
    breakIt: (f) => {
      edit(f, NB25, CONTACT_NB, `${CONTACT_NB}\n\n#### Dypt [#deep]\n\nTekst.`);
      edit(f, EN25, CONTACT_EN, `${CONTACT_EN}\n\n#### Deep [#deep]\n\nText.`);
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 25,
    message: /a level-4 heading \("#### "\) is too deep — use "## " for sections and "### " for subsections/,
  },
  {
    kind: 'slug changed between versions',
    breakIt: (f) => edit(f, NB25, 'slug: testdata', 'slug: personvern-ny'),
    file: 'content/privacy/nb/2025.mdx',
    line: 4,
    message: /the slug "personvern-ny" differs from "testdata" in nb\/2023.mdx/,
  },
  {
    kind: 'version dated out of order',
    breakIt: (f) => {
      edit(f, NB25, 'updated: "2025"', 'updated: "2022"');
      edit(f, EN25, 'updated: "2025"', 'updated: "2022"');
    },
    file: 'content/privacy/nb/2025.mdx',
    line: 6,
    message: /version "2025" is dated "2022", before version "2023" \("2023"\), but its name sorts after it/,
  },
  {
    kind: 'two upcoming versions',
    today: '2022-06-01',
    breakIt: () => undefined,
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    message: /version "2024" would be the second upcoming version: "2023" already takes effect on 2023-01-01/,
  },
];

describe('the valid base set', () => {
  test('has no problems, so every problem below comes from its one break', async () => {
    const files = baseFiles();
    expect(await checkContent(contentSet(files, lockOf(files)))).toEqual([]);
  });
});

describe('bad-input suite: each kind of broken content gets its own message, file and line', () => {
  test('covers at least 12 kinds', () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(12);
  });

  test.each(badInputs)('$kind', async ({ breakIt, today, file, line, message }) => {
    const files = baseFiles();
    const lock = lockOf(files);
    breakIt(files, lock);
    const problems = await checkContent(contentSet(files, lock, today));
    const printed = problems.map(formatProblem);
    const match = problems.find((problem) => problem.file === file && message.test(formatProblem(problem)));
    expect(match, `expected ${file}: ${message} among:\n${printed.join('\n')}`).toBeDefined();
    expect(match?.line).toBe(line);
    expect(formatProblem(match as Problem).startsWith(line === undefined ? `${file}: ` : `${file}:${line}: `)).toBe(true);
  });
});

describe('reporting', () => {
  test('reports the problems of several files at once', async () => {
    const files = baseFiles();
    const lock = lockOf(files);
    edit(files, NB25, 'status: draft', 'status: final');
    edit(files, EN25, '(#contact)', '(#nowhere)');
    const problems = await checkContent(contentSet(files, lock));
    expect(problems.map((problem) => problem.file)).toEqual(['content/privacy/en/2025.mdx', 'content/privacy/nb/2025.mdx']);
  });

  test.each([
    [{ file: 'content/a/nb/1.mdx', line: 3, message: 'x is wrong', fix: 'do y' }, 'content/a/nb/1.mdx:3: x is wrong — do y'],
    [{ file: 'content/a/nb/1.mdx', message: 'x is wrong', fix: 'do y' }, 'content/a/nb/1.mdx: x is wrong — do y'],
  ])('formatProblem(%o) → %s', (problem, printed) => {
    expect(formatProblem(problem)).toBe(printed);
  });

  test.each([
    ['---\ntitle: A\nslug: b\n---\n\nslug: not frontmatter\n', { title: 2, slug: 3 }],
    ['---\nerrata:\n  - date: "2025-01-01"\n    note: x\nstatus: draft\n---\n', { errata: 2, status: 5 }],
    ['no frontmatter\ntitle: x\n', {}],
  ])('frontmatterLines finds each top-level field', (text, lines) => {
    expect(Object.fromEntries(frontmatterLines(text))).toEqual(lines);
  });

  test.each([
    ['2024-6', '2024-10', -1],
    ['2025', '2025-03', -1],
    ['2026', '2025-12', 1],
    ['2025', '2025', 0],
  ])('compareVersionNames(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareVersionNames(a, b))).toBe(sign);
  });
});
