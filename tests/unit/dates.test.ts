import { describe, expect, test } from 'vitest';
import { formatPartialDate, isRealPartialDate, parsePartialDate, startOfPartialDate, todayInOslo, feedItemDate } from '~/lib/site/dates';

describe('parsePartialDate keeps the precision the source gives', () => {
  test.each([
    ['2025', { year: 2025, precision: 'year' }],
    ['2025-06', { year: 2025, month: 6, precision: 'month' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2025-02-29', undefined],
    ['0025-06-01', { year: 25, month: 6, day: 1, precision: 'day' }], // a typed year 25, not 1925
    ['0024-02-29', { year: 24, month: 2, day: 29, precision: 'day' }], // year 24 was a leap year; 1924 too, but 0100 was not
    ['0100-02-29', undefined],
    ['2025-13', undefined],
    ['2025-00', undefined],
    ['25', undefined],
    ['2025-6-1', undefined],
    ['1. juni 2025', undefined],
  ])('%s', (value, expected) => {
    expect(parsePartialDate(value)).toEqual(expected);
    expect(isRealPartialDate(value)).toBe(expected !== undefined);
  });
});

describe('formatPartialDate never invents a day', () => {
  test.each([
    ['2025', 'nb-NO', '2025'],
    ['2025', 'en-GB', '2025'],
    ['2025-06', 'nb-NO', 'juni 2025'],
    ['2025-06', 'en-GB', 'June 2025'],
    ['2025-06-01', 'nb-NO', '1. juni 2025'],
    ['2025-06-01', 'en-GB', '1 June 2025'],
    ['0025-06-01', 'en-GB', '1 June 25'], // year 25, not 1925
  ])('%s in %s', (value, locale, expected) => {
    expect(formatPartialDate(value, locale)).toBe(expected);
  });
});

describe('startOfPartialDate', () => {
  test.each([
    ['2025', '2025-01-01'],
    ['2025-06', '2025-06-01'],
    ['2025-06-15', '2025-06-15'],
  ])('%s takes effect on %s', (value, expected) => {
    expect(startOfPartialDate(value)).toBe(expected);
  });
});

describe('todayInOslo', () => {
  test.each([
    ['2025-12-31T22:59:59Z', '2025-12-31'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
    ['2025-06-30T22:00:00Z', '2025-07-01'],
  ])('%s is %s in Oslo', (instant, expected) => {
    expect(todayInOslo(new Date(instant))).toBe(expected);
  });
});

describe('feedItemDate: an RSS pubDate only for a day the editors gave, and never in the future', () => {
  test.each([
    { date: { date: '2025', precision: 'year' as const }, expected: undefined },
    { date: { date: '2025-06', precision: 'month' as const }, expected: undefined },
    { date: { date: '2025-01-15', precision: 'day' as const }, expected: '2025-01-15' },
    { date: { date: '2026-11-29', precision: 'day' as const }, expected: '2026-11-29' },
    { date: { date: '2099-01-01', precision: 'day' as const }, expected: undefined },
  ])('$date.date', ({ date, expected }) => {
    expect(feedItemDate(date, '2026-11-29')).toBe(expected);
  });
});
