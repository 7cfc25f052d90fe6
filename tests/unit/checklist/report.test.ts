import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '~/lib/checklist/checklist';
import { checklistReport, checklistVersions, checklistWarnings, coverageTable, loadChecklist } from '~/lib/checklist/report';
import { loadContentDir } from '~/lib/content/content-set';
import { checkContentDir } from '~/lib/content/rules/run';
import { parseContentFile, type VersionFile } from '~/lib/content/rules/parsed-content';
import { baseFiles, contentSet, lockOf, TODAY } from '../content/base-set';

async function versionsOf(files: Record<string, string>) {
  const set = contentSet(files, lockOf(files));
  const versions: VersionFile[] = [];
  for (const file of set.files) {
    const parsed = await parseContentFile(file);
    if (parsed.version) versions.push(parsed.version);
  }
  return { set, versions };
}

describe('the checklist report of npm run check:content', () => {
  test('reports the current version and the draft, per language, Norwegian first; never older versions', async () => {
    const { set, versions } = await versionsOf(baseFiles());
    set.claimFiles = [{ key: 'privacy/2024.checklist.yaml', path: 'content/privacy/2024.checklist.yaml', text: 'contact: 13(1)(a)' }];
    const entries = checklistVersions(set, versions);
    expect(entries.map((entry) => `${entry.locale} ${entry.version} ${entry.state}`)).toEqual([
      'nb 2024 current',
      'nb 2025 draft',
      'en 2024 current',
      'en 2025 draft',
    ]);
    const warnings = checklistWarnings(entries);
    expect(warnings).toContain(
      'content/privacy/nb/2024.mdx: warning (current version 2024): art. 13 nr. 2 bokstav d — Retten til å klage til en tilsynsmyndighet. — not covered by any section',
    );
    expect(warnings).toContain(
      'content/privacy/en/2024.mdx: warning (current version 2024): Art. 13(1)(b) — How to contact the data protection officer. — not covered by any section; check whether this applies: when the controller has a data protection officer',
    );
    expect(warnings.filter((line) => line.includes('13(1)(a)'))).toEqual([]);
    expect(warnings).toContain(
      "content/privacy/nb/2025.mdx: warning (draft 2025): this version has no checklist file, so its coverage is unknown — copy the previous version's file to content/privacy/2025.checklist.yaml and tag the sections that changed",
    );
    expect(warnings.filter((line) => line.startsWith('content/privacy/nb/2024.mdx'))).toHaveLength(CHECKLIST.length - 1);
  });

  test('a document without any checklist file is not checked against the checklist', async () => {
    const { set } = await versionsOf(baseFiles());
    expect(await checklistReport(set, { table: false })).toBeUndefined();
    expect(await checklistReport(set, { table: true })).toBe(
      'GDPR checklist: no document in content/ has a checklist file (see "The GDPR checklist" in docs/editing.md)',
    );
  });

  test('--coverage prints every item with its covering sections, in each language', async () => {
    const { set, versions } = await versionsOf(baseFiles());
    set.claimFiles = [
      { key: 'privacy/2024.checklist.yaml', path: 'content/privacy/2024.checklist.yaml', text: 'contact: 13(1)(a)\nyour-rights: 13(2)(b)' },
    ];
    const table = coverageTable(checklistVersions(set, versions).filter((entry) => entry.version === '2024'));
    expect(table).toContain('content/privacy/nb/2024.mdx (current version 2024; claims in content/privacy/2024.checklist.yaml):');
    expect(table).toMatch(/ {2}art\. 13 nr\. 1 bokstav a +always +#contact “2\. Kontakt”\n/);
    expect(table).toMatch(/ {2}Art\. 13\(2\)\(b\) +always +#your-rights “1\. Rights”\n/);
    expect(table).toMatch(/ {2}Art\. 14\(2\)\(f\) +conditional +not covered by any section$/);
    expect(table.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(2 * CHECKLIST.length);
  });
});

describe('the real notice (content/privacy, version 2025)', () => {
  test('its claims pass the content check, and its uncovered items are warnings only', async () => {
    expect(await checkContentDir('content', TODAY)).toEqual([]);
    const report = await checklistReport(await loadContentDir('content', TODAY), { table: false });
    expect(report).toMatch(/⚠ 14 checklist warnings \(they never fail the check or the build\)/);
  });

  test('covers these items by these sections, and leaves the rest uncovered', async () => {
    const [nb] = (await loadChecklist('content', TODAY)).filter((entry) => entry.locale === 'nb' && entry.state === 'current');
    const coverage = Object.fromEntries(nb!.coverage.map(({ item, sections }) => [item.article, sections.map((section) => section.id)]));
    expect(coverage).toEqual({
      '13(1)(a)': ['controller', 'contact'],
      '13(1)(b)': [],
      '13(1)(c)': ['purposes', 'legal-basis'],
      '13(1)(d)': ['legal-basis'],
      '13(1)(e)': ['payment-information', 'sharing'],
      '13(1)(f)': [],
      '13(2)(a)': ['retention'],
      '13(2)(b)': ['your-rights'],
      '13(2)(c)': [],
      '13(2)(d)': [],
      '13(2)(e)': [],
      '13(2)(f)': [],
      '14(1)(d)': ['data-you-provide', 'automatic-collection'],
      '14(2)(f)': [],
    });
  });
});
