/**
 * How a word a reader types relates to the words of the text: its stem (the part
 * its inflected forms and compounds share), its spelling with Norwegian letters typed
 * the ASCII way, and whether it is a function word too common to point anywhere.
 */

/**
 * Inflection endings, longest first, per language. Norwegian: the endings of the
 * Snowball Norwegian stemmer's first step, plus the past-tense "-t"/"-te", the plural
 * "-ne" ("nettleserne") and the "-el" of nouns that drop their e ("informasjonskapsel" → "informasjonskapsler").
 * English: the regular verb and noun endings. A stem keeps at least 4 letters.
 */
const ENDINGS: Record<string, readonly string[]> = {
  nb: sortedLongestFirst(
    'hetenes hetene hetens heter heten endes edes enes ande ende ede ane ene ens ers ets het ast en ar er as es et el ne te a e s t'.split(
      ' ',
    ),
  ),
  en: sortedLongestFirst('ations ation ings ing ions ion edly ed es s e ly'.split(' ')),
};

/** The shortest stem that counts: shorter ones begin too many unrelated words ("net" → "nettsted"). */
export const MIN_STEM_LENGTH = 4;

/** Function words: never highlighted, and never what decides where a query lands, when the query has other words. */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  nb: new Set(
    'av da de den denne der det dette du eller en er et for fra har hva hvis hvor i ikke inn jeg kan med men ned nå når og om opp oss på seg som så til ut ved vi vil vår våre å'.split(
      ' ',
    ),
  ),
  en: new Set(
    'a an and are as at be by do does for from has have how i if in into is it its may not of on or our so than that the their them there these this to us was we what when where which who will with you your'.split(
      ' ',
    ),
  ),
};

/** The stem of a (normalized) term: the term without its longest inflection ending that leaves at least 4 letters; the term itself when none does. */
export function wordStem(term: string, language: string): string {
  const endings = ENDINGS[language] ?? ENDINGS['nb'] ?? [];
  const ending = endings.find(
    (candidate) =>
      term.endsWith(candidate) &&
      term.length - candidate.length >= MIN_STEM_LENGTH &&
      // A double consonant belongs to the stem: "slette" is "slett" + "e", not "slet" + "te".
      term.at(-candidate.length - 1) !== candidate[0],
  );
  return ending ? term.slice(0, -ending.length) : term;
}

/** A word with Norwegian letters written the ASCII way, as a reader without them types it: æ → ae, ø → o, å and aa → a. */
export function asciiFolded(word: string): string {
  return word.toLocaleLowerCase('nb').replace(/æ/g, 'ae').replace(/[øö]/g, 'o').replace(/[åä]/g, 'a').replace(/aa/g, 'a');
}

/** True when `word` (normalized) begins with the stem of `term`, a stem of at least 4 letters, with Norwegian letters typed either way. */
export function beginsWithStem(term: string, word: string, language: string): boolean {
  const stem = wordStem(term, language);
  return stem.length >= MIN_STEM_LENGTH && asciiFolded(word).startsWith(asciiFolded(stem));
}

/** True for a language's function words ("og", "til", "the", "of"). */
export function isFunctionWord(word: string, language: string): boolean {
  return FUNCTION_WORDS[language]?.has(word) ?? false;
}

/** The terms a query is about: its content words, or all of them when it has only function words. */
export function contentTerms(terms: readonly string[], language: string): string[] {
  const content = terms.filter((term) => !isFunctionWord(term, language));
  return content.length > 0 ? content : [...terms];
}

function sortedLongestFirst(endings: string[]): string[] {
  return [...endings].sort((a, b) => b.length - a.length);
}
