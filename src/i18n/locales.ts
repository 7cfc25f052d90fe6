/**
 * The site's languages, declared once: Astro's i18n config, the URL scheme, the
 * content rules, the editors' commands and the tests all import them from here.
 */

/** Every language the site is published in; each document exists in all of them. */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The reference language: the authoritative text is Norwegian. */
export const DEFAULT_LOCALE: Locale = 'nb';

/** True when a string is one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
