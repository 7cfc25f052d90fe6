import { diffArrays } from 'diff';
import { readFrontmatter } from './frontmatter-yaml';
import { editDistance } from './closest';

/*
 * What an erratum may change: only the spelling of words already there. Every
 * changed word must be a small fix of the word it replaces — a change of case, or
 * at most two letters typed wrong, added, missing or swapped in a word of four
 * letters or more — and punctuation may change. An erratum never changes a number
 * or date, an e-mail address or a web address (link targets included), never adds,
 * removes or changes a negation, never adds or removes a word, and never touches
 * the frontmatter except the `errata:` list that the command itself writes.
 * Anything else changes what the notice means: that is a new version.
 */

/** One change an erratum may not make, said for the editor. */
export interface MeaningChange {
  /** The line in the corrected file. */
  line: number | undefined;
  /** The column of the first changed word (or of the word after a removal) on that line. */
  column?: number | undefined;
  /** The words before and after, e.g. `"3 years" → "50 years"`. */
  change: string;
  why: string;
}

/** Words that turn a statement around: adding, removing or changing one is never a spelling fix. */
const NEGATIONS = new Set(
  'not no never none nothing nobody cannot cant can’t don’t dont doesn’t won’t isn’t aren’t without neither nor ikke ingen intet aldri ingenting uten verken hverken kan’t'.split(' '),
);

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\S+|[^\s@]+@[^\s@]+\.[a-z]{2,}|www\.\S+)$/i;
/** Addresses, then words (letters, digits, inner apostrophes and hyphens), then any other single character. */
const TOKEN = /[a-z][a-z0-9+.-]*:[^\s)\]>]+|[^\s@()[\]<>]+@[^\s@()[\]<>]+\.[a-z]{2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/giu;

interface Token {
  text: string;
  line: number;
  column: number;
}

function tokens(text: string, firstLine: number): Token[] {
  const result: Token[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(TOKEN)) result.push({ text: match[0], line: firstLine + index, column: match.index + 1 });
  });
  return result;
}

const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token) || ADDRESS.test(token);

/** Why replacing one word by another is not a spelling fix; undefined when it is one. */
function whyNotSpelling(before: string, after: string): string | undefined {
  if (ADDRESS.test(before) || ADDRESS.test(after)) return 'it changes an address';
  if (/\p{N}/u.test(before) || /\p{N}/u.test(after)) return 'it changes a number or date';
  if (NEGATIONS.has(before.toLowerCase()) || NEGATIONS.has(after.toLowerCase())) return 'it changes a negation';
  if (before.toLowerCase() === after.toLowerCase()) return undefined;
  if ([...before].length < 4 || [...after].length < 4) return 'it replaces a short word, which changes its meaning';
  return editDistance(before.toLowerCase(), after.toLowerCase()) <= 2 ? undefined : 'it replaces a word by another word';
}

/** The body of a file (after the frontmatter) and the line it starts on. */
export function bodyOf(text: string): { body: string; firstLine: number } {
  const match = /^---\r?\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const head = match?.[0] ?? '';
  return { body: text.slice(head.length), firstLine: head.split('\n').length };
}

/** Every change from the published text to the corrected one that an erratum may not make (none: it is an erratum). */
export function changesOfMeaning(published: string, corrected: string): MeaningChange[] {
  const problems: MeaningChange[] = [];
  const { errata: _before, ...fieldsBefore } = readFrontmatter(published).data;
  const { errata: _after, ...fieldsAfter } = readFrontmatter(corrected).data;
  for (const field of new Set([...Object.keys(fieldsBefore), ...Object.keys(fieldsAfter)])) {
    if (JSON.stringify(fieldsBefore[field]) !== JSON.stringify(fieldsAfter[field])) {
      const line = readFrontmatter(corrected).fieldLines.get(field);
      problems.push({ line, change: `the frontmatter field "${field}"`, why: 'an erratum changes only the text, and the command writes the errata: list' });
    }
  }
  const before = bodyOf(published);
  const after = bodyOf(corrected);
  const a = tokens(before.body, before.firstLine);
  const b = tokens(after.body, after.firstLine);
  const parts = diffArrays(
    a.map((token) => token.text),
    b.map((token) => token.text),
  );
  let j = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part) continue;
    if (!part.added && !part.removed) {
      j += part.count ?? part.value.length;
      continue;
    }
    const next = parts[index + 1];
    const removed = part.removed ? part.value : [];
    const added = part.removed && next?.added ? next.value : part.added ? part.value : [];
    if (part.removed && next?.added) index++;
    const { line, column } = b[j] ?? b.at(-1) ?? { line: undefined, column: undefined };
    const oldWords = removed.filter(isWord);
    const newWords = added.filter(isWord);
    const change = `"${removed.join(' ')}" → "${added.join(' ')}"`;
    if (oldWords.length !== newWords.length) {
      problems.push({ line, column, change, why: oldWords.length > newWords.length ? 'it removes a word' : 'it adds a word' });
    } else {
      const why = oldWords.map((word, k) => whyNotSpelling(word, newWords[k] ?? '')).find(Boolean);
      if (why) problems.push({ line, column, change, why });
    }
    j += added.length;
  }
  return problems;
}
