import { describe, test } from 'vitest';
import { SUMMARY_PLACEHOLDER } from '~/lib/content/rules/frontmatter-fields';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the frontmatter rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'missing frontmatter field',
    breakIt: (f) => edit(f, NB25, /^summary: .*\n/m, ''),
    file: 'content/privacy/nb/2025.mdx',
    // Where it goes: before the closing ---.
    line: 9,
    quote: '---',
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
];

describe('frontmatter rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
