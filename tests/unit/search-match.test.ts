import { describe, expect, test } from 'vitest';
import {
  excerptWithoutTitle,
  locationsOfWords,
  needsStemCheck,
  normalizeWord,
  queryTerms,
  realMatch,
  realWords,
  sectionsWithMostTerms,
  unmarkWordsExcept,
  wordsAt,
  type MatchedWord,
  type RealMatch,
} from '~/lib/search/match';

// The rows are what Pagefind matched for these queries on the built site: the word on
// the page, and whether its exact search found the same index word for it as for the term.
describe('realMatch', () => {
  test.each<[string, string, boolean, MatchedWord, RealMatch | undefined]>([
    ['the same word', 'sletting', true, { word: 'sletting.', sameStem: false }, 'word'],
    ['the same word, capitalised', 'sletting', false, { word: 'Sletting', sameStem: false }, 'word'],
    ['a number', '5', false, { word: '5', sameStem: false }, 'word'],
    ['a short word that is a word of the text', 'år', true, { word: 'år', sameStem: false }, 'word'],
    ['a name in brackets', 'nets', true, { word: 'Nets).', sameStem: false }, 'word'],
    ['an inflected form, same index stem', 'opplysningene', true, { word: 'opplysninger', sameStem: true }, 'stem'],
    ['same stem, not the last term', 'cookie', false, { word: 'cookies', sameStem: true }, 'stem'],
    ['the start of the word being typed', 'slett', true, { word: 'sletting.', sameStem: false }, 'prefix'],
    ['the start of a word, not the last term: a stem of 4 letters or more', 'slett', false, { word: 'sletting.', sameStem: false }, 'stem'],
    ['the start of a word, not the last term, shorter than a stem', 'net', false, { word: 'nettsted', sameStem: false }, undefined],
    ['the stem continues into another word (nets → nettsted)', 'nets', true, { word: 'nettsted', sameStem: false }, undefined],
    ['truncated to a short word (erasure → er)', 'erasure', true, { word: 'er', sameStem: false }, undefined],
    ['truncated to another word (deletion → deler)', 'deletion', true, { word: 'deler', sameStem: false }, undefined],
    ['a Norwegian word on the English index (→ be)', 'behandlingsansvarlig', true, { word: 'be', sameStem: false }, undefined],
    ['a typo (slettng → slette)', 'slettng', true, { word: 'slette', sameStem: false }, undefined],
    ['a word not in the text (Datatilsynet → data)', 'datatilsynet', true, { word: 'data', sameStem: false }, undefined],
    ['an inflection whose stem begins the word (slette → sletting)', 'slette', false, { word: 'sletting', sameStem: false }, 'stem'],
    ['a past tense (slettet → sletting)', 'slettet', true, { word: 'Sletting.', sameStem: false }, 'stem'],
    ['a compound that begins with the stem', 'betalingen', true, { word: 'Betalingsleverandører', sameStem: false }, 'stem'],
    ['ø typed as o', 'markedsforing', true, { word: 'markedsføring,', sameStem: false }, 'word'],
    ['å typed as aa', 'formaal', true, { word: 'Formål', sameStem: false }, 'word'],
    ['æ typed as ae, an inflection', 'personvernerklaeringen', true, { word: 'personvernerklæring', sameStem: false }, 'stem'],
    ['a stem under 4 letters begins nothing (nets → nettsted)', 'nets', false, { word: 'nettsted', sameStem: false }, undefined],
  ])('%s', (_, term, typing, matched, expected) => {
    expect(realMatch(term, typing, matched, 'nb')).toBe(expected);
  });
});

describe('needsStemCheck', () => {
  test.each([
    ['the term itself', 'sletting', true, 'Sletting.', false],
    ['an extension of the last term', 'slett', true, 'sletting', false],
    ['an extension of an earlier term, shorter than a stem', 'net', false, 'nettsted', true],
    ['a form that begins with the stem', 'opplysningene', true, 'opplysninger', false],
    ['a truncated match', 'erasure', true, 'er', true],
  ])('%s', (_, term, typing, word, expected) => {
    expect(needsStemCheck(term, typing, word, 'nb')).toBe(expected);
  });
});

describe('realWords', () => {
  test.each([
    [
      'keeps the real ones, normalized',
      'nets',
      true,
      [
        { word: 'Nets).', sameStem: false },
        { word: 'nettsted', sameStem: false },
      ],
      ['nets'],
    ],
    ['none when every match is truncated', 'erasure', true, [{ word: 'er', sameStem: false }], []],
    [
      'stem forms',
      'opplysningene',
      true,
      [
        { word: 'Opplysninger', sameStem: true },
        { word: 'opplysningsplikt', sameStem: false },
        { word: 'opplys', sameStem: false },
      ],
      ['opplysninger', 'opplysningsplikt'],
    ],
  ])('%s', (_, term, typing, matched, expected) => {
    expect([...realWords(term, typing, matched, 'nb')]).toEqual(expected);
  });
});

describe('unmarkWordsExcept and locationsOfWords', () => {
  test.each([
    [
      'unmarks the words not kept',
      'om ditt besøk: <mark>Nettlesertype.</mark> og <mark>Nets).</mark>',
      ['nets'],
      'om ditt besøk: Nettlesertype. og <mark>Nets</mark>).',
    ],
    ['the punctuation around a word stays outside its mark', '<mark>«sletting».</mark>', ['sletting'], '«<mark>sletting</mark>».'],
    ['an entity before the word stays outside', '<mark>&quot;erasure&quot;</mark>', ['erasure'], '&quot;<mark>erasure</mark>&quot;'],
    ['entities are compared decoded', '<mark>R&amp;D</mark>', ['r&d'], '<mark>R&amp;D</mark>'],
    ['nothing kept', '<mark>er</mark> nødvendig', [], 'er nødvendig'],
  ])('%s', (_, excerpt, keep, expected) => {
    expect(unmarkWordsExcept(excerpt, new Set(keep))).toBe(expected);
  });

  test.each([
    ['only the locations of kept words', 'via Mollie, Stripe eller Nets). nettsted', [1, 2, 4, 5], ['stripe', 'nets'], [2, 4]],
    ['none', 'a b', [0, 1], [], []],
  ])('%s', (_, content, locations, words, expected) => {
    expect([...locationsOfWords(content, locations, new Set(words))]).toEqual(expected);
  });
});

describe('normalizeWord and queryTerms', () => {
  test.each([
    ['Sletting.', 'sletting'],
    ['«JTEC»', 'jtec'],
    ['(lovpålagt)', 'lovpålagt'],
    ['E-post:', 'e-post'],
    ['ÅR', 'år'],
  ])('normalizeWord(%j) is %j', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });

  test.each([
    ['  5   år ', ['5', 'år']],
    ['Stripe, Mollie', ['stripe', 'mollie']],
    ['« »', []],
    ['', []],
  ])('queryTerms(%j)', (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });
});

describe('wordsAt', () => {
  test.each([
    ['words by location', 'Lagring og sletting. Vi lagrer', [2, 4], ['sletting.', 'lagrer']],
    ['line breaks and runs of spaces count as one gap', 'a\n b   c', [1, 2], ['b', 'c']],
    ['a location past the end is ignored', 'one two', [5], []],
  ])('%s', (_, content, locations, expected) => {
    expect(wordsAt(content, locations)).toEqual(expected);
  });
});

describe('sectionsWithMostTerms', () => {
  const sections = [
    { id: 'retention', locations: [10, 12] },
    { id: 'rights', locations: [40] },
    { id: 'cookies', locations: [] },
  ];
  test.each([
    ['one term: every section with a match', [new Set([10, 40])], ['retention', 'rights']],
    ['two terms: only the section with both', [new Set([10, 40]), new Set([12])], ['retention']],
    ['two terms in no one section: the sections with one', [new Set([10]), new Set([40])], ['retention', 'rights']],
    ['no matches', [new Set<number>()], []],
  ])('%s', (_, termLocations, expected) => {
    expect(sectionsWithMostTerms(sections, termLocations).map((section) => section.id)).toEqual(expected);
  });
});

describe('excerptWithoutTitle', () => {
  test.each([
    ['the whole heading', '1. Behandlingsansvarlig. Johnsentechnology AS', '1. Behandlingsansvarlig', 'Johnsentechnology AS'],
    ['the end of the heading, marked', 'Lagring og <mark>sletting.</mark> Vi lagrer', '6. Lagring og sletting', 'Vi lagrer'],
    ['a heading mark left open', '<mark>Cookies</mark> <mark>cookies</mark> we use', 'Cookies', '<mark>cookies</mark> we use'],
    ['entities in the text', '4. R&amp;D. Text', '4. R&D', 'Text'],
    ['text that does not start with the heading', 'Vi lagrer personopplysninger', '6. Lagring og sletting', 'Vi lagrer personopplysninger'],
    ['the last heading word without the full stop is text', 'sletting av data', '6. Lagring og sletting', 'sletting av data'],
    ['a heading word inside a longer word', 'slettingen. Vi', '6. Lagring og sletting', 'slettingen. Vi'],
  ])('%s', (_, excerpt, title, expected) => {
    expect(excerptWithoutTitle(excerpt, title)).toBe(expected);
  });
});
