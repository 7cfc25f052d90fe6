import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { versionName } from '../../fixtures/large-notice/generate';

/**
 * The build grows linearly with the versions: each version is prerendered against the one
 * before it and against the current one (two views each), plus one data file per version
 * for the comparisons computed in the browser. Read from the build output, not from a list.
 */
const COUNT = 30;

test('30 versions: 2n − 3 prepared comparisons per language, and one data file per version', () => {
  for (const [lang, slug, compare] of [
    ['en', 'large-test-notice', 'compare'],
    ['nb', 'stor-testerklaering', 'sammenlign'],
  ]) {
    const entries = readdirSync(new URL(`../../../dist-large/${lang}/${slug}/${compare}/`, import.meta.url), { withFileTypes: true });
    const pairs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(pairs).toHaveLength(2 * COUNT - 3);
    expect(pairs).toContain(`${versionName(0)}...${versionName(COUNT - 1)}`);
    expect(pairs).not.toContain(`${versionName(0)}...${versionName(2)}`);
    const data = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name);
    expect(data).toHaveLength(COUNT);
  }
});

test('a version’s data holds its sections as the build read them', async ({ request }) => {
  const response = await request.get(`/en/large-test-notice/compare/${versionName(3)}.json`);
  expect(response.headers()['content-type']).toContain('application/json');
  const { version, sections } = (await response.json()) as { version: string; sections: { id: string; blocks: { kind: string }[] }[] };
  expect(version).toBe(versionName(3));
  expect(sections.find((section) => section.id === 'payment-data')?.blocks.map((block) => block.kind)).toContain('table');
});
