import { describe, expect, test } from 'vitest';
import {
  appliesFrom,
  classifyVersions,
  compareVersionNames,
  compareVersionsOldestFirst,
  comparisonPairs,
  nearestPairs,
  isFirstVersion,
  previousVersion,
  versionInEffectOn,
  versionPeriods,
  type VersionInfo,
} from '~/lib/versions/timeline';

const history: VersionInfo[] = [
  { version: '2023', updated: '2023', status: 'published' },
  { version: '2024-06', updated: '2024-06', status: 'published' },
  { version: '2025-03-15', updated: '2025-03-15', status: 'published' },
  { version: '2099-01', updated: '2099-01', status: 'published' },
  { version: 'next', updated: '2025-09', status: 'draft' },
];
const today = '2025-06-01';

describe('classifyVersions', () => {
  test.each([
    {
      day: '2025-06-01',
      states: { '2099-01': 'upcoming', '2025-03-15': 'current', '2024-06': 'archived', '2023': 'archived', next: 'draft' },
    },
    {
      day: '2025-03-14',
      states: { '2099-01': 'upcoming', '2025-03-15': 'upcoming', '2024-06': 'current', '2023': 'archived', next: 'draft' },
    },
    // An upcoming version becomes current on its day, at the next build, without a code change.
    {
      day: '2099-01-01',
      states: { '2099-01': 'current', '2025-03-15': 'archived', '2024-06': 'archived', '2023': 'archived', next: 'draft' },
    },
    {
      day: '2022-12-31',
      states: { '2099-01': 'upcoming', '2025-03-15': 'upcoming', '2024-06': 'upcoming', '2023': 'upcoming', next: 'draft' },
    },
  ])('on $day', ({ day, states }) => {
    const classified = classifyVersions(history, day);
    expect(Object.fromEntries(classified.map((entry) => [entry.version, entry.state]))).toEqual(states);
  });
});

describe('versionInEffectOn', () => {
  test.each([
    { day: '2022-12-31', expected: undefined },
    { day: '2023-01-01', expected: '2023' },
    { day: '2024-05-31', expected: '2023' },
    { day: '2024-06-01', expected: '2024-06' },
    { day: '2025-03-15', expected: '2025-03-15' },
    { day: '2098-12-31', expected: '2025-03-15' },
    { day: '2099-01-01', expected: '2099-01' },
  ])('on $day → $expected', ({ day, expected }) => {
    expect(versionInEffectOn(history, day)?.version).toBe(expected);
  });
});

describe('versionPeriods', () => {
  test('each published version applies until the next one takes effect', () => {
    const periods = versionPeriods(classifyVersions(history, today)).map(({ version, appliesFrom, until }) => ({
      version,
      from: appliesFrom.date,
      until: until?.date,
    }));
    // Dates stay as precise as the source: "2023" is a year, never 2023-01-01.
    expect(periods).toEqual([
      { version: '2099-01', from: '2099-01', until: undefined },
      { version: '2025-03-15', from: '2025-03-15', until: '2099-01' },
      { version: '2024-06', from: '2024-06', until: '2025-03-15' },
      { version: '2023', from: '2023', until: '2024-06' },
    ]);
  });
});

describe('previousVersion', () => {
  test.each([
    { version: '2099-01', expected: '2025-03-15' },
    { version: '2024-06', expected: '2023' },
    { version: '2023', expected: undefined },
    { version: 'missing', expected: undefined },
  ])('$version → $expected', ({ version, expected }) => {
    expect(previousVersion(classifyVersions(history, today), version)?.version).toBe(expected);
  });
});

describe('comparisonPairs', () => {
  const many = (count: number): VersionInfo[] =>
    Array.from({ length: count }, (_, i) => ({
      version: `v${String(i).padStart(3, '0')}`,
      updated: String(2000 + i),
      status: 'published' as const,
    }));

  test.each([
    { name: 'one version has nothing to compare', versions: [history[0]!], count: 0 },
    // Four published: each against the previous (3), the two oldest also against the current (2), and the draft against the current (1).
    { name: 'four published versions and a draft', versions: history, count: 6 },
    // n−1 with the previous, plus the older ones (n−2 of them) against the current: linear at every count, no cliff.
    { name: 'twenty versions: linear', versions: many(20), count: 19 + 18 },
    { name: 'twenty-one versions: linear', versions: many(21), count: 20 + 19 },
    { name: 'a hundred versions: linear', versions: many(100), count: 99 + 98 },
  ])('$name', ({ versions, count }) => {
    const pairs = comparisonPairs(classifyVersions(versions, '2200-01-01'));
    expect(pairs).toHaveLength(count);
    expect(new Set(pairs.map((pair) => `${pair.from}...${pair.to}`)).size).toBe(count);
  });

  test('always older → newer, including each version against the previous and the current one', () => {
    const pairs = comparisonPairs(classifyVersions(history, today)).map((pair) => `${pair.from}...${pair.to}`);
    expect(pairs.sort()).toEqual(
      ['2023...2024-06', '2023...2025-03-15', '2024-06...2025-03-15', '2025-03-15...2099-01', '2025-03-15...next'].sort(),
    );
  });
});

describe('nearestPairs', () => {
  const pairs = ['a...b', 'b...c', 'c...d', 'a...d', 'b...d'].map((segment) => {
    const [from = '', to = ''] = segment.split('...');
    return { from, to };
  });
  test.each([
    { name: 'a prerendered pair is its own nearest', from: 'b', to: 'c', expected: ['b...c'] },
    { name: 'a...c: from a onwards, and up to c', from: 'a', to: 'c', expected: ['a...b', 'b...c', 'c...d', 'a...d'] },
  ])('$name', ({ from, to, expected }) => {
    expect(nearestPairs(pairs, from, to).map((pair) => `${pair.from}...${pair.to}`)).toEqual(expected);
  });
});

describe('version names', () => {
  test.each([
    ['2024-6', '2024-10', -1],
    ['2025', '2025-03', -1],
    ['2026', '2025-12', 1],
    ['2025', '2025', 0],
  ])('compareVersionNames(%s, %s) has the sign of %i', (a, b, sign) => {
    expect(Math.sign(compareVersionNames(a, b))).toBe(sign);
  });
});

describe('appliesFrom: the effective date where an editor gave one, else the last-updated date', () => {
  test.each([
    { updated: '2025', effective: undefined, expected: { date: '2025', precision: 'year', basis: 'updated', firstDay: '2025-01-01' } },
    {
      updated: '2025-06',
      effective: undefined,
      expected: { date: '2025-06', precision: 'month', basis: 'updated', firstDay: '2025-06-01' },
    },
    {
      updated: '2025',
      effective: '2026-03-01',
      expected: { date: '2026-03-01', precision: 'day', basis: 'effective', firstDay: '2026-03-01' },
    },
    {
      updated: '2026-02-10',
      effective: '2026-04',
      expected: { date: '2026-04', precision: 'month', basis: 'effective', firstDay: '2026-04-01' },
    },
  ])('updated $updated, effective $effective', ({ updated, effective, expected }) => {
    expect(appliesFrom({ updated, effective })).toEqual(expected);
  });
});

describe('one order for every version list (effective date first, then last updated, then name)', () => {
  const withEffective: VersionInfo[] = [
    { version: '2025', updated: '2025', status: 'published' },
    // Written in 2025-11 but only in effect from March 2026: it is ordered, and becomes current, by its effective date.
    { version: '2026-03', updated: '2025-11', effective: '2026-03-01', status: 'published' },
    { version: '2025-12', updated: '2025-12', status: 'published' },
  ];
  test.each([
    { day: '2025-11-30', current: '2025', upcoming: ['2026-03', '2025-12'] },
    { day: '2025-12-01', current: '2025-12', upcoming: ['2026-03'] },
    { day: '2026-03-01', current: '2026-03', upcoming: [] },
  ])('on $day the current version is $current', ({ day, current, upcoming }) => {
    const classified = classifyVersions(withEffective, day);
    expect(classified.map((entry) => entry.version)).toEqual(['2026-03', '2025-12', '2025']);
    expect(classified.find((entry) => entry.state === 'current')?.version).toBe(current);
    expect(classified.filter((entry) => entry.state === 'upcoming').map((entry) => entry.version)).toEqual(upcoming);
    expect(versionInEffectOn(withEffective, day)?.version).toBe(current);
  });

  test.each([
    { a: { version: '2024-6', updated: '2024-06' }, b: { version: '2024-10', updated: '2024-10' }, sign: -1 },
    { a: { version: '2025', updated: '2025' }, b: { version: '2025-03', updated: '2025-03' }, sign: -1 },
    { a: { version: 'b', updated: '2025' }, b: { version: 'a', updated: '2024', effective: '2026' }, sign: -1 },
    { a: { version: 'x', updated: '2025-01-01' }, b: { version: 'x', updated: '2025' }, sign: 0 },
  ])('$a.version vs $b.version', ({ a, b, sign }) => {
    expect(Math.sign(compareVersionsOldestFirst(a, b))).toBe(sign);
  });
});

describe('isFirstVersion', () => {
  const classified = classifyVersions(history, today);
  test.each([
    { version: '2023', first: true },
    { version: '2024-06', first: false },
    { version: '2099-01', first: false },
    { version: 'next', first: false },
  ])('$version', ({ version, first }) => {
    expect(isFirstVersion(classified, version)).toBe(first);
  });
});
