import { describe, expect, test } from 'vitest';
import { asciiFolded, beginsWithStem, contentTerms, isFunctionWord, wordStem } from '~/lib/search/word-forms';

describe('wordStem', () => {
  test.each([
    ['slette', 'nb', 'slett'],
    ['sletter', 'nb', 'slett'],
    ['slettet', 'nb', 'slett'],
    ['slettes', 'nb', 'slett'],
    ['lagres', 'nb', 'lagr'],
    ['rettighetene', 'nb', 'rettig'], // Snowball's "-hetene"
    ['nettleserne', 'nb', 'nettleser'],
    ['kryptert', 'nb', 'krypter'],
    ['informasjonskapsel', 'nb', 'informasjonskaps'],
    ['nets', 'nb', 'nets'], // "net" would be under 4 letters
    ['er', 'nb', 'er'],
    ['deleting', 'en', 'delet'],
    ['processed', 'en', 'process'],
    ['stores', 'en', 'stor'],
    ['privacy', 'en', 'privacy'],
  ])('%s (%s) → %s', (term, language, stem) => {
    expect(wordStem(term, language)).toBe(stem);
  });
});

describe('asciiFolded', () => {
  test.each([
    ['markedsføring', 'markedsforing'],
    ['Personvernerklæringen', 'personvernerklaeringen'],
    ['formål', 'formal'],
    ['formaal', 'formal'],
    ['cookies', 'cookies'],
  ])('%s → %s', (word, folded) => {
    expect(asciiFolded(word)).toBe(folded);
  });
});

describe('beginsWithStem', () => {
  test.each([
    ['a form of the same word', 'slettet', 'sletting', 'nb', true],
    ['a compound', 'betalingen', 'betalingsleverandører', 'nb', true],
    ['Norwegian letters typed the ASCII way', 'lovpalagt', 'lovpålagt', 'nb', true],
    ['a truncation (erasure → er)', 'erasure', 'er', 'en', false],
    ['another word that shares a beginning (deletion → deler)', 'deletion', 'deler', 'nb', false],
    ['a stem under 4 letters (nets → nettsted)', 'nets', 'nettsted', 'nb', false],
    ['a typo', 'slettng', 'sletting', 'nb', false],
  ])('%s', (_, term, word, language, expected) => {
    expect(beginsWithStem(term, word, language)).toBe(expected);
  });
});

describe('function words', () => {
  test.each([
    ['til', 'nb', true],
    ['og', 'nb', true],
    ['innsyn', 'nb', false],
    ['the', 'en', true],
    ['of', 'en', true],
    ['rights', 'en', false],
  ])('%s (%s) is a function word: %s', (word, language, expected) => {
    expect(isFunctionWord(word, language)).toBe(expected);
  });

  test.each([
    ['drops them beside content words', ['rett', 'til', 'innsyn'], ['rett', 'innsyn']],
    ['keeps a query of function words only', ['til'], ['til']],
  ])('contentTerms %s', (_, terms, expected) => {
    expect(contentTerms(terms, 'nb')).toEqual(expected);
  });
});
