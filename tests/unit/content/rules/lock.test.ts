import { describe, test } from 'vitest';
import { hashVersionText } from '~/lib/versions/lock';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

/** Each way of breaking the lock rules, with the file, line and message the editor sees. */
const cases: BadInput[] = [
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
];

describe('lock rules', () => {
  test.each(cases)('$kind', expectBadInput);
});
