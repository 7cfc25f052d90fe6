/**
 * Facts about the company shown in every page's footer, exactly as the privacy
 * notice states them (section "Kontaktinformasjon"). Never translated.
 */
export const company = {
  name: 'Johnsentechnology AS',
  orgNumber: '934 290 909',
  address: 'Kongsgård alle 61',
  email: 'lars@loddo.no',
  website: 'https://jtec.no',
} as const;

/** Where the site is published when astro.config.mjs gives no `site` (it always does; this keeps types and tools honest). */
export const SITE_URL = 'https://jtec.no';
