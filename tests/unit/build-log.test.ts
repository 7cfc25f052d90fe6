import { describe, expect, test } from 'vitest';
import { buildLogFilter } from '../../scripts/lib/build-log';

/** A build log in the shape Astro 7 prints it (a Vite directive note per MDX file, a line per page), shortened. */
const NOTE = [
  '07:45:13 [vite] [MODULE_LEVEL_DIRECTIVE] Module level directives cause errors when bundled, "use astro:head-inject" in "content/privacy/nb/2025.mdx" was ignored.',
  '╭─[ content/privacy/nb/2025.mdx:1:1 ]',
  '│',
  '1 │ "use astro:head-inject";',
  '───╯',
  '',
];
const LOG = [
  '07:45:12 [build] Building static entrypoints...',
  ...NOTE,
  ...NOTE,
  '07:47:36 [vite] ✓ built in 2m 24s',
  ' generating static routes ',
  '07:47:42   ├─ /404.html (+86ms) ',
  '07:47:42   ├─ /nb/personvern/index.html (+5ms) ',
  '07:47:43   └─ /en/privacy/index.html (+4ms) ',
  '07:50:56 ✓ Completed in 3m 16s.',
  '07:51:01 [WARN] [content] something an editor should see',
  '',
  '07:51:54 [build] 313 page(s) built in 6m 49s',
];

describe('the build log', () => {
  test('leaves out Vite’s directive notes and the line per page, and keeps everything else in order', () => {
    const shown = buildLogFilter();
    expect(LOG.map(shown).filter((line) => line !== undefined)).toEqual([
      '07:45:12 [build] Building static entrypoints...',
      '07:47:36 [vite] ✓ built in 2m 24s',
      ' generating static routes ',
      '07:50:56 ✓ Completed in 3m 16s.',
      '07:51:01 [WARN] [content] something an editor should see',
      '',
      '07:51:54 [build] 313 page(s) built in 6m 49s',
    ]);
  });

  test('an error is never left out', () => {
    const shown = buildLogFilter();
    const error = '07:47:40 [ERROR] [vite] ✗ Build failed in 2.1s';
    expect([...NOTE, error, '  Stack trace:', '    at x (y.ts:1:1)'].map(shown).filter(Boolean)).toEqual([
      error,
      '  Stack trace:',
      '    at x (y.ts:1:1)',
    ]);
  });
});
