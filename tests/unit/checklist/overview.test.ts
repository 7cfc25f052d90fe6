import { describe, expect, test } from 'vitest';
import { coverageChange } from '~/lib/checklist/coverage';
import { changesByVersion, checklistOverview, checklistPagePath } from '~/lib/checklist/overview';
import { loadChecklist } from '~/lib/checklist/report';
import type { Section } from '~/lib/content/sections';
import { checklistPage } from '~/integrations/checklist-page';

const section = (id: string) => ({ id }) as Section;

describe("the editors' checklist page", () => {
  test.each([
    [[], [], 'unchanged'],
    [[], ['complaints'], 'newly covered'],
    [['your-rights'], [], 'no longer covered'],
    [['your-rights'], ['complaints'], 'covered by other sections'],
    [['your-rights'], ['your-rights'], 'unchanged'],
  ])('coverageChange(%j, %j) is "%s"', (before, after, change) => {
    expect(coverageChange(before.map(section), after.map(section))).toBe(change);
  });

  test('links each covering section in the current version and the draft, and names what the draft changes', async () => {
    const overview = checklistOverview(await loadChecklist('tests/fixtures/checklist', '2026-11-28'), 'privacy', 'nb');
    expect(overview.versions.map((version) => `${version.version} ${version.state}`)).toEqual(['2025 current', '2026 draft']);
    const complaint = overview.rows.find((row) => row.item.article === '13(2)(d)');
    expect(complaint?.versions.map(({ sections, change }) => [sections.map((link) => link.href), change])).toEqual([
      [[], undefined],
      [['/nb/testdata/versjoner/2026/#complaints'], 'newly covered'],
    ]);
    const controller = overview.rows.find((row) => row.item.article === '13(1)(a)');
    expect(controller?.versions[0]?.sections.map((link) => link.href)).toEqual(['/nb/testdata/#controller', '/nb/testdata/#contact']);
    const [draft] = changesByVersion(overview);
    expect([...(draft?.changes ?? [])].map(([kind, items]) => [kind, items.map((item) => item.article)])).toEqual([
      ['newly covered', ['13(2)(d)']],
    ]);
  });

  test('is added to astro dev and never to a build', () => {
    const routes = (command: 'dev' | 'build' | 'preview') => {
      const injected: string[] = [];
      const setup = checklistPage({ contentDir: 'content' }).hooks['astro:config:setup'] as (options: object) => void;
      setup({ command, config: { base: '/' }, injectRoute: (route: { pattern: string }) => injected.push(route.pattern) });
      return injected;
    };
    expect(routes('dev')).toEqual(['/editors/checklist/[document]/[lang]']);
    expect(routes('build')).toEqual([]);
    expect(routes('preview')).toEqual([]);
    expect(checklistPagePath('privacy', 'en')).toBe('/editors/checklist/privacy/en/');
  });
});
