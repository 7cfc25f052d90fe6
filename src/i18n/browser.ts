// The strings the browser scripts say, in every language, without the rest of the
// dictionaries: a script that imports this bundles only these few lines per language.
import { enBrowser } from './en';
import { interpolate } from './interpolate';
import { nbBrowser } from './nb';

export type BrowserKey = keyof typeof nbBrowser;

const browserStrings: Record<string, Record<BrowserKey, string>> = { nb: nbBrowser, en: enBrowser };

/** The translator for the browser strings of a page in `lang` (its `<html lang>`): `say('search.resultCount', { count: 3 })`. */
export function browserTranslations(lang: string): (key: BrowserKey, values?: Record<string, string | number>) => string {
  const strings = browserStrings[lang] ?? nbBrowser;
  return (key, values = {}) => interpolate(strings[key], values);
}
