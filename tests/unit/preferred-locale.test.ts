import { describe, expect, test } from 'vitest';
import { preferredLocale } from '~/lib/site/preferred-locale';

describe('preferredLocale', () => {
  test.each([
    { languages: ['nb-NO', 'en'], expected: 'nb' },
    { languages: ['no'], expected: 'nb' },
    { languages: ['nn-NO'], expected: 'nb' },
    { languages: ['en-US', 'nb'], expected: 'en' },
    { languages: ['de-DE', 'de'], expected: 'en' },
    { languages: ['sv-SE', 'NB'], expected: 'nb' },
    { languages: [], expected: 'en' },
  ])('$languages → $expected', ({ languages, expected }) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});
