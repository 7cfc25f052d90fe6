/**
 * Which of Pagefind's hits really match the reader's words.
 *
 * When no word of the index starts with a query term's stem, Pagefind does not
 * give up: it matches the longest indexed word that is a prefix of the term
 * ("erasure" finds "er", "deletion" finds "deler"). There is no option to turn
 * that off, so this module tells real matches from truncated ones, using only
 * what Pagefind itself returns: the words at the matched locations of a hit
 * (`data().content` and `locations`), and its exact search, which never truncates.
 * A word and the term share a stem when the word begins with the term's stem
 * (src/lib/search/word-forms.ts: inflections and compounds), or when the exact search
 * finds the same index word for both. A hit is kept only where every term really matches.
 */
import { asciiFolded, beginsWithStem } from '~/lib/search/word-forms';

/**
 * How a query term really matches a word: the same word (Norwegian letters typed either way),
 * the same stem (as the index stems it, or the word begins with the term's stem: its
 * inflections and compounds), or the start of a word the reader is still typing.
 */
export type RealMatch = 'word' | 'stem' | 'prefix';

/** What Pagefind told us about one word it matched for a query term. */
export interface MatchedWord {
  /** The word as written on the page. */
  word: string;
  /** Pagefind's exact search (which never truncates) finds the same index word for this word as for the term: they share a stem. */
  sameStem: boolean;
}

/** A word compared as Pagefind compares words: lower-cased, without the punctuation around it. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFC')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLocaleLowerCase('nb');
}

/** The terms of a query as Pagefind splits it: on white space, normalized, empty ones dropped. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeWord)
    .filter((term) => term.length > 0);
}

/**
 * How `term` really matches one word Pagefind matched for it in a text in `language`, or
 * undefined when the match came from a truncated form of the term: a word that leaves
 * the term before the end of its stem ("erasure" → "er", "deletion" → "deler").
 */
export function realMatch(term: string, typing: boolean, matched: MatchedWord, language: string): RealMatch | undefined {
  const word = normalizeWord(matched.word);
  if (asciiFolded(word) === asciiFolded(term)) return 'word';
  if (typing && asciiFolded(word).startsWith(asciiFolded(term))) return 'prefix';
  if (matched.sameStem || beginsWithStem(term, word, language)) return 'stem';
  return undefined;
}

/** True when a matched word needs Pagefind's exact search to be judged: the other rules of `realMatch` do not keep it. */
export function needsStemCheck(term: string, typing: boolean, word: string, language: string): boolean {
  return realMatch(term, typing, { word, sameStem: false }, language) === undefined;
}

/** The words (normalized) that really match `term`, out of those Pagefind matched for it. */
export function realWords(term: string, typing: boolean, matched: readonly MatchedWord[], language: string): Set<string> {
  return new Set(matched.filter((word) => realMatch(term, typing, word, language) !== undefined).map((word) => normalizeWord(word.word)));
}

/**
 * Removes the `<mark>` around words of an excerpt that are not among `keep` (normalized
 * words), and moves the punctuation Pagefind marks with a word out of the mark (`<mark>sletting</mark>.`).
 */
export function unmarkWordsExcept(excerpt: string, keep: ReadonlySet<string>): string {
  return excerpt.replace(/<mark>([^<]*)<\/mark>/g, (whole, text: string) => {
    if (!keep.has(normalizeWord(decodeEntities(text)))) return text;
    const [, before = '', word = '', after = ''] =
      /^((?:&[#a-z0-9]+;|[^\p{L}\p{N}&])*)(.*?)((?:&[#a-z0-9]+;|[^\p{L}\p{N}&])*)$/iu.exec(text) ?? [];
    return word === '' ? whole : `${before}<mark>${word}</mark>${after}`;
  });
}

/** The words at the given locations of a page's indexed text, split the way Pagefind counts words. */
export function wordsAt(content: string, locations: Iterable<number>): string[] {
  const words = content.split(/[\r\n\s]+/g);
  return [...locations].map((location) => words[location] ?? '').filter((word) => word.length > 0);
}

/** The locations whose word (normalized) is one of `words`. */
export function locationsOfWords(content: string, locations: Iterable<number>, words: ReadonlySet<string>): Set<number> {
  const all = content.split(/[\r\n\s]+/g);
  return new Set([...locations].filter((location) => words.has(normalizeWord(all[location] ?? ''))));
}

/**
 * Of a page's sections, keeps those that contain the most query terms (every term
 * when some section has them all), so a two-word query lands where both words are.
 * `termLocations` holds, per term, the word locations Pagefind matched for it on the page.
 */
export function sectionsWithMostTerms<T extends { locations?: readonly number[] }>(
  sections: readonly T[],
  termLocations: readonly ReadonlySet<number>[],
): T[] {
  const coverage = sections.map(
    (section) => termLocations.filter((locations) => (section.locations ?? []).some((location) => locations.has(location))).length,
  );
  const best = Math.max(0, ...coverage);
  return best === 0 ? [] : sections.filter((_, index) => coverage[index] === best);
}

/**
 * Drops the section heading from the start of a section's excerpt: Pagefind counts
 * the heading as the section's first words (and ends it with a full stop), and the
 * hit already shows it as its title. The excerpt may start inside the heading
 * ("Lagring og sletting. Vi …" for "6. Lagring og sletting"); then the cut needs the full stop.
 */
export function excerptWithoutTitle(excerpt: string, title: string): string {
  const words = title.split(/\s+/).filter((word) => word.length > 0);
  for (let from = 0; from < words.length; from++) {
    const cut = cutPrefix(excerpt, words.slice(from).join(' '), from > 0);
    if (cut !== undefined) return cut;
  }
  return excerpt;
}

function decodeEntities(text: string): string {
  return text.replace(/&[#a-z0-9]+;/gi, (entity) => ENTITIES[entity] ?? entity);
}

/** The excerpt without `prefix` (compared as plain text, marks ignored), or undefined when it does not start with it. */
function cutPrefix(excerpt: string, prefix: string, needsFullStop: boolean): string | undefined {
  const tokens = excerpt.match(/<\/?mark>|&[#a-z0-9]+;|[^<&]|[<&]/gi) ?? [];
  let matched = 0;
  let at = 0;
  let insideMark = false;
  for (; at < tokens.length && matched < prefix.length; at++) {
    const token = tokens[at] ?? '';
    if (token === '<mark>' || token === '</mark>') {
      insideMark = token === '<mark>';
      continue;
    }
    const character = ENTITIES[token] ?? token;
    const expected = prefix[matched] ?? '';
    if (character === expected || (/\s/.test(character) && expected === ' ')) matched++;
    else return undefined;
  }
  if (matched < prefix.length) return undefined;
  let rest = tokens.slice(at);
  if (rest[0] === '</mark>') {
    insideMark = false;
    rest = rest.slice(1);
  }
  if (rest.length > 0 && /[\p{L}\p{N}]/u.test(rest[0] ?? '')) return undefined; // the prefix ended inside a word
  const fullStop = rest.findIndex((token) => token !== '</mark>');
  if (needsFullStop && rest[fullStop] !== '.') return undefined;
  // Skip the full stop, the spaces, and a mark the cut left open or closed.
  while (rest.length > 0 && /^(?:[.:\s]|<\/mark>)$/.test(rest[0] ?? '')) {
    if (rest[0] === '</mark>') insideMark = false;
    rest = rest.slice(1);
  }
  return (insideMark ? '<mark>' : '') + rest.join('');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
