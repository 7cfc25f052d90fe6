import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffVersionFiles, sectionsOf } from '~/lib/versions/version-files';

const dir = mkdtempSync(join(tmpdir(), 'jtec-version-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = (sentence: string) => `---\ntitle: TESTDATA\n---\n\n## 1. Kontakt [#contact]\n\n${sentence}\n`;

describe('version files as `astro dev` reads them', () => {
  test('a saved draft shows in its sections and its diff at once, without a restart', async () => {
    const older = join(dir, 'older.mdx');
    const draft = join(dir, 'draft.mdx');
    writeFileSync(older, source('Skriv til oss.'));
    writeFileSync(draft, source('Skriv til oss.'));
    expect((await diffVersionFiles(older, draft, 'nb')).summary.changed).toBe(0);

    writeFileSync(draft, source('Skriv til oss i dag.'));
    const [section] = (await sectionsOf(draft)).filter((s) => s.id === 'contact');
    expect(section?.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Skriv til oss i dag.' });
    expect((await diffVersionFiles(older, draft, 'nb')).summary.changed).toBe(1);
  });
});
