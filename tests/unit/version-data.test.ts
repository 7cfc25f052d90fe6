import { describe, expect, test } from 'vitest';
import { interpolate } from '~/i18n';
import { buildVersionsJson, versionOnDate, type VersionFacts } from '~/lib/versions/versions-json';
import { classifyVersions, versionInEffectOn, versionPeriods } from '~/lib/versions/timeline';

const facts = (version: string, updated: string): VersionFacts => ({
  version,
  updated,
  status: 'published',
  change: 'substantive',
  summary: `Summary of ${version}`,
  sha256: version.padEnd(64, '0'),
  url: `https://example.test/v/${version}/`,
  compareWithPrevious: undefined,
});
const history = [facts('2023', '2023'), facts('2024-06', '2024-06'), facts('2099-01-01', '2099-01-01')];
const head = { document: 'privacy', language: 'en', title: 'T', url: 'u', changelog: 'c', feed: 'f' };
const json = buildVersionsJson(head, versionPeriods(classifyVersions(history, '2025-01-01')));

describe('buildVersionsJson', () => {
  test('says which version is current and which are upcoming, with effective dates newest first', () => {
    expect(json.current).toBe('2024-06');
    expect(json.upcoming).toEqual(['2099-01-01']);
    expect(json.format).toBe(2);
    expect(
      json.versions.map(({ version, updated, effective, appliesFrom, appliesUntil, state, first }) => ({
        version,
        updated,
        effective,
        appliesFrom,
        appliesUntil,
        state,
        first,
      })),
    ).toEqual([
      {
        version: '2099-01-01',
        updated: { date: '2099-01-01', precision: 'day' },
        effective: null,
        appliesFrom: { date: '2099-01-01', precision: 'day', basis: 'updated' },
        appliesUntil: null,
        state: 'upcoming',
        first: false,
      },
      {
        version: '2024-06',
        updated: { date: '2024-06', precision: 'month' },
        effective: null,
        appliesFrom: { date: '2024-06', precision: 'month', basis: 'updated' },
        appliesUntil: { date: '2099-01-01', precision: 'day', basis: 'updated' },
        state: 'current',
        first: false,
      },
      {
        version: '2023',
        updated: { date: '2023', precision: 'year' },
        effective: null,
        appliesFrom: { date: '2023', precision: 'year', basis: 'updated' },
        appliesUntil: { date: '2024-06', precision: 'month', basis: 'updated' },
        state: 'archived',
        first: true,
      },
    ]);
  });

  test('publishes an effective date an editor gave, and rests the period on it', () => {
    const withEffective = [facts('2025', '2025'), { ...facts('2026-03', '2025-11'), effective: '2026-03-01' }];
    const built = buildVersionsJson(head, versionPeriods(classifyVersions(withEffective, '2025-12-01')));
    expect(built.versions[0]).toMatchObject({
      version: '2026-03',
      updated: { date: '2025-11', precision: 'month' },
      effective: { date: '2026-03-01', precision: 'day' },
      appliesFrom: { date: '2026-03-01', precision: 'day', basis: 'effective' },
      state: 'upcoming',
    });
    expect(built.versions[1]?.appliesUntil).toEqual({ date: '2026-03-01', precision: 'day', basis: 'effective' });
  });

  test('is plain JSON (survives a round trip)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('versionOnDate agrees with versionInEffectOn', () => {
  test.each(['2022-12-31', '2023-01-01', '2024-05-31', '2024-06-01', '2098-12-31', '2099-01-01', '2150-06-06'])('%s', (day) => {
    expect(versionOnDate(json, day).version).toBe(versionInEffectOn(history, day)?.version);
  });
});

describe('interpolate', () => {
  test.each([
    { template: 'Version {version}', values: { version: '2025' }, expected: 'Version 2025' },
    { template: '{n} endret, {n} til', values: { n: 3 }, expected: '3 endret, 3 til' },
    { template: 'Keep {unknown}', values: {}, expected: 'Keep {unknown}' },
  ])('$template', ({ template, values, expected }) => {
    expect(interpolate(template, values)).toBe(expected);
  });
});
