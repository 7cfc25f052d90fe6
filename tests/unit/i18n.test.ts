import { describe, expect, test } from 'vitest';
import { dictionaries } from '~/i18n';
import { LOCALES } from '~/i18n/locales';

describe('UI dictionaries', () => {
  const reference = Object.keys(dictionaries.nb).sort();
  test.each(LOCALES.map((locale) => [locale]))('%s has exactly the same keys as nb, none empty', (locale) => {
    const dictionary = dictionaries[locale];
    expect(Object.keys(dictionary).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
  });
});
