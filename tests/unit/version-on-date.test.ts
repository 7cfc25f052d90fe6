import { describe, expect, test } from 'vitest';
import { partialDateCovers, versionOnDay } from '~/lib/versions/on-date';

// The fixture history's shape: a year, a month, a day, a month, and a far-future day.
const starts = [
  { version: '2023', date: '2023' },
  { version: '2024-06', date: '2024-06' },
  { version: '2025-01-15', date: '2025-01-15' },
  { version: '2025-09', date: '2025-09' },
  { version: '2099-01-01', date: '2099-01-01' },
];

describe('versionOnDay', () => {
  test.each([
    { day: '2022-12-31', version: undefined, precision: undefined, uncertain: false, previous: undefined },
    // Inside the year the first version names: it may not have applied yet, and nothing did before it.
    { day: '2023-03-14', version: '2023', precision: 'year', uncertain: true, previous: undefined },
    { day: '2024-05-31', version: '2023', precision: 'year', uncertain: false, previous: undefined },
    { day: '2024-06-20', version: '2024-06', precision: 'month', uncertain: true, previous: '2023' },
    { day: '2024-12-31', version: '2024-06', precision: 'month', uncertain: false, previous: undefined },
    { day: '2025-01-14', version: '2024-06', precision: 'month', uncertain: false, previous: undefined },
    { day: '2025-01-15', version: '2025-01-15', precision: 'day', uncertain: false, previous: undefined },
    { day: '2025-09-01', version: '2025-09', precision: 'month', uncertain: true, previous: '2025-01-15' },
    { day: '2098-12-31', version: '2025-09', precision: 'month', uncertain: false, previous: undefined },
    { day: '2099-01-01', version: '2099-01-01', precision: 'day', uncertain: false, previous: undefined },
  ])('$day → $version', (expected) => {
    const { day, ...answer } = expected;
    expect(versionOnDay(starts, day)).toEqual(answer);
  });

  test('the order of the input does not matter', () => {
    expect(versionOnDay([...starts].reverse(), '2025-02-01').version).toBe('2025-01-15');
  });
});

describe('partialDateCovers', () => {
  test.each([
    { date: '2025', day: '2025-03-14', expected: true },
    { date: '2025', day: '2026-01-01', expected: false },
    { date: '2025-03', day: '2025-03-31', expected: true },
    { date: '2025-03', day: '2025-04-01', expected: false },
    { date: '2025-03-14', day: '2025-03-14', expected: false },
  ])('$date covers $day: $expected', ({ date, day, expected }) => {
    expect(partialDateCovers(date, day)).toBe(expected);
  });
});
