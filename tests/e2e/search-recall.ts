import type { Page } from '@playwright/test';

/**
 * Recall rows: how people write. Each row is a query a reader types, the section that
 * must be among the first 3 hits, and the beginnings of the words that count as a real
 * form of the query's word (the judge of precision: a shown hit whose title and excerpt
 * hold none of them is junk). Norwegian letters count either way (ø/o, æ/ae, å/a/aa).
 * A typo row is answered by its first "did you mean" correction, as a reader would click it.
 */
export interface RecallRow {
  query: string;
  section: string;
  forms: string[];
  kind: 'inflection' | 'ascii' | 'typo';
}

const rows = (kind: RecallRow['kind'], section: string, forms: string[], ...queries: string[]): RecallRow[] =>
  queries.map((query) => ({ query, section, forms, kind }));

/** The Norwegian notice's rows, searched on /nb/personvern/. */
export const NORWEGIAN_RECALL: RecallRow[] = [
  ...rows('inflection', 'retention', ['slett'], 'slette', 'sletter', 'slettet'),
  ...rows('inflection', 'retention', ['lagr'], 'lagre', 'lagres', 'lagret'),
  ...rows('inflection', 'purposes', ['behandl'], 'behandle', 'behandler', 'behandlet'),
  ...rows('inflection', 'legal-basis', ['samtykk'], 'samtykker', 'samtykkes', 'samtykkene'),
  ...rows('inflection', 'security', ['krypter'], 'kryptert', 'krypterte', 'krypteres'),
  ...rows('inflection', 'cookies', ['nettleser'], 'nettleser', 'nettlesere', 'nettleserne'),
  ...rows('inflection', 'changes', ['oppdater'], 'oppdatere', 'oppdaterer', 'oppdatert'),
  ...rows('inflection', '', ['beskytt'], 'beskytte', 'beskyttet', 'beskyttes'),
  ...rows('inflection', 'cookies', ['analyser'], 'analysere', 'analyserer', 'analysert'),
  ...rows('inflection', 'purposes', ['lever'], 'levere', 'leverer', 'levert'),
  ...rows('inflection', 'sharing', ['dele', 'deling', 'delt'], 'dele', 'deler', 'deles'),
  ...rows('inflection', 'cookies', ['informasjonskaps'], 'informasjonskapsel', 'informasjonskapslene'),
  ...rows('ascii', 'legal-basis', ['markedsføring'], 'markedsforing'),
  ...rows('ascii', 'changes', ['personvernerklæring'], 'personvernerklaeringen'),
  ...rows('ascii', 'purposes', ['formål'], 'formaal', 'formal'),
  ...rows('ascii', 'sharing', ['nødvendig'], 'nodvendig'),
  ...rows('ascii', 'legal-basis', ['bokføring'], 'bokforing'),
  ...rows('ascii', 'retention', ['lovpålagt'], 'lovpalagt'),
  ...rows('ascii', 'sharing', ['pålitelig'], 'palitelige'),
  ...rows('typo', 'contact', ['personvern'], 'personvren'),
  ...rows('typo', 'retention', ['slett'], 'slettign'),
  ...rows('typo', 'legal-basis', ['samtykk'], 'samtyke'),
  ...rows('typo', 'your-rights', ['rettighet'], 'rettigheer'),
  ...rows('typo', 'security', ['sikkerhet'], 'sikkerhte'),
  ...rows('typo', 'security', ['krypter'], 'kryptring'),
];

/** The English notice's rows, searched on /en/privacy/. */
export const ENGLISH_RECALL: RecallRow[] = [
  ...rows('inflection', 'retention', ['delet'], 'delete', 'deleted', 'deleting'),
  ...rows('inflection', 'purposes', ['process'], 'processed', 'processing', 'processes'),
  ...rows('inflection', 'retention', ['store', 'storing'], 'stored', 'storing', 'stores'),
  ...rows('inflection', 'sharing', ['share', 'sharing'], 'shared', 'shares', 'sharing'),
  ...rows('inflection', 'security', ['encrypt'], 'encrypted', 'encrypting', 'encrypts'),
  ...rows('inflection', 'data-we-collect', ['collect'], 'collected', 'collecting', 'collects'),
  ...rows('inflection', 'changes', ['updat'], 'updated', 'updating', 'updates'),
  ...rows('inflection', 'legal-basis', ['consent'], 'consented', 'consenting', 'consents'),
  ...rows('inflection', '', ['protect'], 'protected', 'protecting', 'protection'),
  ...rows('inflection', 'data-you-provide', ['provid'], 'provided', 'providing', 'provides'),
  ...rows('inflection', 'your-rights', ['request'], 'requested', 'requesting', 'requests'),
  ...rows('typo', 'changes', ['privacy'], 'privcay'),
  ...rows('typo', 'retention', ['retention'], 'retenton'),
  ...rows('typo', 'security', ['encrypt'], 'encrpytion'),
];

/** One row's outcome: whether its section is among the first 3 hits, and how many shown hits hold a real form. */
export interface RecallResult {
  row: RecallRow;
  found: boolean;
  shown: number;
  real: number;
  hits: string[];
}

const folded = (text: string) => text.toLocaleLowerCase('nb').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/aa/g, 'a');

/** Types each row's query on the page's search (already open) and judges its hits. */
export async function measureRecall(page: Page, recallRows: readonly RecallRow[]): Promise<RecallResult[]> {
  const results: RecallResult[] = [];
  const input = page.locator('#site-search-input');
  for (const row of recallRows) {
    await input.fill(row.query);
    await page.waitForFunction((query) => document.querySelector<HTMLElement>('.search-results')?.dataset['query'] === query, row.query);
    const correction = page.locator('.search-suggestions a').first();
    if (row.kind === 'typo' && (await correction.count()) > 0) {
      const corrected = (await correction.textContent()) ?? '';
      await correction.click();
      await page.waitForFunction((query) => document.querySelector<HTMLElement>('.search-results')?.dataset['query'] === query, corrected);
    }
    const hits = await page
      .locator('.search-results a:not([lang])')
      .evaluateAll((links) =>
        links.map((link) => ({ section: new URL((link as HTMLAnchorElement).href).hash.slice(1), text: link.textContent ?? '' })),
      );
    const forms = row.forms.map(folded);
    const isReal = (text: string) =>
      (folded(text).match(/[\p{L}\p{N}-]+/gu) ?? []).some((word) => forms.some((form) => word.startsWith(form)));
    results.push({
      row,
      found: hits.slice(0, 3).some((hit) => hit.section === row.section),
      shown: hits.length,
      real: hits.filter((hit) => isReal(hit.text)).length,
      hits: hits.map((hit) => `${hit.section || '(intro)'}${isReal(hit.text) ? '' : ' (junk)'}`),
    });
  }
  return results;
}

/** Recall (share of rows whose section is in the first 3 hits) and precision (share of shown hits that hold a real form). */
export function recallAndPrecision(results: readonly RecallResult[]): { recall: number; precision: number } {
  const shown = results.reduce((sum, result) => sum + result.shown, 0);
  const real = results.reduce((sum, result) => sum + result.real, 0);
  return {
    recall: results.filter((result) => result.found).length / Math.max(1, results.length),
    precision: shown === 0 ? 0 : real / shown,
  };
}
