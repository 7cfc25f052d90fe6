import { describe, expect, test } from 'vitest';
import { dictionaries } from '~/i18n';
import { browserTranslations } from '~/i18n/browser';
import { LOCALES } from '~/i18n/locales';

describe('UI dictionaries', () => {
  const reference = Object.keys(dictionaries.nb).sort();
  test.each(LOCALES.map((locale) => [locale]))('%s has exactly the same keys as nb, none empty', (locale) => {
    const dictionary = dictionaries[locale];
    expect(Object.keys(dictionary).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
  });
});

describe('the browser scripts’ strings', () => {
  test.each(LOCALES.map((locale) => [locale]))('%s: each says what the %s dictionary says, with its placeholders filled', (locale) => {
    const say = browserTranslations(locale);
    expect(say('heading.linkCopied')).toBe(dictionaries[locale]['heading.linkCopied']);
    expect(say('search.resultCount', { count: 3 })).toBe(dictionaries[locale]['search.resultCount'].replace('{count}', '3'));
  });

  test('a page in another language gets the Norwegian strings', () => {
    expect(browserTranslations('de')('cite.close')).toBe(dictionaries.nb['cite.close']);
  });
});
