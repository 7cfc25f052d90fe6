/**
 * The site's own vocabulary, per language: the words of the indexed pages, most
 * frequent first. Written at build time next to the search index, and loaded by the
 * browser only when a query finds nothing, to respell Norwegian letters typed the
 * ASCII way and to offer "did you mean" corrections.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeWord, queryTerms } from '~/lib/search/match';
import { asciiFolded, beginsWithStem } from '~/lib/search/word-forms';

/** Where a language's vocabulary is written, under the site's base. */
export function vocabularyPath(language: string): string {
  return `/pagefind/vocabulary-${language}.json`;
}

/** The distinct words of the texts (letters only, at least 2 of them), most frequent first; equal counts in alphabetical order. */
export function vocabularyFromTexts(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const raw of text.split(/[^\p{L}\p{N}-]+/u)) {
      const word = normalizeWord(raw);
      if (word.length >= 2 && /^\p{L}[\p{L}-]*$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nb')).map(([word]) => word);
}

/** The largest edit distance for a correction of `term`: 1 under 5 letters, else 2. */
export function maxCorrectionDistance(term: string): number {
  return term.length < 5 ? 1 : 2;
}

/** True when the vocabulary has the term itself or one of its forms (a word beginning with its stem), Norwegian letters typed either way. */
function isKnown(term: string, vocabulary: readonly string[], language: string): boolean {
  const folded = asciiFolded(term);
  return vocabulary.some((word) => asciiFolded(word) === folded || beginsWithStem(term, word, language));
}

/**
 * The query with each term the vocabulary lacks written as the text writes it, for a query
 * whose words Pagefind could not find: Norwegian letters typed the ASCII way
 * ("markedsforing" → "markedsføring"), or a form the index did not reach from the typed
 * one ("informasjonskapsel" → "informasjonskapsler"). The most frequent word whose ASCII
 * spelling is the term's, or else that begins with the term's stem. Undefined when no term changes.
 */
export function respelledQuery(query: string, vocabulary: readonly string[], language: string): string | undefined {
  const terms = queryTerms(query);
  const respelled = terms.map((term) => {
    if (vocabulary.includes(term)) return term;
    const folded = asciiFolded(term);
    return (
      vocabulary.find((word) => asciiFolded(word) === folded) ?? vocabulary.find((word) => beginsWithStem(term, word, language)) ?? term
    );
  });
  return respelled.some((term, at) => term !== terms[at]) ? respelled.join(' ') : undefined;
}

/**
 * Up to `limit` corrected queries for a query that found nothing: each unknown term is
 * replaced by a vocabulary word within `maxCorrectionDistance`, the most frequent first
 * (the vocabulary's order); the first unknown term gives the choices, later ones take their best.
 */
export function correctedQueries(query: string, vocabulary: readonly string[], language: string, limit = 3): string[] {
  const terms = queryTerms(query);
  const choices = terms.map((term) =>
    isKnown(term, vocabulary, language)
      ? [term]
      : vocabulary.filter((word) => word !== term && distance(asciiFolded(word), asciiFolded(term)) <= maxCorrectionDistance(term)),
  );
  const first = choices.findIndex((words, at) => words[0] !== terms[at]);
  if (first === -1 || choices.some((words) => words.length === 0)) return [];
  return (choices[first] ?? [])
    .slice(0, limit)
    .map((choice) => terms.map((term, at) => (at === first ? choice : (choices[at]?.[0] ?? term))).join(' '));
}
