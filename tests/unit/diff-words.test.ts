import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections } from '~/lib/content/sections';
import { diffSections, type DocumentDiff } from '~/lib/diff/diff';
import { diffLabels } from '~/lib/diff/labels';
import { sectionsHtml } from '~/lib/diff/render-html';

/** A diff says in words what an empty side or a new id means, in both views and both languages. */

const mdx = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
async function compare(older: string, newer: string): Promise<DocumentDiff> {
  const [a, b] = await Promise.all([parseSource(mdx(older), 'older.mdx'), parseSource(mdx(newer), 'newer.mdx')]);
  return diffSections(splitSections(a.tree), splitSections(b.tree), 'en');
}

const OLDER = '## Rights [#rights]\n\nYou may ask.\n\n## Cookies [#cookies]\n\nWe use cookies.';
const NEWER = '## Your rights [#your-rights formerly: rights]\n\nYou may ask.\n\n## Storage [#storage]\n\nWe store data in Norway.';

describe('diff words', () => {
  for (const view of ['inline', 'side-by-side'] as const) {
    test(`${view}: added, removed and renamed sections are said in words`, async () => {
      const html = sectionsHtml(await compare(OLDER, NEWER), { view, from: '2023', to: '2024', labels: diffLabels('en') });
      expect(html).toContain('<p class="diff-absent">This section did not exist in version 2023.</p>');
      expect(html).toContain('<p class="diff-absent">This section no longer exists in version 2024.</p>');
      expect(html).toContain('<p class="diff-formerly">Links to <code>#rights</code> now lead here, to <code>#your-rights</code>.</p>');
      expect(html).not.toContain('formerly:');
    });
  }

  test('side by side, the note stands in the empty column, not the other one', async () => {
    const html = sectionsHtml(await compare(OLDER, NEWER), {
      view: 'side-by-side',
      from: '2023',
      to: '2024',
      labels: diffLabels('nb'),
    });
    expect(html).toMatch(
      /<div class="diff-column old"><p class="diff-column-label">[^<]*<\/p><p class="diff-absent">Denne delen fantes ikke i versjon 2023\.<\/p><\/div>/,
    );
    expect(html).toMatch(
      /<div class="diff-column new"><p class="diff-column-label">[^<]*<\/p><p class="diff-absent">Denne delen finnes ikke lenger i versjon 2024\.<\/p><\/div>/,
    );
    expect(html).toContain('Lenker til <code>#rights</code> går nå hit, til <code>#your-rights</code>.');
  });
});
