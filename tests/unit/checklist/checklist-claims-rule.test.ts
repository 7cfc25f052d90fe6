import { describe, expect, test } from 'vitest';
import type { ContentFile } from '~/lib/content/content-set';
import { formatProblem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { baseFiles, contentSet, edit, lockOf, NB25 } from '../content/base-set';

/*
 * The claims files of the made-up base set (tests/unit/content/base-set.ts: 2023 and
 * 2024 published, 2025 a draft; sections your-rights and contact), checked by
 * `npm run check` like the text.
 */

function claimsFile(key: string, text: string): ContentFile {
  return { key, path: `content/${key}`, text };
}

async function check(claimFiles: ContentFile[], breakIt?: (files: Record<string, string>) => void): Promise<string[]> {
  const files = baseFiles();
  const lock = lockOf(files);
  breakIt?.(files);
  const set = contentSet(files, lock);
  set.claimFiles = claimFiles;
  return (await checkContent(set)).map(formatProblem);
}

describe('claims files in the content check', () => {
  test('claims for sections the version has pass, and uncovered items are no problem', async () => {
    expect(await check([claimsFile('privacy/2024.checklist.yaml', 'your-rights: 13(2)(b)\ncontact: 13(1)(a)')])).toEqual([]);
  });

  test.each([
    [
      'a section the version does not have',
      claimsFile('privacy/2024.checklist.yaml', 'contact: 13(1)(a)\ncomplaints: 13(2)(d)'),
      'content/privacy/2024.checklist.yaml:2:1: version 2024 has no section "complaints" — use the id of one of its sections (the [#id] at the end of its heading): your-rights, contact\n  > complaints: 13(2)(d)',
    ],
    [
      'a former id',
      claimsFile('privacy/2024.checklist.yaml', 'rights: 13(2)(b)'),
      'content/privacy/2024.checklist.yaml:1:1: version 2024 has no section "rights" — "rights" is a former id: write the section\'s id, "your-rights"\n  > rights: 13(2)(b)',
    ],
    [
      'the introduction',
      claimsFile('privacy/2024.checklist.yaml', 'intro: 13(1)(a)'),
      'content/privacy/2024.checklist.yaml:1:1: version 2024 has no section "intro" — use the id of one of its sections (the [#id] at the end of its heading): your-rights, contact\n  > intro: 13(1)(a)',
    ],
    [
      'a version that does not exist',
      claimsFile('privacy/2027.checklist.yaml', 'contact: 13(1)(a)'),
      'content/privacy/2027.checklist.yaml: there is no version "2027" of the document "privacy" for this checklist file — name the file after the version it describes: 2023.checklist.yaml, 2024.checklist.yaml, 2025.checklist.yaml',
    ],
    [
      'a file inside a language folder',
      claimsFile('privacy/nb/2024.checklist.yaml', 'contact: 13(1)(a)'),
      "content/privacy/nb/2024.checklist.yaml: this checklist file is not read here — a version's checklist file sits beside the language folders and ends in .checklist.yaml: content/{document}/2024.checklist.yaml, e.g. content/privacy/2025.checklist.yaml",
    ],
    [
      'a .yml file',
      claimsFile('privacy/2024.checklist.yml', 'contact: 13(1)(a)'),
      "content/privacy/2024.checklist.yml: this checklist file is not read here — a version's checklist file sits beside the language folders and ends in .checklist.yaml: content/{document}/2024.checklist.yaml, e.g. content/privacy/2025.checklist.yaml",
    ],
  ])('%s is a problem with the file, the line and the fix', async (_, file, expected) => {
    expect(await check([file])).toContain(expected);
  });
});

describe('translation drift and the checklist: both languages share one claim per section', () => {
  const wordingOnlyInNorwegian = (files: Record<string, string>) => {
    edit(files, NB25, 'Tekst om rettigheter.', 'Tekst om rettighetene.');
    edit(files, NB25, 'summary: Testversjon.', 'summary: Testversjon.\nwordingOnly:\n  - section: your-rights\n    reason: Skrivefeil.');
  };

  test('a change acknowledged as wording in one language cannot change what the section covers', async () => {
    const problems = await check(
      [
        claimsFile('privacy/2024.checklist.yaml', 'your-rights: 13(2)(b)'),
        claimsFile('privacy/2025.checklist.yaml', 'your-rights: 13(2)(b), 13(2)(d)'),
      ],
      wordingOnlyInNorwegian,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/privacy\/nb\/2025\.mdx:11:14: the section "your-rights" is acknowledged as a change in Norwegian only, but what it covers on the GDPR checklist changed since version 2024 — a change in what a section covers is a change in meaning: translate it/,
      ),
    );
  });

  test('the same acknowledgement passes when the claims stay the same', async () => {
    const same = 'your-rights: 13(2)(b)';
    expect(
      await check(
        [claimsFile('privacy/2024.checklist.yaml', same), claimsFile('privacy/2025.checklist.yaml', same)],
        wordingOnlyInNorwegian,
      ),
    ).toEqual([]);
  });
});
