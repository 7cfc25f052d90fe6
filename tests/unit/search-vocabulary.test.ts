import { describe, expect, test } from 'vitest';
import { correctedQueries, maxCorrectionDistance, respelledQuery, vocabularyFromTexts } from '~/lib/search/vocabulary';

const NORWEGIAN = vocabularyFromTexts([
  'Vi lagrer personopplysninger. Du kan be om sletting og retting. Sletting skjer innen 30 dager, og sletting er gratis. ' +
    'Samtykke til markedsføring kan trekkes. Informasjonskapsler (cookies) lagres i nettleseren. ' +
    'Endringer i personvernerklæringen. Spørsmål om personvern? Formål med behandlingen.',
]);

describe('vocabularyFromTexts', () => {
  test('counts words, most frequent first, without numbers or punctuation', () => {
    expect(NORWEGIAN[0]).toBe('sletting');
    expect(NORWEGIAN).toContain('personvern');
    expect(NORWEGIAN).toContain('cookies');
    expect(NORWEGIAN).not.toContain('30');
    expect(NORWEGIAN).not.toContain('(cookies)');
  });
});

describe('respelledQuery', () => {
  test.each([
    ['ø typed as o', 'markedsforing', 'markedsføring'],
    ['æ typed as ae', 'personvernerklaeringen', 'personvernerklæringen'],
    ['å typed as aa', 'formaal', 'formål'],
    ['a form the index did not reach', 'informasjonskapsel', 'informasjonskapsler'],
    ['one term of several', 'samtykke markedsforing', 'samtykke markedsføring'],
    ['nothing to change', 'sletting', undefined],
    ['a typo is not respelled', 'slettign', undefined],
  ])('%s', (_, query, expected) => {
    expect(respelledQuery(query, NORWEGIAN, 'nb')).toBe(expected);
  });
});

describe('correctedQueries', () => {
  test.each([
    ['two letters swapped', 'slettign', ['sletting']],
    ['a letter missing', 'persnvern', ['personvern']],
    ['two letters swapped in a long word', 'personvren', ['personvern']],
    ['the unknown term of a query of two', 'retting slettign', ['retting sletting']],
    ['a short word allows one edit only', 'rtt', []],
    ['nothing near', 'xqzvw', []],
    ['a known word needs no correction', 'sletting', []],
  ])('%s', (_, query, expected) => {
    expect(correctedQueries(query, NORWEGIAN, 'nb')).toEqual(expected);
  });

  test('offers at most 3, the most frequent first', () => {
    expect(correctedQueries('datx', ['data', 'date', 'dato', 'datt'], 'nb')).toEqual(['data', 'date', 'dato']);
    expect(correctedQueries('dota', ['date', 'data', 'dato'], 'nb')).toEqual(['data']); // "dato" is two edits away
  });
});

describe('maxCorrectionDistance', () => {
  test.each([
    ['år', 1],
    ['data', 1],
    ['lagre', 2],
    ['personvern', 2],
  ])('%s → %i', (term, expected) => {
    expect(maxCorrectionDistance(term)).toBe(expected);
  });
});
