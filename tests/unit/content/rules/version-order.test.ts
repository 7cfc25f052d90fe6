import { describe, test } from 'vitest';
import { edit, NB25, EN25, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the version-order rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
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
    message: /version "2025" is dated "2022" \(updated\), before version "2023" \("2023"\), but its name sorts after it/,
  },
  {
    kind: 'two upcoming versions',
    today: '2022-06-01',
    breakIt: () => undefined,
    file: 'content/privacy/nb/2024.mdx',
    line: 7,
    message: /version "2024" would be the second upcoming version: "2023" already takes effect on 2023\b/,
  },
];

describe('version-order rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
