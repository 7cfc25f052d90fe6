import type { Locale } from '~/i18n/locales';
import { en } from './en';
import { nb } from './nb';

export { interpolate } from './interpolate';

/** The keys every language must translate; Norwegian is the reference. */
export type UIKey = keyof typeof nb;
export type UIStrings = Record<UIKey, string>;

/** One dictionary per language. */
export const dictionaries: Record<Locale, UIStrings> = { nb, en };

/** Locale details for dates and `hreflang`, per language. */
export const localeInfo: Record<Locale, { intl: string; hreflang: string; ogLocale: string }> = {
  nb: { intl: 'nb-NO', hreflang: 'nb', ogLocale: 'nb_NO' },
  en: { intl: 'en-GB', hreflang: 'en', ogLocale: 'en_GB' },
};

/** Returns the translator for a language: `t('toc.label')`. */
export function useTranslations(locale: Locale): (key: UIKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}
