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
    expect(
      json.versions.map(({ version, effectiveFrom, effectiveUntil, state }) => ({ version, effectiveFrom, effectiveUntil, state })),
    ).toEqual([
      { version: '2099-01-01', effectiveFrom: '2099-01-01', effectiveUntil: null, state: 'upcoming' },
      { version: '2024-06', effectiveFrom: '2024-06-01', effectiveUntil: '2099-01-01', state: 'current' },
      { version: '2023', effectiveFrom: '2023-01-01', effectiveUntil: '2024-06-01', state: 'archived' },
    ]);
  });

  test('is plain JSON (survives a round trip)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('versionOnDate agrees with versionInEffectOn', () => {
  test.each(['2022-12-31', '2023-01-01', '2024-05-31', '2024-06-01', '2098-12-31', '2099-01-01', '2150-06-06'])('%s', (day) => {
    expect(versionOnDate(json, day)?.version).toBe(versionInEffectOn(history, day)?.version);
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
