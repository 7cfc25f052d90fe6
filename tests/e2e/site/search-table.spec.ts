import { test } from '@playwright/test';
import { checkSearchTable, type SearchRow } from '../search-table';

// The query table (what readers type, in both languages) against the real notice: each query with the sections it
// must find — no more, no fewer. Pagefind alone truncates unknown terms ("erasure" → "er")
// and lets a stem run on into other words ("nets" → "nettsted"); those hits must not show.

const norwegian: SearchRow[] = [
  ['sletting', ['retention', 'your-rights']],
  ['Sletting', ['retention', 'your-rights']],
  ['slett', ['retention', 'your-rights']], // the start of the word being typed
  ['slettng', []], // a typo
  ['opplysningene', ['data-we-collect', 'data-you-provide', 'sharing', 'your-rights']], // the index stem: opplysning
  ['samtykket', ['purposes', 'legal-basis', 'retention', 'your-rights']],
  ['samtykke', ['purposes', 'legal-basis', 'retention', 'your-rights']],
  ['informasjonskapsler', ['cookies']],
  ['cookies', ['cookies', 'automatic-collection', 'retention']],
  ['rettighetene', ['your-rights']], // the stemmer's "rett", not "rettslig" or "retting"
  ['behandlingsansvarlige', ['controller']],
  ['kryptering', ['security']],
  ['krypteringen', ['security']],
  ['betalingen', ['payment-information']], // "betaling" only; "Betalingsleverandører" is another word
  ['nettleseren', ['cookies']],
  ['5 år', ['retention']],
  ['år', ['retention']],
  ['5', ['sharing', 'retention']], // the heading "5. Deling av opplysninger" and "5 år"
  ['Stripe', ['payment-information']],
  ['Mollie', ['payment-information']],
  ['Nets', ['payment-information']], // not "nettsted", "nettsider", "Nettlesertype"
  ['Nets Stripe', ['payment-information']],
  ['google analytics', ['sharing']],
  ['retting sletting', ['your-rights']], // both words in one section
  ['e-post', ['controller', 'data-you-provide', 'contact']],
  ['Datatilsynet', []], // not in the text; Pagefind alone would find "data…"
  ['xqzvw', []],
  ['erasure', [], ['your-rights']], // English: offered in English, not "er"
  ['deletion', [], ['retention']], // English: not "deler"
  ['personal', [], ['', 'sharing', 'controller', 'data-we-collect', 'purposes']],
  ['privacy', [], ['', 'changes', 'contact']],
  ['data protection authority', []], // in neither language
  ['er', ['controller', 'sharing', 'retention', 'changes']], // a word of the text ("er") and the start of "erklæringen"
];

const english: SearchRow[] = [
  ['deletion', ['retention']],
  ['delete', ['retention']], // the index stem: delet
  ['deleted', ['retention']],
  ['erase', []], // "erasure" has another stem
  ['erasure', ['your-rights']],
  ['cookies', ['cookies', 'automatic-collection', 'retention']],
  ['cookie', ['cookies', 'automatic-collection', 'retention']],
  ['consent', ['purposes', 'legal-basis', 'retention', 'your-rights']],
  ['consented', ['purposes', 'legal-basis', 'retention', 'your-rights']],
  ['portability', ['your-rights']],
  ['portable', ['your-rights']],
  ['payments', ['payment-information', 'sharing']],
  ['encrypted', ['security']],
  ['newsletter', ['legal-basis']],
  ['browser', ['automatic-collection', 'cookies']],
  ['right', ['your-rights']],
  ['controller', ['controller', 'security']], // let through: the index stems "controller" and "control" ("Access control") alike
  ['rigths', []], // a typo
  ['5 years', ['retention']],
  ['years', ['retention']],
  ['Stripe', ['payment-information']],
  ['Mollie', ['payment-information']],
  ['Google Analytics', ['sharing']],
  ['GDPR', ['']],
  ['personal data', ['', 'sharing', 'controller', 'data-we-collect', 'retention']],
  ['Datatilsynet', []],
  ['data protection authority', []],
  ['xqzvw', []],
  ['be', ['your-rights', 'changes']], // "should be sent", "will always be available"
  ['behandlingsansvarlig', [], ['controller']], // Norwegian: offered in Norwegian, not "be"
  ['personvernerklæringen', [], ['', 'changes']], // Norwegian: not "personal"
  ['sletting', [], ['retention', 'your-rights']],
  ['informasjonskapsler', [], ['cookies']],
];

test('Norwegian query table: every query shows exactly its sections', async ({ page }) => {
  test.setTimeout(240_000); // one page, many queries
  await checkSearchTable(page, '/nb/personvern/', norwegian);
});

test('English query table: every query shows exactly its sections', async ({ page }) => {
  test.setTimeout(240_000); // one page, many queries
  await checkSearchTable(page, '/en/privacy/', english);
});
