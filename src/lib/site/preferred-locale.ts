/**
 * Which language the chooser (`/`) sends a browser to, from its `navigator.languages`:
 * the first it asks for that the site has. Norwegian readers may ask for `no`, `nn`
 * or `nb` (all served by the Bokmål text); a browser that asks for neither Norwegian
 * nor English gets English, the language more readers abroad can read.
 */
export function preferredLocale(languages: readonly string[]): 'nb' | 'en' {
  for (const tag of languages) {
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'nb' || language === 'no' || language === 'nn') return 'nb';
    if (language === 'en') return 'en';
  }
  return 'en';
}
